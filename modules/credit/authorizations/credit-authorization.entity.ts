import { LocalDateScalar } from '../../platform/scalars/local-date';
import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../platform/database/base.entity';
import { Node } from '../../platform/relay/node.interface';
import { DecimalScalar } from '../../platform/scalars/decimal';
import { Enterprise } from '../../enterprise/enterprise.entity';
import { PartnerConsent } from '../../enterprise/partner-consent';

/** An enterprise's consent that a partner (bank) reads its detailed credit report (信用授权书). */
@Entity({ tableName: 'credit_authorization' })
@Index({ properties: ['enterprise', 'partnerKey'] })
@ObjectType({ implements: Node, description: 'An enterprise’s authorization for a partner to read its detailed credit report (信用授权书).' })
export class CreditAuthorization extends PartnerConsent {}

/** One read of a detailed report by a partner: the enterprise sees who read it, when and under which authorization. */
@Entity({ tableName: 'credit_report_access' })
@Index({ properties: ['enterprise', 'accessedAt'] })
@ObjectType({ implements: Node, description: 'A partner’s read of an enterprise’s detailed credit report (查询记录).' })
export class CreditReportAccess extends BaseEntity {
  @ManyToOne(() => Enterprise, { ref: true })
  enterprise!: Ref<Enterprise>;

  @ManyToOne(() => CreditAuthorization, { ref: true })
  authorization!: Ref<CreditAuthorization>;

  @Field(() => String, { description: 'The partner that read it.' })
  @Property({ type: 'string', length: 200 })
  partnerName!: string;

  @Field(() => String, { description: 'What was read, e.g. creditScore.explanation.' })
  @Property({ type: 'string', length: 100 })
  part!: string;

  @Field(() => Date, { description: 'When.' })
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  accessedAt!: Date;

  @Field(() => String, { description: 'Request id, as in the partner’s and the platform’s logs.' })
  @Property({ type: 'string', length: 100 })
  requestId!: string;
}

export enum LoanOutcome {
  APPLIED = 'APPLIED',
  APPROVED = 'APPROVED',
  DECLINED = 'DECLINED',
}

export enum RateBand {
  BELOW_LPR = 'BELOW_LPR',
  AT_LPR = 'AT_LPR',
  LPR_PLUS_50BP = 'LPR_PLUS_50BP',
  LPR_PLUS_100BP = 'LPR_PLUS_100BP',
  ABOVE = 'ABOVE',
}

registerEnumType(LoanOutcome, {
  name: 'LoanOutcome',
  description: 'Where a credit loan stands.',
  valuesConfig: {
    APPLIED: { description: 'Applied for.' },
    APPROVED: { description: 'Approved and granted.' },
    DECLINED: { description: 'Declined.' },
  },
});
registerEnumType(RateBand, {
  name: 'RateBand',
  description: 'Interest rate band against the loan prime rate (LPR).',
  valuesConfig: {
    BELOW_LPR: { description: 'Below the LPR.' },
    AT_LPR: { description: 'At the LPR.' },
    LPR_PLUS_50BP: { description: 'Up to 50 basis points above.' },
    LPR_PLUS_100BP: { description: 'Up to 100 basis points above.' },
    ABOVE: { description: 'More than 100 basis points above.' },
  },
});

/** A credit loan (信易贷) a partner records against an authorization. */
@Entity({ tableName: 'credit_loan' })
@ObjectType({ implements: Node, description: 'A credit loan applied for on credit data (信易贷).' })
export class CreditLoan extends BaseEntity {
  @ManyToOne(() => Enterprise, { ref: true })
  enterprise!: Ref<Enterprise>;

  @ManyToOne(() => CreditAuthorization, { ref: true })
  authorization!: Ref<CreditAuthorization>;

  @Field(() => String, { description: 'The lending partner.' })
  @Property({ type: 'string', length: 200 })
  partnerName!: string;

  @Field(() => DecimalScalar, { description: 'Amount in yuan.' })
  @Property({ type: 'decimal', precision: 20, scale: 2 })
  amount!: string;

  @Field(() => Int, { description: 'Term in months.' })
  @Property({ type: 'integer' })
  termMonths!: number;

  @Field(() => RateBand, { description: 'Rate band.' })
  @Enum({ items: () => RateBand })
  rateBand!: RateBand;

  @Field(() => LoanOutcome, { description: 'Outcome.' })
  @Enum({ items: () => LoanOutcome })
  outcome!: LoanOutcome;

  @Field(() => LocalDateScalar, { description: 'When it was recorded.' })
  @Property({ type: 'date' })
  recordedOn!: string;
}
