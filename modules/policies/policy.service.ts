import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import type { GraphQLContext } from '../platform/context';
import { BadUserInputError } from '../platform/errors/top-level-errors';
import { UserErrorCode, UserErrorsException, uniqueAsUserError, userError } from '../platform/errors/user-error';
import { uuidFromGlobalId } from '../platform/relay/global-id';
import { Enterprise } from '../enterprise/enterprise.entity';
import { Department } from '../one-matter/department.entity';
import { chainsOf } from '../one-category/chain-definition';
import { assertMatchesReadable, assertPolicyEditor } from './policy.access';
import { calculate, type PolicyCalculation } from './policy-calculator';
import { checkContent, type PolicyContent } from './policy-content';
import { loadFacts, policyFactsOf } from './policy-facts';
import type { FactValue } from './policy-expression';
import { Policy, PolicyVersion } from './policy.entity';
import { diffPolicies, type PolicyDiff } from './policy-diff';
import { releaseWaiting } from './policy-budget';
import { latestVersions } from './latest-versions';

const CODE = /^[A-Z][A-Z0-9_]{2,59}$/;

export interface PolicyJudgement {
  policy: Policy;
  version: PolicyVersion;
  calculation: PolicyCalculation;
}

/** Policies as data: drafts checked against the facts the modules offer, numbered versions, and the calculator. */
export class PolicyService {
  constructor(private readonly context: GraphQLContext) {}

  private get facts() {
    return policyFactsOf(this.context.platform.modules);
  }

  private async problemsOf(em: EntityManager, content: PolicyContent) {
    const { problems, checked } = checkContent(content, new Set(this.facts.keys()));
    const chains = new Set(chainsOf(this.context.platform.modules).map((chain) => chain.code));
    content.targets.chains.forEach((chain, index) => {
      if (!chains.has(chain))
        problems.push({
          field: ['input', 'content', 'targets', 'chains', String(index)],
          code: UserErrorCode.NOT_FOUND,
          message: 'No enabled chain has this code.',
        });
    });
    if (!(await em.count(Department, { code: content.departmentCode }))) {
      problems.push({ field: ['input', 'content', 'departmentCode'], code: UserErrorCode.NOT_FOUND, message: 'No department has this code.' });
    }
    return { problems, checked };
  }

  async saveDraft(em: EntityManager, code: string, content: PolicyContent, expectedRevision: number | null | undefined): Promise<Policy> {
    assertPolicyEditor(this.context, content);
    if (!CODE.test(code)) throw new UserErrorsException([userError(['input', 'code'], UserErrorCode.INVALID_FORMAT, 'A code like RD_SUBSIDY_2026.')]);
    const { problems } = await this.problemsOf(em, content);
    if (problems.length > 0) throw new UserErrorsException(problems.map((problem) => userError(problem.field, problem.code, problem.message)));
    let policy = await em.findOne(Policy, { code }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (policy) assertPolicyEditor(this.context, policy.draft);
    const current = policy?.revision ?? 0;
    if (expectedRevision != null && expectedRevision !== current) {
      throw new UserErrorsException([
        userError(
          ['input', 'expectedRevision'],
          UserErrorCode.STALE_VERSION,
          `The draft is at revision ${current}, not ${expectedRevision}; reload it.`,
        ),
      ]);
    }
    if (!policy) policy = em.create(Policy, { code, draft: content, draftedBy: this.context.principal.subject });
    else Object.assign(policy, { draft: content, revision: policy.revision + 1, draftedBy: this.context.principal.subject });
    await uniqueAsUserError(() => em.flush(), ['input', 'code'], UserErrorCode.TAKEN, 'Someone else created this policy meanwhile; reload it.');
    return policy;
  }

  async publish(em: EntityManager, code: string): Promise<PolicyVersion> {
    const policy = await em.findOne(Policy, { code }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!policy) throw new UserErrorsException([userError(['input', 'code'], UserErrorCode.NOT_FOUND, 'No policy has this code.')]);
    assertPolicyEditor(this.context, policy.draft);
    // The facts may have changed since the draft was saved (a module switched off): the draft is checked again.
    const { problems } = await this.problemsOf(em, policy.draft);
    if (problems.length > 0) throw new UserErrorsException(problems.map((problem) => userError(problem.field, problem.code, problem.message)));
    policy.latestVersion += 1;
    const version = em.create(PolicyVersion, {
      policy,
      number: policy.latestVersion,
      content: policy.draft,
      publishedAt: this.context.platform.clock.now(),
      publishedBy: this.context.principal.subject,
    });
    await em.flush();
    // A larger budget, or a budget for a new year, may now reach what waits for it.
    await releaseWaiting(em, policy, version.content.yearlyBudget, this.context.platform.clock.now());
    return version;
  }

  /** The working draft of a policy, for its editors, with what publishing it would change. */
  async draft(em: EntityManager, code: string): Promise<{ policy: Policy; changes: (PolicyDiff & { from: number; to: null }) | null }> {
    const policy = await em.findOne(Policy, { code });
    if (!policy) throw new BadUserInputError('No policy has this code.', ['code']);
    assertPolicyEditor(this.context, policy.draft);
    if (policy.latestVersion === 0) return { policy, changes: null };
    const latest = await em.findOneOrFail(PolicyVersion, { policy, number: policy.latestVersion });
    return { policy, changes: { from: latest.number, to: null, ...diffPolicies(latest.content, policy.draft) } };
  }

  /** What changed between two published versions of a policy. */
  async diff(em: EntityManager, code: string, from: number, to: number): Promise<PolicyDiff & { from: number; to: number }> {
    const versions = await em.find(PolicyVersion, { policy: { code }, number: { $in: [from, to] } });
    const older = versions.find((version) => version.number === from);
    const newer = versions.find((version) => version.number === to);
    if (!older || !newer) throw new BadUserInputError(`The policy ${code} has no published version ${older ? to : from}.`, [older ? 'to' : 'from']);
    return { from, to, ...diffPolicies(older.content, newer.content) };
  }

  /**
   * Every published policy judged for one enterprise on a day, with its trace; `assume` replaces facts by
   * hypothetical values (what if). Reads only.
   */
  async matches(enterpriseId: string, on: string, assume: Array<{ fact: string; value: unknown }> = []): Promise<PolicyJudgement[]> {
    const { em } = this.context;
    const id = uuidFromGlobalId(enterpriseId, 'Enterprise');
    const enterprise = id ? await em.findOne(Enterprise, { id }) : null;
    if (!enterprise) throw new BadUserInputError('No enterprise has this id.', ['enterpriseId']);
    await assertMatchesReadable(this.context, enterprise);
    const catalogue = this.facts;
    const overrides = new Map<string, FactValue>();
    assume.forEach(({ fact, value }, index) => {
      if (!catalogue.has(fact)) throw new BadUserInputError(`No fact is called ${fact}; see policyFacts.`, ['assume', String(index), 'fact']);
      const valid =
        value === null ||
        ['number', 'string', 'boolean'].includes(typeof value) ||
        (Array.isArray(value) && value.every((item) => typeof item === 'string'));
      if (!valid)
        throw new BadUserInputError('A fact holds a number, a text, true/false, a list of texts, or null.', ['assume', String(index), 'value']);
      overrides.set(fact, value as FactValue);
    });
    const latest = await latestVersions(em);
    const facts = (await loadFacts(em, [...catalogue.values()], on, [enterprise.id])).get(enterprise.id) ?? new Map<string, FactValue>();
    const read = (code: string): FactValue => (overrides.has(code) ? overrides.get(code)! : (facts.get(code) ?? null));
    return latest.flatMap((version) => {
      const { checked } = checkContent(version.content, new Set(catalogue.keys()));
      // A published version whose facts a module no longer offers is not judged: it would only say "missing".
      if (!checked) return [];
      return [{ policy: version.policy.getEntity(), version, calculation: calculate(version.content, checked, read, on) }];
    });
  }
}
