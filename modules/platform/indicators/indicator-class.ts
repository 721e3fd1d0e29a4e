import { registerEnumType } from 'type-graphql';
import { IndicatorDirection } from './indicator-definition';

/** Where an indicator stands against its target or frontier value (前沿值). */
export enum IndicatorClass {
  BENCHMARK = 'BENCHMARK',
  MIDDLE = 'MIDDLE',
  LAGGING = 'LAGGING',
}

registerEnumType(IndicatorClass, {
  name: 'IndicatorClass',
  description: 'Where an indicator stands against its target or frontier value.',
  valuesConfig: {
    BENCHMARK: { description: 'At or past the target (标杆).' },
    MIDDLE: { description: 'Short of the target by at most INDICATOR_MIDDLE_BAND of it (中部).' },
    LAGGING: { description: 'Further from the target (落后).' },
  },
});

/**
 * The class of a value against its target, the way the indicator improves: at or past the target BENCHMARK; short of
 * it by at most `band` × the target (or by `band` itself when the target is 0) MIDDLE; else LAGGING. No value or no
 * target: no class.
 */
export function classOf(value: number | null, target: number | null, direction: IndicatorDirection, band: number): IndicatorClass | null {
  if (value === null || target === null) return null;
  const shortfall = direction === IndicatorDirection.HIGHER_IS_BETTER ? target - value : value - target;
  if (shortfall <= 1e-12) return IndicatorClass.BENCHMARK;
  const tolerance = target === 0 ? band : band * Math.abs(target);
  return shortfall <= tolerance + 1e-12 ? IndicatorClass.MIDDLE : IndicatorClass.LAGGING;
}
