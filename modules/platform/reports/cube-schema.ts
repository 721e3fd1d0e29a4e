import { Arg, Authorized, Ctx, Field, Float, InputType, Int, ObjectType, Query, Resolver, registerEnumType, type ClassType } from 'type-graphql';
import { Role } from '../auth/principal';
import type { GraphQLContext } from '../context';
import { OrderDirection } from '../relay/order-direction';
import { LocalDateScalar } from '../scalars/local-date';
import type { ModuleDescriptor } from '../module';
import { declaredCubeOf, dimensionsOf, fieldNameOf, reportCubesOf, typePrefixOf, type Bilingual, type CubeDefinition } from './cube-definition';
import { runCubeReport, type CubeReportArguments } from './cube-report';

const describe = (text: Bilingual) => `${text.en} (${text.zh})`;

/** A class of the given name, so that stack traces and type-graphql's messages say which cube it serves. */
function namedClass(name: string): ClassType {
  return { [name]: class {} }[name] as ClassType;
}

function enumOf(name: string, description: string, entries: Array<{ code: string; description: Bilingual }>): Record<string, string> {
  const values = Object.fromEntries(entries.map((entry) => [entry.code, entry.code]));
  registerEnumType(values, {
    name,
    description,
    valuesConfig: Object.fromEntries(entries.map((entry) => [entry.code, { description: describe(entry.description) }])),
  });
  return values;
}

/** The roles that may run a cube: analysts and ADMINs always, DESKs and OFFICERs where the cube can narrow rows to them. */
export function cubeReaders(cube: CubeDefinition): Role[] {
  return [Role.ADMIN, Role.ANALYST, ...(cube.enterprise ? [Role.DESK] : []), ...(cube.departmentScope ? [Role.OFFICER] : [])];
}

/** The types of a cube's report that depend on its dimensions, which other modules may add to. */
interface CubeTypes {
  DimensionEnum: Record<string, string>;
  Filter: ClassType;
  Order: ClassType;
  Row: ClassType;
  Report: ClassType;
}

const typesBuilt = new WeakMap<CubeDefinition, CubeTypes>();
/** The types shared by every form of a cube: its measures and times, which no other module adds to. */
const fixedTypes = new WeakMap<CubeDefinition, { MeasureEnum: Record<string, string>; TimeEnum: Record<string, string> }>();

function fixedTypesOf(declared: CubeDefinition) {
  let types = fixedTypes.get(declared);
  if (!types) {
    const prefix = typePrefixOf(declared);
    types = {
      MeasureEnum: enumOf(`${prefix}Measure`, `What ${declared.code} reports can measure.`, declared.measures),
      TimeEnum: enumOf(`${prefix}Time`, `Which moment of a row a ${declared.code} report's period filters on.`, declared.times),
    };
    fixedTypes.set(declared, types);
  }
  return types;
}

/**
 * The types of a cube's report, generated from its definition: enums of its dimensions (with their descriptions, so
 * that introspection shows what can be asked), the filter, the order and the rows. Built once per form of the cube (as
 * declared, or with the dimensions the enabled modules add): type-graphql keeps them for the life of the process, and a
 * schema holds the one form its modules give.
 */
function typesOf(cube: CubeDefinition): CubeTypes {
  const built = typesBuilt.get(cube);
  if (built) return built;
  const prefix = typePrefixOf(cube);
  const dimensions = dimensionsOf(cube);
  const { MeasureEnum, TimeEnum } = fixedTypesOf(declaredCubeOf(cube));
  const DimensionEnum = enumOf(`${prefix}Dimension`, `What ${cube.code} reports can be grouped by.`, dimensions);

  const DimensionFilter = namedClass(`${prefix}DimensionFilter`);
  Field(() => DimensionEnum, { description: 'The dimension.' })(DimensionFilter.prototype, 'dimension');
  Field(() => [String], { description: 'Rows whose value of the dimension is one of these are kept.' })(DimensionFilter.prototype, 'values');
  InputType(`${prefix}DimensionFilter`, { description: `Keeps the ${cube.code} rows with given values of a dimension.` })(DimensionFilter);

  const Filter = namedClass(`${prefix}ReportFilter`);
  Field(() => LocalDateScalar, { nullable: true, description: 'First day of the period (Asia/Shanghai), included.' })(Filter.prototype, 'from');
  Field(() => LocalDateScalar, { nullable: true, description: 'Last day of the period, included.' })(Filter.prototype, 'to');
  Field(() => TimeEnum, { nullable: true, description: `The moment the period applies to; ${cube.times[0].code} when omitted.` })(
    Filter.prototype,
    'time',
  );
  Field(() => [DimensionFilter], { nullable: true, description: 'Values to keep, per dimension; all must hold.' })(Filter.prototype, 'where');
  InputType(`${prefix}ReportFilter`, { description: `Which ${cube.code} rows a report covers.` })(Filter);

  const Order = namedClass(`${prefix}ReportOrder`);
  Field(() => DimensionEnum, { nullable: true, description: 'Sort by this dimension (one of those asked for)…' })(Order.prototype, 'dimension');
  Field(() => MeasureEnum, { nullable: true, description: '…or by this measure (one of those asked for; not with rollup).' })(
    Order.prototype,
    'measure',
  );
  Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'The direction.' })(Order.prototype, 'direction');
  InputType(`${prefix}ReportOrder`, { description: `An order of a ${cube.code} report's rows; exactly one of dimension and measure.` })(Order);

  const Row = namedClass(`${prefix}ReportRow`);
  for (const dimension of dimensions) {
    Field(() => String, {
      nullable: true,
      description: `${describe(dimension.description)}; null when not grouped by, or where the row adds up over it (see rolledUp).`,
    })(Row.prototype, fieldNameOf(dimension.code));
  }
  for (const measure of cube.measures) {
    Field(() => Float, { nullable: true, description: `${describe(measure.description)}; null when not asked for, or without rows to measure.` })(
      Row.prototype,
      fieldNameOf(measure.code),
    );
  }
  Field(() => Boolean, {
    description:
      'Whether the row adds up other rows: a subtotal of rollup (小计) or the grand total (合计). A dimension of a subtotal that is null there means all of its values, not a group without a value.',
  })(Row.prototype, 'subtotal');
  Field(() => [DimensionEnum], {
    description:
      'The dimensions asked for that the row adds up over, in the order asked: empty for a group of every dimension; with dimensions [A, B, C] and rollup, [C] for a subtotal per (A, B), [B, C] per A; all of them in the grand total.',
  })(Row.prototype, 'rolledUp');
  ObjectType(`${prefix}ReportRow`, { description: `A group of ${cube.code}: the values of the dimensions asked for and the measures.` })(Row);

  const Report = namedClass(`${prefix}Report`);
  Field(() => [Row], {
    description: 'The groups, in the order asked for, then by the dimensions; with rollup, each subtotal after the groups it adds up.',
  })(Report.prototype, 'rows');
  Field(() => Row, { nullable: true, description: 'The grand total over every row of the period, when totals were asked for.' })(
    Report.prototype,
    'totals',
  );
  Field(() => Boolean, { description: 'Whether more groups exist than the limit let through.' })(Report.prototype, 'truncated');
  ObjectType(`${prefix}Report`, { description: `A report over ${cube.code} (${describe(cube.description)}).` })(Report);

  const types = { DimensionEnum, Filter, Order, Row, Report };
  typesBuilt.set(cube, types);
  return types;
}

/**
 * The form of each declared cube that the schema being built serves, set from its modules by prepareReportSchema: the
 * report field's types are read when type-graphql builds a schema, so each schema gets the dimensions its own modules
 * contribute.
 */
const servedForms = new WeakMap<CubeDefinition, CubeDefinition>();

/**
 * Resolves the dimensions the enabled modules contribute to each other's cubes, for the schema about to be built from
 * them. The schema build runs it (platform/schema.ts); it is idempotent.
 */
export function prepareReportSchema(modules: ModuleDescriptor[]): void {
  for (const cube of reportCubesOf(modules)) {
    // Its types now: type-graphql reads the metadata registered before a build starts.
    typesOf(cube);
    servedForms.set(declaredCubeOf(cube), cube);
  }
}

const servedTypesOf = (declared: CubeDefinition) => typesOf(servedForms.get(declared) ?? declared);

/**
 * The typed report field of a cube: the query, with its arguments' and answer's types read from the form of the cube
 * the schema's modules give (see prepareReportSchema). The report runs over the same form, taken from the caller's
 * platform. Built once per declared cube; a module switched off takes the field, and so every type, away.
 */
function buildCubeResolver(cube: CubeDefinition): Function {
  const prefix = typePrefixOf(cube);
  const { MeasureEnum } = fixedTypesOf(cube);
  // The form as declared, for a schema built without prepareReportSchema.
  typesOf(cube);
  const CubeResolver = namedClass(`${prefix}ReportResolver`);
  const method = 'report';
  Object.defineProperty(CubeResolver.prototype, method, {
    value: function report(
      dimensionsAsked: string[],
      measuresAsked: string[],
      filter: CubeReportArguments['filter'],
      orderBy: CubeReportArguments['orderBy'],
      limit: number,
      totals: boolean,
      rollup: boolean,
      context: GraphQLContext,
    ) {
      const served = reportCubesOf(context.platform.modules).find((candidate) => declaredCubeOf(candidate) === cube) ?? cube;
      const { Row, Report } = typesOf(served);
      return runCubeReport(
        context,
        served,
        { dimensions: dimensionsAsked, measures: measuresAsked, filter, orderBy, limit, totals, rollup },
        Row,
        Report,
      );
    },
  });
  const descriptor = Object.getOwnPropertyDescriptor(CubeResolver.prototype, method)!;
  const parameter = (index: number, decorate: ReturnType<typeof Ctx>) => decorate(CubeResolver.prototype, method, index);
  parameter(
    0,
    Arg('dimensions', () => [servedTypesOf(cube).DimensionEnum], {
      description: 'What to group by, in column order; none for the grand total only.',
    }),
  );
  parameter(
    1,
    Arg('measures', () => [MeasureEnum], { description: 'What to measure; at least one.' }),
  );
  parameter(
    2,
    Arg('filter', () => servedTypesOf(cube).Filter, { nullable: true, description: 'The period and the values to keep.' }),
  );
  parameter(
    3,
    Arg('orderBy', () => [servedTypesOf(cube).Order], { nullable: true, description: 'The order of the rows, before the dimensions.' }),
  );
  parameter(
    4,
    Arg('limit', () => Int, { defaultValue: 1000, description: 'At most this many groups (subtotals included), 1 to 10,000.' }),
  );
  parameter(
    5,
    Arg('totals', () => Boolean, { defaultValue: false, description: 'Whether to add the grand total (totals).' }),
  );
  parameter(
    6,
    Arg('rollup', () => Boolean, {
      defaultValue: false,
      description:
        'Whether to add subtotals (小计) as GROUP BY ROLLUP: with dimensions [A, B, C], a row per (A, B) and per A beside the groups, each after the groups it adds up, marked by subtotal and rolledUp; the grand total comes with totals. Rows then follow the dimensions; orderBy may set their directions only.',
    }),
  );
  parameter(7, Ctx());
  Authorized(...cubeReaders(cube))(CubeResolver.prototype, method, descriptor);
  Query(() => servedTypesOf(cube).Report, {
    name: `${cube.code}Report`,
    description: `${describe(cube.description)}: one SQL aggregate by the dimensions and measures asked for. ANALYSTs and ADMINs see every row${
      cube.enterprise ? ', DESKs the rows of enterprises in their chains' : ''
    }${cube.departmentScope ? ', OFFICERs their department’s rows' : ''}.`,
  })(CubeResolver.prototype, method, descriptor);
  Resolver()(CubeResolver);
  return CubeResolver;
}

const built = new WeakMap<CubeDefinition, Function>();

/** The report resolver of a cube as its module declares it, built once: type-graphql keeps its metadata for the life of the process. */
export function cubeResolverOf(cube: CubeDefinition): Function {
  let resolver = built.get(cube);
  if (!resolver) {
    resolver = buildCubeResolver(cube);
    built.set(cube, resolver);
  }
  return resolver;
}
