import { calculate } from '../../modules/policies/policy-calculator';
import { checkContent, parameterOn, type PolicyContent } from '../../modules/policies/policy-content';
import type { FactValue } from '../../modules/policies/policy-expression';

const FACTS = new Set([
  'enterprise.region',
  'enterprise.industry',
  'enterprise.registeredCapital',
  'chains.memberOf',
  'chains.nodes',
  'chip.rdIntensity',
  'credit.grade',
]);

/** 芯片企业研发费用补助: R&D intensity at least 5 %, a good credit grade, a rate that rises on 1 July 2026, capped. */
const rdSubsidy: PolicyContent = {
  title: '芯片企业研发投入补助',
  legalBasis: '常政发〔2026〕12号',
  departmentCode: 'economy-information',
  mode: 'NO_APPLICATION',
  validFrom: '2026-01-01',
  validUntil: '2026-12-31',
  targets: { chains: ['CHIP'], nodes: [], regions: [], industries: ['C39'] },
  conditions: [
    { code: 'RD_INTENSITY', description: 'Spends at least 5 % of revenue on R&D.', expression: 'chip.rdIntensity >= 0.05' },
    { code: 'GOOD_CREDIT', description: 'Credit grade GOOD or better.', expression: "credit.grade in ['EXCELLENT', 'GOOD']" },
  ],
  formula: {
    description: 'Registered capital times the rate, at most the cap.',
    expression: 'min(enterprise.registeredCapital * param.rate, param.cap)',
  },
  parameters: [
    {
      name: 'rate',
      description: 'Share of registered capital',
      values: [
        { from: '2026-07-01', value: 0.02 },
        { from: '2026-01-01', value: 0.01 },
      ],
    },
    { name: 'cap', description: 'At most, in yuan', values: [{ from: '2026-01-01', value: 500_000 }] },
  ],
  yearlyBudget: '5000000.00',
};

const chipMaker: Record<string, FactValue> = {
  'enterprise.region': '330822101',
  'enterprise.industry': 'C3973',
  'enterprise.registeredCapital': 10_000_000,
  'chains.memberOf': ['CHIP'],
  'chains.nodes': ['CHIP.DESIGN'],
  'chip.rdIntensity': 0.07,
  'credit.grade': 'GOOD',
};

function judge(content: PolicyContent, facts: Record<string, FactValue>, on: string) {
  const { problems, checked } = checkContent(content, FACTS);
  expect(problems).toEqual([]);
  return calculate(content, checked!, (code) => facts[code] ?? null, on);
}

describe('the policy calculator', () => {
  it('finds an eligible enterprise and its amount, with the trace of every condition', () => {
    const result = judge(rdSubsidy, chipMaker, '2026-03-01');
    expect(result).toMatchObject({ inForce: true, eligible: true, amount: 100_000 });
    expect(result.conditions.map((condition) => [condition.code, condition.result])).toEqual([
      ['TARGET_CHAINS', true],
      ['TARGET_INDUSTRIES', true],
      ['RD_INTENSITY', true],
      ['GOOD_CREDIT', true],
    ]);
    expect(result.conditions[2].reads).toEqual([{ fact: 'chip.rdIntensity', value: 0.07 }]);
    expect(result.formula).toMatchObject({ value: 100_000, reads: [{ fact: 'enterprise.registeredCapital', value: 10_000_000 }] });
  });

  it('applies a parameter by the date of the period computed', () => {
    expect(parameterOn(rdSubsidy.parameters[0], '2025-12-31')).toBeNull();
    expect(judge(rdSubsidy, chipMaker, '2026-06-30').amount).toBe(100_000);
    expect(judge(rdSubsidy, chipMaker, '2026-07-01').amount).toBe(200_000);
    expect(judge(rdSubsidy, { ...chipMaker, 'enterprise.registeredCapital': 40_000_000 }, '2026-07-01').amount).toBe(500_000);
  });

  it('says why not, and what would change it', () => {
    const result = judge(rdSubsidy, { ...chipMaker, 'chip.rdIntensity': 0.04, 'credit.grade': 'FAIR', 'chains.memberOf': ['HUYOU'] }, '2026-03-01');
    expect(result).toMatchObject({ eligible: false, amount: null });
    expect(result.conditions.filter((condition) => condition.result !== true).map((condition) => [condition.code, condition.shortfalls])).toEqual([
      ['TARGET_CHAINS', []],
      ['RD_INTENSITY', [{ fact: 'chip.rdIntensity', value: 0.04, operator: '>=', threshold: 0.05 }]],
      ['GOOD_CREDIT', []],
    ]);
    expect(judge(rdSubsidy, chipMaker, '2027-01-01')).toMatchObject({ inForce: false, eligible: false });
  });

  it('refuses a content whose expressions are malformed or name what does not exist, with the field and position', () => {
    const { problems, checked } = checkContent(
      {
        ...rdSubsidy,
        conditions: [
          { code: 'RD_INTENSITY', description: '', expression: 'chip.rdIntensity >= ' },
          { code: 'RD_INTENSITY', description: '', expression: 'chip.patents > 3' },
        ],
        formula: { description: '', expression: 'enterprise.registeredCapital * param.ratio' },
      },
      FACTS,
    );
    expect(checked).toBeNull();
    expect(problems.map((problem) => [problem.field.join('.'), problem.code, problem.message])).toEqual([
      ['input.content.conditions.0.expression', 'INVALID_FORMAT', 'Expected expression after >= (at character 21)'],
      ['input.content.conditions.1.code', 'DUPLICATE', 'RD_INTENSITY is named twice.'],
      ['input.content.conditions.1.expression', 'INVALID_FORMAT', 'No fact is called chip.patents; see policyFacts. (at character 1)'],
      ['input.content.formula.expression', 'INVALID_FORMAT', 'No parameter is called ratio. (at character 32)'],
    ]);
  });
});
