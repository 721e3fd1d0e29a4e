import { Role } from '../../modules/platform/auth/principal';
import { ManualClock } from '../../modules/platform/clock';
import { BASE_SCORE, PUBLIC_RULES } from '../../modules/credit/scoring/public-rules';
import { EnterpriseCreditExplanationDocument } from '../../schema/generated/graphql';
import type { GraphQLClient } from '../support/graphql-client';
import { registerEnterprise } from '../support/fixtures';
import { TestApp } from '../support/test-app';

interface RuleCase {
  rule: string;
  mutation: string;
  inputType: string;
  /** One input per record written, without the enterprise. */
  inputs: Array<Record<string, unknown>>;
  points: number;
}

const penalty = (severity: string, number: number) => ({
  decisionNumber: `常市监处罚〔2026〕${number}号`,
  departmentCode: 'market-regulation',
  severity,
  sector: 'GENERAL',
  decidedOn: '2026-03-01',
  amount: '5000.00',
});
const times = (count: number, input: (index: number) => Record<string, unknown>) => Array.from({ length: count }, (_, index) => input(index));

/** Every public rule, met by the records that trigger it; repeated records show the caps. */
const CASES: RuleCase[] = [
  {
    rule: 'PENALTY_GENERAL',
    mutation: 'administrativePenaltyRecord',
    inputType: 'PenaltyRecordInput',
    inputs: [penalty('GENERAL', 1), penalty('GENERAL', 2)],
    points: -80,
  },
  {
    rule: 'PENALTY_SERIOUS',
    mutation: 'administrativePenaltyRecord',
    inputType: 'PenaltyRecordInput',
    inputs: [penalty('SERIOUS', 3)],
    points: -120,
  },
  {
    rule: 'ABNORMAL_LIST',
    mutation: 'abnormalListEntryRecord',
    inputType: 'AbnormalListEntryRecordInput',
    inputs: [{ reason: 'UNREACHABLE_AT_ADDRESS', listedOn: '2026-05-01' }],
    points: -100,
  },
  {
    rule: 'SERIOUS_VIOLATION',
    mutation: 'seriousViolationRecord',
    inputType: 'SeriousViolationRecordInput',
    inputs: [{ reason: '提供虚假材料骗取登记', listedOn: '2026-05-01' }],
    points: -300,
  },
  {
    rule: 'ANNUAL_REPORT_ON_TIME',
    mutation: 'annualReportFilingRecord',
    inputType: 'AnnualReportFilingRecordInput',
    inputs: [{ year: 2025, status: 'ON_TIME', filedOn: '2026-05-20' }],
    points: 10,
  },
  {
    rule: 'ANNUAL_REPORT_LATE',
    mutation: 'annualReportFilingRecord',
    inputType: 'AnnualReportFilingRecordInput',
    inputs: [{ year: 2025, status: 'LATE', filedOn: '2026-06-08' }],
    points: -15,
  },
  {
    rule: 'ANNUAL_REPORT_MISSING',
    mutation: 'annualReportFilingRecord',
    inputType: 'AnnualReportFilingRecordInput',
    inputs: [{ year: 2025, status: 'MISSING' }],
    points: -50,
  },
  ...(['A', 'B', 'C', 'D'] as const).map((level, index) => ({
    rule: `TAX_CREDIT_${level}`,
    mutation: 'taxCreditRatingRecord',
    inputType: 'TaxCreditRatingRecordInput',
    // An older year at another level shows that only the latest level counts.
    inputs: [
      { year: 2024, level: level === 'A' ? 'D' : 'A' },
      { year: 2025, level },
    ],
    points: [60, 30, -40, -120][index],
  })),
  {
    rule: 'JUDGMENT_DEFAULTER',
    mutation: 'judgmentDefaulterRecord',
    inputType: 'JudgmentDefaulterRecordInput',
    inputs: [{ caseNumber: '（2026）浙0822执123号', listedOn: '2026-04-01' }],
    points: -200,
  },
  {
    rule: 'COMMITMENT_KEPT',
    mutation: 'creditCommitmentRecord',
    inputType: 'CreditCommitmentRecordInput',
    inputs: times(5, () => ({ type: 'PUBLIC', promise: '依法诚信经营', madeOn: '2026-01-05', outcome: 'KEPT' })),
    points: 20,
  },
  {
    rule: 'COMMITMENT_BROKEN',
    mutation: 'creditCommitmentRecord',
    inputType: 'CreditCommitmentRecordInput',
    inputs: times(4, () => ({ type: 'APPROVAL_SUBSTITUTE', promise: '三个月内补齐材料', madeOn: '2026-01-05', outcome: 'BROKEN' })),
    points: -90,
  },
  {
    rule: 'HONOUR_NATIONAL',
    mutation: 'honourRecord',
    inputType: 'HonourRecordInput',
    inputs: times(3, (index) => ({ level: 'NATIONAL', title: `全国荣誉${index}`, awardedOn: '2025-12-01' })),
    points: 100,
  },
  {
    rule: 'HONOUR_PROVINCIAL',
    mutation: 'honourRecord',
    inputType: 'HonourRecordInput',
    inputs: times(3, (index) => ({ level: 'PROVINCIAL', title: `省级荣誉${index}`, awardedOn: '2025-12-01' })),
    points: 60,
  },
  {
    rule: 'HONOUR_MUNICIPAL',
    mutation: 'honourRecord',
    inputType: 'HonourRecordInput',
    inputs: times(4, (index) => ({ level: 'MUNICIPAL', title: `市级荣誉${index}`, awardedOn: '2025-12-01' })),
    points: 30,
  },
];

describe('every public credit rule, through the API', () => {
  const clock = new ManualClock(new Date('2026-06-10T02:00:00Z'));
  let app: TestApp;
  let admin: GraphQLClient;

  beforeAll(async () => {
    app = await TestApp.start({ clock });
    admin = await app.clientAs(Role.ADMIN);
  });
  afterAll(() => app?.stop());

  it('has a case for every rule in the table', () => {
    expect(CASES.map((rule) => rule.rule).sort()).toEqual(PUBLIC_RULES.map((rule) => rule.code).sort());
  });

  it.each(CASES.map((rule) => [rule.rule, rule] as const))(
    '%s moves a fresh enterprise’s score by exactly its points, capped',
    async (_rule, { rule, mutation, inputType, inputs, points }) => {
      const enterprise = await registerEnterprise(admin);
      for (const input of inputs) {
        const response = await admin.raw<Record<string, { userErrors: unknown[] }>>(
          `mutation ($input: ${inputType}!) { ${mutation}(input: $input) { userErrors { field code message } } }`,
          {
            input: { ...input, enterpriseId: enterprise.id },
          },
        );
        expect(response.errors).toBeUndefined();
        expect(response.data?.[mutation].userErrors).toEqual([]);
      }
      const score = (await admin.data(EnterpriseCreditExplanationDocument, { id: enterprise.id })).enterprise!.creditScore!;
      expect(score.explanation!.map((line) => [line.rule, line.points])).toEqual([[rule, points]]);
      expect(score.score).toBe(BASE_SCORE + points);
      expect(score.explanation![0].evidence.length).toBeGreaterThan(0);
    },
  );
});
