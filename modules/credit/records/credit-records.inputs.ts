import { LocalDateScalar } from '../../platform/scalars/local-date';
import { Extensions, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { range } from '../../platform/validation/number-range';
import { MutationPayload } from '../../platform/errors/mutation';
import { DecimalScalar } from '../../platform/scalars/decimal';
import { AbnormalListEntry } from './credit-records.entities';
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

@InputType({ description: 'An administrative penalty decision.' })
export class PenaltyRecordInput {
  @Field(() => ID, { description: 'Global id of the enterprise.' })
  enterpriseId!: string;

  @Field(() => String, { description: 'Decision number, unique.' })
  decisionNumber!: string;

  @Field(() => String, { description: 'Code of the deciding department; an OFFICER records its own department’s decisions.' })
  departmentCode!: string;

  @Field(() => PenaltySeverity, { description: 'Severity.' })
  severity!: PenaltySeverity;

  @Field(() => PenaltySector, { defaultValue: PenaltySector.GENERAL, description: 'Regulated field.' })
  sector!: PenaltySector;

  @Field(() => LocalDateScalar, { description: 'Date of the decision; not in the future.' })
  decidedOn!: string;

  @Field(() => DecimalScalar, { description: 'Fine in yuan; not negative.' })
  // The sign is the service's rule (NEGATIVE), reported with the input's other problems; the range bounds the size.
  @Extensions(range(-1_000_000_000_000, 1_000_000_000_000))
  amount!: string;
}

@InputType({ description: 'An abnormal-operations list entry.' })
export class AbnormalListEntryRecordInput {
  @Field(() => ID, { description: 'Global id of the enterprise.' })
  enterpriseId!: string;

  @Field(() => AbnormalListReason, { description: 'Why.' })
  reason!: AbnormalListReason;

  @Field(() => LocalDateScalar, { description: 'When it was listed; not in the future.' })
  listedOn!: string;
}

@InputType({ description: 'Removes an enterprise from the abnormal-operations list once the cause is cured.' })
export class AbnormalListEntryRemoveInput {
  @Field(() => ID, { description: 'Global id of the entry.' })
  id!: string;

  @Field(() => LocalDateScalar, { description: 'When it was removed; not before the listing nor in the future.' })
  removedOn!: string;

  @Field(() => String, { description: 'How the cause was cured.' })
  cause!: string;
}

@InputType({ description: 'A serious-violation list entry.' })
export class SeriousViolationRecordInput {
  @Field(() => ID, { description: 'Global id of the enterprise.' })
  enterpriseId!: string;

  @Field(() => String, { description: 'Why.' })
  reason!: string;

  @Field(() => LocalDateScalar, { description: 'When it was listed; not in the future.' })
  listedOn!: string;
}

@InputType({ description: 'How a year’s annual report was filed.' })
export class AnnualReportFilingRecordInput {
  @Field(() => ID, { description: 'Global id of the enterprise.' })
  enterpriseId!: string;

  @Field(() => Int, { description: 'The reported year.' })
  @Extensions(range(2000, 2999))
  year!: number;

  @Field(() => AnnualReportStatus, { description: 'Status.' })
  status!: AnnualReportStatus;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Filing date; required unless MISSING.' })
  filedOn?: string | null;
}

@InputType({ description: 'A year’s tax credit level.' })
export class TaxCreditRatingRecordInput {
  @Field(() => ID, { description: 'Global id of the enterprise.' })
  enterpriseId!: string;

  @Field(() => Int, { description: 'The rated year.' })
  @Extensions(range(2000, 2999))
  year!: number;

  @Field(() => TaxCreditLevel, { description: 'Level.' })
  level!: TaxCreditLevel;
}

@InputType({ description: 'A judgment-defaulter listing.' })
export class JudgmentDefaulterRecordInput {
  @Field(() => ID, { description: 'Global id of the enterprise.' })
  enterpriseId!: string;

  @Field(() => String, { description: 'Enforcement case number, unique.' })
  caseNumber!: string;

  @Field(() => LocalDateScalar, { description: 'When it was listed; not in the future.' })
  listedOn!: string;
}

@InputType({ description: 'A credit commitment.' })
export class CreditCommitmentRecordInput {
  @Field(() => ID, { description: 'Global id of the enterprise.' })
  enterpriseId!: string;

  @Field(() => CommitmentType, { description: 'Kind.' })
  type!: CommitmentType;

  @Field(() => String, { description: 'What was promised.' })
  promise!: string;

  @Field(() => LocalDateScalar, { description: 'When it was made; not in the future.' })
  madeOn!: string;

  @Field(() => CommitmentOutcome, { defaultValue: CommitmentOutcome.PENDING, description: 'Whether it was kept.' })
  outcome!: CommitmentOutcome;
}

@InputType({ description: 'An honour.' })
export class HonourRecordInput {
  @Field(() => ID, { description: 'Global id of the enterprise.' })
  enterpriseId!: string;

  @Field(() => HonourLevel, { description: 'Level.' })
  level!: HonourLevel;

  @Field(() => String, { description: 'Title.' })
  title!: string;

  @Field(() => LocalDateScalar, { description: 'When it was awarded; not in the future.' })
  awardedOn!: string;
}

@InputType({ description: 'An administrative licensing decision.' })
export class LicensingDecisionRecordInput {
  @Field(() => ID, { description: 'Global id of the enterprise.' })
  enterpriseId!: string;

  @Field(() => String, { description: 'Decision number, unique.' })
  decisionNumber!: string;

  @Field(() => String, { description: 'Code of the deciding department; an OFFICER records its own department’s decisions.' })
  departmentCode!: string;

  @Field(() => String, { description: 'The licence granted.' })
  licence!: string;

  @Field(() => LocalDateScalar, { description: 'Date of the decision; not in the future.' })
  decidedOn!: string;
}

@ObjectType({ description: 'Result of abnormalListEntryRemove.' })
export class AbnormalListEntryRemovePayload extends MutationPayload {
  @Field(() => AbnormalListEntry, { nullable: true, description: 'The entry, removed.' })
  entry: AbnormalListEntry | null = null;
}
