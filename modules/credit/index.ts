import type { EntityClass } from '@mikro-orm/core';
import { defineModule } from '../platform/module';
import { subscribe } from '../platform/events/domain-event';
import { chainMembershipChanged, chainRecordWritten } from '../one-category/chain.events';
import { defineNodeType } from '../platform/relay/node-type';
import { EVERY_ROLE, Role } from '../platform/auth/principal';
import { ForbiddenError } from '../platform/errors/top-level-errors';
import { assertRecordReadable } from '../enterprise/enterprise-record.access';
import { CREDIT_RECORD_ENTITIES } from './records/credit-records.entities';
import { AbnormalListRemovalResolver, creditRecordResolvers } from './records/credit-records.resolvers';
import { CREDIT_RECORD_READERS } from './records/credit-records.access';
import { CreditScore } from './scoring/credit-score.entity';
import { CreditScoreResolver, EnterpriseCreditResolver } from './scoring/credit-score.resolver';
import { assertScoreReadable } from './scoring/credit-score.access';
import { assertEnterpriseReadable, EVERY_ENTERPRISE_READERS } from '../enterprise/enterprise.access';
import { creditRecomputeJob } from './credit-recompute.job';
import { CreditScoringService } from './scoring/scoring.service';
import { seedCredit } from './credit.seed';
import { CreditIndicatorsResolver } from './indicators.resolver';
import { CREDIT_INDICATORS } from './indicators';
import { DoublePublicityResolver } from './publicity/double-publicity.resolver';
import { LicensingPublicationResolver, PenaltyPublicationResolver } from './publicity/publication-deadline.resolver';
import { CreditImportResolver } from './import/credit-import.resolver';
import { CreditRepair } from './repair/credit-repair.entity';
import { CreditRepairResolver, EnterpriseRepairResolver } from './repair/credit-repair.resolver';
import { CreditAuthorization, CreditLoan, CreditReportAccess } from './authorizations/credit-authorization.entity';
import { CreditAuthorizationResolver } from './authorizations/credit-authorization.resolver';
import { assertOwnOrAdmin } from './authorizations/credit-authorization.access';
import { CreditAuthorizationService } from './authorizations/credit-authorization.service';
import { CreditPlusRuleDraft, CreditPlusRuleSet } from './plus/credit-plus-rule-set.entity';
import { CreditPlusScore } from './plus/credit-plus-score.entity';
import { CreditPlusRulesResolver, CreditPlusScoreResolver, EnterpriseCreditPlusResolver } from './plus/credit-plus.resolver';
import type { Enterprise } from '../enterprise/enterprise.entity';
import type { GraphQLContext } from '../platform/context';
import { CREDIT_POLICY_FACTS } from './credit.policy-facts';
import { CREDIT_PENALTIES_CUBE, CREDIT_REPAIRS_CUBE, CREDIT_SCORES_CUBE } from './credit.cubes';
import { penaltyDecisionSubscription } from './records/penalty-decision.intake';
import { creditExamples } from './credit.examples';

/**
 * Credit details (records, repairs) are for the enterprise itself and the administration; a partner reads them
 * only under the enterprise's valid authorization, and the read is logged.
 */
async function assertCreditDetailReadable(
  context: GraphQLContext,
  record: { enterprise: { load(): Promise<unknown> } },
  part: string,
): Promise<void> {
  const enterprise = (await record.enterprise.load()) as Enterprise;
  if (context.principal.role === Role.PARTNER) return new CreditAuthorizationService(context).admitPartner(enterprise, `node:${part}`);
  if (!CREDIT_RECORD_READERS.includes(context.principal.role))
    throw new ForbiddenError('Credit details are for the enterprise and the administration.');
  assertRecordReadable(context, enterprise);
}

export const credit = defineModule({
  name: 'credit',
  description: 'Public credit records, the explainable public credit score and the per-chain credit+ plugins.',
  examples: creditExamples,
  dependsOn: ['enterprise', 'one-category'],
  extensions: {
    policyFacts: CREDIT_POLICY_FACTS,
    // Random inspections set each target's risk class from its current public grade.
    inspectionCreditGrades: 'select enterprise_id, grade from credit_score where current',
    // …and may target the holders of a licence granted by a licensing decision.
    inspectionLicenceHolders: 'select enterprise_id, licence from credit_licensing_decision',
  },
  entities: [
    ...CREDIT_RECORD_ENTITIES,
    CreditScore,
    CreditAuthorization,
    CreditReportAccess,
    CreditLoan,
    CreditRepair,
    CreditPlusRuleDraft,
    CreditPlusRuleSet,
    CreditPlusScore,
  ],
  resolvers: [
    ...creditRecordResolvers,
    AbnormalListRemovalResolver,
    EnterpriseCreditResolver,
    CreditScoreResolver,
    CreditAuthorizationResolver,
    CreditRepairResolver,
    EnterpriseRepairResolver,
    CreditImportResolver,
    CreditIndicatorsResolver,
    DoublePublicityResolver,
    PenaltyPublicationResolver,
    LicensingPublicationResolver,
    CreditPlusRulesResolver,
    EnterpriseCreditPlusResolver,
    CreditPlusScoreResolver,
  ],
  indicators: CREDIT_INDICATORS,
  cubes: [CREDIT_SCORES_CUBE, CREDIT_PENALTIES_CUBE, CREDIT_REPAIRS_CUBE],
  nodeTypes: [
    defineNodeType({ typeName: 'CreditScore', entity: CreditScore, assertReadable: assertScoreReadable }),
    defineNodeType({
      typeName: 'CreditPlusScore',
      entity: CreditPlusScore,
      assertReadable: async (context, score) => assertEnterpriseReadable(context, (await score.enterprise.load())!),
      readers: EVERY_ENTERPRISE_READERS,
    }),
    defineNodeType({
      typeName: 'CreditReportAccess',
      entity: CreditReportAccess,
      assertReadable: async (context, access) => assertOwnOrAdmin(context, (await access.enterprise.load())!),
    }),
    // Published rule sets are public, so that every score can be checked.
    defineNodeType({ typeName: 'CreditPlusRuleSet', entity: CreditPlusRuleSet, assertReadable: () => undefined, readers: EVERY_ROLE }),
    defineNodeType({
      typeName: 'CreditRepair',
      entity: CreditRepair,
      assertReadable: (context, repair) => assertCreditDetailReadable(context, repair, 'CreditRepair'),
    }),
    defineNodeType({
      typeName: 'CreditAuthorization',
      entity: CreditAuthorization,
      assertReadable: async (context, authorization) => assertOwnOrAdmin(context, (await authorization.enterprise.load())!),
    }),
    defineNodeType({
      typeName: 'CreditLoan',
      entity: CreditLoan,
      assertReadable: async (context, loan) => assertOwnOrAdmin(context, (await loan.enterprise.load())!),
    }),
    ...CREDIT_RECORD_ENTITIES.map((entity) =>
      defineNodeType({
        typeName: entity.name,
        entity: entity as EntityClass<{ id: string; enterprise: { load(): Promise<unknown> } }>,
        assertReadable: (context, record) => assertCreditDetailReadable(context, record, entity.name),
      }),
    ),
  ],
  jobs: [creditRecomputeJob],
  // A chain record moves the enterprise's credit+ scores at once, like a credit record moves its public score.
  // Credit+ scores follow an enterprise's chain data and its memberships, in the writer's transaction: a new
  // member is scored at once, a former member loses that chain's score and later chains rebase.
  subscriptions: [
    subscribe(chainRecordWritten, ({ enterpriseId }, { em, platform }) => new CreditScoringService(platform).recompute(em, [enterpriseId])),
    subscribe(chainMembershipChanged, ({ enterpriseId }, { em, platform }) => new CreditScoringService(platform).recompute(em, [enterpriseId])),
    // Penalty decisions other modules report (an inspection's findings) are recorded by the PENALTY kind's own rules.
    penaltyDecisionSubscription,
  ],
  seed: (em, options, platform) => seedCredit(em, options, platform),
});
