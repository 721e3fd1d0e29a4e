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

/** A local date some months on, clamped to the last day of the target month (29 Feb + 12 months = 28 Feb). */
export function addMonths(date: string, months: number): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7)) - 1 + months;
  const day = Number(date.slice(8, 10));
  const targetYear = year + Math.floor(month / 12);
  const targetMonth = month % 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  return `${targetYear}-${String(targetMonth + 1).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
}

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
