import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode, type FilterQuery } from '@mikro-orm/core';
import { Role } from '../platform/auth/principal';
import { today } from '../platform/clock';
import type { GraphQLContext } from '../platform/context';
import { BadUserInputError, ForbiddenError, UnauthenticatedError } from '../platform/errors/top-level-errors';
import { refuse, UserErrorCode, uniqueAsUserError } from '../platform/errors/user-error';
import { uuidFromGlobalId } from '../platform/relay/global-id';
import { isOwnEnterprise } from '../enterprise/enterprise.access';
import { Enterprise } from '../enterprise/enterprise.entity';
import { PartnerAuthorizationService } from '../enterprise/partner-authorization.service';
import type { ConnectionArgs } from '../platform/relay/connection';
import { paginate } from '../platform/relay/paginate';
import { POLICIES_SCOPE } from './policy.access';
import { PolicyService } from './policy.service';
import { Policy, PolicyVersion } from './policy.entity';
import { PolicyRedemption, RedemptionState } from './policy-redemption.entity';
import { budgetLeft } from './policy-budget';
import { fitsBenefitPeriod } from './policy-content';

/** Applications (即申即享, reviewed), decisions and payments: each policy's budget is spent under its row lock. */
export class PolicyRedemptionService {
  constructor(private readonly context: GraphQLContext) {}

  private get today(): string {
    return today(this.context.platform.clock);
  }

  /** Locks the policy, so that grants of one policy queue up and never overspend its budget. */
  private async lockedPolicy(em: EntityManager, code: string, field: string): Promise<Policy> {
    const policy = await em.findOne(Policy, { code }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!policy || policy.latestVersion === 0) refuse(field, UserErrorCode.NOT_FOUND, 'No published policy has this code.');
    return policy!;
  }

  /** Within the budget as configured: the state a grant of `amount` takes, or a refusal. */
  private async grantState(em: EntityManager, policy: Policy, yearlyBudget: string, amount: number, period: string): Promise<RedemptionState> {
    if (amount <= (await budgetLeft(em, policy, yearlyBudget, period.slice(0, 4))) + 1e-9) return RedemptionState.GRANTED;
    if (this.context.platform.config.POLICY_OVER_BUDGET === 'WAIT') return RedemptionState.WAITING_FOR_BUDGET;
    return refuse('amount', UserErrorCode.OVER_BUDGET, 'The amount goes beyond what is left of the policy’s budget for the year.');
  }

  /** Redemptions, newest first, narrowed to what the caller may read: its own, its department's, or its authorizations'. */
  async list(args: ConnectionArgs, filter: { policyCode: string | null; enterpriseId: string | null }) {
    const { principal } = this.context;
    const conditions: Array<FilterQuery<PolicyRedemption>> = [];
    if (principal.role === Role.ENTERPRISE) conditions.push({ enterprise: { uscc: principal.enterpriseUscc } });
    else if (principal.role === Role.OFFICER) conditions.push({ policy: { draft: { departmentCode: principal.department } } });
    else if (principal.role === Role.PARTNER)
      conditions.push({ enterprise: { $in: await new PartnerAuthorizationService(this.context).enterprisesOpenTo(POLICIES_SCOPE) } });
    else if (principal.role !== Role.ADMIN && principal.role !== Role.ANALYST) throw new ForbiddenError();
    if (filter.policyCode) conditions.push({ policy: { code: filter.policyCode } });
    if (filter.enterpriseId) {
      const id = uuidFromGlobalId(filter.enterpriseId, 'Enterprise');
      if (!id) throw new BadUserInputError('Not an enterprise id.', ['enterpriseId']);
      conditions.push({ enterprise: id });
    }
    const where = (conditions.length ? { $and: conditions } : {}) as FilterQuery<PolicyRedemption>;
    return paginate(this.context, { entity: PolicyRedemption, where, sortField: 'grantedAt', direction: 'DESC', args });
  }

  /**
   * An enterprise applies for a period: an INSTANT policy grants at once when the calculator finds it eligible, a
   * REVIEWED one waits for the issuing department. One application per policy, enterprise and period.
   */
  async apply(em: EntityManager, input: { policyCode: string; enterpriseId: string; period: string }): Promise<PolicyRedemption> {
    const { principal } = this.context;
    const id = uuidFromGlobalId(input.enterpriseId, 'Enterprise');
    const enterprise = id ? await em.findOne(Enterprise, { id }) : null;
    if (!enterprise) refuse('enterpriseId', UserErrorCode.NOT_FOUND, 'No enterprise has this id.');
    if (!isOwnEnterprise(principal, enterprise!)) throw new ForbiddenError('An enterprise applies for itself.');
    const policy = await this.lockedPolicy(em, input.policyCode, 'policyCode');
    const [judgement] = (await new PolicyService(this.context).matches(input.enterpriseId, this.today)).filter(
      (entry) => entry.policy.id === policy.id,
    );
    if (!judgement) refuse('policyCode', UserErrorCode.NOT_FOUND, 'The policy cannot be judged with the facts the modules offer now.');
    const { version, calculation } = judgement;
    if (!fitsBenefitPeriod(version.content.benefitPeriod, input.period)) {
      const monthly = version.content.benefitPeriod === 'MONTH';
      refuse(
        'period',
        UserErrorCode.INVALID_FORMAT,
        monthly ? 'This policy is granted by month: a month, e.g. 2026-11.' : 'This policy is granted by year: a year, e.g. 2026.',
      );
    }
    if (version.content.mode === 'NO_APPLICATION') refuse('policyCode', UserErrorCode.INVALID_STATE, 'This policy is granted without application.');
    if (await em.count(PolicyRedemption, { policy, enterprise: enterprise!, period: input.period })) {
      refuse('period', UserErrorCode.TAKEN, 'The enterprise has applied for this policy and period already.');
    }
    if (!calculation.eligible || calculation.amount === null) {
      const failed = calculation.conditions.filter((condition) => condition.result !== true);
      const why = calculation.inForce
        ? failed
            .map(
              (condition) =>
                `${condition.code}${condition.shortfalls.map((shortfall) => ` (${shortfall.fact} ${shortfall.operator} ${String(shortfall.threshold)})`).join('')}`,
            )
            .join(', ')
        : 'the policy is not in force today';
      refuse('policyCode', UserErrorCode.NOT_ELIGIBLE, `Not eligible: ${why}. See policyMatches for the trace.`);
    }
    const state =
      version.content.mode === 'REVIEWED'
        ? RedemptionState.APPLIED
        : await this.grantState(em, policy, version.content.yearlyBudget, calculation.amount!, input.period);
    const redemption = em.create(PolicyRedemption, {
      policy,
      enterprise: enterprise!,
      period: input.period,
      versionNumber: version.number,
      amount: calculation.amount!.toFixed(2),
      state,
      grantedAt: this.context.platform.clock.now(),
    });
    await uniqueAsUserError(
      () => em.flush(),
      ['input', 'period'],
      UserErrorCode.TAKEN,
      'The enterprise has applied for this policy and period already.',
    );
    return redemption;
  }

  private async issuingOfficer(em: EntityManager, globalId: string): Promise<{ redemption: PolicyRedemption; policy: Policy; yearlyBudget: string }> {
    const { principal } = this.context;
    if (principal.role === Role.ANONYMOUS) throw new UnauthenticatedError();
    const id = uuidFromGlobalId(globalId, 'PolicyRedemption');
    const found = id ? await em.findOne(PolicyRedemption, { id }, { populate: ['policy'] }) : null;
    if (!found) refuse('id', UserErrorCode.NOT_FOUND, 'No redemption has this id.');
    const policy = await this.lockedPolicy(em, found!.policy.getEntity().code, 'id');
    const redemption = (await em.findOne(PolicyRedemption, { id: found!.id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true }))!;
    const department = policy.draft.departmentCode;
    if (principal.role !== Role.ADMIN && !(principal.role === Role.OFFICER && principal.department === department)) {
      throw new ForbiddenError(`Only an officer of ${department}, the issuing department, or an ADMIN may do this.`);
    }
    const { content } = await em.findOneOrFail(PolicyVersion, { policy, number: policy.latestVersion });
    return { redemption, policy, yearlyBudget: content.yearlyBudget };
  }

  /** The issuing department approves a reviewed application (with the amount, at most the calculated one) or rejects it. */
  async decide(
    em: EntityManager,
    input: { id: string; approve: boolean; amount?: string | null; reason?: string | null },
  ): Promise<PolicyRedemption> {
    const { redemption, policy, yearlyBudget } = await this.issuingOfficer(em, input.id);
    if (redemption.state !== RedemptionState.APPLIED)
      refuse('id', UserErrorCode.INVALID_TRANSITION, `The redemption is ${redemption.state}, not waiting for a decision.`);
    if (!input.approve) {
      const reason = input.reason?.trim();
      if (!reason) refuse('reason', UserErrorCode.BLANK, 'Say why the application is rejected.');
      Object.assign(redemption, { state: RedemptionState.REJECTED, reason, decidedBy: this.context.principal.subject });
    } else {
      const amount = input.amount == null ? Number(redemption.amount) : Number(input.amount);
      if (!(amount > 0) || amount > Number(redemption.amount)) {
        refuse('amount', UserErrorCode.OUT_OF_RANGE, `More than 0 and at most the calculated ${redemption.amount} yuan.`);
      }
      const state = await this.grantState(em, policy, yearlyBudget, amount, redemption.period);
      Object.assign(redemption, {
        state,
        amount: amount.toFixed(2),
        decidedBy: this.context.principal.subject,
        grantedAt: this.context.platform.clock.now(),
      });
    }
    await em.flush();
    return redemption;
  }

  /**
   * Records the payment of a granted redemption, once: the write is conditional on the state still being GRANTED, so
   * of simultaneous payments exactly one is recorded and the others are refused.
   */
  async pay(em: EntityManager, input: { id: string; paidOn: string; paymentReference: string }): Promise<PolicyRedemption> {
    const { redemption } = await this.issuingOfficer(em, input.id);
    const reference = input.paymentReference.trim();
    if (!reference) refuse('paymentReference', UserErrorCode.BLANK, 'Give the payment’s reference.');
    if (input.paidOn > this.today) refuse('paidOn', UserErrorCode.IN_FUTURE, 'A payment is recorded once it is made.');
    if (redemption.state !== RedemptionState.GRANTED) {
      refuse(
        'id',
        UserErrorCode.INVALID_TRANSITION,
        redemption.state === RedemptionState.PAID ? 'It is paid already.' : `A ${redemption.state} redemption is not paid.`,
      );
    }
    const changed = await em.nativeUpdate(
      PolicyRedemption,
      { id: redemption.id, state: RedemptionState.GRANTED },
      { state: RedemptionState.PAID, paidOn: input.paidOn, paymentReference: reference, updatedAt: new Date() },
    );
    if (changed === 0) refuse('id', UserErrorCode.INVALID_TRANSITION, 'It is paid already.');
    return (await em.refresh(redemption)) ?? redemption;
  }
}
