import { GraphQLLocalDate } from 'graphql-scalars';
import { Arg, Authorized, Ctx, Field, Float, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLContext } from '../platform/context';
import { Role } from '../platform/auth/principal';
import { BadUserInputError } from '../platform/errors/top-level-errors';
import { Department } from './department.entity';
import { oneMatterFigures } from './indicators.service';

@ObjectType({ description: 'Overdue with responsibility of one department in the period.' })
export class DepartmentOverdueCount {
  @Field(() => Department, { description: 'The department.' })
  department!: Department;

  @Field(() => Int, { description: 'Tasks recorded overdue with responsibility in the period.' })
  count!: number;
}

@ObjectType({ description: 'The "one matter" indicators of a period; indicatorDefinitions gives each definition.' })
export class OneMatterIndicators {
  @Field(() => GraphQLLocalDate, { description: 'First day of the period.' })
  from!: string;

  @Field(() => GraphQLLocalDate, { description: 'Last day of the period, included.' })
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

const rate = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000);
const MAX_PERIOD_DAYS = 3660;

@Resolver(() => OneMatterIndicators)
export class OneMatterIndicatorsResolver {
  @Authorized(Role.ADMIN, Role.ANALYST)
  @Query(() => OneMatterIndicators, { description: 'The "one matter" indicators for a period of local dates, both ends included (ADMIN, ANALYST).' })
  async oneMatterIndicators(
    @Arg('from', () => GraphQLLocalDate, { description: 'First day (YYYY-MM-DD).' }) from: string,
    @Arg('to', () => GraphQLLocalDate, { description: 'Last day, included (YYYY-MM-DD).' }) to: string,
    @Ctx() { em }: GraphQLContext,
  ): Promise<OneMatterIndicators> {
    if (from > to) throw new BadUserInputError('`from` lies after `to`.', ['from']);
    if ((Date.parse(to) - Date.parse(from)) / 86_400_000 > MAX_PERIOD_DAYS) throw new BadUserInputError('A period spans at most ten years.', ['to']);
    const figures = await oneMatterFigures(em as EntityManager, from, to);
    const departments = await em.find(Department, { id: { $in: figures.overdueByDepartment.map((entry) => entry.departmentId) } });
    const byId = new Map(departments.map((department) => [department.id, department]));
    return Object.assign(new OneMatterIndicators(), {
      from,
      to,
      casesSubmitted: figures.casesSubmitted,
      casesCompleted: figures.casesCompleted,
      onTimeCompletionRate: rate(figures.casesCompletedOnTime, figures.casesCompleted),
      onlineRate: rate(figures.casesOnlineSubmitted, figures.casesSubmitted),
      activeReviewRate: rate(figures.casesReviewedUnprompted, figures.casesFinished),
      satisfactionRate: rate(figures.satisfiedReviews, figures.reviews),
      averageHandlingWorkingDays: figures.averageHandlingWorkingDays,
      provisionalCalendar: figures.provisionalCalendar,
      overdueWithResponsibility: figures.overdueByDepartment.map((entry) =>
        Object.assign(new DepartmentOverdueCount(), { department: byId.get(entry.departmentId)!, count: entry.count }),
      ),
    });
  }
}
