import { defineDomainEvent } from '../platform/events/domain-event';
import type { InspectionKind, InspectionOutcome } from './inspection.enums';

/** The result of one item, as the modules that follow inspections read it. */
export interface RecordedItemResult {
  /** Code of the item of the inspection list. */
  itemCode: string;
  /** The inspection field the item belongs to (InspectionItem.field), e.g. environment. */
  field: string;
  outcome: InspectionOutcome;
  /** What was found; empty when nothing was. */
  finding: string;
}

export interface InspectionResultRecorded {
  /** The uuid of the inspection. */
  inspectionId: string;
  /** The uuid of the enterprise inspected. */
  enterpriseId: string;
  /** Code of the department that inspected. */
  departmentCode: string;
  kind: InspectionKind;
  /** The day the inspection took place, YYYY-MM-DD. */
  inspectedOn: string;
  /** One result per item of the inspection. */
  results: RecordedItemResult[];
}

/**
 * The results of an inspection were recorded (检查结果录入), in the recorder's transaction: modules that keep their own
 * view of inspections (a chain's environmental inspections feeding its credit+ score) react here. Evidence and the
 * inspectors stay with the inspection.
 */
export const inspectionResultRecorded = defineDomainEvent<InspectionResultRecorded>(
  'inspections.inspectionResultRecorded',
  "An inspection's results were recorded; modules that follow inspections take what concerns them in the same transaction.",
);
