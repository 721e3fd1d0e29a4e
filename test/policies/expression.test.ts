import { evaluate, ExpressionError, parseExpression, type FactValue } from '../../modules/policies/policy-expression';

const scope = {
  facts: new Set(['enterprise.registeredCapital', 'enterprise.region', 'enterprise.industry', 'chains.memberOf', 'chip.rdIntensity', 'credit.grade']),
  parameters: new Set(['rate', 'cap']),
};

const facts: Record<string, FactValue> = {
  'enterprise.registeredCapital': 3_000_000,
  'enterprise.region': '330822101',
  'enterprise.industry': 'C3973',
  'chains.memberOf': ['CHIP'],
  'chip.rdIntensity': 0.04,
  'credit.grade': 'GOOD',
};

const run = (text: string, values: Record<string, FactValue> = facts, parameters: Record<string, FactValue> = { rate: 0.1, cap: 500_000 }) =>
  evaluate(
    parseExpression(text, scope),
    (name) => values[name] ?? null,
    (name) => parameters[name] ?? null,
  );

describe('policy expressions', () => {
  it('evaluates conditions over facts and parameters, with the facts read', () => {
    const result = run("chip.rdIntensity >= 0.03 && 'CHIP' in chains.memberOf && startsWith(enterprise.industry, 'C39')");
    expect(result.value).toBe(true);
    expect(result.reads.map((read) => read.fact)).toEqual(['chip.rdIntensity', 'chains.memberOf', 'enterprise.industry']);
    expect(result.shortfalls).toEqual([]);
  });

  it('computes a formula with a parameter and a cap', () => {
    expect(run('min(enterprise.registeredCapital * param.rate, param.cap)').value).toBe(300_000);
    expect(run('min(enterprise.registeredCapital * param.rate, param.cap)', facts, { rate: 0.5, cap: 500_000 }).value).toBe(500_000);
  });

  it('says what a failing comparison needs, with the fact on either side', () => {
    const result = run('chip.rdIntensity >= 0.06 && 5000000 <= enterprise.registeredCapital');
    expect(result.value).toBe(false);
    expect(result.shortfalls).toEqual([
      { fact: 'chip.rdIntensity', value: 0.04, operator: '>=', threshold: 0.06 },
      { fact: 'enterprise.registeredCapital', value: 3_000_000, operator: '>=', threshold: 5_000_000 },
    ]);
  });

  it('treats a missing fact as unknown, which no comparison holds', () => {
    const result = run('chip.rdIntensity >= 0.03', { ...facts, 'chip.rdIntensity': null });
    expect(result.value).toBeNull();
    expect(result.shortfalls).toEqual([{ fact: 'chip.rdIntensity', value: null, operator: '>=', threshold: 0.03 }]);
  });

  it('tests membership of a value or of a list', () => {
    expect(run("enterprise.region in ['330822101', '330822102']").value).toBe(true);
    expect(run("chains.memberOf in ['HUYOU']").value).toBe(false);
  });

  it('refuses a malformed expression, an unknown fact, parameter or function, with the position', () => {
    const problem = (text: string) => {
      try {
        parseExpression(text, scope);
      } catch (error) {
        return error instanceof ExpressionError ? [error.message, error.position] : ['not an ExpressionError', -1];
      }
      return ['accepted', -1];
    };
    expect(problem('chip.rdIntensity >= ')).toEqual(['Expected expression after >=', 20]);
    expect(problem("enterprise.region == 'x' && chip.rdIntensty > 1")).toEqual(['No fact is called chip.rdIntensty; see policyFacts.', 28]);
    expect(problem('enterprise.registeredCapital * param.ratio')).toEqual(['No parameter is called ratio.', 31]);
    expect(problem('eval(enterprise.region)')).toEqual(['Unknown function eval; use min, max, round, startsWith.', 0]);
    expect(problem('a; b')[0]).toBe('One expression only.');
  });
});
