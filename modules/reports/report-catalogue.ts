/** What introspection tells about the report fields of a deployment: enough to list and to ask, nothing else. */

export interface IntrospectedEnum {
  name: string;
  values: Array<{ name: string; description: string | null }>;
}

export interface IntrospectedCube {
  /** The cube's code, e.g. cases (the field is casesReport). */
  code: string;
  field: string;
  description: string | null;
  dimensions: IntrospectedEnum;
  measures: IntrospectedEnum;
}

export const CATALOGUE_QUERY = `query ReportCatalogue {
  __schema {
    queryType {
      fields {
        name
        description
        args { name type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }
      }
    }
    types { kind name enumValues { name description } }
  }
}`;

interface TypeRef {
  kind: string;
  name: string | null;
  ofType?: TypeRef | null;
}

interface CatalogueAnswer {
  __schema: {
    queryType: { fields: Array<{ name: string; description: string | null; args: Array<{ name: string; type: TypeRef }> }> };
    types: Array<{ kind: string; name: string; enumValues: Array<{ name: string; description: string | null }> | null }>;
  };
}

const named = (type: TypeRef | null | undefined): string | null => (!type ? null : (type.name ?? named(type.ofType)));

/**
 * The cubes a deployment offers: every query field `<code>Report` whose `dimensions` and `measures` arguments are
 * lists of enums. Read from introspection alone, so the CLI works against any deployment and version.
 */
export function cubesOf(answer: CatalogueAnswer): IntrospectedCube[] {
  const enums = new Map(answer.__schema.types.filter((type) => type.kind === 'ENUM').map((type) => [type.name, type.enumValues ?? []]));
  return answer.__schema.queryType.fields.flatMap((field) => {
    const match = /^([a-z][A-Za-z0-9]*)Report$/.exec(field.name);
    const dimensions = named(field.args.find((arg) => arg.name === 'dimensions')?.type);
    const measures = named(field.args.find((arg) => arg.name === 'measures')?.type);
    if (!match || !dimensions || !measures || !enums.has(dimensions) || !enums.has(measures)) return [];
    return [
      {
        code: match[1],
        field: field.name,
        description: field.description,
        dimensions: { name: dimensions, values: enums.get(dimensions)! },
        measures: { name: measures, values: enums.get(measures)! },
      },
    ];
  });
}

/** onTimeRate, on-time-rate or ON_TIME_RATE → ON_TIME_RATE. */
export const enumValueOf = (word: string) =>
  word
    .trim()
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[-\s]+/g, '_')
    .toUpperCase();

const BUCKETS = ['DAY', 'WEEK', 'MONTH', 'QUARTER', 'YEAR'];

/**
 * The enum value a word names: itself, or for a bare time bucket (month) the cube's first time by it (SUBMITTED_MONTH,
 * the time a report's period filters on by default); an unknown word is an error naming the choices.
 */
export function resolveValue(word: string, available: IntrospectedEnum, what: string): string {
  const wanted = enumValueOf(word);
  const names = available.values.map((value) => value.name);
  if (names.includes(wanted)) return wanted;
  const bucketed = BUCKETS.includes(wanted) ? names.find((name) => name.endsWith(`_${wanted}`)) : undefined;
  if (bucketed) return bucketed;
  throw new Error(`No ${what} is called ${word}: say one of ${names.join(', ')}.`);
}
