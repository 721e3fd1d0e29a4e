import { LocalDateScalar } from '../../platform/scalars/local-date';
import { Entity, Enum, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../platform/database/base.entity';
import { Node } from '../../platform/relay/node.interface';
import { DecimalScalar } from '../../platform/scalars/decimal';
import { Enterprise } from '../../enterprise/enterprise.entity';

export enum PatentKind {
  INVENTION = 'INVENTION',
  UTILITY_MODEL = 'UTILITY_MODEL',
  DESIGN = 'DESIGN',
  LAYOUT_DESIGN = 'LAYOUT_DESIGN',
}

export enum ChipCertificationKind {
  HIGH_TECH = 'HIGH_TECH',
  SPECIALIZED_NEW = 'SPECIALIZED_NEW',
}

registerEnumType(PatentKind, {
  name: 'PatentKind',
  description: 'Kind of a patent or registration.',
  valuesConfig: {
    INVENTION: { description: 'Invention patent (发明专利).' },
    UTILITY_MODEL: { description: 'Utility model (实用新型).' },
    DESIGN: { description: 'Design patent (外观设计).' },
    LAYOUT_DESIGN: { description: 'Integrated-circuit layout design (集成电路布图设计).' },
  },
});

registerEnumType(ChipCertificationKind, {
  name: 'ChipCertificationKind',
  description: 'A certification of a chip enterprise.',
  valuesConfig: {
    HIGH_TECH: { description: 'High and new technology enterprise (高新技术企业).' },
    SPECIALIZED_NEW: { description: 'Specialised, refined, distinctive and innovative (专精特新).' },
  },
});

@Entity({ tableName: 'chip_rd_spending' })
// One record per enterprise and year: the index settles two simultaneous writes (the loser gets TAKEN).
@Unique({ properties: ['enterprise', 'year'] })
@ObjectType({ implements: Node, description: 'A year’s R&D spending of a chip enterprise (研发投入).' })
export class ChipRdSpending extends BaseEntity {
  @ManyToOne(() => Enterprise, { ref: true })
  enterprise!: Ref<Enterprise>;

  @Field(() => Int, { description: 'The year.' })
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => DecimalScalar, { description: 'R&D spending in yuan.' })
  @Property({ type: 'decimal', precision: 20, scale: 2 })
  amount!: string;

  @Field(() => DecimalScalar, { description: 'Revenue of the year in yuan, for the R&D intensity.' })
  @Property({ type: 'decimal', precision: 20, scale: 2 })
  revenue!: string;
}

@Entity({ tableName: 'chip_patent' })
@ObjectType({ implements: Node, description: 'A patent or layout design of a chip enterprise (专利).' })
export class ChipPatent extends BaseEntity {
  @ManyToOne(() => Enterprise, { ref: true })
  enterprise!: Ref<Enterprise>;

  @Field(() => String, { description: 'Patent or registration number.' })
  @Property({ type: 'string', length: 40, unique: true })
  number!: string;

  @Field(() => PatentKind, { description: 'Kind.' })
  @Enum({ items: () => PatentKind })
  kind!: PatentKind;

  @Field(() => LocalDateScalar, { description: 'When it was granted.' })
  @Property({ type: 'date' })
  grantedOn!: string;
}

@Entity({ tableName: 'chip_certification' })
@ObjectType({ implements: Node, description: 'A certification of a chip enterprise.' })
export class ChipCertification extends BaseEntity {
  @ManyToOne(() => Enterprise, { ref: true })
  enterprise!: Ref<Enterprise>;

  @Field(() => ChipCertificationKind, { description: 'Kind.' })
  @Enum({ items: () => ChipCertificationKind })
  kind!: ChipCertificationKind;

  @Field(() => LocalDateScalar, { description: 'Valid until.' })
  @Property({ type: 'date' })
  validUntil!: string;
}

@Entity({ tableName: 'chip_environmental_inspection' })
@ObjectType({ implements: Node, description: 'An environmental inspection of a chip fab or plant (环保检查).' })
export class ChipEnvironmentalInspection extends BaseEntity {
  @ManyToOne(() => Enterprise, { ref: true })
  enterprise!: Ref<Enterprise>;

  @Field(() => LocalDateScalar, { description: 'When it took place.' })
  @Property({ type: 'date' })
  inspectedOn!: string;

  @Field(() => Boolean, { description: 'Whether the enterprise complied with its environmental permits.' })
  @Property({ type: 'boolean' })
  compliant!: boolean;

  @Field(() => String, { description: 'What was found wrong; empty when compliant.' })
  @Property({ type: 'text' })
  finding!: string;
}
