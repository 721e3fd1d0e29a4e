import { GraphQLLocalDate } from 'graphql-scalars';
import { Arg, Authorized, Ctx, Field, Float, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, createUnionType } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../../platform/auth/principal';
import { today } from '../../platform/clock';
import type { GraphQLContext } from '../../platform/context';
import { BadUserInputError } from '../../platform/errors/top-level-errors';
import { MutationPayload, runMutation } from '../../platform/errors/mutation';
import { UserErrorCode, UserErrorCollector, UserErrorsException, userError } from '../../platform/errors/user-error';
import { fromGlobalId, UUID_PATTERN } from '../../platform/relay/global-id';
import { AdministrativePenalty, LicensingDecision } from '../records/credit-records.entities';
import { PenaltySeverity } from '../records/credit-records.enums';
import { officerOf } from '../records/credit-records.resolvers';

export const PublishableDecision = createUnionType({
  name: 'PublishableDecision',
  description: 'A decision published under double publicity (双公示): a licensing or a penalty decision.',
  types: () => [LicensingDecision, AdministrativePenalty] as const,
});

@InputType({ description: 'The publication of a licensing or penalty decision.' })
export class DecisionPublishInput {
  @Field(() => ID, { description: 'Global id of the LicensingDecision or AdministrativePenalty.' })
  id!: string;

  @Field(() => GraphQLLocalDate, { description: 'Day of publication: not before the decision, not in the future.' })
  publishedOn!: string;
}

@ObjectType({ description: 'Result of decisionPublish.' })
export class DecisionPublishPayload extends MutationPayload {
  @Field(() => PublishableDecision, { nullable: true, description: 'The published decision.' })
  decision: LicensingDecision | AdministrativePenalty | null = null;
}

@ObjectType({ description: 'Double-publicity figures of a period (双公示): decisions made in it and their publication.' })
export class DoublePublicityIndicators {
  @Field(() => GraphQLLocalDate, { description: 'First day.' })
  from!: string;

  @Field(() => GraphQLLocalDate, { description: 'Last day, included.' })
  to!: string;

  @Field(() => Int, { description: 'Licensing and penalty decisions made in the period.' })
  decisionsMade!: number;

  @Field(() => Int, { description: 'Of those, the ones that must be published (licensing, general and serious penalties).' })
  decisionsToPublish!: number;

  @Field(() => Int, { description: 'Of those, the ones published.' })
  published!: number;

  @Field(() => Float, { nullable: true, description: 'Reporting rate (上报率): published ÷ to publish.' })
  reportingRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Timeliness rate (及时率): published within DOUBLE_PUBLICITY_WORKING_DAYS working days ÷ published.' })
  timelinessRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Compliance rate (合规率): decisions treated as the rules say — published when they must be, minor penalties kept unpublished — ÷ decisions made.' })
  complianceRate!: number | null;

  @Field(() => Boolean, {
    description: 'Whether a working-day count behind these figures includes days of a provisional calendar year: the figure rests on an estimate until that year is published.',
  })
  provisionalCalendar!: boolean;
}

const rate = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000);

@Resolver()
export class DoublePublicityResolver {
  @Authorized(Role.ADMIN, Role.OFFICER)
  @Mutation(() => DecisionPublishPayload, { description: 'Records the publication of a licensing or penalty decision (the deciding department, ADMIN); minor penalties are not published.' })
  decisionPublish(@Arg('input', () => DecisionPublishInput) input: DecisionPublishInput, @Ctx() context: GraphQLContext) {
    return runMutation(context, DecisionPublishPayload, async (em) => {
      const parsed = fromGlobalId(input.id);
      const entity = parsed?.typeName === 'LicensingDecision' ? LicensingDecision : parsed?.typeName === 'AdministrativePenalty' ? AdministrativePenalty : null;
      const decision = entity && UUID_PATTERN.test(parsed!.key) ? await em.findOne(entity as typeof LicensingDecision, { id: parsed!.key }) : null;
      if (!decision) throw new UserErrorsException([userError(['input', 'id'], UserErrorCode.NOT_FOUND, 'No licensing or penalty decision has this id.')]);
      officerOf(decision.departmentCode)(context.principal);
      const errors = new UserErrorCollector();
      if (decision instanceof AdministrativePenalty && decision.severity === PenaltySeverity.MINOR) errors.add(['input', 'id'], UserErrorCode.INVALID_STATE, 'Minor penalties are not published.');
      if (decision.publishedOn) errors.add(['input', 'id'], UserErrorCode.INVALID_TRANSITION, `The decision was published on ${decision.publishedOn}.`);
      if (input.publishedOn < decision.decidedOn) errors.add(['input', 'publishedOn'], UserErrorCode.INVALID_RANGE, 'A decision is published on or after its day.');
      if (input.publishedOn > today(context.platform.clock)) errors.add(['input', 'publishedOn'], UserErrorCode.IN_FUTURE, 'The day of publication must not lie in the future.');
      errors.throwIfAny();
      decision.publishedOn = input.publishedOn;
      await em.flush();
      return { decision };
    });
  }

  @Authorized(Role.ADMIN, Role.ANALYST)
  @Query(() => DoublePublicityIndicators, { description: 'Double-publicity reporting, timeliness and compliance for decisions made in a period (ADMIN, ANALYST).' })
  async doublePublicityIndicators(
    @Arg('from', () => GraphQLLocalDate, { description: 'First day.' }) from: string,
    @Arg('to', () => GraphQLLocalDate, { description: 'Last day, included.' }) to: string,
    @Ctx() context: GraphQLContext,
  ): Promise<DoublePublicityIndicators> {
    if (from > to) throw new BadUserInputError('`from` lies after `to`.', ['from']);
    const days = context.platform.config.DOUBLE_PUBLICITY_WORKING_DAYS;
    const [row] = await (context.em as EntityManager).execute(
      `with decisions as (
         select decided_on, published_on, true as must_publish from credit_licensing_decision where decided_on between cast(? as date) and cast(? as date)
         union all
         select decided_on, published_on, severity <> 'MINOR' from credit_penalty where decided_on between cast(? as date) and cast(? as date)
       )
       select count(*)::int as made,
              count(*) filter (where must_publish)::int as to_publish,
              count(*) filter (where must_publish and published_on is not null)::int as published,
              count(*) filter (where must_publish and published_on is not null
                and (select count(*) from calendar_day d where d.working and d.day > decided_on and d.day <= published_on) <= ?)::int as on_time,
              count(*) filter (where must_publish = (published_on is not null))::int as compliant,
              coalesce(bool_or(must_publish and published_on is not null
                and exists (select 1 from calendar_day d where d.provisional and d.day > decided_on and d.day <= published_on)), false) as provisional
         from decisions`,
      [from, to, from, to, days],
    );
    return Object.assign(new DoublePublicityIndicators(), {
      from,
      to,
      decisionsMade: row.made,
      decisionsToPublish: row.to_publish,
      published: row.published,
      reportingRate: rate(row.published, row.to_publish),
      timelinessRate: rate(row.on_time, row.published),
      complianceRate: rate(row.compliant, row.made),
      provisionalCalendar: row.provisional,
    });
  }
}
