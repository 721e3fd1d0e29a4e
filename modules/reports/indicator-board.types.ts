import { Field, Float, ObjectType } from 'type-graphql';
import { IndicatorClass } from '../platform/indicators/indicator-class';
import { IndicatorDefinition } from '../platform/indicators/indicator-definition';
import { LocalDateScalar } from '../platform/scalars/local-date';

@ObjectType({ description: 'An indicator’s value over one period.' })
export class IndicatorPeriodValue {
  @Field(() => LocalDateScalar, { description: 'First day.' })
  from!: string;

  @Field(() => LocalDateScalar, { description: 'Last day, included.' })
  to!: string;

  @Field(() => Float, { nullable: true, description: 'The value; null without anything to measure.' })
  value!: number | null;
}

@ObjectType({ description: 'One indicator on the board: its value, target, class and trend.' })
export class IndicatorBoardEntry {
  @Field(() => IndicatorDefinition, { description: 'What it is and how it is computed.' })
  indicator!: IndicatorDefinition;

  @Field(() => Float, { nullable: true, description: 'Its value over the period (for a state such as credit grades: as it stands).' })
  value!: number | null;

  @Field(() => Float, { nullable: true, description: 'Its target or frontier value (前沿值).' })
  target!: number | null;

  @Field(() => IndicatorClass, { nullable: true, description: 'BENCHMARK, MIDDLE or LAGGING against the target; null without a target or value.' })
  class!: IndicatorClass | null;

  @Field(() => [IndicatorPeriodValue], {
    description: 'The values of the periods of the same length before it, oldest first, for a trend; empty for a state.',
  })
  trend!: IndicatorPeriodValue[];

  @Field(() => Boolean, {
    description:
      'Whether the period includes days of a provisional calendar year: a figure over deadlines rests on an estimate until it is published.',
  })
  provisionalCalendar!: boolean;
}

@ObjectType({ description: 'The indicator board (指标看板): every module’s indicators that can be computed by period, region and chain.' })
export class IndicatorBoard {
  @Field(() => LocalDateScalar, { description: 'First day of the period.' })
  from!: string;

  @Field(() => LocalDateScalar, { description: 'Last day of the period, included.' })
  to!: string;

  @Field(() => String, { nullable: true, description: 'The region it is narrowed to, if any.' })
  region!: string | null;

  @Field(() => String, { nullable: true, description: 'The chain it is narrowed to, if any.' })
  chain!: string | null;

  @Field(() => [IndicatorBoardEntry], { description: 'The indicators, by code.' })
  entries!: IndicatorBoardEntry[];
}
