import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLContext } from '../platform/context';
import { refuse, UserErrorCode } from '../platform/errors/user-error';
import { assertDispatcher } from './appeal.access';
import type { TypicalCasePublishInput } from './appeal.inputs';
import { AppealState, AppealStep } from './appeal-states';
import { openStep, record, requireState, requireText } from './appeal-steps';
import { TypicalCase } from './typical-case.entity';

/** Texts an appeal holds that a public write-up must not repeat: who called, their number, the enterprise. */
function personalTexts(values: Array<string | null | undefined>): string[] {
  return values.map((value) => value?.trim() ?? '').filter((value) => value.length >= 2);
}

/** The dispatcher writes a closed appeal up as a typical case (典型案例), once, without personal data. */
export class TypicalCaseService {
  constructor(private readonly context: GraphQLContext) {}

  async publish(em: EntityManager, input: TypicalCasePublishInput): Promise<TypicalCase> {
    assertDispatcher(this.context);
    const scope = await openStep(this.context, em, input.id, input.expectedVersion);
    const { appeal } = scope;
    requireState(appeal, [AppealState.CLOSED], 'publish as a typical case');
    if (await em.count(TypicalCase, { appeal })) refuse('id', UserErrorCode.TAKEN, 'This appeal is published as a typical case already.');
    const title = requireText(input.title, 'title', 'Give the write-up a title.');
    const summary = requireText(input.summary, 'summary', 'Write the case up.');
    const enterprise = appeal.enterprise.getEntity();
    for (const [field, text] of [
      ['title', title],
      ['summary', summary],
    ] as const) {
      const found = personalTexts([appeal.contactName, appeal.contactPhone, enterprise.name, enterprise.legalRepresentative, enterprise.uscc]).find(
        (personal) => text.includes(personal),
      );
      if (found)
        refuse(
          field,
          UserErrorCode.CONFLICT,
          'A typical case is public: leave out the contact, their number, and the enterprise’s name, representative and code.',
        );
    }
    const typicalCase = em.create(TypicalCase, {
      appeal,
      title,
      summary,
      categoryCodes: appeal.categoryCodes,
      channelCode: appeal.channel.getEntity().code,
      leadDepartment: appeal.leadDepartment!.getEntity(),
      publishedAt: scope.now,
    });
    record(scope, appeal, AppealStep.TYPICAL_CASE_PUBLISHED, { note: title });
    await em.flush();
    return typicalCase;
  }
}
