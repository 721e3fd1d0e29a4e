import type { Expression } from 'jsep';
import { UserErrorCode } from '../platform/errors/user-error';
import { ExpressionError, parseExpression, type ExpressionScope } from './policy-expression';

/** How an enterprise gets the benefit. */
export type PolicyMode = 'NO_APPLICATION' | 'INSTANT' | 'REVIEWED';

/** What one redemption covers: a yearly benefit is granted once a year, a monthly one once a month. */
export type BenefitPeriod = 'YEAR' | 'MONTH';

/** The period a benefit granted on a day belongs to, e.g. 2026 or 2026-11. */
export const periodOn = (benefitPeriod: BenefitPeriod | undefined, day: string): string =>
  benefitPeriod === 'MONTH' ? day.slice(0, 7) : day.slice(0, 4);

/** Whether a period is written as the policy's benefit period asks: 2026 for YEAR, 2026-11 for MONTH. */
export const fitsBenefitPeriod = (benefitPeriod: BenefitPeriod | undefined, period: string): boolean =>
  benefitPeriod === 'MONTH' ? /^\d{4}-(0[1-9]|1[0-2])$/.test(period) : /^\d{4}$/.test(period);

/** A named value of a policy that changes on dates (a rate, a cap): the value of a period is the latest one in force. */
export interface PolicyParameter {
  name: string;
  description: string;
  /** From which day each value holds, in any order. */
  values: Array<{ from: string; value: number }>;
}

export interface PolicyCondition {
  code: string;
  description: string;
  expression: string;
}

/** Whom a policy is for; an empty list does not narrow. */
export interface PolicyTargets {
  chains: string[];
  /** <chain code>.<node code>, as the chains.nodes fact gives them. */
  nodes: string[];
  regions: string[];
  /** GB/T 4754 codes or their prefixes, e.g. C39. */
  industries: string[];
}

/** A policy as data (惠企政策): what a version holds. */
export interface PolicyContent {
  title: string;
  /** The document it rests on, e.g. 常政发〔2026〕12号. */
  legalBasis: string;
  departmentCode: string;
  mode: PolicyMode;
  /** YEAR when absent: versions published before periods were chosen were yearly. */
  benefitPeriod?: BenefitPeriod;
  validFrom: string;
  validUntil: string | null;
  targets: PolicyTargets;
  conditions: PolicyCondition[];
  formula: { description: string; expression: string };
  parameters: PolicyParameter[];
  /** Yuan a year, as a decimal string. */
  yearlyBudget: string;
}

export interface ContentProblem {
  field: string[];
  code: UserErrorCode;
  message: string;
}

const CONDITION_CODE = /^[A-Z][A-Z0-9_]{1,39}$/;
const PARAMETER_NAME = /^[a-z][A-Za-z0-9]{0,39}$/;

/** The value of a parameter on a day: the latest value from that day or before, or null before its first. */
export function parameterOn(parameter: PolicyParameter, day: string): number | null {
  const held = parameter.values.filter((entry) => entry.from <= day).sort((a, b) => (a.from < b.from ? 1 : -1));
  return held[0]?.value ?? null;
}

export interface CheckedContent {
  /** The targets as conditions of their own, so that the trace says why an enterprise outside them is not eligible. */
  targets: Array<PolicyCondition & { ast: Expression }>;
  conditions: Array<PolicyCondition & { ast: Expression }>;
  formula: Expression;
}

const TARGET_FIELDS: Record<string, keyof PolicyTargets> = {
  TARGET_CHAINS: 'chains',
  TARGET_NODES: 'nodes',
  TARGET_REGIONS: 'regions',
  TARGET_INDUSTRIES: 'industries',
};

/** The targets written as conditions over the registry's and the chains' facts. */
export function targetConditions(targets: PolicyTargets): PolicyCondition[] {
  const list = (values: string[]) => `[${values.map((value) => JSON.stringify(value)).join(', ')}]`;
  const conditions: PolicyCondition[] = [];
  if (targets.chains.length)
    conditions.push({
      code: 'TARGET_CHAINS',
      description: 'A member of a chain the policy is for.',
      expression: `chains.memberOf in ${list(targets.chains)}`,
    });
  if (targets.nodes.length)
    conditions.push({
      code: 'TARGET_NODES',
      description: 'At a chain node the policy is for.',
      expression: `chains.nodes in ${list(targets.nodes)}`,
    });
  if (targets.regions.length)
    conditions.push({
      code: 'TARGET_REGIONS',
      description: 'Registered in a region the policy is for.',
      expression: `enterprise.region in ${list(targets.regions)}`,
    });
  if (targets.industries.length) {
    conditions.push({
      code: 'TARGET_INDUSTRIES',
      description: 'In an industry the policy is for.',
      expression: targets.industries.map((prefix) => `startsWith(enterprise.industry, ${JSON.stringify(prefix)})`).join(' || '),
    });
  }
  return conditions;
}

/**
 * Checks a policy's content against the facts the enabled modules offer: every condition and the formula parse,
 * name only known facts and the policy's own parameters, and every field is where it must be. Returns the problems,
 * each with its field (and, for an expression, the position in its text), or the parsed expressions.
 */
export function checkContent(content: PolicyContent, facts: ReadonlySet<string>): { problems: ContentProblem[]; checked: CheckedContent | null } {
  const problems: ContentProblem[] = [];
  const add = (field: string[], code: UserErrorCode, message: string) => problems.push({ field: ['input', 'content', ...field], code, message });
  if (!content.title.trim()) add(['title'], UserErrorCode.BLANK, 'Give the policy its title.');
  if (!content.legalBasis.trim()) add(['legalBasis'], UserErrorCode.BLANK, 'Name the document it rests on, e.g. 常政发〔2026〕12号.');
  if (content.validUntil !== null && content.validUntil < content.validFrom)
    add(['validUntil'], UserErrorCode.INVALID_RANGE, 'It must end on or after its first day.');
  if (!/^\d{1,14}(\.\d{1,2})?$/.test(content.yearlyBudget)) add(['yearlyBudget'], UserErrorCode.INVALID_FORMAT, 'Yuan, e.g. 5000000.00.');

  const parameterNames = new Set<string>();
  content.parameters.forEach((parameter, index) => {
    if (!PARAMETER_NAME.test(parameter.name)) add(['parameters', String(index), 'name'], UserErrorCode.INVALID_FORMAT, 'A name like rate or cap.');
    else if (parameterNames.has(parameter.name))
      add(['parameters', String(index), 'name'], UserErrorCode.DUPLICATE, `${parameter.name} is named twice.`);
    parameterNames.add(parameter.name);
    if (parameter.values.length === 0) add(['parameters', String(index), 'values'], UserErrorCode.EMPTY, 'Give it at least one value.');
    const days = parameter.values.map((entry) => entry.from);
    days.forEach((day, at) => {
      if (days.indexOf(day) !== at)
        add(['parameters', String(index), 'values', String(at), 'from'], UserErrorCode.DUPLICATE, `Two values from ${day}.`);
    });
  });

  const scope: ExpressionScope = { facts, parameters: parameterNames };
  const parse = (text: string, field: string[]): Expression | null => {
    try {
      return parseExpression(text, scope);
    } catch (error) {
      if (!(error instanceof ExpressionError)) throw error;
      add(field, UserErrorCode.INVALID_FORMAT, `${error.message} (at character ${error.position + 1})`);
      return null;
    }
  };
  const codes = new Set<string>();
  const conditions: CheckedContent['conditions'] = [];
  content.conditions.forEach((condition, index) => {
    const field = ['conditions', String(index)];
    if (!CONDITION_CODE.test(condition.code)) add([...field, 'code'], UserErrorCode.INVALID_FORMAT, 'A code like MIN_RD_INTENSITY.');
    else if (codes.has(condition.code)) add([...field, 'code'], UserErrorCode.DUPLICATE, `${condition.code} is named twice.`);
    codes.add(condition.code);
    const ast = parse(condition.expression, [...field, 'expression']);
    if (ast) conditions.push({ ...condition, ast });
  });
  const targets: CheckedContent['conditions'] = [];
  for (const target of targetConditions(content.targets)) {
    const ast = parse(target.expression, ['targets', TARGET_FIELDS[target.code]]);
    if (ast) targets.push({ ...target, ast });
  }
  const formula = parse(content.formula.expression, ['formula', 'expression']);
  return { problems, checked: problems.length === 0 && formula ? { targets, conditions, formula } : null };
}
