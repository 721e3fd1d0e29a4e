import { LocalDateScalar } from '../../platform/scalars/local-date';
import { Extensions, Field, ID, InputType, Int } from 'type-graphql';
import { range } from '../../platform/validation/number-range';
import { DecimalScalar } from '../../platform/scalars/decimal';

@InputType({ description: 'A discharge permit.' })
export class PaperDischargePermitRegisterInput {
  @Field(() => ID, { description: 'Global id of the enterprise.' })
  enterpriseId!: string;

  @Field(() => String, { description: 'Permit number: the 18-character credit code, a serial letter and 3 digits.' })
  permitNumber!: string;

  @Field(() => LocalDateScalar, { description: 'Valid until.' })
  validUntil!: string;
}

@InputType({ description: 'An emission exceedance.' })
export class PaperEmissionExceedanceRecordInput {
  @Field(() => ID, { description: 'Global id of the enterprise.' })
  enterpriseId!: string;

  @Field(() => LocalDateScalar, { description: 'When it was measured; not in the future.' })
  occurredOn!: string;

  @Field(() => String, { description: 'Pollutant.' })
  pollutant!: string;

  @Field(() => DecimalScalar, { description: 'Multiple of the limit, above 1.' })
  @Extensions(range(1, 10_000))
  multipleOfLimit!: string;
}

@InputType({ description: 'A year’s energy use per tonne.' })
export class PaperEnergyReportRecordInput {
  @Field(() => ID, { description: 'Global id of the enterprise.' })
  enterpriseId!: string;

  @Field(() => Int, { description: 'The year.' })
  @Extensions(range(2000, 2999))
  year!: number;

  @Field(() => DecimalScalar, { description: 'kgce per tonne, above zero.' })
  @Extensions(range(0.01, 100_000))
  kgceePerTonne!: string;
}
