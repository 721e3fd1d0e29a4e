import { LocalDateScalar } from '../platform/scalars/local-date';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Department } from './department.entity';

@ObjectType({ description: 'Overdue with responsibility of one department in the period.' })
export class DepartmentOverdueCount {
  @Field(() => Department, { description: 'The department.' })
  department!: Department;

  @Field(() => Int, { description: 'Tasks recorded overdue with responsibility in the period.' })
  count!: number;
}

@ObjectType({ description: 'The "one matter" indicators of a period; indicatorDefinitions gives each definition.' })
export class OneMatterIndicators {
  @Field(() => LocalDateScalar, { description: 'First day of the period.' })
  from!: string;

  @Field(() => LocalDateScalar, { description: 'Last day of the period, included.' })
  to!: string;

  @Field(() => Int, { description: 'Cases submitted in the period.' })
  casesSubmitted!: number;

  @Field(() => Int, { description: 'Cases completed in the period.' })
  casesCompleted!: number;

  @Field(() => Float, { nullable: true, description: 'On-time completion rate (按时办结率); null without completed cases.' })
  onTimeCompletionRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Online rate (一网通办率); null without submitted cases.' })
  onlineRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Active review rate (主动评价率); null without finished cases.' })
  activeReviewRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Satisfaction rate (满意率); null without reviews.' })
  satisfactionRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Average handling time in working days (平均办理时长); null without completed cases.' })
  averageHandlingWorkingDays!: number | null;

  @Field(() => [DepartmentOverdueCount], { description: 'Overdue with responsibility per department (有责超期), most first.' })
  overdueWithResponsibility!: DepartmentOverdueCount[];

  @Field(() => Boolean, {
    description:
      'Whether a completed case behind these figures was timed over days of a provisional calendar year (up to its due date or completion): the figure rests on an estimate until that year is published.',
  })
  provisionalCalendar!: boolean;
}
