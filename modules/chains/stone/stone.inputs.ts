import { LocalDateScalar } from '../../platform/scalars/local-date';
import { Extensions, Field, ID, InputType, Int } from 'type-graphql';
import { range } from '../../platform/validation/number-range';
import { DecimalScalar } from '../../platform/scalars/decimal';
import { IncidentSeverity } from './stone.entities';

@InputType({ description: 'A mining licence.' })
export class StoneMiningLicenceRegisterInput {
  @Field(() => ID, { description: 'Global id of the enterprise.' })
  enterpriseId!: string;

  @Field(() => String, { description: 'Licence number: C and 10 to 30 digits.' })
  licenceNumber!: string;

  @Field(() => LocalDateScalar, { description: 'Valid until.' })
  validUntil!: string;

  @Field(() => DecimalScalar, { description: 'Licensed annual output in tonnes, above zero.' })
  @Extensions(range(0.01, 1_000_000_000))
  annualCapacityTonnes!: string;
}

@InputType({ description: 'An ecological restoration obligation.' })
export class StoneRestorationRecordInput {
  @Field(() => ID, { description: 'Global id of the enterprise.' })
  enterpriseId!: string;

  @Field(() => DecimalScalar, { description: 'Area to restore in mu, above zero.' })
  @Extensions(range(0.01, 10_000_000))
  areaMu!: string;

  @Field(() => LocalDateScalar, { description: 'Due date.' })
  dueOn!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Acceptance date, when already accepted; not in the future.' })
  acceptedOn?: string | null;
}

@InputType({ description: 'A production-safety incident.' })
export class StoneSafetyIncidentRecordInput {
  @Field(() => ID, { description: 'Global id of the enterprise.' })
  enterpriseId!: string;

  @Field(() => LocalDateScalar, { description: 'When it happened; not in the future.' })
  occurredOn!: string;

  @Field(() => IncidentSeverity, { description: 'Severity.' })
  severity!: IncidentSeverity;

  @Field(() => Int, { defaultValue: 0, description: 'Casualties, 0 or more.' })
  @Extensions(range(0, 10_000))
  casualties!: number;
}
