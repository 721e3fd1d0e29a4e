import { LocalDateScalar } from '../../platform/scalars/local-date';
import { Extensions, Field, ID, InputType, ObjectType } from 'type-graphql';
import { range } from '../../platform/validation/number-range';
import { MutationPayload } from '../../platform/errors/mutation';
import { DecimalScalar } from '../../platform/scalars/decimal';
import { HuyouResidueTest, OrchardCertification } from './huyou.entities';

@InputType({ description: 'A huyou orchard to register.' })
export class HuyouOrchardRegisterInput {
  @Field(() => ID, { description: 'Global id of the enterprise.' })
  enterpriseId!: string;

  @Field(() => String, { description: 'Name or location.' })
  name!: string;

  @Field(() => DecimalScalar, { description: 'Area in mu, above zero.' })
  // The sign is the resolver's rule (OUT_OF_RANGE unless above zero), reported with the input's other problems; the range bounds the size.
  @Extensions(range(-10_000_000, 10_000_000))
  areaMu!: string;

  @Field(() => [OrchardCertification], { defaultValue: [], description: 'Certifications held.' })
  certifications!: OrchardCertification[];
}

@InputType({ description: 'A pesticide-residue test result.' })
export class HuyouResidueTestRecordInput {
  @Field(() => ID, { description: 'Global id of the orchard.' })
  orchardId!: string;

  @Field(() => LocalDateScalar, { description: 'When the sample was taken; not in the future.' })
  sampledOn!: string;

  @Field(() => Boolean, { description: 'Whether every residue was within the limit.' })
  passed!: boolean;

  @Field(() => String, { defaultValue: '', description: 'Laboratory remark.' })
  remark!: string;
}

@ObjectType({ description: 'Result of huyouResidueTestRecord.' })
export class HuyouResidueTestPayload extends MutationPayload {
  @Field(() => HuyouResidueTest, { nullable: true, description: 'The test.' })
  residueTest: HuyouResidueTest | null = null;
}

@InputType({ description: 'A traceable product batch.' })
export class HuyouProductBatchRegisterInput {
  @Field(() => ID, { description: 'Global id of the enterprise.' })
  enterpriseId!: string;

  @Field(() => String, { description: 'Product.' })
  product!: string;

  @Field(() => String, { description: 'Traceability code: 8 to 40 upper-case letters, digits and hyphens, unique.' })
  traceabilityCode!: string;

  @Field(() => DecimalScalar, { description: 'Quantity in kilograms, above zero.' })
  @Extensions(range(0.01, 1_000_000_000))
  quantityKg!: string;

  @Field(() => LocalDateScalar, { description: 'Production date; not in the future.' })
  producedOn!: string;

  @Field(() => String, { description: 'Sales channel.' })
  salesChannel!: string;
}
