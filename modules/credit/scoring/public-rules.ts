/**
 * The public credit score (公共信用评价) out of 1000: a base, and one rule per kind of record that moves it.
 * Rules are data: the SQL joins this table, so a new rule set changes weights without changing queries.
 */
export interface ScoreRule {
  code: string;
  description: string;
  /** Points for each matching record. */
  points: number;
  /** Largest total a rule may contribute, in absolute value; null for no limit. */
  cap: number | null;
}

export const PUBLIC_RULE_SET = 'public-2026.1';
export const BASE_SCORE = 700;
export const MAX_SCORE = 1000;

export const PUBLIC_RULES: ScoreRule[] = [
  { code: 'PENALTY_GENERAL', description: 'General administrative penalty still in publicity', points: -40, cap: null },
  { code: 'PENALTY_SERIOUS', description: 'Serious administrative penalty still in publicity', points: -120, cap: null },
  { code: 'ABNORMAL_LIST', description: 'Listed as operating abnormally', points: -100, cap: null },
  { code: 'SERIOUS_VIOLATION', description: 'On the serious-violation list', points: -300, cap: null },
  { code: 'ANNUAL_REPORT_ON_TIME', description: 'Last year’s annual report filed on time', points: 10, cap: null },
  { code: 'ANNUAL_REPORT_LATE', description: 'Last year’s annual report filed late', points: -15, cap: null },
  { code: 'ANNUAL_REPORT_MISSING', description: 'Last year’s annual report missing', points: -50, cap: null },
  { code: 'TAX_CREDIT_A', description: 'Latest tax credit level A', points: 60, cap: null },
  { code: 'TAX_CREDIT_B', description: 'Latest tax credit level B', points: 30, cap: null },
  { code: 'TAX_CREDIT_C', description: 'Latest tax credit level C', points: -40, cap: null },
  { code: 'TAX_CREDIT_D', description: 'Latest tax credit level D', points: -120, cap: null },
  { code: 'JUDGMENT_DEFAULTER', description: 'Listed as judgment defaulter', points: -200, cap: null },
  { code: 'COMMITMENT_KEPT', description: 'Credit commitment kept', points: 5, cap: 20 },
  { code: 'COMMITMENT_BROKEN', description: 'Credit commitment broken', points: -30, cap: 90 },
  { code: 'HONOUR_NATIONAL', description: 'National honour', points: 50, cap: 100 },
  { code: 'HONOUR_PROVINCIAL', description: 'Provincial honour', points: 30, cap: 60 },
  { code: 'HONOUR_MUNICIPAL', description: 'Municipal honour', points: 10, cap: 30 },
];
