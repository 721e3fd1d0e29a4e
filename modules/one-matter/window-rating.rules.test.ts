import { scoreWindowMonth, type WindowMonthFigures } from './window-rating.rules';

const weights = { onTime: 0.6, satisfaction: 0.4, rectificationPenalty: 5, overduePenalty: 5, starCuts: [95, 85, 75, 60] };
const quiet: WindowMonthFigures = {
  casesCompleted: 0,
  casesOnTime: 0,
  reviews: 0,
  satisfiedReviews: 0,
  rectifications: 0,
  overdueWithResponsibility: 0,
  bonusPoints: 0,
};

describe('the window star rule', () => {
  it('gives a quiet month full marks and five stars', () => {
    expect(scoreWindowMonth(quiet, weights)).toEqual({ onTimeRate: null, satisfactionRate: null, score: 100, stars: 5 });
  });

  it('weights the on-time and satisfaction rates', () => {
    const result = scoreWindowMonth({ ...quiet, casesCompleted: 10, casesOnTime: 8, reviews: 4, satisfiedReviews: 3 }, weights);
    // 100 × (0.6 × 0.8 + 0.4 × 0.75) = 78
    expect(result).toEqual({ onTimeRate: 0.8, satisfactionRate: 0.75, score: 78, stars: 3 });
  });

  it('deducts per rectification and per overdue with responsibility, and adds bonus points', () => {
    const result = scoreWindowMonth(
      { ...quiet, casesCompleted: 5, casesOnTime: 5, rectifications: 1, overdueWithResponsibility: 2, bonusPoints: 3 },
      weights,
    );
    expect(result.score).toBe(88);
    expect(result.stars).toBe(4);
  });

  it('falls to one star below the last cut', () => {
    expect(scoreWindowMonth({ ...quiet, casesCompleted: 4, casesOnTime: 1 }, weights)).toMatchObject({ score: 55, stars: 1 });
    expect(scoreWindowMonth({ ...quiet, casesCompleted: 4, casesOnTime: 1 }, { ...weights, starCuts: [95, 85, 75, 50] }).stars).toBe(2);
  });
});
