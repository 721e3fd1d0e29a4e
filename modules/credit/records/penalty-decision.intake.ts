import { subscribe, type EventScope } from '../../platform/events/domain-event';
import type { GraphQLContext } from '../../platform/context';
import { UserErrorCode, UserErrorCollector, UserErrorsException, uniqueAsUserError } from '../../platform/errors/user-error';
import { toGlobalId } from '../../platform/relay/global-id';
import { Enterprise } from '../../enterprise/enterprise.entity';
import { CREDIT_RECORD_KINDS } from './credit-record-kinds';
import { PenaltyRecordInput } from './credit-records.inputs';
import { rescoreAfterRecord } from './credit-record-rescore';
import {
  penaltyDecisionReported,
  type PenaltyDecisionProblem,
  type PenaltyDecisionRecorded,
  type PenaltyDecisionReported,
} from './penalty-decision.events';

const DECISION_TAKEN = 'This decision is already recorded.';

/** A rule's userErrors (paths under `input`) as problems at the fields of the reported decision. */
function problemsOf(error: UserErrorsException): PenaltyDecisionProblem[] {
  return error.userErrors.map(({ field, code, message }) => ({
    field: (field[1] ?? 'decisionNumber') as keyof PenaltyDecisionReported,
    code,
    message,
  }));
}

/**
 * Records a reported penalty decision through the PENALTY kind's own rules, exactly as administrativePenaltyRecord does:
 * the same checks, the same unique decision number (a race ends in TAKEN), the same rescoring and creditRecordChanged.
 * The reporter checked who may report (an officer of the deciding department, an ADMIN); the kind's checks read only the
 * clock from their context.
 */
async function recordReportedPenalty(decision: PenaltyDecisionReported, { em, platform }: EventScope): Promise<PenaltyDecisionRecorded> {
  const enterprise = await em.findOne(Enterprise, { id: decision.enterpriseId });
  if (!enterprise)
    return { penaltyId: null, problems: [{ field: 'enterpriseId', code: UserErrorCode.NOT_FOUND, message: 'No enterprise has this id.' }] };
  const input = Object.assign(new PenaltyRecordInput(), { ...decision, enterpriseId: toGlobalId('Enterprise', enterprise.id) });
  const errors = new UserErrorCollector();
  const context = { platform, em } as Pick<GraphQLContext, 'platform' | 'em'> as GraphQLContext;
  const record = await CREDIT_RECORD_KINDS.PENALTY.build(input, enterprise, errors, context, em);
  try {
    errors.throwIfAny();
    await uniqueAsUserError(() => em.flush(), ['input', 'decisionNumber'], UserErrorCode.TAKEN, DECISION_TAKEN);
  } catch (error) {
    if (!(error instanceof UserErrorsException)) throw error;
    // Not written: the record leaves the unit of work, and the reporter refuses its own write.
    em.remove(record);
    return { penaltyId: null, problems: problemsOf(error) };
  }
  await rescoreAfterRecord(platform, em, record, enterprise.id);
  return { penaltyId: record.id, problems: [] };
}

export const penaltyDecisionSubscription = subscribe(penaltyDecisionReported, recordReportedPenalty);
