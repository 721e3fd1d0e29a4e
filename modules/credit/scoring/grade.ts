import { registerEnumType } from 'type-graphql';

export enum CreditGrade {
  EXCELLENT = 'EXCELLENT',
  GOOD = 'GOOD',
  FAIR = 'FAIR',
  POOR = 'POOR',
}

registerEnumType(CreditGrade, {
  name: 'CreditGrade',
  description: 'Grade of a credit score (信用等级, DB33/T 1331-2023).',
  valuesConfig: {
    EXCELLENT: { description: 'Excellent (优秀).' },
    GOOD: { description: 'Good (良好).' },
    FAIR: { description: 'Fair (中等).' },
    POOR: { description: 'Poor (较差).' },
  },
});

/** The grade of a score under the configured cuts: the lowest scores of EXCELLENT, GOOD and FAIR. */
export function gradeOf(score: number, cuts: readonly number[]): CreditGrade {
  if (score >= cuts[0]) return CreditGrade.EXCELLENT;
  if (score >= cuts[1]) return CreditGrade.GOOD;
  if (score >= cuts[2]) return CreditGrade.FAIR;
  return CreditGrade.POOR;
}

/** The same rule as SQL, so that set-based recomputation grades in the database. */
export function gradeSql(scoreExpression: string, cuts: readonly number[]): string {
  return `case when ${scoreExpression} >= ${cuts[0]} then 'EXCELLENT' when ${scoreExpression} >= ${cuts[1]} then 'GOOD' when ${scoreExpression} >= ${cuts[2]} then 'FAIR' else 'POOR' end`;
}
