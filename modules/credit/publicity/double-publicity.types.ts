import { LocalDateScalar } from '../../platform/scalars/local-date';
import { Field, Float, ID, InputType, Int, ObjectType, createUnionType } from 'type-graphql';
import { MutationPayload } from '../../platform/errors/mutation';
import { AdministrativePenalty, LicensingDecision } from '../records/credit-records.entities';

export const PublishableDecision = createUnionType({
  name: 'PublishableDecision',
  description: 'A decision published under double publicity (双公示): a licensing or a penalty decision.',
  types: () => [LicensingDecision, AdministrativePenalty] as const,
});

@InputType({ description: 'The publication of a licensing or penalty decision.' })
export class DecisionPublishInput {
  @Field(() => ID, { description: 'Global id of the LicensingDecision or AdministrativePenalty.' })
  id!: string;

  @Field(() => LocalDateScalar, { description: 'Day of publication: not before the decision, not in the future.' })
  publishedOn!: string;
}

@ObjectType({ description: 'Result of decisionPublish.' })
export class DecisionPublishPayload extends MutationPayload {
  @Field(() => PublishableDecision, { nullable: true, description: 'The published decision.' })
  decision: LicensingDecision | AdministrativePenalty | null = null;
}

@ObjectType({ description: 'Double-publicity figures of a period (双公示): decisions made in it and their publication.' })
export class DoublePublicityIndicators {
  @Field(() => LocalDateScalar, { description: 'First day.' })
  from!: string;

  @Field(() => LocalDateScalar, { description: 'Last day, included.' })
  to!: string;

  @Field(() => Int, { description: 'Licensing and penalty decisions made in the period.' })
  decisionsMade!: number;

  @Field(() => Int, { description: 'Of those, the ones that must be published (licensing, general and serious penalties).' })
  decisionsToPublish!: number;

  @Field(() => Int, { description: 'Of those, the ones published.' })
  published!: number;

  @Field(() => Float, { nullable: true, description: 'Reporting rate (上报率): published ÷ to publish.' })
  reportingRate!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Timeliness rate (及时率): published within DOUBLE_PUBLICITY_WORKING_DAYS working days ÷ published.',
  })
  timelinessRate!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Compliance rate (合规率): decisions treated as the rules say — published when they must be, minor penalties kept unpublished — ÷ decisions made.',
  })
  complianceRate!: number | null;

  @Field(() => Boolean, {
    description:
      'Whether a working-day count behind these figures includes days of a provisional calendar year: the figure rests on an estimate until that year is published.',
  })
  provisionalCalendar!: boolean;
}
