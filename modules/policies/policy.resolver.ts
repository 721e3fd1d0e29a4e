import type { EntityManager } from '@mikro-orm/postgresql';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, ConnectionType, connectionComplexity } from '../platform/relay/connection';
import { paginate } from '../platform/relay/paginate';
import type { GraphQLContext } from '../platform/context';
import { runMutation } from '../platform/errors/mutation';
import { requestLoader } from '../platform/relay/request-loader';
import { DecimalScalar } from '../platform/scalars/decimal';
import { LocalDateScalar } from '../platform/scalars/local-date';
import { Department } from '../one-matter/department.entity';
import { POLICY_EDITORS, POLICY_MATCH_READERS } from './policy.access';
import type { PolicyContent } from './policy-content';
import { policyFactsOf } from './policy-facts';
import { Policy, PolicyVersion } from './policy.entity';
import { PolicyDraftSaveInput, PolicyDraftSavePayload, PolicyFactValueInput, PolicyPublishInput, PolicyPublishPayload } from './policy.inputs';
import { PolicyService, type PolicyJudgement } from './policy.service';
import {
  BenefitPeriodValue,
  PolicyConditionType,
  PolicyDiffType,
  PolicyDraftType,
  PolicyFact,
  PolicyFormulaType,
  PolicyMatch,
  PolicyModeValue,
  PolicyParameterType,
  PolicyTargetsType,
} from './policy.types';

export const PolicyConnection = ConnectionType(Policy, 'Policy', 'policies');

function toMatch({ policy, version, calculation }: PolicyJudgement): PolicyMatch {
  return Object.assign(new PolicyMatch(), {
    policy,
    version,
    inForce: calculation.inForce,
    eligible: calculation.eligible,
    amount: calculation.amount,
    conditions: calculation.conditions,
    formula: calculation.formula.expression,
    formulaValue: calculation.formula.value,
    formulaReads: calculation.formula.reads,
    parameters: calculation.parameters,
  });
}

@Resolver(() => Policy)
export class PolicyResolver {
  @Query(() => [PolicyFact], {
    description: 'The facts about enterprises that policy conditions and formulas may read, offered by the enabled modules; public.',
  })
  policyFacts(@Ctx() context: GraphQLContext): PolicyFact[] {
    return [...policyFactsOf(context.platform.modules).values()].map((fact) =>
      Object.assign(new PolicyFact(), {
        code: fact.code,
        type: fact.type,
        description: fact.description,
        unit: fact.unit ?? null,
        module: fact.module,
      }),
    );
  }

  @Query(() => PolicyConnection, { description: 'Policies with a published version, by code; public.', complexity: connectionComplexity(20) })
  async policies(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() context: GraphQLContext) {
    return new PolicyConnection(
      await paginate(context, { entity: Policy, where: { latestVersion: { $gt: 0 } }, sortField: 'code', direction: 'ASC', args }),
    );
  }

  @Authorized(...POLICY_EDITORS)
  @Query(() => PolicyDraftType, {
    description:
      'A policy’s working draft with what publishing it would change (its issuing department’s officers, desks of every targeted chain, ADMINs).',
  })
  async policyDraft(@Arg('code', () => String, { description: 'The policy’s code.' }) code: string, @Ctx() context: GraphQLContext) {
    const { policy, changes } = await new PolicyService(context).draft(context.em as EntityManager, code);
    return Object.assign(new PolicyDraftType(), {
      code: policy.code,
      revision: policy.revision,
      latestVersion: policy.latestVersion,
      content: policy.draft,
      changesSincePublished: changes && Object.assign(new PolicyDiffType(), changes),
    });
  }

  @Query(() => PolicyDiffType, { description: 'What changed between two published versions of a policy; public.' })
  async policyDiff(
    @Arg('code', () => String, { description: 'The policy’s code.' }) code: string,
    @Arg('from', () => Int, { description: 'The older version.' }) from: number,
    @Arg('to', () => Int, { description: 'The newer version.' }) to: number,
    @Ctx() context: GraphQLContext,
  ): Promise<PolicyDiffType> {
    return Object.assign(new PolicyDiffType(), await new PolicyService(context).diff(context.em as EntityManager, code, from, to));
  }

  @Authorized(...POLICY_MATCH_READERS)
  @Query(() => [PolicyMatch], {
    description:
      'The policy calculator (政策计算器): every published policy judged for an enterprise on a day, with the facts read and, for a policy not met, why not and what would change it. The enterprise itself, officers, desks, analysts, ADMINs; partners it authorized for POLICIES.',
  })
  async policyMatches(
    @Arg('enterpriseId', () => ID, { description: 'Global id of the enterprise.' }) enterpriseId: string,
    @Arg('on', () => LocalDateScalar, { description: 'The day judged: facts, parameters and validity as of that day.' }) on: string,
    @Ctx() context: GraphQLContext,
  ): Promise<PolicyMatch[]> {
    return (await new PolicyService(context).matches(enterpriseId, on)).map(toMatch);
  }

  @Authorized(...POLICY_MATCH_READERS)
  @Query(() => [PolicyMatch], {
    description: 'The calculator with hypothetical facts (what if), e.g. an R&D intensity of 7 %; writes nothing. Same readers as policyMatches.',
  })
  async policyWhatIf(
    @Arg('enterpriseId', () => ID, { description: 'Global id of the enterprise.' }) enterpriseId: string,
    @Arg('on', () => LocalDateScalar, { description: 'The day judged.' }) on: string,
    @Arg('assume', () => [PolicyFactValueInput], { description: 'Facts to assume instead of the enterprise’s own.' }) assume: PolicyFactValueInput[],
    @Ctx() context: GraphQLContext,
  ): Promise<PolicyMatch[]> {
    return (await new PolicyService(context).matches(enterpriseId, on, assume)).map(toMatch);
  }

  @Authorized(...POLICY_EDITORS)
  @Mutation(() => PolicyDraftSavePayload, {
    description:
      'Saves a policy’s draft (issuing department’s officers, desks of every targeted chain, ADMINs); expressions are checked against policyFacts, errors carry their position.',
  })
  policyDraftSave(@Arg('input', () => PolicyDraftSaveInput) input: PolicyDraftSaveInput, @Ctx() context: GraphQLContext) {
    return runMutation(context, PolicyDraftSavePayload, async (em) => ({
      policy: await new PolicyService(context).saveDraft(em, input.code, input.content as unknown as PolicyContent, input.expectedRevision),
    }));
  }

  @Authorized(...POLICY_EDITORS)
  @Mutation(() => PolicyPublishPayload, { description: 'Publishes a policy’s draft as its next numbered version, which the calculator applies.' })
  policyPublish(@Arg('input', () => PolicyPublishInput) input: PolicyPublishInput, @Ctx() context: GraphQLContext) {
    return runMutation(context, PolicyPublishPayload, async (em) => ({ version: await new PolicyService(context).publish(em, input.code) }));
  }

  @FieldResolver(() => String, { description: 'Title of the latest published version, else of the draft.' })
  async title(@Root() policy: Policy, @Ctx() context: GraphQLContext): Promise<string> {
    return (await this.latest(policy, context))?.content.title ?? policy.draft.title;
  }

  @FieldResolver(() => PolicyVersion, { nullable: true, description: 'The latest published version.' })
  latest(@Root() policy: Policy, @Ctx() context: GraphQLContext): Promise<PolicyVersion | null> {
    if (policy.latestVersion === 0) return Promise.resolve(null);
    // The latest versions of a whole list of policies in one statement.
    return requestLoader<PolicyVersion>(context, 'policy.latestVersion', async (keys) => {
      const wanted = keys.map((key) => key.split('|'));
      const versions = await context.em.find(PolicyVersion, { $or: wanted.map(([id, number]) => ({ policy: id, number: Number(number) })) });
      return wanted.map(([id, number]) => versions.find((version) => version.policy.id === id && version.number === Number(number)) ?? null);
    }).load(`${policy.id}|${policy.latestVersion}`);
  }
}

@Resolver(() => PolicyVersion)
export class PolicyVersionResolver {
  @FieldResolver(() => String, { description: 'Title.' })
  title(@Root() version: PolicyVersion): string {
    return version.content.title;
  }

  @FieldResolver(() => String, { description: 'The document it rests on.' })
  legalBasis(@Root() version: PolicyVersion): string {
    return version.content.legalBasis;
  }

  @FieldResolver(() => Department, { nullable: true, description: 'The issuing department.' })
  department(@Root() version: PolicyVersion, @Ctx() context: GraphQLContext) {
    return requestLoader<Department>(context, 'policy.department', async (codes) => {
      const departments = await context.em.find(Department, { code: { $in: [...codes] } });
      return codes.map((code) => departments.find((department) => department.code === code) ?? null);
    }).load(version.content.departmentCode);
  }

  @FieldResolver(() => PolicyModeValue, { description: 'How enterprises get the benefit.' })
  mode(@Root() version: PolicyVersion): PolicyModeValue {
    return version.content.mode as PolicyModeValue;
  }

  @FieldResolver(() => BenefitPeriodValue, { description: 'What one redemption covers: a year or a month.' })
  benefitPeriod(@Root() version: PolicyVersion): BenefitPeriodValue {
    return (version.content.benefitPeriod ?? 'YEAR') as BenefitPeriodValue;
  }

  @FieldResolver(() => LocalDateScalar, { description: 'First day in force.' })
  validFrom(@Root() version: PolicyVersion): string {
    return version.content.validFrom;
  }

  @FieldResolver(() => LocalDateScalar, { nullable: true, description: 'Last day in force; open-ended when null.' })
  validUntil(@Root() version: PolicyVersion): string | null {
    return version.content.validUntil;
  }

  @FieldResolver(() => PolicyTargetsType, { description: 'Whom it is for.' })
  targets(@Root() version: PolicyVersion): PolicyTargetsType {
    return version.content.targets;
  }

  @FieldResolver(() => [PolicyConditionType], { description: 'Conditions that must all hold.' })
  conditions(@Root() version: PolicyVersion): PolicyConditionType[] {
    return version.content.conditions;
  }

  @FieldResolver(() => PolicyFormulaType, { description: 'How the amount is computed.' })
  formula(@Root() version: PolicyVersion): PolicyFormulaType {
    return version.content.formula;
  }

  @FieldResolver(() => [PolicyParameterType], { description: 'Parameters with dated values.' })
  parameters(@Root() version: PolicyVersion): PolicyParameterType[] {
    return version.content.parameters;
  }

  @FieldResolver(() => DecimalScalar, { description: 'Budget a year, in yuan.' })
  yearlyBudget(@Root() version: PolicyVersion): string {
    return version.content.yearlyBudget;
  }
}
