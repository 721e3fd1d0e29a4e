import { addMonths } from '../../platform/calendar/months';
import { PenaltySector, PenaltySeverity } from '../records/credit-records.enums';

export interface RepairMinimums {
  general: number;
  serious: number;
  sensitiveSectors: number;
}

/** Fields where a penalty's publicity lasts at least a year whatever its severity. */
const SENSITIVE_SECTORS = new Set([
  PenaltySector.FOOD,
  PenaltySector.DRUGS,
  PenaltySector.SPECIAL_EQUIPMENT,
  PenaltySector.PRODUCTION_SAFETY,
  PenaltySector.FIRE,
]);

/**
 * The first day a penalty's publicity may end early: general penalties after the general minimum, serious ones
 * after the serious minimum, penalties in sensitive fields after at least their minimum. Minor penalties are not
 * published, so there is nothing to repair: null.
 */
export function repairEligibleOn(
  penalty: { severity: PenaltySeverity; sector: PenaltySector; decidedOn: string },
  minimums: RepairMinimums,
): string | null {
  if (penalty.severity === PenaltySeverity.MINOR) return null;
  const bySeverity = penalty.severity === PenaltySeverity.SERIOUS ? minimums.serious : minimums.general;
  const months = SENSITIVE_SECTORS.has(penalty.sector) ? Math.max(bySeverity, minimums.sensitiveSectors) : bySeverity;
  return addMonths(penalty.decidedOn, months);
}
