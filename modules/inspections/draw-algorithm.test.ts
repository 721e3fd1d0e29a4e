import { DrawRatioMode, RiskClass } from './inspection.enums';
import { drawnCount, runDraw, type DrawRatioRule, type PoolSnapshot } from './draw-algorithm';

const id = (prefix: string, index: number) => `${prefix}${String(index).padStart(4, '0')}`;

const pool: PoolSnapshot = {
  targets: [
    ...Array.from({ length: 40 }, (_, index) => ({ enterpriseId: id('a', index), riskClass: RiskClass.A })),
    ...Array.from({ length: 20 }, (_, index) => ({ enterpriseId: id('d', index), riskClass: RiskClass.D })),
  ],
  inspectors: ['i1', 'i2', 'i3', 'i4', 'i5'],
  conflicts: [{ inspectorId: 'i1', enterpriseId: id('d', 0) }],
};

const credit: DrawRatioRule = {
  mode: DrawRatioMode.CREDIT,
  ratios: { A: 0.05, B: 0.1, C: 0.2, D: 0.5 },
  cap: null,
  inspectorsPerTarget: 2,
  description: 'credit classes',
};

describe('the draw', () => {
  it('draws each class by its ratio, rounded up, and D most', () => {
    const { targets, unstaffed } = runDraw(pool, credit, '0000002a');
    expect(targets.filter((target) => target.riskClass === RiskClass.A)).toHaveLength(2);
    expect(targets.filter((target) => target.riskClass === RiskClass.D)).toHaveLength(10);
    expect(unstaffed).toEqual([]);
    expect(new Set(targets.map((target) => target.enterpriseId)).size).toBe(12);
  });

  it('gives every target two different inspectors, none with a conflict, and spreads the load', () => {
    const { targets } = runDraw(
      { ...pool, conflicts: pool.targets.map((target) => ({ inspectorId: 'i1', enterpriseId: target.enterpriseId })) },
      credit,
      '0000002a',
    );
    for (const target of targets) {
      expect(new Set(target.inspectorIds).size).toBe(2);
      expect(target.inspectorIds).not.toContain('i1');
    }
    const loads = ['i2', 'i3', 'i4', 'i5'].map((inspector) => targets.filter((target) => target.inspectorIds.includes(inspector)).length);
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
  });

  it('gives the same draw for the same pool and seed, whatever order the pool was listed in, and another for another seed', () => {
    const reordered: PoolSnapshot = { ...pool, targets: [...pool.targets].reverse(), inspectors: [...pool.inspectors].reverse() };
    expect(runDraw(reordered, credit, '0000002a')).toEqual(runDraw(pool, credit, '0000002a'));
    expect(runDraw(pool, credit, '0000002b')).not.toEqual(runDraw(pool, credit, '0000002a'));
  });

  it('caps general items and names the targets it cannot staff', () => {
    expect(drawnCount(40, { ...credit, cap: 0.03 }, RiskClass.D)).toBe(2);
    expect(drawnCount(3, credit, RiskClass.A)).toBe(1);
    expect(drawnCount(0, credit, RiskClass.D)).toBe(0);
    const { unstaffed } = runDraw({ ...pool, inspectors: ['i1'] }, credit, '0000002a');
    expect(unstaffed).toHaveLength(12);
  });
});
