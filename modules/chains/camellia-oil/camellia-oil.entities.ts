import { LocalDateScalar } from '../../platform/scalars/local-date';
import { Entity, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../platform/database/base.entity';
import { Node } from '../../platform/relay/node.interface';
import { DecimalScalar } from '../../platform/scalars/decimal';
import { Enterprise } from '../../enterprise/enterprise.entity';

@Entity({ tableName: 'camellia_forest_plot' })
@ObjectType({ implements: Node, description: 'A camellia forest plot and its low-yield renovation (油茶林地).' })
export class CamelliaForestPlot extends BaseEntity {
  @ManyToOne(() => Enterprise, { ref: true })
  enterprise!: Ref<Enterprise>;

  @Field(() => String, { description: 'Name or location of the plot.' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => DecimalScalar, { description: 'Area in mu.' })
  @Property({ type: 'decimal', precision: 12, scale: 2 })
  areaMu!: string;

  @Field(() => DecimalScalar, { description: 'Low-yield forest to renovate, in mu (低产林).' })
  @Property({ type: 'decimal', precision: 12, scale: 2 })
  lowYieldMu!: string;

  @Field(() => DecimalScalar, { description: 'Low-yield forest already renovated, in mu.' })
  @Property({ type: 'decimal', precision: 12, scale: 2 })
  renovatedMu!: string;
}

@Entity({ tableName: 'camellia_quality_sample' })
@ObjectType({ implements: Node, description: 'A quality sampling of camellia oil (质量抽检).' })
export class CamelliaQualitySample extends BaseEntity {
  @ManyToOne(() => Enterprise, { ref: true })
  enterprise!: Ref<Enterprise>;

  @Field(() => LocalDateScalar, { description: 'When the sample was taken.' })
  @Property({ type: 'date' })
  sampledOn!: string;

  @Field(() => String, { description: 'Product and batch sampled.' })
  @Property({ type: 'string', length: 200 })
  product!: string;

  @Field(() => Boolean, { description: 'Whether the sample met the standard (GB/T 11765).' })
  @Property({ type: 'boolean' })
  passed!: boolean;

  @Field(() => String, { nullable: true, description: 'Traceability code of the batch, when registered.' })
  @Property({ type: 'string', length: 60, nullable: true })
  traceabilityCode: string | null = null;
}

@Entity({ tableName: 'camellia_pressing_licence' })
@ObjectType({ implements: Node, description: 'A pressing plant’s edible-oil production licence (SC).' })
export class CamelliaPressingLicence extends BaseEntity {
  @ManyToOne(() => Enterprise, { ref: true })
  enterprise!: Ref<Enterprise>;

  @Field(() => String, { description: 'Licence number: SC and 14 digits.' })
  @Property({ type: 'string', length: 16, unique: true })
  licenceNumber!: string;

  @Field(() => LocalDateScalar, { description: 'Valid until.' })
  @Property({ type: 'date' })
  validUntil!: string;
}
