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

export const credit = defineModule({
  name: 'credit',
  description: 'Public credit records and the explainable public credit score.',
  dependsOn: ['enterprise'],
  entities: [...CREDIT_RECORD_ENTITIES, CreditScore],
  resolvers: [...creditRecordResolvers, AbnormalListRemovalResolver, EnterpriseCreditResolver, CreditScoreResolver],
  nodeTypes: CREDIT_RECORD_ENTITIES.map((entity) =>
    defineNodeType({
      typeName: entity.name,
      entity: entity as EntityClass<{ id: string; enterprise: { load(): Promise<unknown> } }>,
      assertReadable: async (context, record) => {
        if (context.principal.role === Role.PARTNER) throw new ForbiddenError('Credit records are shown to partners only under the enterprise’s authorization.');
        assertRecordReadable(context, (await record.enterprise.load()) as never);
      },
    }),
  ),
  jobs: [creditRecomputeJob],
  seed: (em, options, platform) => seedCredit(em as never, options, platform),
});
