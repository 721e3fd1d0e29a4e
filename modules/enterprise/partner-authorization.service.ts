import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../platform/auth/principal';
import { today } from '../platform/clock';
import type { GraphQLContext } from '../platform/context';
import { ForbiddenError } from '../platform/errors/top-level-errors';
import { UserErrorCode, UserErrorCollector, UserErrorsException, userError } from '../platform/errors/user-error';
import { uuidFromGlobalId } from '../platform/relay/global-id';
import { requestLoader } from '../platform/relay/request-loader';
import { Enterprise } from './enterprise.entity';
import { isOwnEnterprise } from './enterprise.access';
import { partnerAccessScopesOf } from './partner-access';
import { PartnerAuthorization } from './partner-authorization.entity';
import type { PartnerAuthorizationGrantInput } from './partner-authorization.inputs';
import { consentTerms, revokeConsent } from './partner-consent';

/** Enterprises open parts of their data to partners, scope by scope; modules ask here whether a partner may read. */
export class PartnerAuthorizationService {
  constructor(private readonly context: GraphQLContext) {}

  private get today(): string {
    return today(this.context.platform.clock);
  }

  async grant(em: EntityManager, input: PartnerAuthorizationGrantInput): Promise<PartnerAuthorization> {
    const id = uuidFromGlobalId(input.enterpriseId, 'Enterprise');
    const enterprise = id ? await em.findOne(Enterprise, { id }) : null;
    if (!enterprise) throw new UserErrorsException([userError(['input', 'enterpriseId'], UserErrorCode.NOT_FOUND, 'No enterprise has this id.')]);
    if (!isOwnEnterprise(this.context.principal, enterprise)) throw new ForbiddenError('Only the enterprise itself authorizes partners.');
    const errors = new UserErrorCollector();
    const offered = new Set(partnerAccessScopesOf(this.context.platform.modules).map((scope) => scope.code));
    if (input.scopes.length === 0) errors.add(['input', 'scopes'], UserErrorCode.EMPTY, 'Name at least one scope; see partnerAccessScopes.');
    input.scopes.forEach((scope, index) => {
      const field = ['input', 'scopes', String(index)];
      if (!offered.has(scope)) errors.add(field, UserErrorCode.NOT_FOUND, 'No enabled module offers this scope; see partnerAccessScopes.');
      else if (input.scopes.indexOf(scope) !== index) errors.add(field, UserErrorCode.DUPLICATE, `${scope} is named twice.`);
    });
    const terms = await consentTerms(em, input, this.today, errors);
    errors.throwIfAny();
    const authorization = em.create(PartnerAuthorization, {
      enterprise,
      partnerKey: terms!.key,
      partnerName: terms!.key.name,
      scopes: input.scopes,
      purpose: terms!.purpose,
      validFrom: terms!.validFrom,
      validUntil: terms!.validUntil,
    });
    await em.flush();
    return authorization;
  }

  /** Revokes once; simultaneous or later revocations get ALREADY_REVOKED and write nothing. */
  revoke(em: EntityManager, globalId: string): Promise<PartnerAuthorization> {
    const id = uuidFromGlobalId(globalId, 'PartnerAuthorization');
    return revokeConsent(em, PartnerAuthorization, id, this.context.principal, this.context.platform.clock.now());
  }

  /** An enterprise's authorizations, newest first: for itself and ADMINs. */
  async of(enterprise: Enterprise): Promise<PartnerAuthorization[]> {
    const { principal } = this.context;
    if (principal.role !== Role.ADMIN && !isOwnEnterprise(principal, enterprise)) return [];
    return this.context.em.find(PartnerAuthorization, { enterprise }, { orderBy: { createdAt: 'DESC', id: 'DESC' } });
  }

  /**
   * The enterprises whose valid authorization today lets the calling partner read `scope`: empty for any other
   * caller. One statement per request and scope.
   */
  async enterprisesOpenTo(scope: string): Promise<string[]> {
    const { principal } = this.context;
    if (principal.role !== Role.PARTNER || !principal.apiKeyId) return [];
    const found = await requestLoader<string[]>(this.context, 'partnerAuthorizedEnterprises', async (scopes) => {
      const rows = await this.context.em.execute<Array<{ enterprise_id: string; scopes: string[] }>>(
        `select enterprise_id, scopes from partner_authorization
          where partner_key_id = ? and revoked_at is null and valid_from <= ?::date and valid_until >= ?::date`,
        [principal.apiKeyId, this.today, this.today],
      );
      return scopes.map((wanted) => [...new Set(rows.filter((row) => row.scopes.includes(wanted)).map((row) => row.enterprise_id))]);
    }).load(scope);
    return found ?? [];
  }

  /** Whether the calling partner may read `scope` of this enterprise today. */
  async allows(enterpriseId: string, scope: string): Promise<boolean> {
    return (await this.enterprisesOpenTo(scope)).includes(enterpriseId);
  }
}
