import type { EntityManager } from '@mikro-orm/postgresql';
import { registerEnumType } from 'type-graphql';
import type { ModuleDescriptor } from '../platform/module';
import type { FactValue } from './policy-expression';

/** What a fact holds; modules that offer facts name the type as a string and import nothing but types from here. */
export const POLICY_FACT_TYPES = { NUMBER: 'NUMBER', TEXT: 'TEXT', BOOLEAN: 'BOOLEAN', TEXT_LIST: 'TEXT_LIST' } as const;
export type PolicyFactType = keyof typeof POLICY_FACT_TYPES;

registerEnumType(POLICY_FACT_TYPES, {
  name: 'PolicyFactType',
  description: 'What a policy fact holds.',
  valuesConfig: {
    NUMBER: { description: 'A number, compared with <, <=, >, >=, ==, != and used in formulas.' },
    TEXT: { description: 'A code or text, compared with == and != or tested with `in [..]` and startsWith.' },
    BOOLEAN: { description: 'true or false.' },
    TEXT_LIST: { description: 'A list of codes, tested with `code in list` or `list in [..]` (any of).' },
  },
});

/**
 * A fact about an enterprise that policies may read, offered by the module that knows it. `sql` gives, set-based,
 * `enterprise_id` and `value` for every enterprise that has the fact on the day `(select on_day from params)`; an
 * enterprise without a row lacks the fact (null), which no comparison holds.
 */
export interface PolicyFactDefinition {
  /** Dotted code used in expressions, `<area>.<name>`, e.g. enterprise.registeredCapital, credit.grade; a chain module names its own area. */
  code: string;
  type: PolicyFactType;
  description: string;
  /** The unit of a number, e.g. yuan, years, mu. */
  unit?: string;
  sql: string;
}

declare module '../platform/module' {
  interface ModuleExtensions {
    /** Facts about enterprises the module offers to policy conditions and formulas. */
    policyFacts: PolicyFactDefinition[];
  }
}

const CODE = /^[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9]*)+$/;

/** The facts of the enabled modules, by code; two modules offering one code is a mistake in the registry. */
export function policyFactsOf(modules: ModuleDescriptor[]): Map<string, PolicyFactDefinition & { module: string }> {
  const facts = new Map<string, PolicyFactDefinition & { module: string }>();
  for (const module of modules) {
    for (const fact of module.extensions?.policyFacts ?? []) {
      if (!CODE.test(fact.code)) throw new Error(`The module ${module.name} offers a fact with a malformed code: ${fact.code}.`);
      const other = facts.get(fact.code);
      if (other) throw new Error(`The modules ${other.module} and ${module.name} both offer the fact ${fact.code}.`);
      facts.set(fact.code, { ...fact, module: module.name });
    }
  }
  return facts;
}

function valueOf(type: PolicyFactType, raw: unknown): FactValue {
  if (raw === null || raw === undefined) return null;
  if (type === 'NUMBER') return Number(raw);
  if (type === 'BOOLEAN') return raw === true || raw === 't';
  if (type === 'TEXT_LIST') return (raw as unknown[]).map(String);
  return String(raw);
}

/**
 * The named facts of enterprises on a day, in one statement: each fact's SQL joined to the enterprises asked for
 * (or to all of them), so that a batch over every enterprise is one pass, not one query per enterprise.
 */
export async function loadFacts(
  em: EntityManager,
  facts: Array<PolicyFactDefinition>,
  on: string,
  enterpriseIds: string[] | 'all',
): Promise<Map<string, Map<string, FactValue>>> {
  const ctes = facts.map((fact, index) => `f${index} as (${fact.sql})`);
  const columns = facts.map((_fact, index) => `f${index}.value as v${index}`);
  const joins = facts.map((_fact, index) => `left join f${index} on f${index}.enterprise_id = e.id`);
  const rows = await em.execute<Array<Record<string, unknown>>>(
    `with params as (select cast(? as date) as on_day)${ctes.map((cte) => `, ${cte}`).join('')}
     select e.id${columns.map((column) => `, ${column}`).join('')} from enterprise e ${joins.join(' ')}
     ${enterpriseIds === 'all' ? '' : `where e.id in (${enterpriseIds.map(() => '?').join(', ') || 'null'})`}`,
    enterpriseIds === 'all' ? [on] : [on, ...enterpriseIds],
  );
  return new Map(rows.map((row) => [String(row.id), new Map(facts.map((fact, index) => [fact.code, valueOf(fact.type, row[`v${index}`])]))]));
}
