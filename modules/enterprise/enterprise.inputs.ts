import { LocalDateScalar } from '../platform/scalars/local-date';
import { Extensions, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { range } from '../platform/validation/number-range';
import { MutationPayload } from '../platform/errors/mutation';
import { DecimalScalar } from '../platform/scalars/decimal';
import { Enterprise } from './enterprise.entity';
import { LifecycleStage } from './lifecycle-stage';
import { OrderDirection } from '../platform/relay/order-direction';

export { OrderDirection };

export enum EnterpriseOrderField {
  NAME = 'name',
  CREATED_AT = 'createdAt',
  REGISTERED_CAPITAL = 'registeredCapital',
  ESTABLISHED_ON = 'establishedOn',
}

registerEnumType(EnterpriseOrderField, {
  name: 'EnterpriseOrderField',
  description: 'What enterprises can be sorted by; ties are broken by id.',
  valuesConfig: {
    NAME: { description: 'Registered name.' },
    CREATED_AT: { description: 'When the record was created.' },
    REGISTERED_CAPITAL: { description: 'Registered capital.' },
    ESTABLISHED_ON: { description: 'Date of establishment.' },
  },
});

@InputType({ description: 'Sort order of enterprises.' })
export class EnterpriseOrder {
  @Field(() => EnterpriseOrderField, { description: 'Field to sort by.' })
  field!: EnterpriseOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'Direction.' })
  direction!: OrderDirection;
}

@InputType({ description: 'Narrows a list of enterprises; all given conditions must hold.' })
export class EnterpriseFilter {
  @Field(() => String, { nullable: true, description: 'Name contains this text (case-insensitive).' })
  nameContains?: string | null;

  @Field(() => String, { nullable: true, description: 'Six-digit division code of the region, e.g. 330822.' })
  regionCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Industry code or a prefix of it: a section (C), division (C39), group (C397) or class (C3973).',
  })
  industryCode?: string | null;

  @Field(() => [LifecycleStage], { nullable: true, description: 'Lifecycle stage is one of these.' })
  lifecycleStages?: LifecycleStage[] | null;

  @Field(() => Date, { nullable: true, description: 'Record created at or after this instant.' })
  createdFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Record created before this instant.' })
  createdTo?: Date | null;
}

@InputType({ description: 'A new enterprise for the registry.' })
export class EnterpriseRegisterInput {
  @Field(() => String, { description: 'Unified social credit code: 18 upper-case characters with a valid check character.' })
  uscc!: string;

  @Field(() => String, { description: 'Registered name.' })
  name!: string;

  @Field(() => String, { description: 'Legal representative (法定代表人).' })
  legalRepresentative!: string;

  @Field(() => DecimalScalar, { description: 'Registered capital in yuan; not negative.' })
  // The sign is the service's rule (NEGATIVE), reported with the input's other problems; the range bounds the size.
  @Extensions(range(-100_000_000_000_000, 100_000_000_000_000))
  registeredCapital!: string;

  @Field(() => LocalDateScalar, { description: 'Date of establishment; not in the future.' })
  establishedOn!: string;

  @Field(() => String, { description: 'Industry class code (GB/T 4754-2017), e.g. C3973.' })
  industryCode!: string;

  @Field(() => String, { defaultValue: '330822', description: 'Division code of the region; defaults to Changshan county (330822).' })
  regionCode!: string;

  @Field(() => LifecycleStage, { defaultValue: LifecycleStage.OPERATING, description: 'Lifecycle stage; defaults to OPERATING.' })
  lifecycleStage!: LifecycleStage;
}

@InputType({ description: 'Changes to an enterprise; omitted fields stay as they are. The credit code cannot change.' })
export class EnterpriseUpdateInput {
  @Field(() => ID, { description: 'Global id of the enterprise.' })
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version last read; when given and no longer current, the update is refused.' })
  @Extensions(range(1, 2_147_483_647))
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true, description: 'New registered name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'New legal representative.' })
  legalRepresentative?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'New registered capital in yuan.' })
  // As on registration: the sign is the service's rule, the range bounds the size.
  @Extensions(range(-100_000_000_000_000, 100_000_000_000_000))
  registeredCapital?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Corrected date of establishment.' })
  establishedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'New industry class code.' })
  industryCode?: string | null;

  @Field(() => String, { nullable: true, description: 'New region division code.' })
  regionCode?: string | null;

  @Field(() => LifecycleStage, { nullable: true, description: 'Corrected lifecycle stage.' })
  lifecycleStage?: LifecycleStage | null;
}

@ObjectType({ description: 'Result of enterpriseRegister.' })
export class EnterpriseRegisterPayload extends MutationPayload {
  @Field(() => Enterprise, { nullable: true, description: 'The registered enterprise.' })
  enterprise: Enterprise | null = null;
}

@ObjectType({ description: 'Result of enterpriseUpdate.' })
export class EnterpriseUpdatePayload extends MutationPayload {
  @Field(() => Enterprise, { nullable: true, description: 'The enterprise after the change.' })
  enterprise: Enterprise | null = null;
}
