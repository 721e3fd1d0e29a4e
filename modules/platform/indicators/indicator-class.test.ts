import { classOf, IndicatorClass } from './indicator-class';
import { IndicatorDirection } from './indicator-definition';

const { HIGHER_IS_BETTER: UP, LOWER_IS_BETTER: DOWN } = IndicatorDirection;

describe('the class of an indicator against its target', () => {
  it('judges a rate that should rise: at the target a benchmark, within the band middle, beyond it lagging', () => {
    expect(classOf(0.97, 0.97, UP, 0.1)).toBe(IndicatorClass.BENCHMARK);
    expect(classOf(0.99, 0.97, UP, 0.1)).toBe(IndicatorClass.BENCHMARK);
    expect(classOf(0.9, 0.97, UP, 0.1)).toBe(IndicatorClass.MIDDLE);
    expect(classOf(0.873, 0.97, UP, 0.1)).toBe(IndicatorClass.MIDDLE);
    expect(classOf(0.87, 0.97, UP, 0.1)).toBe(IndicatorClass.LAGGING);
  });

  it('judges one that should fall the other way, and a target of 0 by the band itself', () => {
    expect(classOf(0.03, 0.04, DOWN, 0.1)).toBe(IndicatorClass.BENCHMARK);
    expect(classOf(0.044, 0.04, DOWN, 0.1)).toBe(IndicatorClass.MIDDLE);
    expect(classOf(0.05, 0.04, DOWN, 0.1)).toBe(IndicatorClass.LAGGING);
    expect(classOf(0, 0, DOWN, 0.1)).toBe(IndicatorClass.BENCHMARK);
    expect(classOf(0.05, 0, DOWN, 0.1)).toBe(IndicatorClass.MIDDLE);
    expect(classOf(2, 0, DOWN, 0.1)).toBe(IndicatorClass.LAGGING);
  });

  it('gives no class without a value or a target', () => {
    expect(classOf(null, 0.9, UP, 0.1)).toBeNull();
    expect(classOf(0.5, null, UP, 0.1)).toBeNull();
  });
});
