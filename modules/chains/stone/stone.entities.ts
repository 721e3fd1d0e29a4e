import { LocalDateScalar } from '../../platform/scalars/local-date';
import { Entity, Enum, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../platform/database/base.entity';
import { Node } from '../../platform/relay/node.interface';
import { DecimalScalar } from '../../platform/scalars/decimal';
import { Enterprise } from '../../enterprise/enterprise.entity';

export enum IncidentSeverity {
  MINOR = 'MINOR',
  GENERAL = 'GENERAL',
  SERIOUS = 'SERIOUS',
}

registerEnumType(IncidentSeverity, {
  name: 'IncidentSeverity',
  description: 'Severity of a production-safety incident.',
  valuesConfig: {
    MINOR: { description: 'No casualties (轻微).' },
    GENERAL: { description: 'General incident (一般事故).' },
    SERIOUS: { description: 'Serious incident or worse (较大及以上事故).' },
  },
});

@Entity({ tableName: 'stone_mining_licence' })
@ObjectType({ implements: Node, description: 'A mining licence (采矿许可证).' })
export class StoneMiningLicence extends BaseEntity {
  @ManyToOne(() => Enterprise, { ref: true })
  enterprise!: Ref<Enterprise>;

  @Field(() => String, { description: 'Licence number, C and digits.' })
  @Property({ type: 'string', length: 40, unique: true })
  licenceNumber!: string;

  @Field(() => LocalDateScalar, { description: 'Valid until.' })
  @Property({ type: 'date' })
  validUntil!: string;

  @Field(() => DecimalScalar, { description: 'Licensed annual output in tonnes.' })
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  annualCapacityTonnes!: string;
}

@Entity({ tableName: 'stone_restoration' })
@ObjectType({ implements: Node, description: 'An ecological restoration obligation of a mine (生态修复).' })
export class StoneRestoration extends BaseEntity<'acceptedOn'> {
  @ManyToOne(() => Enterprise, { ref: true })
  enterprise!: Ref<Enterprise>;

  @Field(() => DecimalScalar, { description: 'Area to restore in mu.' })
  @Property({ type: 'decimal', precision: 12, scale: 2 })
  areaMu!: string;

  @Field(() => LocalDateScalar, { description: 'Due date of the restoration.' })
  @Property({ type: 'date' })
  dueOn!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When the restoration passed acceptance; null while open.' })
  @Property({ type: 'date', nullable: true })
  acceptedOn: string | null = null;
}

@Entity({ tableName: 'stone_safety_incident' })
@ObjectType({ implements: Node, description: 'A production-safety incident (安全生产事故).' })
export class StoneSafetyIncident extends BaseEntity {
  @ManyToOne(() => Enterprise, { ref: true })
  enterprise!: Ref<Enterprise>;

  @Field(() => LocalDateScalar, { description: 'When it happened.' })
  @Property({ type: 'date' })
  occurredOn!: string;

  @Field(() => IncidentSeverity, { description: 'Severity.' })
  @Enum({ items: () => IncidentSeverity })
  severity!: IncidentSeverity;

  @Field(() => Int, { description: 'Casualties.' })
  @Property({ type: 'integer' })
  casualties!: number;
}
