import type { PolicyContent } from './policy-content';

/** What changed from one policy content to another, as an editor reviews it before publishing. */
export interface PolicyDiff {
  /** Top-level fields whose value changed, e.g. title, mode, targets, formula, yearlyBudget. */
  changedFields: Array<keyof PolicyContent>;
  addedConditions: string[];
  removedConditions: string[];
  /** Conditions kept under their code whose expression or description changed. */
  changedConditions: string[];
  addedParameters: string[];
  removedParameters: string[];
  /** Parameters kept under their name whose dated values or description changed. */
  changedParameters: string[];
}

/** Fields compared as wholes; conditions and parameters are compared one by one by their code or name. */
const WHOLE_FIELDS: Array<keyof PolicyContent> = [
  'title',
  'legalBasis',
  'departmentCode',
  'mode',
  'benefitPeriod',
  'validFrom',
  'validUntil',
  'targets',
  'formula',
  'yearlyBudget',
];

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function byKey<T>(from: T[], to: T[], keyOf: (entry: T) => string) {
  const before = new Map(from.map((entry) => [keyOf(entry), entry]));
  const after = new Map(to.map((entry) => [keyOf(entry), entry]));
  return {
    added: [...after.keys()].filter((key) => !before.has(key)),
    removed: [...before.keys()].filter((key) => !after.has(key)),
    changed: [...after.keys()].filter((key) => before.has(key) && !same(before.get(key), after.get(key))),
  };
}

/** Dated values compare as a set: listing them in another order changes nothing the calculator does. */
const sortedValues = (parameter: PolicyContent['parameters'][number]) => ({
  ...parameter,
  values: [...parameter.values].sort((a, b) => (a.from < b.from ? -1 : 1)),
});

export function diffPolicies(from: PolicyContent, to: PolicyContent): PolicyDiff {
  const conditions = byKey(from.conditions, to.conditions, (condition) => condition.code);
  const parameters = byKey(from.parameters.map(sortedValues), to.parameters.map(sortedValues), (parameter) => parameter.name);
  return {
    changedFields: WHOLE_FIELDS.filter((field) => !same(from[field] ?? null, to[field] ?? null)),
    addedConditions: conditions.added,
    removedConditions: conditions.removed,
    changedConditions: conditions.changed,
    addedParameters: parameters.added,
    removedParameters: parameters.removed,
    changedParameters: parameters.changed,
  };
}
