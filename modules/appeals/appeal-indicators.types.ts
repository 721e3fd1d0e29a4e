import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar } from '../platform/scalars/local-date';

export enum AppealBreakdown {
  CHANNEL = 'CHANNEL',
  DEPARTMENT = 'DEPARTMENT',
  CATEGORY = 'CATEGORY',
  LAYER = 'LAYER',
}

registerEnumType(AppealBreakdown, {
  name: 'AppealBreakdown',
  description: 'What the appeal indicators are broken down by.',
  valuesConfig: {
    CHANNEL: { description: 'The channel code an appeal came through.' },
    DEPARTMENT: { description: 'The lead department’s code (UNASSIGNED before assignment).' },
    CATEGORY: { description: 'Each category code (UNCLASSIFIED before classification); an appeal of two categories counts in both.' },
    LAYER: { description: 'The layer handling it (UNASSIGNED before assignment).' },
  },
});

/** The measures of the appeal indicators, for the whole period or for one group of a breakdown. */
@ObjectType({ description: 'Never emitted: the appeal figures share its fields.' })
export abstract class AppealFigures {
  @Field(() => Int, { description: 'Appeals received in the period (merged duplicates not counted).' })
  received!: number;

  @Field(() => Int, { description: 'Appeals closed in the period.' })
  closed!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'On-time closure rate (按时办结率): appeals closed in the period with no reply after its deadline, divided by all closed; null without closures.',
  })
  onTimeClosureRate!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Satisfaction rate (满意率): follow-ups in the period at SATISFIED or BASICALLY_SATISFIED, divided by all follow-ups; null without follow-ups.',
  })
  satisfactionRate!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Resolution rate (解决率): follow-ups in the period where the enterprise said the problem is solved, divided by all follow-ups.',
  })
  resolutionRate!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Average working days to reply: for appeals replied in the period, working days after the (re)assignment day up to the reply day.',
  })
  averageReplyWorkingDays!: number | null;

  @Field(() => Float, { nullable: true, description: 'Reopen rate (重办率): reopenings in the period divided by follow-ups in the period.' })
  reopenRate!: number | null;

  @Field(() => Int, { description: 'Escalations in the period (提级), by any rule.' })
  escalations!: number;
}

@ObjectType({ description: 'The appeal figures of one group of a breakdown.' })
export class AppealIndicatorGroup extends AppealFigures {
  @Field(() => String, { description: 'The group: a channel, department, category or layer code, or UNASSIGNED / UNCLASSIFIED.' })
  key!: string;
}

@ObjectType({ description: 'The appeal indicators (企呼我应) of a period, without personal data; indicatorDefinitions gives each definition.' })
export class AppealIndicators extends AppealFigures {
  @Field(() => LocalDateScalar, { description: 'First day of the period.' })
  from!: string;

  @Field(() => LocalDateScalar, { description: 'Last day of the period, included.' })
  to!: string;

  @Field(() => [AppealIndicatorGroup], { description: 'The same figures per group, when a breakdown was asked for; by key.' })
  breakdown!: AppealIndicatorGroup[];

  @Field(() => Boolean, {
    description:
      'Whether an appeal replied in the period was timed over days of a provisional calendar year: the figures rest on an estimate until that year is published.',
  })
  provisionalCalendar!: boolean;
}
