import type { EntityManager } from '@mikro-orm/postgresql';
import { ref } from '@mikro-orm/core';
import { Role } from '../../platform/auth/principal';
import { today } from '../../platform/clock';
import type { GraphQLContext } from '../../platform/context';
import { ForbiddenError } from '../../platform/errors/top-level-errors';
import { refuse, uniqueAsUserError, UserErrorCode } from '../../platform/errors/user-error';
import { uuidFromGlobalId } from '../../platform/relay/global-id';
import { isOwnEnterprise } from '../../enterprise/enterprise.access';
import { AbnormalListEntry, AdministrativePenalty, AnnualReportFiling } from '../records/credit-records.entities';
import { AbnormalListReason, AnnualReportStatus } from '../records/credit-records.enums';
import { CreditScoringService } from '../scoring/scoring.service';
import { CreditRepair, RepairState } from './credit-repair.entity';
import { repairEligibleOn } from './repair-eligibility';

export interface RepairApplyRequest {
  penaltyId?: string | null;
  abnormalListEntryId?: string | null;
  statement: string;
}

export class CreditRepairService {
  constructor(private readonly context: GraphQLContext) {}

  private get today(): string {
    return today(this.context.platform.clock);
  }

  /** Checks eligibility: a penalty after its minimum publicity, an abnormal-list entry once its cause is cured. */
  async apply(em: EntityManager, request: RepairApplyRequest): Promise<CreditRepair> {
    if (Boolean(request.penaltyId) === Boolean(request.abnormalListEntryId))
      refuse('penaltyId', UserErrorCode.CONFLICT, 'Name either a penalty or an abnormal-list entry.');
    if (!request.statement.trim()) refuse('statement', UserErrorCode.BLANK, 'Say how the cause was cured.');
    if (request.penaltyId) {
      const id = uuidFromGlobalId(request.penaltyId, 'AdministrativePenalty');
      const penalty = id ? await em.findOne(AdministrativePenalty, { id }, { populate: ['enterprise'] }) : null;
      if (!penalty) return refuse('penaltyId', UserErrorCode.NOT_FOUND, 'No penalty has this id.');
      this.assertOwn(penalty.enterprise.getEntity());
      const eligibleOn = repairEligibleOn(penalty, this.context.platform.config.CREDIT_REPAIR_MINIMUM_MONTHS);
      if (!eligibleOn) refuse('penaltyId', UserErrorCode.INVALID_STATE, 'A minor penalty is not published; there is nothing to repair.');
      if (penalty.repairedOn || (penalty.publicityEndsOn && penalty.publicityEndsOn < this.today))
        refuse('penaltyId', UserErrorCode.INVALID_STATE, 'The penalty is no longer published.');
      if (this.today < eligibleOn!) refuse('penaltyId', UserErrorCode.NOT_YET_ELIGIBLE, `The penalty can be repaired from ${eligibleOn}.`);
      return this.create(em, { enterprise: penalty.enterprise, penalty: ref(penalty) }, request.statement, {
        field: 'penaltyId',
        message: 'A repair of this penalty is already pending.',
      });
    }
    const id = uuidFromGlobalId(request.abnormalListEntryId!, 'AbnormalListEntry');
    const entry = id ? await em.findOne(AbnormalListEntry, { id }, { populate: ['enterprise'] }) : null;
    if (!entry) return refuse('abnormalListEntryId', UserErrorCode.NOT_FOUND, 'No abnormal-list entry has this id.');
    this.assertOwn(entry.enterprise.getEntity());
    if (entry.removedOn) refuse('abnormalListEntryId', UserErrorCode.INVALID_STATE, 'The enterprise is no longer on the list for this entry.');
    if (entry.reason === AbnormalListReason.MISSING_ANNUAL_REPORT) {
      const reportYear = Number(entry.listedOn.slice(0, 4)) - 1;
      const filed = await em.count(AnnualReportFiling, {
        enterprise: entry.enterprise,
        year: { $gte: reportYear },
        status: { $ne: AnnualReportStatus.MISSING },
      });
      if (!filed) refuse('abnormalListEntryId', UserErrorCode.NOT_YET_ELIGIBLE, `File the annual report for ${reportYear} first.`);
    }
    return this.create(em, { enterprise: entry.enterprise, abnormalEntry: ref(entry) }, request.statement, {
      field: 'abnormalListEntryId',
      message: 'A repair of this entry is already pending.',
    });
  }

  private assertOwn(enterprise: Parameters<typeof isOwnEnterprise>[1]): void {
    if (!isOwnEnterprise(this.context.principal, enterprise)) throw new ForbiddenError('An enterprise repairs its own records.');
  }

  /**
   * One pending repair per record: the check answers a retry, and the partial unique indexes on credit_repair answer
   * simultaneous applications that all passed it, with the same TAKEN.
   */
  private async create(
    em: EntityManager,
    target: Pick<CreditRepair, 'enterprise'> & Partial<Pick<CreditRepair, 'penalty' | 'abnormalEntry'>>,
    statement: string,
    taken: { field: string; message: string },
  ): Promise<CreditRepair> {
    const pending = target.penalty ? { penalty: target.penalty } : { abnormalEntry: target.abnormalEntry };
    if (await em.count(CreditRepair, { ...pending, state: RepairState.PENDING })) refuse(taken.field, UserErrorCode.TAKEN, taken.message);
    const repair = em.create(CreditRepair, { ...target, statement: statement.trim(), appliedOn: this.today });
    await uniqueAsUserError(() => em.flush(), ['input', taken.field], UserErrorCode.TAKEN, taken.message);
    return repair;
  }

  /** The owning department decides: an approval ends the penalty's publicity or takes the entry off the list. */
  async decide(em: EntityManager, globalId: string, approve: boolean, reason: string | null | undefined): Promise<CreditRepair> {
    const id = uuidFromGlobalId(globalId, 'CreditRepair');
    const repair = id ? await em.findOne(CreditRepair, { id }, { populate: ['penalty', 'abnormalEntry'] }) : null;
    if (!repair) return refuse('id', UserErrorCode.NOT_FOUND, 'No repair has this id.');
    const owner = repair.penalty ? repair.penalty.getEntity().departmentCode : 'market-regulation';
    const { principal } = this.context;
    if (principal.role !== Role.ADMIN && !(principal.role === Role.OFFICER && principal.department === owner)) {
      throw new ForbiddenError(`Repairs of this record are decided by ${owner}.`);
    }
    if (repair.state !== RepairState.PENDING) refuse('id', UserErrorCode.INVALID_TRANSITION, `The repair was already ${repair.state.toLowerCase()}.`);
    if (!approve && !reason?.trim()) refuse('reason', UserErrorCode.BLANK, 'Say why the repair is rejected.');
    Object.assign(repair, {
      state: approve ? RepairState.APPROVED : RepairState.REJECTED,
      decidedOn: this.today,
      decidedBy: principal.subject,
      rejectionReason: approve ? null : reason!.trim(),
    });
    if (approve && repair.penalty) repair.penalty.getEntity().repairedOn = this.today;
    if (approve && repair.abnormalEntry) Object.assign(repair.abnormalEntry.getEntity(), { removedOn: this.today, removalCause: repair.statement });
    await em.flush();
    if (approve) await new CreditScoringService(this.context.platform).recompute(em, [repair.enterprise.id]);
    return repair;
  }
}
