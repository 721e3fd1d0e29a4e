import { LocalDateScalar } from '../../platform/scalars/local-date';
import { Entity, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../platform/database/base.entity';
import { Node } from '../../platform/relay/node.interface';
import { DecimalScalar } from '../../platform/scalars/decimal';
import { Enterprise } from '../../enterprise/enterprise.entity';

@Entity({ tableName: 'paper_discharge_permit' })
@ObjectType({ implements: Node, description: 'A pollutant-discharge permit (排污许可证).' })
export class PaperDischargePermit extends BaseEntity {
  @ManyToOne(() => Enterprise, { ref: true })
  enterprise!: Ref<Enterprise>;

  @Field(() => String, { description: 'Permit number.' })
  @Property({ type: 'string', length: 40, unique: true })
  permitNumber!: string;

  @Field(() => LocalDateScalar, { description: 'Valid until.' })
  @Property({ type: 'date' })
  validUntil!: string;
}

@Entity({ tableName: 'paper_emission_exceedance' })
@ObjectType({ implements: Node, description: 'An emission exceeding the permitted limit (超标排放).' })
export class PaperEmissionExceedance extends BaseEntity {
  @ManyToOne(() => Enterprise, { ref: true })
  enterprise!: Ref<Enterprise>;

  @Field(() => LocalDateScalar, { description: 'When it was measured.' })
  @Property({ type: 'date' })
  occurredOn!: string;

  @Field(() => String, { description: 'Pollutant, e.g. COD.' })
  @Property({ type: 'string', length: 60 })
  pollutant!: string;

  @Field(() => DecimalScalar, { description: 'Measured value as a multiple of the limit.' })
  @Property({ type: 'decimal', precision: 8, scale: 2 })
  multipleOfLimit!: string;
}

@Entity({ tableName: 'paper_energy_report' })
// One record per enterprise and year: the index settles two simultaneous writes (the loser gets TAKEN).
@Unique({ properties: ['enterprise', 'year'] })
@ObjectType({ implements: Node, description: 'A year’s energy use per tonne of paper (吨纸能耗).' })
export class PaperEnergyReport extends BaseEntity {
  @ManyToOne(() => Enterprise, { ref: true })
  enterprise!: Ref<Enterprise>;

  @Field(() => Int, { description: 'The year.' })
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => DecimalScalar, { description: 'Kilograms of standard coal equivalent per tonne.' })
  @Property({ type: 'decimal', precision: 10, scale: 2 })
  kgceePerTonne!: string;
}
