import { Arg, Authorized, Ctx, Field, Float, InputType, Int, ObjectType, Query, Resolver, registerEnumType, type ClassType } from 'type-graphql';
import { Role } from '../auth/principal';
import type { GraphQLContext } from '../context';
import { OrderDirection } from '../relay/order-direction';
import { LocalDateScalar } from '../scalars/local-date';
import { dimensionsOf, fieldNameOf, typePrefixOf, type Bilingual, type CubeDefinition } from './cube-definition';
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

/**
 * The typed report field of a cube and the types it needs, generated from its definition: enums of its dimensions,
 * times and measures (with their descriptions, so that introspection shows what can be asked), the filter, the order
 * and the rows. Built once per cube definition; a module switched off takes the field, and so every type, away.
 */
function buildCubeResolver(cube: CubeDefinition): Function {
  const prefix = typePrefixOf(cube);
  const dimensions = dimensionsOf(cube);
  const DimensionEnum = enumOf(`${prefix}Dimension`, `What ${cube.code} reports can be grouped by.`, dimensions);
  const MeasureEnum = enumOf(`${prefix}Measure`, `What ${cube.code} reports can measure.`, cube.measures);
  const TimeEnum = enumOf(`${prefix}Time`, `Which moment of a row a ${cube.code} report's period filters on.`, cube.times);

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
  Field(() => MeasureEnum, { nullable: true, description: '…or by this measure (one of those asked for).' })(Order.prototype, 'measure');
  Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'The direction.' })(Order.prototype, 'direction');
  InputType(`${prefix}ReportOrder`, { description: `An order of a ${cube.code} report's rows; exactly one of dimension and measure.` })(Order);

  const Row = namedClass(`${prefix}ReportRow`);
  for (const dimension of dimensions) {
    Field(() => String, { nullable: true, description: `${describe(dimension.description)}; null when not grouped by, or in the totals.` })(
      Row.prototype,
      fieldNameOf(dimension.code),
    );
  }
  for (const measure of cube.measures) {
    Field(() => Float, { nullable: true, description: `${describe(measure.description)}; null when not asked for, or without rows to measure.` })(
      Row.prototype,
      fieldNameOf(measure.code),
    );
  }
  ObjectType(`${prefix}ReportRow`, { description: `A group of ${cube.code}: the values of the dimensions asked for and the measures.` })(Row);

  const Report = namedClass(`${prefix}Report`);
  Field(() => [Row], { description: 'The groups, in the order asked for, then by the dimensions.' })(Report.prototype, 'rows');
  Field(() => Row, { nullable: true, description: 'The grand total over every row of the period, when totals were asked for.' })(
    Report.prototype,
    'totals',
  );
  Field(() => Boolean, { description: 'Whether more groups exist than the limit let through.' })(Report.prototype, 'truncated');
  ObjectType(`${prefix}Report`, { description: `A report over ${cube.code} (${describe(cube.description)}).` })(Report);

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
      context: GraphQLContext,
    ) {
      return runCubeReport(context, cube, { dimensions: dimensionsAsked, measures: measuresAsked, filter, orderBy, limit, totals }, Row, Report);
    },
  });
  const descriptor = Object.getOwnPropertyDescriptor(CubeResolver.prototype, method)!;
  const parameter = (index: number, decorate: ReturnType<typeof Ctx>) => decorate(CubeResolver.prototype, method, index);
  parameter(
    0,
    Arg('dimensions', () => [DimensionEnum], { description: 'What to group by, in column order; none for the grand total only.' }),
  );
  parameter(
    1,
    Arg('measures', () => [MeasureEnum], { description: 'What to measure; at least one.' }),
  );
  parameter(
    2,
    Arg('filter', () => Filter, { nullable: true, description: 'The period and the values to keep.' }),
  );
  parameter(
    3,
    Arg('orderBy', () => [Order], { nullable: true, description: 'The order of the rows, before the dimensions.' }),
  );
  parameter(
    4,
    Arg('limit', () => Int, { defaultValue: 1000, description: 'At most this many groups, 1 to 10,000.' }),
  );
  parameter(
    5,
    Arg('totals', () => Boolean, { defaultValue: false, description: 'Whether to add the grand total (totals).' }),
  );
  parameter(6, Ctx());
  Authorized(...cubeReaders(cube))(CubeResolver.prototype, method, descriptor);
  Query(() => Report, {
    name: `${cube.code}Report`,
    description: `${describe(cube.description)}: one SQL aggregate by the dimensions and measures asked for. ANALYSTs and ADMINs see every row${
      cube.enterprise ? ', DESKs the rows of enterprises in their chains' : ''
    }${cube.departmentScope ? ', OFFICERs their department’s rows' : ''}.`,
  })(CubeResolver.prototype, method, descriptor);
  Resolver()(CubeResolver);
  return CubeResolver;
}

const built = new WeakMap<CubeDefinition, Function>();

/** The report resolver of a cube, built once: type-graphql keeps its metadata for the life of the process. */
export function cubeResolverOf(cube: CubeDefinition): Function {
  let resolver = built.get(cube);
  if (!resolver) {
    resolver = buildCubeResolver(cube);
    built.set(cube, resolver);
  }
  return resolver;
}
