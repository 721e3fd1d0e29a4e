import { LocalDateScalar } from '../../platform/scalars/local-date';
import { Entity, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../platform/database/base.entity';
import { Node } from '../../platform/relay/node.interface';
import { DecimalScalar } from '../../platform/scalars/decimal';
import { Enterprise } from '../../enterprise/enterprise.entity';

export enum OrchardCertification {
  GAP = 'GAP',
  GREEN_FOOD = 'GREEN_FOOD',
  ORGANIC = 'ORGANIC',
  GEOGRAPHICAL_INDICATION = 'GEOGRAPHICAL_INDICATION',
}

registerEnumType(OrchardCertification, {
  name: 'OrchardCertification',
  description: 'Certifications of a huyou orchard.',
  valuesConfig: {
    GAP: { description: 'Good agricultural practice (良好农业规范).' },
    GREEN_FOOD: { description: 'Green food (绿色食品).' },
    ORGANIC: { description: 'Organic (有机产品).' },
    GEOGRAPHICAL_INDICATION: { description: 'Geographical indication "常山胡柚" (地理标志).' },
  },
});

@Entity({ tableName: 'huyou_orchard' })
@ObjectType({ implements: Node, description: 'A huyou orchard of an enterprise (胡柚果园).' })
export class HuyouOrchard extends BaseEntity<'certifications'> {
  @ManyToOne(() => Enterprise, { ref: true })
  enterprise!: Ref<Enterprise>;

  @Field(() => String, { description: 'Name or location of the orchard.' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => DecimalScalar, { description: 'Area in mu (亩).' })
  @Property({ type: 'decimal', precision: 12, scale: 2 })
  areaMu!: string;

  @Field(() => [OrchardCertification], { description: 'Certifications held.' })
  @Property({ type: 'json' })
  certifications: OrchardCertification[] = [];
}

@Entity({ tableName: 'huyou_residue_test' })
@ObjectType({ implements: Node, description: 'A pesticide-residue test of an orchard’s fruit (农残检测).' })
export class HuyouResidueTest extends BaseEntity {
  @ManyToOne(() => HuyouOrchard, { ref: true })
  orchard!: Ref<HuyouOrchard>;

  @Field(() => LocalDateScalar, { description: 'When the sample was taken.' })
  @Property({ type: 'date' })
  sampledOn!: string;

  @Field(() => Boolean, { description: 'Whether every residue was within the limit.' })
  @Property({ type: 'boolean' })
  passed!: boolean;

  @Field(() => String, { description: 'Laboratory remark, e.g. the exceeded substance.' })
  @Property({ type: 'text' })
  remark!: string;
}

@Entity({ tableName: 'huyou_product_batch' })
@ObjectType({ implements: Node, description: 'A batch of huyou products with its traceability code (追溯批次).' })
export class HuyouProductBatch extends BaseEntity {
  @ManyToOne(() => Enterprise, { ref: true })
  enterprise!: Ref<Enterprise>;

  @Field(() => String, { description: 'Product, e.g. 胡柚汁.' })
  @Property({ type: 'string', length: 200 })
  product!: string;

  @Field(() => String, { description: 'Traceability code printed on the package.' })
  @Property({ type: 'string', length: 60, unique: true })
  traceabilityCode!: string;

  @Field(() => DecimalScalar, { description: 'Quantity in kilograms.' })
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  quantityKg!: string;

  @Field(() => LocalDateScalar, { description: 'Production date.' })
  @Property({ type: 'date' })
  producedOn!: string;

  @Field(() => String, { description: 'Sales channel, e.g. 电商平台.' })
  @Property({ type: 'string', length: 100 })
  salesChannel!: string;
}
