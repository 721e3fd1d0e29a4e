import type { EntityManager } from '@mikro-orm/postgresql';
import { today } from '../../platform/clock';
import type { GraphQLContext } from '../../platform/context';
import { UserErrorCode, type UserErrorCollector } from '../../platform/errors/user-error';
import type { EnterpriseRecordOptions } from '../../enterprise/enterprise-record.resolvers';
import { Department } from '../../one-matter/department.entity';
import { addMonths } from '../../platform/calendar/months';
import {
  AbnormalListEntry,
  AdministrativePenalty,
  AnnualReportFiling,
  CreditCommitment,
  Honour,
  JudgmentDefaulter,
  LicensingDecision,
  SeriousViolationEntry,
  TaxCreditRating,
} from './credit-records.entities';
import { AnnualReportStatus, PenaltySeverity } from './credit-records.enums';
import {
  AbnormalListEntryRecordInput,
  AnnualReportFilingRecordInput,
  CreditCommitmentRecordInput,
  HonourRecordInput,
  JudgmentDefaulterRecordInput,
  LicensingDecisionRecordInput,
  PenaltyRecordInput,
  SeriousViolationRecordInput,
  TaxCreditRatingRecordInput,
} from './credit-records.inputs';
import { officerOf } from './credit-records.access';

/** Adds IN_FUTURE to `errors` when the date lies after today. */
export function checkPast(date: string, field: string, errors: UserErrorCollector, context: GraphQLContext): void {
  if (date > today(context.platform.clock)) errors.add(['input', field], UserErrorCode.IN_FUTURE, 'The date must not lie in the future.');
}

/**
 * Adds NOT_FOUND to `errors` unless the code names a department of the catalogue: a record of no department is
 * owned by nobody (no officer may publish or repair it). Departments are never deleted, so the check cannot race.
 */
export async function checkDepartment(code: string, errors: UserErrorCollector, em: EntityManager): Promise<void> {
  if (!code || !(await em.count(Department, { code }))) {
    errors.add(['input', 'departmentCode'], UserErrorCode.NOT_FOUND, 'No department has this code; see the departments query.');
  }
}

const DECISION_TAKEN = 'This decision is already recorded.';
const YEAR_RECORDED = 'That year is already recorded.';
const YEAR_RATED = 'That year is already rated.';
const CASE_TAKEN = 'This case is already recorded.';

export type CreditRecordKind<T extends object, I extends { enterpriseId: string }> = Omit<
  EnterpriseRecordOptions<T, I>,
  'writerRoles' | 'readerRoles' | 'afterWrite'
>;

function creditRecordKind<T extends object, I extends { enterpriseId: string }>(options: CreditRecordKind<T, I>): CreditRecordKind<T, I> {
  return options;
}

/** Every kind of credit record: how it is written, checked and listed; the import reads rows through the same. */
export const CREDIT_RECORD_KINDS = {
  PENALTY: creditRecordKind({
    entity: AdministrativePenalty,
    listField: 'administrativePenalties',
    listDescription: 'Administrative penalties, newest first (not for partners).',
    orderBy: { decidedOn: 'DESC' },
    mutation: 'administrativePenaltyRecord',
    mutationDescription: 'Records an administrative penalty decision of a department of the catalogue (an officer of that department, ADMIN).',
    input: PenaltyRecordInput,
    payloadField: 'penalty',
    taken: { field: 'decisionNumber', message: DECISION_TAKEN },
    assertWriter: (principal, input) => officerOf(input.departmentCode)(principal),
    build: async (input, enterprise, errors, context, em) => {
      if (!input.decisionNumber.trim()) errors.add(['input', 'decisionNumber'], UserErrorCode.BLANK, 'Give the decision number.');
      else if (await em.count(AdministrativePenalty, { decisionNumber: input.decisionNumber.trim() })) {
        errors.add(['input', 'decisionNumber'], UserErrorCode.TAKEN, DECISION_TAKEN);
      }
      await checkDepartment(input.departmentCode, errors, em);
      if (input.amount.startsWith('-')) errors.add(['input', 'amount'], UserErrorCode.NEGATIVE, 'A fine cannot be negative.');
      else if (/\.\d{3,}$/.test(input.amount) || input.amount.split('.')[0].length > 18)
        errors.add(['input', 'amount'], UserErrorCode.INVALID_FORMAT, 'A fine has at most 18 digits and two decimals (fen).');
      checkPast(input.decidedOn, 'decidedOn', errors, context);
      const publicityYears = { [PenaltySeverity.MINOR]: null, [PenaltySeverity.GENERAL]: 1, [PenaltySeverity.SERIOUS]: 3 }[input.severity];
      return em.create(AdministrativePenalty, {
        enterprise,
        decisionNumber: input.decisionNumber.trim(),
        departmentCode: input.departmentCode,
        severity: input.severity,
        sector: input.sector,
        decidedOn: input.decidedOn,
        amount: input.amount,
        publicityEndsOn: publicityYears == null ? null : addMonths(input.decidedOn, 12 * publicityYears),
      });
    },
  }),
  ABNORMAL_LIST: creditRecordKind({
    entity: AbnormalListEntry,
    listField: 'abnormalListEntries',
    listDescription: 'Abnormal-operations list entries, newest first (not for partners).',
    orderBy: { listedOn: 'DESC' },
    mutation: 'abnormalListEntryRecord',
    mutationDescription: 'Lists an enterprise as operating abnormally (market regulation, ADMIN).',
    input: AbnormalListEntryRecordInput,
    payloadField: 'entry',
    assertWriter: officerOf('market-regulation'),
    build: (input, enterprise, errors, context, em) => {
      checkPast(input.listedOn, 'listedOn', errors, context);
      return em.create(AbnormalListEntry, { enterprise, reason: input.reason, listedOn: input.listedOn });
    },
  }),
  SERIOUS_VIOLATION: creditRecordKind({
    entity: SeriousViolationEntry,
    listField: 'seriousViolationEntries',
    listDescription: 'Serious-violation list entries (not for partners).',
    orderBy: { listedOn: 'DESC' },
    mutation: 'seriousViolationRecord',
    mutationDescription: 'Puts an enterprise on the serious-violation list (market regulation, ADMIN).',
    input: SeriousViolationRecordInput,
    payloadField: 'entry',
    assertWriter: officerOf('market-regulation'),
    build: (input, enterprise, errors, context, em) => {
      if (!input.reason.trim()) errors.add(['input', 'reason'], UserErrorCode.BLANK, 'Say why.');
      checkPast(input.listedOn, 'listedOn', errors, context);
      return em.create(SeriousViolationEntry, { enterprise, reason: input.reason.trim(), listedOn: input.listedOn });
    },
  }),
  ANNUAL_REPORT: creditRecordKind({
    entity: AnnualReportFiling,
    listField: 'annualReportFilings',
    listDescription: 'Annual-report filings by year, newest first (not for partners).',
    orderBy: { year: 'DESC' },
    mutation: 'annualReportFilingRecord',
    mutationDescription: 'Records how a year’s annual report was filed (market regulation, ADMIN).',
    input: AnnualReportFilingRecordInput,
    payloadField: 'filing',
    taken: { field: 'year', message: YEAR_RECORDED },
    assertWriter: officerOf('market-regulation'),
    build: async (input, enterprise, errors, context, em) => {
      const thisYear = Number(today(context.platform.clock).slice(0, 4));
      if (input.year < 2000 || input.year >= thisYear)
        errors.add(['input', 'year'], UserErrorCode.OUT_OF_RANGE, `A report covers a past year, 2000 to ${thisYear - 1}.`);
      else if (await em.count(AnnualReportFiling, { enterprise, year: input.year }))
        errors.add(['input', 'year'], UserErrorCode.TAKEN, YEAR_RECORDED);
      if (input.status !== AnnualReportStatus.MISSING && !input.filedOn)
        errors.add(['input', 'filedOn'], UserErrorCode.REQUIRED, 'Give the filing date.');
      if (input.status === AnnualReportStatus.MISSING && input.filedOn)
        errors.add(['input', 'filedOn'], UserErrorCode.CONFLICT, 'A missing report has no filing date.');
      if (input.filedOn) checkPast(input.filedOn, 'filedOn', errors, context);
      return em.create(AnnualReportFiling, { enterprise, year: input.year, status: input.status, filedOn: input.filedOn ?? null });
    },
  }),
  TAX_CREDIT: creditRecordKind({
    entity: TaxCreditRating,
    listField: 'taxCreditRatings',
    listDescription: 'Tax credit levels by year, newest first (not for partners).',
    orderBy: { year: 'DESC' },
    mutation: 'taxCreditRatingRecord',
    mutationDescription: 'Records a year’s tax credit level (tax, ADMIN).',
    input: TaxCreditRatingRecordInput,
    payloadField: 'rating',
    taken: { field: 'year', message: YEAR_RATED },
    assertWriter: officerOf('tax'),
    build: async (input, enterprise, errors, context, em) => {
      const thisYear = Number(today(context.platform.clock).slice(0, 4));
      if (input.year < 2000 || input.year >= thisYear)
        errors.add(['input', 'year'], UserErrorCode.OUT_OF_RANGE, `Levels are given for past years, 2000 to ${thisYear - 1}.`);
      else if (await em.count(TaxCreditRating, { enterprise, year: input.year })) errors.add(['input', 'year'], UserErrorCode.TAKEN, YEAR_RATED);
      return em.create(TaxCreditRating, { enterprise, year: input.year, level: input.level });
    },
  }),
  JUDGMENT_DEFAULTER: creditRecordKind({
    entity: JudgmentDefaulter,
    listField: 'judgmentDefaulterListings',
    listDescription: 'Listings as judgment defaulter (not for partners).',
    orderBy: { listedOn: 'DESC' },
    mutation: 'judgmentDefaulterRecord',
    mutationDescription: 'Records a listing as judgment defaulter (the court, ADMIN).',
    input: JudgmentDefaulterRecordInput,
    payloadField: 'listing',
    taken: { field: 'caseNumber', message: CASE_TAKEN },
    assertWriter: officerOf('court'),
    build: async (input, enterprise, errors, context, em) => {
      if (!input.caseNumber.trim()) errors.add(['input', 'caseNumber'], UserErrorCode.BLANK, 'Give the case number.');
      else if (await em.count(JudgmentDefaulter, { caseNumber: input.caseNumber.trim() }))
        errors.add(['input', 'caseNumber'], UserErrorCode.TAKEN, CASE_TAKEN);
      checkPast(input.listedOn, 'listedOn', errors, context);
      return em.create(JudgmentDefaulter, { enterprise, caseNumber: input.caseNumber.trim(), listedOn: input.listedOn });
    },
  }),
  COMMITMENT: creditRecordKind({
    entity: CreditCommitment,
    listField: 'creditCommitments',
    listDescription: 'Credit commitments, newest first (not for partners).',
    orderBy: { madeOn: 'DESC' },
    mutation: 'creditCommitmentRecord',
    mutationDescription: 'Records a credit commitment and its outcome (development and reform, ADMIN).',
    input: CreditCommitmentRecordInput,
    payloadField: 'commitment',
    assertWriter: officerOf('development-reform'),
    build: (input, enterprise, errors, context, em) => {
      if (!input.promise.trim()) errors.add(['input', 'promise'], UserErrorCode.BLANK, 'Say what was promised.');
      checkPast(input.madeOn, 'madeOn', errors, context);
      return em.create(CreditCommitment, {
        enterprise,
        type: input.type,
        promise: input.promise.trim(),
        madeOn: input.madeOn,
        outcome: input.outcome,
      });
    },
  }),
  LICENSING: creditRecordKind({
    entity: LicensingDecision,
    listField: 'licensingDecisions',
    listDescription: 'Administrative licensing decisions, newest first (not for partners).',
    orderBy: { decidedOn: 'DESC' },
    mutation: 'licensingDecisionRecord',
    mutationDescription: 'Records an administrative licensing decision of a department of the catalogue (an officer of that department, ADMIN).',
    input: LicensingDecisionRecordInput,
    payloadField: 'decision',
    taken: { field: 'decisionNumber', message: DECISION_TAKEN },
    assertWriter: (principal, input) => officerOf(input.departmentCode)(principal),
    build: async (input, enterprise, errors, context, em) => {
      if (!input.decisionNumber.trim()) errors.add(['input', 'decisionNumber'], UserErrorCode.BLANK, 'Give the decision number.');
      else if (await em.count(LicensingDecision, { decisionNumber: input.decisionNumber.trim() }))
        errors.add(['input', 'decisionNumber'], UserErrorCode.TAKEN, DECISION_TAKEN);
      await checkDepartment(input.departmentCode, errors, em);
      if (!input.licence.trim()) errors.add(['input', 'licence'], UserErrorCode.BLANK, 'Name the licence.');
      checkPast(input.decidedOn, 'decidedOn', errors, context);
      return em.create(LicensingDecision, {
        enterprise,
        decisionNumber: input.decisionNumber.trim(),
        departmentCode: input.departmentCode,
        licence: input.licence.trim(),
        decidedOn: input.decidedOn,
      });
    },
  }),
  HONOUR: creditRecordKind({
    entity: Honour,
    listField: 'honours',
    listDescription: 'Honours, newest first (not for partners).',
    orderBy: { awardedOn: 'DESC' },
    mutation: 'honourRecord',
    mutationDescription: 'Records an honour (any officer, ADMIN).',
    input: HonourRecordInput,
    payloadField: 'honour',
    assertWriter: officerOf(),
    build: (input, enterprise, errors, context, em) => {
      if (!input.title.trim()) errors.add(['input', 'title'], UserErrorCode.BLANK, 'Give the title.');
      checkPast(input.awardedOn, 'awardedOn', errors, context);
      return em.create(Honour, { enterprise, level: input.level, title: input.title.trim(), awardedOn: input.awardedOn });
    },
  }),
};

export type CreditRecordKindCode = keyof typeof CREDIT_RECORD_KINDS;
