import type { Principal } from '../auth/principal';
import type { ModuleDescriptor } from '../module';

/** A text in English and in Chinese: introspection shows both, exports head their columns with both. */
export interface Bilingual {
  en: string;
  zh: string;
}

/** A way to group a cube's rows, as an SQL expression over the cube's FROM clause; never personal data. */
export interface CubeDimension {
  /** SCREAMING_SNAKE_CASE, e.g. DEPARTMENT; the row's field is its camelCase, e.g. department. */
  code: string;
  description: Bilingual;
  sql: string;
  /**
   * Joins the dimension needs, added only when a report groups or filters by it, e.g. unnesting an appeal's categories:
   * a row of several values then counts once under each, and in every measure of that report.
   */
  joins?: string;
}

/**
 * A moment or a day of a row, bucketed by day, week, month, quarter or year in Asia/Shanghai (dimensions
 * `<CODE>_DAY` … `<CODE>_YEAR`), and what a report's period filters on.
 */
export interface CubeTime {
  code: string;
  description: Bilingual;
  sql: string;
  /** INSTANT: a timestamptz, taken in Asia/Shanghai; DATE: already a local date. */
  kind: 'INSTANT' | 'DATE';
}

export type CubeAggregate = 'COUNT' | 'SUM' | 'AVG' | 'MIN' | 'MAX' | 'COUNT_DISTINCT' | 'RATE' | 'DISTINCT_RATE';

/** What a cube can measure over the rows of a group. */
export interface CubeMeasure {
  code: string;
  description: Bilingual;
  aggregate: CubeAggregate;
  /** The expression aggregated; COUNT counts rows and needs none. */
  sql?: string;
  /**
   * RATE: sum(numerator) ÷ sum(denominator); DISTINCT_RATE: count(distinct numerator) ÷ count(distinct denominator)
   * (e.g. items covered ÷ items listed, where rows repeat an item). Rounded to four decimals; null where the
   * denominator is 0.
   */
  numerator?: string;
  denominator?: string;
  /** Decimals the value is rounded to (default: none; RATE: 4). */
  decimals?: number;
}

/**
 * A measurable set of facts a module declares (报表立方体): the FROM clause of its rows, their dimensions, times and
 * measures, and how a row is narrowed for scoped callers. Identifiers come only from here; a request picks among them
 * by enum and passes values as parameters.
 */
export interface CubeDefinition {
  /** camelCase, e.g. cases: the query is casesReport and its types start with Cases. */
  code: string;
  description: Bilingual;
  /** The FROM clause, with aliases and joins, e.g. `service_case c join enterprise e on e.id = c.enterprise_id`. */
  from: string;
  /** A condition every row keeps, e.g. leaving out merged duplicates. */
  where?: string;
  dimensions: CubeDimension[];
  times: CubeTime[];
  measures: CubeMeasure[];
  /** The enterprise a row belongs to (SQL of its id): DESKs see the rows of enterprises in their chains. */
  enterprise?: string;
  /** A condition with one `?` for a department code: OFFICERs see the rows it holds for theirs. */
  departmentScope?: string;
}

/**
 * How the module that knows the chains narrows rows to a DESK's chains: a condition over the SQL of an enterprise id,
 * and its parameter. Declared by the chain machinery; the kernel names no table of it.
 */
export interface ReportChainScope {
  /** The codes of the chains a DESK covers (its scopes name them in its own way). */
  chainsOf(principal: Principal): string[];
  /** A condition over the SQL of an enterprise id: a member of one of the chains, with its parameters (one placeholder each). */
  condition(enterpriseSql: string, chainCodes: string[]): { sql: string; parameters: unknown[] };
}

/**
 * Dimensions a module knows about any enterprise (e.g. the chains it belongs to), added to every cube that declares
 * the enterprise its rows are about (`enterprise`). Given the SQL of that enterprise's id, the dimensions
 * with the joins they need (used only when a report groups or filters by them). A cube's own dimension of the same code
 * wins; a module switched off takes its dimensions out of every cube.
 */
export type ReportEnterpriseDimensions = (enterpriseSql: string) => CubeDimension[];

declare module '../module' {
  interface ModuleExtensions {
    /** How report rows are narrowed to a DESK's chains. */
    reportChainScope: ReportChainScope;
    /** Dimensions of an enterprise this module adds to the cubes about enterprises. */
    reportEnterpriseDimensions: ReportEnterpriseDimensions;
  }
}

/** The module that narrows report rows to chains, if one is enabled. */
export function reportChainScopeOf(modules: ModuleDescriptor[]): ReportChainScope | undefined {
  return modules.find((module) => module.extensions?.reportChainScope)?.extensions?.reportChainScope;
}

/** The forms of each cube with the dimensions contributed to it, one per set of contributors. */
const contributed = new WeakMap<CubeDefinition, Map<string, CubeDefinition>>();
/** The cube each cube with contributions was made from. */
const declaredCubes = new WeakMap<CubeDefinition, CubeDefinition>();
const reportCubes = new WeakMap<ModuleDescriptor[], CubeDefinition[]>();

function withContributions(cube: CubeDefinition, contributors: ModuleDescriptor[]): CubeDefinition {
  const relevant = cube.enterprise ? contributors : [];
  if (relevant.length === 0) return cube;
  const key = relevant.map((module) => module.name).join(',');
  let variants = contributed.get(cube);
  if (!variants) contributed.set(cube, (variants = new Map()));
  let variant = variants.get(key);
  if (!variant) {
    const own = new Set(cube.dimensions.map((dimension) => dimension.code));
    const added: CubeDimension[] = [];
    for (const dimension of relevant.flatMap((module) => module.extensions!.reportEnterpriseDimensions!(cube.enterprise!))) {
      if (own.has(dimension.code)) continue;
      own.add(dimension.code);
      added.push(dimension);
    }
    variant = added.length === 0 ? cube : defineCube({ ...cube, dimensions: [...cube.dimensions, ...added] });
    if (variant !== cube) declaredCubes.set(variant, cube);
    variants.set(key, variant);
  }
  return variant;
}

/**
 * The report cubes of the enabled modules, each with the dimensions the enabled modules contribute to it
 * (`reportEnterpriseDimensions`): what the schema, the exports and the indicator board serve. The same modules always
 * give the same cube objects.
 */
export function reportCubesOf(modules: ModuleDescriptor[]): CubeDefinition[] {
  let cubes = reportCubes.get(modules);
  if (!cubes) {
    const contributors = modules.filter((module) => module.extensions?.reportEnterpriseDimensions);
    cubes = modules.flatMap((module) => module.cubes ?? []).map((cube) => withContributions(cube, contributors));
    reportCubes.set(modules, cubes);
  }
  return cubes;
}

/** The cube as its module declared it, before other modules' dimensions were added. */
export function declaredCubeOf(cube: CubeDefinition): CubeDefinition {
  return declaredCubes.get(cube) ?? cube;
}

export const TIME_BUCKETS = ['DAY', 'WEEK', 'MONTH', 'QUARTER', 'YEAR'] as const;
export type TimeBucket = (typeof TIME_BUCKETS)[number];

const BUCKET_NAMES: Record<TimeBucket, Bilingual> = {
  DAY: { en: 'day (YYYY-MM-DD)', zh: '日' },
  WEEK: { en: 'ISO week (YYYY-Www)', zh: '周' },
  MONTH: { en: 'month (YYYY-MM)', zh: '月' },
  QUARTER: { en: 'quarter (YYYY-Qn)', zh: '季度' },
  YEAR: { en: 'year (YYYY)', zh: '年' },
};

/** Every dimension a request may group by: the cube's own, then each time by each bucket. */
export function dimensionsOf(cube: CubeDefinition): CubeDimension[] {
  return [
    ...cube.dimensions,
    ...cube.times.flatMap((time) =>
      TIME_BUCKETS.map((bucket) => ({
        code: `${time.code}_${bucket}`,
        description: { en: `${time.description.en}, by ${BUCKET_NAMES[bucket].en}`, zh: `${time.description.zh}（按${BUCKET_NAMES[bucket].zh}）` },
        sql: bucketSql(time, bucket),
      })),
    ),
  ];
}

/** The local day of a time: an instant is taken in Asia/Shanghai, whatever the server's zone. */
export function localDaySql(time: CubeTime): string {
  return time.kind === 'INSTANT' ? `((${time.sql}) at time zone 'Asia/Shanghai')::date` : `(${time.sql})::date`;
}

const BUCKET_FORMATS: Record<TimeBucket, string> = {
  DAY: `'YYYY-MM-DD'`,
  WEEK: `'IYYY-"W"IW'`,
  MONTH: `'YYYY-MM'`,
  QUARTER: `'YYYY-"Q"Q'`,
  YEAR: `'YYYY'`,
};

function bucketSql(time: CubeTime, bucket: TimeBucket): string {
  return `to_char(${localDaySql(time)}, ${BUCKET_FORMATS[bucket]})`;
}

/** SCREAMING_SNAKE_CASE to camelCase: ON_TIME_RATE → onTimeRate. */
export function fieldNameOf(code: string): string {
  return code.toLowerCase().replace(/_([a-z0-9])/g, (_, char: string) => char.toUpperCase());
}

/** cases → Cases: the prefix of a cube's types. */
export function typePrefixOf(cube: CubeDefinition): string {
  return cube.code[0].toUpperCase() + cube.code.slice(1);
}

const CODE = /^[A-Z][A-Z0-9_]*$/;

/** A cube whose codes could not become GraphQL names, or that repeat, is a mistake in its module, named at start. */
export function defineCube(cube: CubeDefinition): CubeDefinition {
  if (!/^[a-z][A-Za-z0-9]*$/.test(cube.code)) throw new Error(`A cube code is camelCase: ${cube.code}.`);
  const codes = [...dimensionsOf(cube), ...cube.measures].map((entry) => entry.code);
  for (const code of [...codes, ...cube.times.map((time) => time.code)]) {
    if (!CODE.test(code)) throw new Error(`The cube ${cube.code} has a code that is not SCREAMING_SNAKE_CASE: ${code}.`);
  }
  const fields = codes.map(fieldNameOf);
  const repeated = fields.find((field, index) => fields.indexOf(field) !== index);
  if (repeated) throw new Error(`The cube ${cube.code} names ${repeated} twice among its dimensions and measures.`);
  for (const measure of cube.measures) {
    const ratio = measure.aggregate === 'RATE' || measure.aggregate === 'DISTINCT_RATE';
    const complete = ratio ? measure.numerator && measure.denominator : measure.aggregate === 'COUNT' || measure.sql;
    if (!complete) throw new Error(`The measure ${measure.code} of the cube ${cube.code} lacks its SQL.`);
  }
  return cube;
}
