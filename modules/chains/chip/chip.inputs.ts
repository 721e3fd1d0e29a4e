import { LocalDateScalar } from '../../platform/scalars/local-date';
import { Extensions, Field, ID, InputType, Int } from 'type-graphql';
import { range } from '../../platform/validation/number-range';
import { DecimalScalar } from '../../platform/scalars/decimal';
import { ChipCertificationKind, PatentKind } from './chip.entities';

@InputType({ description: 'A year’s R&D spending.' })
export class ChipRdSpendingRecordInput {
  @Field(() => ID, { description: 'Global id of the enterprise.' })
  enterpriseId!: string;

  @Field(() => Int, { description: 'The year, not after the current one.' })
  @Extensions(range(2000, 2999))
  year!: number;

  @Field(() => DecimalScalar, { description: 'R&D spending in yuan.' })
  @Extensions(range(0, 1_000_000_000_000))
  amount!: string;

  @Field(() => DecimalScalar, { description: 'Revenue in yuan, above zero.' })
  @Extensions(range(0.01, 10_000_000_000_000))
  revenue!: string;
}

@InputType({ description: 'A granted patent.' })
export class ChipPatentRegisterInput {
  @Field(() => ID, { description: 'Global id of the enterprise.' })
  enterpriseId!: string;

  @Field(() => String, { description: 'Patent number, e.g. ZL202310123456.7.' })
  number!: string;

  @Field(() => PatentKind, { description: 'Kind.' })
  kind!: PatentKind;

  @Field(() => LocalDateScalar, { description: 'Grant date; not in the future.' })
  grantedOn!: string;
}

@InputType({ description: 'A certification.' })
export class ChipCertificationRegisterInput {
  @Field(() => ID, { description: 'Global id of the enterprise.' })
  enterpriseId!: string;

  @Field(() => ChipCertificationKind, { description: 'Kind.' })
  kind!: ChipCertificationKind;

  @Field(() => LocalDateScalar, { description: 'Valid until.' })
  validUntil!: string;
}

@InputType({ description: 'An environmental inspection and its outcome.' })
export class ChipEnvironmentalInspectionRecordInput {
  @Field(() => ID, { description: 'Global id of the enterprise.' })
  enterpriseId!: string;

  @Field(() => LocalDateScalar, { description: 'When it took place; not in the future.' })
  inspectedOn!: string;

  @Field(() => Boolean, { description: 'Whether the enterprise complied with its environmental permits.' })
  compliant!: boolean;

  @Field(() => String, { defaultValue: '', description: 'What was found wrong; required when not compliant.' })
  finding!: string;
}
