import { LocalDateScalar } from '../../platform/scalars/local-date';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../platform/context';
import type { Deadline } from '../../platform/calendar/working-day-calendar';
import { AdministrativePenalty, LicensingDecision } from '../records/credit-records.entities';
import { PenaltySeverity } from '../records/credit-records.enums';

/**
 * The day by which a decision must be published (双公示): DOUBLE_PUBLICITY_WORKING_DAYS working days after it.
 * Counted when read, on the calendar in force, so an estimate on a provisional year is corrected by loading the
 * year; none for minor penalties, which are not published, nor where the calendar does not reach.
 */
function publicationDeadline(decision: AdministrativePenalty | LicensingDecision, context: GraphQLContext): Deadline | null {
  if (decision instanceof AdministrativePenalty && decision.severity === PenaltySeverity.MINOR) return null;
  return context.platform.calendar.calendar().deadlineIfCovered(decision.decidedOn, context.platform.config.DOUBLE_PUBLICITY_WORKING_DAYS);
}

const DUE_DESCRIPTION =
  'The day by which the decision must be published: DOUBLE_PUBLICITY_WORKING_DAYS working days after it; null when it is not published (minor penalties) or the calendar does not reach.';
const PROVISIONAL_DESCRIPTION = 'Whether publicationDueOn was counted across a provisional calendar year (an estimate until the year is published).';

@Resolver(() => AdministrativePenalty)
export class PenaltyPublicationResolver {
  @FieldResolver(() => LocalDateScalar, { nullable: true, description: DUE_DESCRIPTION })
  publicationDueOn(@Root() penalty: AdministrativePenalty, @Ctx() context: GraphQLContext): string | null {
    return publicationDeadline(penalty, context)?.dueOn ?? null;
  }

  @FieldResolver(() => Boolean, { nullable: true, description: PROVISIONAL_DESCRIPTION })
  publicationDueOnProvisional(@Root() penalty: AdministrativePenalty, @Ctx() context: GraphQLContext): boolean | null {
    return publicationDeadline(penalty, context)?.provisional ?? null;
  }
}

@Resolver(() => LicensingDecision)
export class LicensingPublicationResolver {
  @FieldResolver(() => LocalDateScalar, { nullable: true, description: DUE_DESCRIPTION })
  publicationDueOn(@Root() decision: LicensingDecision, @Ctx() context: GraphQLContext): string | null {
    return publicationDeadline(decision, context)?.dueOn ?? null;
  }

  @FieldResolver(() => Boolean, { nullable: true, description: PROVISIONAL_DESCRIPTION })
  publicationDueOnProvisional(@Root() decision: LicensingDecision, @Ctx() context: GraphQLContext): boolean | null {
    return publicationDeadline(decision, context)?.provisional ?? null;
  }
}
