import { evaluate, type FactRead, type FactValue, type Shortfall } from './policy-expression';
import { parameterOn, type CheckedContent, type PolicyContent } from './policy-content';

/** One condition of a policy as the calculator judged it for an enterprise. */
export interface ConditionTrace {
  code: string;
  description: string;
  expression: string;
  /** true, false, or null when a fact it needs is missing. */
  result: boolean | null;
  reads: FactRead[];
  /** For a condition not met: the comparisons that failed, with the threshold to reach. */
  shortfalls: Shortfall[];
}

export interface PolicyCalculation {
  inForce: boolean;
  eligible: boolean;
  /** Yuan, rounded to the fen; null when not eligible or when the formula needs a missing fact. */
  amount: number | null;
  conditions: ConditionTrace[];
  formula: { expression: string; value: FactValue; reads: FactRead[] };
  parameters: Array<{ name: string; value: number | null }>;
}

/**
 * Judges one enterprise against one policy on a day: in force, every target and condition held, and the amount by the
 * formula with the parameters of that day. Everything the judgement read comes back, and for each condition not met
 * the comparisons that failed with the value to reach, so that the answer says why not and what would change it.
 * Writes nothing; hypothetical facts are judged the same way.
 */
export function calculate(content: PolicyContent, checked: CheckedContent, facts: (code: string) => FactValue, on: string): PolicyCalculation {
  const parameters = content.parameters.map((parameter) => ({ name: parameter.name, value: parameterOn(parameter, on) }));
  const byName = new Map(parameters.map((parameter) => [parameter.name, parameter.value]));
  const parameter = (name: string) => byName.get(name) ?? null;
  const inForce = content.validFrom <= on && (content.validUntil === null || on <= content.validUntil);
  const conditions = [...checked.targets, ...checked.conditions].map((condition): ConditionTrace => {
    const result = evaluate(condition.ast, facts, parameter);
    const holds = result.value === true;
    return {
      code: condition.code,
      description: condition.description,
      expression: condition.expression,
      result: typeof result.value === 'boolean' ? result.value : null,
      reads: result.reads,
      shortfalls: holds ? [] : result.shortfalls,
    };
  });
  const eligible = inForce && conditions.every((condition) => condition.result === true);
  const formula = evaluate(checked.formula, facts, parameter);
  const amount =
    eligible && typeof formula.value === 'number' && Number.isFinite(formula.value) ? Math.round(Math.max(0, formula.value) * 100) / 100 : null;
  return {
    inForce,
    eligible,
    amount,
    conditions,
    formula: { expression: content.formula.expression, value: formula.value, reads: formula.reads },
    parameters,
  };
}
