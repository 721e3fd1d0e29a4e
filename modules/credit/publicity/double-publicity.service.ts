import type { EntityManager } from '@mikro-orm/postgresql';
import { today } from '../../platform/clock';
import type { GraphQLContext } from '../../platform/context';
import { assertIndicatorPeriod } from '../../platform/indicators/period';
import { UserErrorCode, UserErrorCollector, UserErrorsException, userError } from '../../platform/errors/user-error';
import { fromGlobalId, UUID_PATTERN } from '../../platform/relay/global-id';
import { AdministrativePenalty, LicensingDecision } from '../records/credit-records.entities';
import { PenaltySeverity } from '../records/credit-records.enums';
import { officerOf } from '../records/credit-records.access';
import { rate } from '../../platform/indicators/rate';
import { DoublePublicityIndicators, type DecisionPublishInput } from './double-publicity.types';

/** Double publicity (双公示): publishing licensing and penalty decisions, and the figures of a period. */
export class DoublePublicityService {
  constructor(private readonly context: GraphQLContext) {}

  /** Records the publication of a decision, by its deciding department (or an ADMIN); minor penalties are not published. */
  async publish(em: EntityManager, input: DecisionPublishInput): Promise<LicensingDecision | AdministrativePenalty> {
    const { context } = this;
    const parsed = fromGlobalId(input.id);
    const entity =
      parsed?.typeName === 'LicensingDecision' ? LicensingDecision : parsed?.typeName === 'AdministrativePenalty' ? AdministrativePenalty : null;
    const decision = entity && UUID_PATTERN.test(parsed!.key) ? await em.findOne(entity as typeof LicensingDecision, { id: parsed!.key }) : null;
    if (!decision)
      throw new UserErrorsException([userError(['input', 'id'], UserErrorCode.NOT_FOUND, 'No licensing or penalty decision has this id.')]);
    officerOf(decision.departmentCode)(context.principal);
    const errors = new UserErrorCollector();
    if (decision instanceof AdministrativePenalty && decision.severity === PenaltySeverity.MINOR)
      errors.add(['input', 'id'], UserErrorCode.INVALID_STATE, 'Minor penalties are not published.');
    if (decision.publishedOn) errors.add(['input', 'id'], UserErrorCode.INVALID_TRANSITION, `The decision was published on ${decision.publishedOn}.`);
    if (input.publishedOn < decision.decidedOn)
      errors.add(['input', 'publishedOn'], UserErrorCode.INVALID_RANGE, 'A decision is published on or after its day.');
    if (input.publishedOn > today(context.platform.clock))
      errors.add(['input', 'publishedOn'], UserErrorCode.IN_FUTURE, 'The day of publication must not lie in the future.');
    errors.throwIfAny();
    decision.publishedOn = input.publishedOn;
    await em.flush();
    return decision;
  }

  /** Reporting, timeliness and compliance of the decisions made in a period, in one SQL aggregate. */
  async indicators(em: EntityManager, from: string, to: string): Promise<DoublePublicityIndicators> {
    const { context } = this;
    assertIndicatorPeriod(from, to);
    const days = context.platform.config.DOUBLE_PUBLICITY_WORKING_DAYS;
    const [row] = await em.execute(
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
