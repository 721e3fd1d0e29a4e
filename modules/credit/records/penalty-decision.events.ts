import { defineDomainEvent } from '../../platform/events/domain-event';
import type { UserErrorCode } from '../../platform/errors/user-error';
import { PenaltySector, PenaltySeverity } from './credit-records.enums';

export { PenaltySector, PenaltySeverity };

/** An administrative penalty decision another module reports for the credit record (行政处罚信息归集). */
export interface PenaltyDecisionReported {
  /** The uuid of the enterprise penalised. */
  enterpriseId: string;
  /** Decision number, unique across the registry. */
  decisionNumber: string;
  /** Code of the deciding department. */
  departmentCode: string;
  severity: PenaltySeverity;
  sector: PenaltySector;
  /** Day of the decision, YYYY-MM-DD; not in the future. */
  decidedOn: string;
  /** Fine in yuan, a decimal string; not negative, at most two decimals. */
  amount: string;
}

/** What is wrong with a reported decision, at a field of the decision (e.g. decisionNumber), with a stable code. */
export interface PenaltyDecisionProblem {
  field: keyof PenaltyDecisionReported;
  code: UserErrorCode;
  message: string;
}

/** The credit module's answer: the penalty recorded (its uuid), or the problems that kept it from being recorded. */
export interface PenaltyDecisionRecorded {
  penaltyId: string | null;
  problems: PenaltyDecisionProblem[];
}

/**
 * The credit module's API for penalty decisions made elsewhere (an inspection that found problems): published in the
 * reporter's transaction, the credit module checks and records the decision exactly as administrativePenaltyRecord
 * would (decision number unique, department of the catalogue, amount, date), rescoring the enterprise and telling
 * the modules that follow credit. A decision with problems is not recorded; the reporter refuses its own write.
 */
export const penaltyDecisionReported = defineDomainEvent<PenaltyDecisionReported, PenaltyDecisionRecorded>(
  'credit.penaltyDecisionReported',
  'A department reports an administrative penalty decision; the credit module records it or answers what is wrong.',
);
