import type { Ref } from '@mikro-orm/core';
import { Authorized, Ctx, Extensions, Field, FieldResolver, Int, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { sqlRead } from '../../platform/reads/sql-read';
import { Role } from '../../platform/auth/principal';
import type { GraphQLContext } from '../../platform/context';
import { ForbiddenError, UnauthenticatedError } from '../../platform/errors/top-level-errors';
import { MutationPayload, runMutation } from '../../platform/errors/mutation';
import { Node } from '../../platform/relay/node.interface';
import { NodeService } from '../../platform/relay/node.service';
import { toGlobalId } from '../../platform/relay/global-id';
import { requestLoader } from '../../platform/relay/request-loader';
import { Enterprise } from '../../enterprise/enterprise.entity';
import { assertEnterpriseReadable, ENTERPRISE_READERS, isOwnEnterprise } from '../../enterprise/enterprise.access';
import { CreditScore, type ExplanationLine } from './credit-score.entity';
import { CreditScoringService } from './scoring.service';
import { CreditAuthorizationService } from '../authorizations/credit-authorization.service';

/** Who reads the reasons behind a score: not partners, who need the enterprise's authorization. */
export const EXPLANATION_READERS = [Role.ADMIN, Role.OFFICER, Role.ANALYST, Role.DESK];

/** Who reads past scores (the history), beside the current one every reader of the enterprise sees. */
const HISTORY_READERS = [...EXPLANATION_READERS, Role.ENTERPRISE, Role.PARTNER];

@ObjectType({ description: 'One rule that moved a score, by how much, and the records that triggered it.' })
export class ScoreExplanationLine {
  constructor(readonly line: ExplanationLine) {}

  @Field(() => String, { description: 'Code of the rule, e.g. PENALTY_GENERAL.' })
  rule(): string {
    return this.line.rule;
  }

  @Field(() => String, { description: 'What the rule rewards or penalises.' })
  description(): string {
    return this.line.description;
  }

  @Field(() => Int, { description: 'Points the rule added (negative: took away), capped per rule.' })
  points(): number {
    return this.line.points;
  }

  @Field(() => [Node], { description: 'The records that triggered the rule.' })
  async evidence(@Ctx() context: GraphQLContext): Promise<Array<Node | null>> {
    // Every line of every score in the request loads its records in one batch per type.
    const loader = requestLoader<object>(context, 'creditEvidence', (ids) => new NodeService(context).load([...ids]));
    return (await loader.loadMany(this.line.evidence.map((item) => toGlobalId(item.type, item.id)))).map((node) =>
      node instanceof Error ? null : node,
    ) as Array<Node | null>;
  }
}

@ObjectType({ description: 'Result of creditScoresRecompute.' })
export class CreditScoresRecomputePayload extends MutationPayload {
  @Field(() => Int, { description: 'Enterprises scored.' })
  enterprises: number = 0;
}

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

/** A score refetched by id: the current one as its enterprise, a past one as the history (a partner under authorization). */
export async function assertScoreReadable(context: GraphQLContext, score: CreditScore): Promise<void> {
  const enterprise = (await score.enterprise.load({ dataloader: true }))!;
  if (score.current) return assertEnterpriseReadable(context, enterprise);
  if (context.principal.role === Role.ANONYMOUS) throw new UnauthenticatedError();
  if (!HISTORY_READERS.includes(context.principal.role)) throw new ForbiddenError();
  await assertHistoryReadable(context, enterprise, 'creditScoreHistory');
}

/** Score history is the enterprise's own and the administration's; a partner's read needs an authorization and is logged. */
export async function assertHistoryReadable(context: GraphQLContext, enterprise: Enterprise, part: string): Promise<void> {
  if (context.principal.role === Role.ENTERPRISE && !isOwnEnterprise(context.principal, enterprise)) throw new ForbiddenError();
  if (context.principal.role === Role.PARTNER) await new CreditAuthorizationService(context).admitPartner(enterprise, part);
}

/** The explanation of a public or credit+ score, for those who may read the reasons behind it. */
export async function readableExplanation(
  context: GraphQLContext,
  score: { enterprise: Ref<Enterprise>; explanation: ExplanationLine[] },
  part: string,
): Promise<ScoreExplanationLine[]> {
  const { principal } = context;
  const enterprise = (await score.enterprise.load({ dataloader: true }))!;
  if (principal.role === Role.PARTNER) {
    // A partner reads the reasons under the enterprise's authorization, and every such read is logged.
    await new CreditAuthorizationService(context).admitPartner(enterprise, part);
  } else if (!EXPLANATION_READERS.includes(principal.role) && !(principal.role === Role.ENTERPRISE && isOwnEnterprise(principal, enterprise))) {
    throw new ForbiddenError('The reasons behind a score are for the enterprise, the administration, and partners it authorized.');
  }
  return score.explanation.map((line) => new ScoreExplanationLine(line));
}
