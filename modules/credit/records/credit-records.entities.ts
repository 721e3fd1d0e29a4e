import { LocalDateScalar } from '../../platform/scalars/local-date';
import { Entity, Enum, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../platform/database/base.entity';
import { Node } from '../../platform/relay/node.interface';
import { DecimalScalar } from '../../platform/scalars/decimal';
import { Enterprise } from '../../enterprise/enterprise.entity';
import {
  AbnormalListReason,
  AnnualReportStatus,
  CommitmentOutcome,
  CommitmentType,
  HonourLevel,
  PenaltySector,
  PenaltySeverity,
  TaxCreditLevel,
} from './credit-records.enums';

/** The public credit records of enterprises (公共信用信息); each kind is a table of its own. */

@Entity({ tableName: 'credit_penalty' })
@Index({ properties: ['enterprise'] })
@ObjectType({ implements: Node, description: 'An administrative penalty decision (行政处罚).' })
export class AdministrativePenalty extends BaseEntity<'repairedOn' | 'publishedOn'> {
  @ManyToOne(() => Enterprise, { ref: true })
  enterprise!: Ref<Enterprise>;

  @Field(() => String, { description: 'Decision number, e.g. 常市监处罚〔2026〕12号.' })
  @Property({ type: 'string', length: 60, unique: true })
  decisionNumber!: string;

  @Field(() => String, { description: 'Code of the deciding department.' })
  @Property({ type: 'string', length: 60 })
  departmentCode!: string;

  @Field(() => PenaltySeverity, { description: 'Severity.' })
  @Enum({ items: () => PenaltySeverity })
  severity!: PenaltySeverity;

  @Field(() => PenaltySector, { description: 'Regulated field.' })
  @Enum({ items: () => PenaltySector })
  sector!: PenaltySector;

  @Field(() => LocalDateScalar, { description: 'Date of the decision.' })
  @Property({ type: 'date' })
  decidedOn!: string;

  @Field(() => DecimalScalar, { description: 'Fine in yuan.' })
  @Property({ type: 'decimal', precision: 20, scale: 2 })
  amount!: string;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Last day of publicity: a year after a general decision, three after a serious one; null for minor ones, which are not published.',
  })
  @Property({ type: 'date', nullable: true })
  publicityEndsOn!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When a credit repair ended the publicity early.' })
  @Property({ type: 'date', nullable: true })
  repairedOn: string | null = null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When the decision was published (双公示); minor penalties are not.' })
  @Property({ type: 'date', nullable: true })
  publishedOn: string | null = null;
}

@Entity({ tableName: 'credit_licensing_decision' })
@Index({ properties: ['enterprise'] })
@ObjectType({ implements: Node, description: 'An administrative licensing decision (行政许可), published under double publicity.' })
export class LicensingDecision extends BaseEntity<'publishedOn'> {
  @ManyToOne(() => Enterprise, { ref: true })
  enterprise!: Ref<Enterprise>;

  @Field(() => String, { description: 'Decision number.' })
  @Property({ type: 'string', length: 60, unique: true })
  decisionNumber!: string;

  @Field(() => String, { description: 'Code of the deciding department.' })
  @Property({ type: 'string', length: 60 })
  departmentCode!: string;

  @Field(() => String, { description: 'The licence granted, e.g. 食品经营许可证.' })
  @Property({ type: 'string', length: 200 })
  licence!: string;

  @Field(() => LocalDateScalar, { description: 'Date of the decision.' })
  @Property({ type: 'date' })
  decidedOn!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When it was published (双公示).' })
  @Property({ type: 'date', nullable: true })
  publishedOn: string | null = null;
}

@Entity({ tableName: 'credit_abnormal_entry' })
@Index({ properties: ['enterprise'] })
@ObjectType({ implements: Node, description: 'An entry on the abnormal-operations list (经营异常名录).' })
export class AbnormalListEntry extends BaseEntity<'removedOn' | 'removalCause'> {
  @ManyToOne(() => Enterprise, { ref: true })
  enterprise!: Ref<Enterprise>;

  @Field(() => AbnormalListReason, { description: 'Why the enterprise was listed.' })
  @Enum({ items: () => AbnormalListReason })
  reason!: AbnormalListReason;

  @Field(() => LocalDateScalar, { description: 'When it was listed.' })
  @Property({ type: 'date' })
  listedOn!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When it was removed; null while listed.' })
  @Property({ type: 'date', nullable: true })
  removedOn: string | null = null;

  @Field(() => String, { nullable: true, description: 'How the cause was cured (report filed, contact re-established).' })
  @Property({ type: 'text', nullable: true })
  removalCause: string | null = null;
}

@Entity({ tableName: 'credit_serious_violation' })
@Index({ properties: ['enterprise'] })
@ObjectType({ implements: Node, description: 'An entry on the serious-violation list (严重违法失信名单).' })
export class SeriousViolationEntry extends BaseEntity<'removedOn'> {
  @ManyToOne(() => Enterprise, { ref: true })
  enterprise!: Ref<Enterprise>;

  @Field(() => String, { description: 'Why the enterprise was listed.' })
  @Property({ type: 'text' })
  reason!: string;

  @Field(() => LocalDateScalar, { description: 'When it was listed.' })
  @Property({ type: 'date' })
  listedOn!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When it was removed; null while listed.' })
  @Property({ type: 'date', nullable: true })
  removedOn: string | null = null;
}

@Entity({ tableName: 'credit_annual_report' })
@Unique({ properties: ['enterprise', 'year'] })
@ObjectType({ implements: Node, description: 'The filing of a year’s annual report (年报公示).' })
export class AnnualReportFiling extends BaseEntity<'filedOn'> {
  @ManyToOne(() => Enterprise, { ref: true })
  enterprise!: Ref<Enterprise>;

  @Field(() => Int, { description: 'The reported year.' })
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => AnnualReportStatus, { description: 'How it was filed.' })
  @Enum({ items: () => AnnualReportStatus })
  status!: AnnualReportStatus;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When it was filed; null when missing.' })
  @Property({ type: 'date', nullable: true })
  filedOn: string | null = null;
}

@Entity({ tableName: 'credit_tax_rating' })
@Unique({ properties: ['enterprise', 'year'] })
@ObjectType({ implements: Node, description: 'The tax credit level of a year (纳税信用等级).' })
export class TaxCreditRating extends BaseEntity {
  @ManyToOne(() => Enterprise, { ref: true })
  enterprise!: Ref<Enterprise>;

  @Field(() => Int, { description: 'The rated year.' })
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => TaxCreditLevel, { description: 'Level.' })
  @Enum({ items: () => TaxCreditLevel })
  level!: TaxCreditLevel;
}

@Entity({ tableName: 'credit_judgment_defaulter' })
@Index({ properties: ['enterprise'] })
@ObjectType({ implements: Node, description: 'A listing as judgment defaulter (失信被执行人).' })
export class JudgmentDefaulter extends BaseEntity<'removedOn'> {
  @ManyToOne(() => Enterprise, { ref: true })
  enterprise!: Ref<Enterprise>;

  @Field(() => String, { description: 'Enforcement case number.' })
  @Property({ type: 'string', length: 80, unique: true })
  caseNumber!: string;

  @Field(() => LocalDateScalar, { description: 'When it was listed.' })
  @Property({ type: 'date' })
  listedOn!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When it was removed; null while listed.' })
  @Property({ type: 'date', nullable: true })
  removedOn: string | null = null;
}

@Entity({ tableName: 'credit_commitment' })
@Index({ properties: ['enterprise'] })
@ObjectType({ implements: Node, description: 'A credit commitment and whether it was kept (信用承诺).' })
export class CreditCommitment extends BaseEntity {
  @ManyToOne(() => Enterprise, { ref: true })
  enterprise!: Ref<Enterprise>;

  @Field(() => CommitmentType, { description: 'Kind.' })
  @Enum({ items: () => CommitmentType })
  type!: CommitmentType;

  @Field(() => String, { description: 'What was promised.' })
  @Property({ type: 'text' })
  promise!: string;

  @Field(() => LocalDateScalar, { description: 'When it was made.' })
  @Property({ type: 'date' })
  madeOn!: string;

  @Field(() => CommitmentOutcome, { description: 'Whether it was kept.' })
  @Enum({ items: () => CommitmentOutcome })
  outcome!: CommitmentOutcome;
}

@Entity({ tableName: 'credit_honour' })
@Index({ properties: ['enterprise'] })
@ObjectType({ implements: Node, description: 'An honour awarded to the enterprise (荣誉).' })
export class Honour extends BaseEntity {
  @ManyToOne(() => Enterprise, { ref: true })
  enterprise!: Ref<Enterprise>;

  @Field(() => HonourLevel, { description: 'Level.' })
  @Enum({ items: () => HonourLevel })
  level!: HonourLevel;

  @Field(() => String, { description: 'Title of the honour.' })
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => LocalDateScalar, { description: 'When it was awarded.' })
  @Property({ type: 'date' })
  awardedOn!: string;
}

export const CREDIT_RECORD_ENTITIES = [
  AdministrativePenalty,
  AbnormalListEntry,
  SeriousViolationEntry,
  AnnualReportFiling,
  TaxCreditRating,
  JudgmentDefaulter,
  CreditCommitment,
  Honour,
  LicensingDecision,
];
