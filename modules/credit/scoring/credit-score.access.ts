import type { Ref } from '@mikro-orm/core';
import { Role } from '../../platform/auth/principal';
import type { GraphQLContext } from '../../platform/context';
import { ForbiddenError, UnauthenticatedError } from '../../platform/errors/top-level-errors';
import type { Enterprise } from '../../enterprise/enterprise.entity';
import { assertEnterpriseReadable, isOwnEnterprise } from '../../enterprise/enterprise.access';
import type { CreditScore, ExplanationLine } from './credit-score.entity';
import { ScoreExplanationLine } from './credit-score.types';
import { CreditAuthorizationService } from '../authorizations/credit-authorization.service';

/** Who reads the reasons behind a score: not partners, who need the enterprise's authorization. */
export const EXPLANATION_READERS = [Role.ADMIN, Role.OFFICER, Role.ANALYST, Role.DESK];

/** Who reads past scores (the history), beside the current one every reader of the enterprise sees. */
export const HISTORY_READERS = [...EXPLANATION_READERS, Role.ENTERPRISE, Role.PARTNER];

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
