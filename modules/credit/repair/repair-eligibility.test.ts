import { PenaltySector, PenaltySeverity } from '../records/credit-records.enums';
import { repairEligibleOn } from './repair-eligibility';

const minimums = { general: 3, serious: 12, sensitiveSectors: 12 };

describe('when a penalty can be repaired', () => {
  it('waits three months after a general penalty', () => {
    expect(repairEligibleOn({ severity: PenaltySeverity.GENERAL, sector: PenaltySector.GENERAL, decidedOn: '2026-03-01' }, minimums)).toBe(
      '2026-06-01',
    );
  });

  it('waits a year after a serious penalty', () => {
    expect(repairEligibleOn({ severity: PenaltySeverity.SERIOUS, sector: PenaltySector.GENERAL, decidedOn: '2026-03-01' }, minimums)).toBe(
      '2027-03-01',
    );
  });

  it('waits a year in food, drugs, special equipment, safety and fire, even for a general penalty', () => {
    for (const sector of [
      PenaltySector.FOOD,
      PenaltySector.DRUGS,
      PenaltySector.SPECIAL_EQUIPMENT,
      PenaltySector.PRODUCTION_SAFETY,
      PenaltySector.FIRE,
    ]) {
      expect(repairEligibleOn({ severity: PenaltySeverity.GENERAL, sector, decidedOn: '2026-03-01' }, minimums)).toBe('2027-03-01');
    }
  });

  it('has nothing to repair for a minor, unpublished penalty', () => {
    expect(repairEligibleOn({ severity: PenaltySeverity.MINOR, sector: PenaltySector.FOOD, decidedOn: '2026-03-01' }, minimums)).toBeNull();
  });

  it('ends months at their last day', () => {
    expect(repairEligibleOn({ severity: PenaltySeverity.GENERAL, sector: PenaltySector.GENERAL, decidedOn: '2025-11-30' }, minimums)).toBe(
      '2026-02-28',
    );
  });

  it('follows configured minimums', () => {
    expect(
      repairEligibleOn({ severity: PenaltySeverity.GENERAL, sector: PenaltySector.GENERAL, decidedOn: '2026-03-01' }, { ...minimums, general: 6 }),
    ).toBe('2026-09-01');
  });
});
