import { defineDomainEvent } from '../platform/events/domain-event';

export interface CaseFinished {
  /** The case's uuid. */
  caseId: string;
  enterpriseId: string;
  matterCode: string;
  /** COMPLETED or REJECTED. */
  state: string;
  /** The county's date it finished on. */
  finishedOn: string;
  overdue: boolean;
}

/**
 * A case was completed or rejected, in the transaction that finished it: what follows a finished case (a policy
 * redeemed without application, an appeal closed, a report's figures) reacts here, not by one-matter calling it.
 */
export const caseFinished = defineDomainEvent<CaseFinished>('one-matter.caseFinished', 'A case was completed or rejected.');
