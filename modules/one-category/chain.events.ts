import { defineDomainEvent } from '../platform/events/domain-event';

export interface ChainRecordWritten {
  /** The uuid of the enterprise the record belongs to. */
  enterpriseId: string;
  /** The chain's code, e.g. HUYOU. */
  chain: string;
  /** The record's GraphQL type, e.g. HuyouOrchard. */
  recordType: string;
}

/**
 * A chain's desk recorded chain data of an enterprise (an orchard, a test, a patent). Modules that follow chain
 * data react in the same transaction, e.g. credit rescoring the enterprise's credit+ scores.
 */
export const chainRecordWritten = defineDomainEvent<ChainRecordWritten>(
  'one-category.chainRecordWritten',
  'Chain data of an enterprise was recorded; what depends on it follows in the same transaction.',
);

export interface ChainMembershipChanged {
  enterpriseId: string;
  chain: string;
  node: string;
  change: 'JOINED' | 'LEFT';
}

/**
 * An enterprise joined or left a node of a chain. Modules that follow membership react in the same transaction,
 * e.g. credit scoring a new member at once and removing a former member's chain score.
 */
export const chainMembershipChanged = defineDomainEvent<ChainMembershipChanged>(
  'one-category.chainMembershipChanged',
  'An enterprise joined or left a chain node; what depends on membership follows in the same transaction.',
);
