import { allowLongStatements } from '../../platform/database/statement-timeout';
import { Authorized, Ctx, Extensions, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { sqlRead } from '../../platform/reads/sql-read';
import { Role } from '../../platform/auth/principal';
import type { GraphQLContext } from '../../platform/context';
import { runMutation } from '../../platform/errors/mutation';
import { requestLoader } from '../../platform/relay/request-loader';
import { Enterprise } from '../../enterprise/enterprise.entity';
import { ENTERPRISE_READERS } from '../../enterprise/enterprise.access';
import { CreditScore } from './credit-score.entity';
import { CreditScoresRecomputePayload } from './credit-score.inputs';
import { ScoreExplanationLine } from './credit-score.types';
import { CreditScoringService } from './scoring.service';
import { assertHistoryReadable, HISTORY_READERS, readableExplanation } from './credit-score.access';

function currentScores(context: GraphQLContext) {
  return requestLoader<CreditScore>(context, 'currentCreditScore', async (ids) => {
    const rows = await context.em.find(CreditScore, { enterprise: { $in: [...ids] }, current: true });
    return ids.map((id) => rows.find((row) => row.enterprise.id === id) ?? null);
  });
}

@Resolver(() => Enterprise)
export class EnterpriseCreditResolver {
  @Authorized(...ENTERPRISE_READERS)
  @Extensions(
    sqlRead({
      kind: 'related',
      entity: CreditScore,
      parentProperty: 'enterprise',
      single: true,
      orderBy: [['id', 'ASC']],
      condition: ({ column }) => column('current'),
    }),
  )
  @FieldResolver(() => CreditScore, {
    nullable: true,
    description: 'The current public credit score and grade; null until first computed. Partners see the grade; the reasons need more.',
  })
  creditScore(@Root() enterprise: Enterprise, @Ctx() context: GraphQLContext): Promise<CreditScore | null> {
    return currentScores(context).load(enterprise.id);
  }

  @Authorized(...HISTORY_READERS)
  @FieldResolver(() => [CreditScore], {
    nullable: true,
    description:
      'Every computed score, newest first; a partner reads it under the enterprise’s authorization, logged. Null, with an error on this field only, when the caller may not read it.',
  })
  async creditScoreHistory(@Root() enterprise: Enterprise, @Ctx() context: GraphQLContext): Promise<CreditScore[]> {
    await assertHistoryReadable(context, enterprise, 'creditScoreHistory');
    const loader = requestLoader<CreditScore[]>(context, 'creditScoreHistory', async (ids) => {
      const rows = await context.em.find(
        CreditScore,
        { enterprise: { $in: [...ids] } },
        { orderBy: { computedAt: 'DESC', createdAt: 'DESC', id: 'ASC' } },
      );
      return ids.map((id) => rows.filter((row) => row.enterprise.id === id));
    });
    return (await loader.load(enterprise.id)) ?? [];
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CreditScoresRecomputePayload, {
    description: 'Recomputes every enterprise’s public credit score now, in one set-based pass (ADMIN).',
  })
  creditScoresRecompute(@Ctx() context: GraphQLContext) {
    return runMutation(context, CreditScoresRecomputePayload, async (em) => {
      await allowLongStatements(em, context.platform.config.DATABASE_LONG_STATEMENT_TIMEOUT_MS);
      await new CreditScoringService(context.platform).recompute(em, null);
      return { enterprises: await em.count(Enterprise, {}) };
    });
  }
}

@Resolver(() => CreditScore)
export class CreditScoreResolver {
  @FieldResolver(() => [ScoreExplanationLine], {
    nullable: true,
    description:
      'Why the score is what it is: every rule that moved it, with its records. A partner reads it under the enterprise’s authorization, and the read is logged. Null, with an error on this field only, when the caller may not read it.',
  })
  async explanation(@Root() score: CreditScore, @Ctx() context: GraphQLContext): Promise<ScoreExplanationLine[]> {
    return readableExplanation(context, score, 'creditScore.explanation');
  }
}
