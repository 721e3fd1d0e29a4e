import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Role } from '../../platform/auth/principal';
import { today } from '../../platform/clock';
import type { GraphQLContext } from '../../platform/context';
import { runMutation } from '../../platform/errors/mutation';
import { UserErrorCode, UserErrorCollector, UserErrorsException, userError } from '../../platform/errors/user-error';
import { uuidFromGlobalId } from '../../platform/relay/global-id';
import { Enterprise } from '../../enterprise/enterprise.entity';
import { recordsOf } from '../../one-category/chain-data';
import { chainRecordResolvers, chainRecordWritten } from '../../one-category/chain-data';
import { checkNotFuture, checkPositiveDecimal, checkText } from '../../one-category/chain-data.inputs';
import { assertDeskOf } from '../../one-category/chain.access';
import { HuyouOrchard, HuyouProductBatch, HuyouResidueTest } from './huyou.entities';
import { HuyouOrchardRegisterInput, HuyouProductBatchRegisterInput, HuyouResidueTestPayload, HuyouResidueTestRecordInput } from './huyou.inputs';

const CHAIN = 'HUYOU';

/** Orchards and product batches belong to an enterprise; residue tests to an orchard. */
export const huyouRecordResolvers = [
  ...chainRecordResolvers(CHAIN, {
    entity: HuyouOrchard,
    listField: 'huyouOrchards',
    listDescription: 'The enterprise’s huyou orchards (huyou chain).',
    orderBy: { name: 'ASC' },
    mutation: 'huyouOrchardRegister',
    mutationDescription: 'Registers a huyou orchard (the huyou desk).',
    input: HuyouOrchardRegisterInput,
    payloadField: 'orchard',
    build: (input, enterprise, errors, _context, em) => {
      checkText(input.name, ['input', 'name'], errors);
      checkPositiveDecimal(input.areaMu, ['input', 'areaMu'], errors);
      return em.create(HuyouOrchard, {
        enterprise,
        name: input.name.trim(),
        areaMu: input.areaMu,
        certifications: [...new Set(input.certifications)],
      });
    },
  }),
  ...chainRecordResolvers(CHAIN, {
    entity: HuyouProductBatch,
    listField: 'huyouProductBatches',
    listDescription: 'The enterprise’s traceable huyou product batches, newest first (huyou chain).',
    orderBy: { producedOn: 'DESC' },
    mutation: 'huyouProductBatchRegister',
    taken: { field: 'traceabilityCode', message: 'Another batch already carries this traceability code.' },
    mutationDescription: 'Registers a traceable product batch (the huyou desk).',
    input: HuyouProductBatchRegisterInput,
    payloadField: 'batch',
    build: async (input, enterprise, errors, context, em) => {
      checkText(input.product, ['input', 'product'], errors);
      checkText(input.salesChannel, ['input', 'salesChannel'], errors, 100);
      checkPositiveDecimal(input.quantityKg, ['input', 'quantityKg'], errors);
      checkNotFuture(input.producedOn, today(context.platform.clock), ['input', 'producedOn'], errors);
      if (!/^[A-Z0-9-]{8,40}$/.test(input.traceabilityCode)) {
        errors.add(
          ['input', 'traceabilityCode'],
          UserErrorCode.INVALID_FORMAT,
          'A traceability code has 8 to 40 upper-case letters, digits and hyphens.',
        );
      } else if (await em.count(HuyouProductBatch, { traceabilityCode: input.traceabilityCode })) {
        errors.add(['input', 'traceabilityCode'], UserErrorCode.TAKEN, 'Another batch already carries this traceability code.');
      }
      return em.create(HuyouProductBatch, {
        enterprise,
        product: input.product.trim(),
        traceabilityCode: input.traceabilityCode,
        quantityKg: input.quantityKg,
        producedOn: input.producedOn,
        salesChannel: input.salesChannel.trim(),
      });
    },
  }),
];

@Resolver(() => HuyouResidueTest)
export class HuyouResidueTestResolver {
  @Authorized(Role.ADMIN, Role.DESK)
  @Mutation(() => HuyouResidueTestPayload, { description: 'Records a pesticide-residue test of an orchard (the huyou desk).' })
  huyouResidueTestRecord(@Arg('input', () => HuyouResidueTestRecordInput) input: HuyouResidueTestRecordInput, @Ctx() context: GraphQLContext) {
    return runMutation(context, HuyouResidueTestPayload, async (em) => {
      assertDeskOf(context.principal, CHAIN);
      const id = uuidFromGlobalId(input.orchardId, 'HuyouOrchard');
      const orchard = id ? await em.findOne(HuyouOrchard, { id }) : null;
      if (!orchard) throw new UserErrorsException([userError(['input', 'orchardId'], UserErrorCode.NOT_FOUND, 'No orchard has this id.')]);
      const errors = new UserErrorCollector();
      checkNotFuture(input.sampledOn, today(context.platform.clock), ['input', 'sampledOn'], errors);
      errors.throwIfAny();
      const residueTest = em.create(HuyouResidueTest, { orchard, sampledOn: input.sampledOn, passed: input.passed, remark: input.remark.trim() });
      await em.flush();
      await chainRecordWritten(context, em, { enterpriseId: orchard.enterprise.id, chain: CHAIN, recordType: 'HuyouResidueTest' });
      return { residueTest };
    });
  }
}

@Resolver(() => HuyouOrchard)
export class HuyouOrchardResolver {
  @FieldResolver(() => [HuyouResidueTest], { description: 'Residue tests of the orchard, newest first.' })
  residueTests(@Root() orchard: HuyouOrchard, @Ctx() context: GraphQLContext) {
    return recordsOf(context, HuyouResidueTest, 'orchard', orchard.id, { sampledOn: 'DESC' });
  }

  @FieldResolver(() => Enterprise, { description: 'The enterprise that runs the orchard.' })
  enterprise(@Root() orchard: HuyouOrchard) {
    return orchard.enterprise.load({ dataloader: true });
  }
}
