import { defineDomainEvent } from '../../platform/events/domain-event';

export interface CreditRecordChanged {
  enterpriseId: string;
  /** The record's GraphQL type, e.g. AdministrativePenalty. */
  recordType: string;
  /** The record's uuid. */
  recordId: string;
}

/**
 * A public credit record of an enterprise was written (a penalty, a licence, a listing), after its scores were
 * recomputed in the same transaction: modules that follow credit (policies' eligibility, inspections' risk class)
 * react here.
 */
export const creditRecordChanged = defineDomainEvent<CreditRecordChanged>(
  'credit.creditRecordChanged',
  'A public credit record of an enterprise was written; its scores are already recomputed.',
);
