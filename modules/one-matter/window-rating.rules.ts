import type { Config } from '../platform/config';

export type WindowRatingWeights = Config['WINDOW_RATING_WEIGHTS'];

export interface WindowMonthFigures {
  casesCompleted: number;
  casesOnTime: number;
  reviews: number;
  satisfiedReviews: number;
  rectifications: number;
  overdueWithResponsibility: number;
  bonusPoints: number;
}

export interface WindowScore {
  onTimeRate: number | null;
  satisfactionRate: number | null;
  score: number;
  stars: number;
}

const rate = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

/**
 * The star rule: rates are weighted to 100, penalties and bonus points are added, and the score falls into the
 * configured cuts. A month without cases or reviews gives full marks for that part: nothing shows poor service.
 */
export function scoreWindowMonth(figures: WindowMonthFigures, weights: WindowRatingWeights): WindowScore {
  const onTimeRate = rate(figures.casesOnTime, figures.casesCompleted);
  const satisfactionRate = rate(figures.satisfiedReviews, figures.reviews);
  const base = 100 * (weights.onTime * (onTimeRate ?? 1) + weights.satisfaction * (satisfactionRate ?? 1));
  const raw =
    base - weights.rectificationPenalty * figures.rectifications - weights.overduePenalty * figures.overdueWithResponsibility + figures.bonusPoints;
  const score = Math.round(raw * 100) / 100;
  const cutIndex = weights.starCuts.findIndex((cut) => score >= cut);
  const stars = cutIndex === -1 ? 1 : 5 - cutIndex;
  return { onTimeRate, satisfactionRate, score, stars };
}
