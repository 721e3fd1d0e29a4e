import { LocalDateScalar } from '../../platform/scalars/local-date';
import { Extensions, Field, ID, InputType } from 'type-graphql';
import { range } from '../../platform/validation/number-range';
import { DecimalScalar } from '../../platform/scalars/decimal';

@InputType({ description: 'A camellia forest plot to register.' })
export class CamelliaForestPlotRegisterInput {
  @Field(() => ID, { description: 'Global id of the enterprise.' })
  enterpriseId!: string;

  @Field(() => String, { description: 'Name or location.' })
  name!: string;

  @Field(() => DecimalScalar, { description: 'Area in mu, above zero.' })
  @Extensions(range(0.01, 10_000_000))
  areaMu!: string;

  @Field(() => DecimalScalar, { description: 'Low-yield forest in mu, at most the area.' })
  @Extensions(range(0, 10_000_000))
  lowYieldMu!: string;

  @Field(() => DecimalScalar, { description: 'Renovated low-yield forest in mu, at most the low-yield area.' })
  @Extensions(range(0, 10_000_000))
  renovatedMu!: string;
}

@InputType({ description: 'A quality sampling result.' })
export class CamelliaQualitySampleRecordInput {
  @Field(() => ID, { description: 'Global id of the enterprise.' })
  enterpriseId!: string;

  @Field(() => LocalDateScalar, { description: 'When the sample was taken; not in the future.' })
  sampledOn!: string;

  @Field(() => String, { description: 'Product and batch.' })
  product!: string;

  @Field(() => Boolean, { description: 'Whether it met the standard.' })
  passed!: boolean;

  @Field(() => String, { nullable: true, description: 'Traceability code of the batch.' })
  traceabilityCode?: string | null;
}

@InputType({ description: 'A pressing plant’s production licence.' })
export class CamelliaPressingLicenceRegisterInput {
  @Field(() => ID, { description: 'Global id of the enterprise.' })
  enterpriseId!: string;

  @Field(() => String, { description: 'Licence number: SC and 14 digits.' })
  licenceNumber!: string;

  @Field(() => LocalDateScalar, { description: 'Valid until.' })
  validUntil!: string;
}
