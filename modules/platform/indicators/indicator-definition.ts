import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';

export enum IndicatorUnit {
  RATE = 'RATE',
  COUNT = 'COUNT',
  WORKING_DAYS = 'WORKING_DAYS',
  YUAN = 'YUAN',
}

registerEnumType(IndicatorUnit, {
  name: 'IndicatorUnit',
  description: 'What an indicator’s value measures.',
  valuesConfig: {
    RATE: { description: 'A share between 0 and 1.' },
    COUNT: { description: 'A number of things.' },
    WORKING_DAYS: { description: 'A duration in working days of the county calendar.' },
    YUAN: { description: 'An amount of money in yuan (元).' },
  },
});

export enum IndicatorDirection {
  HIGHER_IS_BETTER = 'HIGHER_IS_BETTER',
  LOWER_IS_BETTER = 'LOWER_IS_BETTER',
}

registerEnumType(IndicatorDirection, {
  name: 'IndicatorDirection',
  description: 'Which way an indicator improves.',
  valuesConfig: {
    HIGHER_IS_BETTER: { description: 'A higher value is better (a rate of on-time completion).' },
    LOWER_IS_BETTER: { description: 'A lower value is better (escalations, working days taken).' },
  },
});

/**
 * How the indicator board computes an indicator for any period, region and chain: a measure of a report cube, over
 * the rows whose `time` falls in the period (none: the rows as they stand, e.g. current credit scores).
 */
export interface IndicatorCubeBinding {
  cube: string;
  measure: string;
  time: string | null;
}

/** Where an indicator's value is read: a root query, the field of its answer, and the query's arguments. */
@ObjectType({ description: 'Where an indicator’s value is read: the query, the field of its answer and the arguments to give.' })
export class IndicatorSource {
  @Field(() => String, { description: 'The root query that computes it, e.g. oneMatterIndicators.' })
  query!: string;

  @Field(() => String, { description: 'The field of the query’s answer that holds the value, e.g. onTimeCompletionRate.' })
  field!: string;

  @Field(() => [String], { description: 'The query’s arguments, e.g. from and to (a period of local dates); optional ones narrow it, e.g. chain.' })
  arguments!: string[];

  @Field(() => String, {
    description:
      'A query that reads the value, ready to run, e.g. { oneMatterIndicators(from: "2026-01-01", to: "2026-12-31") { onTimeCompletionRate } }.',
  })
  example!: string;
}

/** What a module can measure: reports and indicator boards discover these through the registry. */
@ObjectType({ description: 'An indicator a module measures, with its definition (指标).' })
export class IndicatorDefinition {
  @Field(() => String, { description: 'Stable code, e.g. one-matter.on-time-completion-rate.' })
  code!: string;

  @Field(() => String, { description: 'Name, with the Chinese term.' })
  name!: string;

  @Field(() => String, { description: 'Exactly how the value is computed.' })
  definition!: string;

  @Field(() => IndicatorUnit, { description: 'What the value measures.' })
  unit!: IndicatorUnit;

  @Field(() => Float, { nullable: true, description: 'Target or frontier value (前沿值), where one is set.' })
  target!: number | null;

  @Field(() => IndicatorDirection, { description: 'Which way it improves; its class on the board is judged that way.' })
  direction!: IndicatorDirection;

  /** The board's way to compute it by period, region and chain; not a field: the board shows the values. */
  cube!: IndicatorCubeBinding | null;

  @Field(() => String, { description: 'The module that provides it.' })
  module!: string;

  @Field(() => IndicatorSource, { description: 'Where its value is read.' })
  source!: IndicatorSource;
}

/**
 * An indicator computed by a query over a period of local dates (`from`, `to`), and the field that holds it; an
 * object-valued field names the selection its example reads.
 */
export function periodSource(query: string, field: string, options: { optionalArguments?: string[]; selection?: string } = {}): IndicatorSource {
  return {
    query,
    field,
    arguments: ['from', 'to', ...(options.optionalArguments ?? [])],
    example: `{ ${query}(from: "2026-01-01", to: "2026-12-31") { ${field}${options.selection ? ` ${options.selection}` : ''} } }`,
  };
}

export function defineIndicator(
  definition: Omit<IndicatorDefinition, 'module' | 'target' | 'direction' | 'cube'> & {
    target?: number;
    direction?: IndicatorDirection;
    cube?: IndicatorCubeBinding;
  },
): Omit<IndicatorDefinition, 'module'> {
  return {
    ...definition,
    target: definition.target ?? null,
    direction: definition.direction ?? IndicatorDirection.HIGHER_IS_BETTER,
    cube: definition.cube ?? null,
  };
}
