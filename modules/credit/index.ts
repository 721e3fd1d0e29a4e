import type { EntityClass } from '@mikro-orm/core';
import { defineModule } from '../platform/module';
import { defineNodeType } from '../platform/relay/node-type';
import { Role } from '../platform/auth/principal';
import { ForbiddenError } from '../platform/errors/top-level-errors';
import { assertRecordReadable } from '../enterprise/enterprise-record.resolvers';
import { CREDIT_RECORD_ENTITIES } from './records/credit-records.entities';
import { AbnormalListRemovalResolver, creditRecordResolvers } from './records/credit-records.resolvers';
import { CreditScore } from './scoring/credit-score.entity';
import { CreditScoreResolver, EnterpriseCreditResolver } from './scoring/credit-score.resolver';
import { creditRecomputeJob } from './credit-recompute.job';
import { seedCredit } from './credit.seed';
import { CreditIndicatorsResolver } from './indicators.resolver';
import { CREDIT_INDICATORS } from './indicators';
import { DoublePublicityResolver } from './publicity/double-publicity.resolver';
import { CreditImportResolver } from './import/credit-import.resolver';
import { CreditRepair } from './repair/credit-repair.entity';
import { CreditRepairResolver, EnterpriseRepairResolver } from './repair/credit-repair.resolver';
import { CreditAuthorization, CreditLoan, CreditReportAccess } from './authorizations/credit-authorization.entity';
import { assertOwnOrAdmin, CreditAuthorizationResolver } from './authorizations/credit-authorization.resolver';
import { CreditAuthorizationService } from './authorizations/credit-authorization.service';
import type { Enterprise } from '../enterprise/enterprise.entity';


export const credit = defineModule({
  name: 'credit',
  description: 'Public credit records and the explainable public credit score.',
  dependsOn: ['enterprise', 'one-category'],
  entities: [...CREDIT_RECORD_ENTITIES, CreditScore, CreditAuthorization, CreditReportAccess, CreditLoan, CreditRepair],
  resolvers: [...creditRecordResolvers, AbnormalListRemovalResolver, EnterpriseCreditResolver, CreditScoreResolver, CreditAuthorizationResolver, CreditRepairResolver, EnterpriseRepairResolver, CreditImportResolver, CreditIndicatorsResolver, DoublePublicityResolver],
  indicators: CREDIT_INDICATORS,
  nodeTypes: [
    defineNodeType({ typeName: 'CreditRepair', entity: CreditRepair, assertReadable: async (context, repair) => assertRecordReadable(context, (await repair.enterprise.load())!) }),
    defineNodeType({ typeName: 'CreditAuthorization', entity: CreditAuthorization, assertReadable: async (context, authorization) => assertOwnOrAdmin(context, (await authorization.enterprise.load())!) }),
    defineNodeType({ typeName: 'CreditLoan', entity: CreditLoan, assertReadable: async (context, loan) => assertOwnOrAdmin(context, (await loan.enterprise.load())!) }),
    ...CREDIT_RECORD_ENTITIES.map((entity) =>
    defineNodeType({
      typeName: entity.name,
      entity: entity as EntityClass<{ id: string; enterprise: { load(): Promise<unknown> } }>,
      assertReadable: async (context, record) => {
        const enterprise = (await record.enterprise.load()) as Enterprise;
        if (context.principal.role !== Role.PARTNER) return assertRecordReadable(context, enterprise);
        if (!(await new CreditAuthorizationService(context).validAuthorization(enterprise.id))) {
          throw new ForbiddenError('Credit records are shown to partners only under the enterprise’s authorization.');
        }
      },
    }),
  ),
  ],
  jobs: [creditRecomputeJob],
  seed: (em, options, platform) => seedCredit(em as never, options, platform),
});
