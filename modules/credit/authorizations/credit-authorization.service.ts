import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../../platform/auth/principal';
import { today } from '../../platform/clock';
import type { GraphQLContext } from '../../platform/context';
import { ForbiddenError } from '../../platform/errors/top-level-errors';
import { UserErrorCode, UserErrorCollector, UserErrorsException, userError } from '../../platform/errors/user-error';
import { uuidFromGlobalId } from '../../platform/relay/global-id';
import { requestLoader } from '../../platform/relay/request-loader';
import { Enterprise } from '../../enterprise/enterprise.entity';
import { isOwnEnterprise } from '../../enterprise/enterprise.access';
import { consentTerms, revokeConsent } from '../../enterprise/partner-consent';
import { CreditAuthorization, CreditLoan, CreditReportAccess, LoanOutcome, RateBand } from './credit-authorization.entity';

export interface GrantRequest {
  enterpriseId: string;
  partnerKeyId: string;
  purpose: string;
  validFrom?: string | null;
  validUntil: string;
}

export interface LoanRequest {
  enterpriseId: string;
  amount: string;
  termMonths: number;
  rateBand: RateBand;
  outcome: LoanOutcome;
}

export class CreditAuthorizationService {
  constructor(private readonly context: GraphQLContext) {}

  private get today(): string {
    return today(this.context.platform.clock);
  }

  private async ownEnterprise(em: EntityManager, enterpriseId: string): Promise<Enterprise> {
    const id = uuidFromGlobalId(enterpriseId, 'Enterprise');
    const enterprise = id ? await em.findOne(Enterprise, { id }) : null;
    if (!enterprise) throw new UserErrorsException([userError(['input', 'enterpriseId'], UserErrorCode.NOT_FOUND, 'No enterprise has this id.')]);
    if (!isOwnEnterprise(this.context.principal, enterprise)) throw new ForbiddenError('Only the enterprise itself authorizes partners.');
    return enterprise;
  }

  async grant(em: EntityManager, request: GrantRequest): Promise<CreditAuthorization> {
    const enterprise = await this.ownEnterprise(em, request.enterpriseId);
    const errors = new UserErrorCollector();
    const terms = await consentTerms(em, request, this.today, errors);
    errors.throwIfAny();
    const authorization = em.create(CreditAuthorization, {
      enterprise,
      partnerKey: terms!.key,
      partnerName: terms!.key.name,
      purpose: terms!.purpose,
      validFrom: terms!.validFrom,
      validUntil: terms!.validUntil,
    });
    await em.flush();
    return authorization;
  }

  /** Revokes once; simultaneous or later revocations get ALREADY_REVOKED and write nothing (see revokeConsent). */
  revoke(em: EntityManager, globalId: string): Promise<CreditAuthorization> {
    const id = uuidFromGlobalId(globalId, 'CreditAuthorization');
    return revokeConsent(em, CreditAuthorization, id, this.context.principal, this.context.platform.clock.now());
  }

  /** The partner's valid authorization for an enterprise today, if any (one query per request and enterprise). */
  validAuthorization(enterpriseId: string): Promise<CreditAuthorization | null> {
    const { principal, em } = this.context;
    if (principal.role !== Role.PARTNER || !principal.apiKeyId) return Promise.resolve(null);
    return requestLoader<CreditAuthorization>(this.context, 'validCreditAuthorization', async (ids) => {
      const rows = await em.find(
        CreditAuthorization,
        { enterprise: { $in: [...ids] }, partnerKey: principal.apiKeyId, revokedAt: null },
        { orderBy: { validUntil: 'DESC' } },
      );
      return ids.map((id) => rows.find((row) => row.enterprise.id === id && row.isValidOn(this.today)) ?? null);
    }).load(enterpriseId);
  }

  /**
   * Lets a partner read a detailed part of a report under a valid authorization, and logs the read; refuses
   * otherwise. Reads of one request are logged together, once per enterprise and part, apart from any
   * transaction, so a read is recorded even if the request fails later.
   */
  async admitPartner(enterprise: Enterprise, part: string): Promise<void> {
    const admitted = await requestLoader<boolean>(this.context, 'creditReportReads', async (keys) => {
      const log = this.context.platform.orm.em.fork();
      const results = await Promise.all(
        keys.map(async (key) => {
          const [enterpriseId, readPart] = key.split('|');
          const authorization = await this.validAuthorization(enterpriseId);
          if (!authorization) return false;
          log.create(CreditReportAccess, {
            enterprise: log.getReference(Enterprise, enterpriseId),
            authorization: log.getReference(CreditAuthorization, authorization.id),
            partnerName: authorization.partnerName,
            part: readPart,
            accessedAt: this.context.platform.clock.now(),
            requestId: this.context.requestId,
          });
          return true;
        }),
      );
      await log.flush();
      return results;
    }).load(`${enterprise.id}|${part}`);
    if (!admitted) throw new ForbiddenError('The detailed credit report needs the enterprise’s valid authorization for this partner.');
  }

  async recordLoan(em: EntityManager, request: LoanRequest): Promise<CreditLoan> {
    const id = uuidFromGlobalId(request.enterpriseId, 'Enterprise');
    const enterprise = id ? await em.findOne(Enterprise, { id }) : null;
    if (!enterprise) throw new UserErrorsException([userError(['input', 'enterpriseId'], UserErrorCode.NOT_FOUND, 'No enterprise has this id.')]);
    const authorization = await this.validAuthorization(enterprise.id);
    if (!authorization) throw new ForbiddenError('A credit loan is recorded under the enterprise’s valid authorization.');
    const errors = new UserErrorCollector();
    if (/\.\d{3,}$/.test(request.amount) || request.amount.split('.')[0].length > 18)
      errors.add(['input', 'amount'], UserErrorCode.INVALID_FORMAT, 'An amount has at most 18 digits and two decimals (fen).');
    else if (request.amount.startsWith('-')) errors.add(['input', 'amount'], UserErrorCode.NEGATIVE, 'The amount must not be negative.');
    else if (Number(request.amount) === 0) errors.add(['input', 'amount'], UserErrorCode.OUT_OF_RANGE, 'The amount must be above zero.');
    if (request.termMonths < 1 || request.termMonths > 360)
      errors.add(['input', 'termMonths'], UserErrorCode.OUT_OF_RANGE, 'The term lies between 1 and 360 months.');
    errors.throwIfAny();
    const loan = em.create(CreditLoan, {
      enterprise,
      authorization: em.getReference(CreditAuthorization, authorization.id),
      partnerName: authorization.partnerName,
      amount: request.amount,
      termMonths: request.termMonths,
      rateBand: request.rateBand,
      outcome: request.outcome,
      recordedOn: this.today,
    });
    await em.flush();
    return loan;
  }
}
