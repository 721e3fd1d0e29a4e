import type { EntityManager } from '@mikro-orm/postgresql';
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Role } from '../../platform/auth/principal';
import type { GraphQLContext } from '../../platform/context';
import { runMutation } from '../../platform/errors/mutation';
import { UserErrorCode, UserErrorCollector, UserErrorsException, userError } from '../../platform/errors/user-error';
import { uuidFromGlobalId } from '../../platform/relay/global-id';
import { Enterprise } from '../../enterprise/enterprise.entity';
import { enterpriseRecordResolvers } from '../../enterprise/enterprise-record.resolvers';
import { rescoreAfterRecord } from './credit-record-rescore';
import { CreditScoringService } from '../scoring/scoring.service';
import { AbnormalListEntry } from './credit-records.entities';
import { AbnormalListEntryRemoveInput, AbnormalListEntryRemovePayload } from './credit-records.inputs';
import { CREDIT_RECORD_READERS, officerOf } from './credit-records.access';
import { checkPast, CREDIT_RECORD_KINDS, type CreditRecordKind } from './credit-record-kinds';

const WRITERS = [Role.ADMIN, Role.OFFICER];

/** Every credit record moves the enterprise's score at once, in the same transaction; then the modules hear of it. */
const rescore = (record: object, enterprise: Enterprise, context: GraphQLContext, em: EntityManager) =>
  rescoreAfterRecord(context.platform, em, record, enterprise.id);

function creditRecords<T extends object, I extends { enterpriseId: string }>(options: CreditRecordKind<T, I>): Function[] {
  return enterpriseRecordResolvers({ ...options, writerRoles: WRITERS, readerRoles: CREDIT_RECORD_READERS, afterWrite: rescore });
}

export const creditRecordResolvers = Object.values(CREDIT_RECORD_KINDS).flatMap((kind) => creditRecords(kind as never));

@Resolver(() => AbnormalListEntry)
export class AbnormalListRemovalResolver {
  @Authorized(...WRITERS)
  @Mutation(() => AbnormalListEntryRemovePayload, {
    description: 'Removes an enterprise from the abnormal-operations list once the cause is cured (market regulation, ADMIN).',
  })
  abnormalListEntryRemove(@Arg('input', () => AbnormalListEntryRemoveInput) input: AbnormalListEntryRemoveInput, @Ctx() context: GraphQLContext) {
    return runMutation(context, AbnormalListEntryRemovePayload, async (em) => {
      officerOf('market-regulation')(context.principal);
      const id = uuidFromGlobalId(input.id, 'AbnormalListEntry');
      const entry = id ? await em.findOne(AbnormalListEntry, { id }, { populate: ['enterprise'] }) : null;
      if (!entry) throw new UserErrorsException([userError(['input', 'id'], UserErrorCode.NOT_FOUND, 'No entry has this id.')]);
      const errors = new UserErrorCollector();
      if (entry.removedOn) errors.add(['input', 'id'], UserErrorCode.INVALID_TRANSITION, 'The entry was already removed.');
      if (!input.cause.trim()) errors.add(['input', 'cause'], UserErrorCode.BLANK, 'Say how the cause was cured.');
      if (input.removedOn < entry.listedOn)
        errors.add(['input', 'removedOn'], UserErrorCode.INVALID_RANGE, 'An entry is removed after it was listed.');
      checkPast(input.removedOn, 'removedOn', errors, context);
      errors.throwIfAny();
      Object.assign(entry, { removedOn: input.removedOn, removalCause: input.cause.trim() });
      await em.flush();
      await new CreditScoringService(context.platform).recompute(em, [entry.enterprise.id]);
      return { entry };
    });
  }
}
