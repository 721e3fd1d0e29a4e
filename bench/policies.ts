/**
 * Times the batch match of redemption without application (免申即享): every NO_APPLICATION policy in force judged for
 * every enterprise and the redemptions of the period written, as the monthly job does it, beside the same eligibility
 * and amounts written by hand as one SQL statement (no trace, no budget, no insert). The two must agree on how many
 * enterprises each policy grants and on the sum of their amounts, or the run fails.
 *
 *   npm run bench -- policies [--enterprises 100000] [--policies 50] [--rounds 3] [--budget 1000000000000.00]
 *
 * The policies are monthly benefits and each round matches a new month (on 2026-01-01, 2026-02-01…), so every round
 * inserts; a rerun of the last month, which must insert nothing, is timed after them. The policies' rates change on
 * 2026-03-01, so a third round applies the new ones. Uses DATABASE_URL when set, otherwise the embedded PostgreSQL in
 * .data/bench-postgres (shared with the credit bench: the same enterprises and records); the bench's policies (BENCH_*)
 * are removed before and after.
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../modules/platform/auth/principal';
import type { GraphQLContext, PlatformServices } from '../modules/platform/context';
import { allowLongStatements } from '../modules/platform/database/statement-timeout';
import { runSeeds } from '../modules/platform/database/seed';
import { bootServices, migrateAndLoadReferenceData } from '../modules/platform/server/start';
import { chainsOf, type ChainDefinition } from '../modules/one-category/chain-definition';
import { CreditScoringService } from '../modules/credit/scoring/scoring.service';
import { targetConditions, type PolicyContent } from '../modules/policies/policy-content';
import { loadFacts, policyFactsOf } from '../modules/policies/policy-facts';
import { PolicyService } from '../modules/policies/policy.service';
import { matchWithoutApplication, type MatchRun } from '../modules/policies/redemption-match.job';
import { chainSql, RECORDS_SQL } from './data-mix';
import { timed } from './timed';

const PREFIX = 'BENCH_';
/** The day the policies' rates and grants change. */
const RATE_CHANGE = '2026-03-01';
const REGIONS = ['330822', '330802', '330803', '330824', '330825', '330881'];
/**
 * Yuan a year per policy unless --budget says otherwise: more than the widest policy (every manufacturer, up to 500,000
 * yuan each) spends in twelve monthly runs, so that no budget stops anything. A smaller one makes redemptions wait for
 * budget, and the runs after release what fits; a waiting redemption is still one the module created for its enterprise.
 */
const BUDGET = '1000000000000.00';

/** One policy of the bench: its content for the module, and its numbers for the hand-written SQL of its family. */
interface BenchPolicy {
  code: string;
  family: string;
  content: PolicyContent;
  row: Record<string, unknown>;
}

interface Variant {
  /** Index of the policy within its family. */
  k: number;
  /** The enabled chains, for the policies that target chains or nodes. */
  chains: ChainDefinition[];
}

type Family = (variant: Variant) => Omit<BenchPolicy, 'code' | 'family'> & { title: string; departmentCode: string };

const dated = (name: string, description: string, before: number, after: number) => ({
  name,
  description,
  values: [
    { from: '2026-01-01', value: before },
    { from: RATE_CHANGE, value: after },
  ],
});
const fixed = (name: string, description: string, value: number) => ({ name, description, values: [{ from: '2026-01-01', value }] });
const noTargets = { chains: [], nodes: [], regions: [], industries: [] };
const at = <T>(list: T[], index: number): T => list[index % list.length];

/**
 * Ten kinds of county policy, five of each by default, with thresholds, targets and amounts that vary by variant.
 * Each row carries exactly what the family's hand-written SQL below reads.
 */
const FAMILIES: Record<string, Family> = {
  START_UP: ({ k }) => {
    const regions = at([['330822'], ['330802', '330803'], ['330822'], ['330824', '330825', '330881'], [at(REGIONS, k)]], k);
    const [minCapital, maxCapital, maxYears, cap] = [100_000 * (k + 1), 5_000_000 + 1_000_000 * k, 3 + k, 20_000 + 5_000 * k];
    return {
      title: `小微企业开办补助（第${k + 1}批）`,
      departmentCode: 'market-regulation',
      content: {
        ...base(),
        targets: { ...noTargets, regions },
        conditions: [
          {
            code: 'CAPITAL_RANGE',
            description: `Registered capital from ${minCapital} to ${maxCapital} yuan.`,
            expression: `enterprise.registeredCapital >= ${minCapital} && enterprise.registeredCapital <= ${maxCapital}`,
          },
          { code: 'YOUNG', description: `Established at most ${maxYears} years.`, expression: `enterprise.yearsSinceEstablished <= ${maxYears}` },
          { code: 'OPERATING', description: 'Operating.', expression: 'enterprise.lifecycleStage == "OPERATING"' },
        ],
        formula: {
          description: 'A share of the registered capital, up to a cap.',
          expression: 'min(round(enterprise.registeredCapital * param.rate), param.cap)',
        },
        parameters: [dated('rate', 'Share of the registered capital', 0.002, 0.0025), fixed('cap', 'Yuan at most', cap)],
      },
      row: { regions, min_capital: minCapital, max_capital: maxCapital, max_years: maxYears, rate_before: 0.002, rate_after: 0.0025, cap },
    };
  },
  CREDIT_REWARD: ({ k }) => {
    const grades = k % 2 === 0 ? ['EXCELLENT'] : ['EXCELLENT', 'GOOD'];
    const minScore = 720 + 10 * k;
    const floor = minScore - 50;
    return {
      title: `守信企业激励（第${k + 1}类）`,
      departmentCode: 'development-reform',
      content: {
        ...base(),
        conditions: [
          { code: 'GRADE', description: `Graded ${grades.join(' or ')}.`, expression: `credit.grade in ${JSON.stringify(grades)}` },
          { code: 'SCORE', description: `A score of at least ${minScore}.`, expression: `credit.score >= ${minScore}` },
          {
            code: 'NOT_LEAVING',
            description: 'Not deregistered or deregistering.',
            expression: 'enterprise.lifecycleStage != "DEREGISTERED" && enterprise.lifecycleStage != "DEREGISTERING"',
          },
        ],
        formula: { description: 'Yuan per point above the floor.', expression: 'round((credit.score - param.floor) * param.perPoint, 2)' },
        parameters: [fixed('floor', 'Score the reward counts from', floor), dated('perPoint', 'Yuan per point', 82.5, 96.25)],
      },
      row: { grades, min_score: minScore, floor, rate_before: 82.5, rate_after: 96.25 },
    };
  },
  CHAIN_LEADER: ({ k, chains }) => {
    const chain = at(chains, k).code;
    const [minCapital, cap] = [1_000_000 * (k + 1), 200_000 + 50_000 * k];
    return {
      title: `产业链骨干企业培育（${chain}）`,
      departmentCode: 'economy-information',
      content: {
        ...base(),
        targets: { ...noTargets, chains: [chain] },
        conditions: [
          { code: 'CAPITAL', description: `At least ${minCapital} yuan of capital.`, expression: `enterprise.registeredCapital >= ${minCapital}` },
          { code: 'CREDIT', description: 'A score of at least 650.', expression: 'credit.score >= 650' },
        ],
        formula: { description: 'A share of the capital, up to a cap.', expression: 'min(enterprise.registeredCapital * param.rate, param.cap)' },
        parameters: [dated('rate', 'Share of the registered capital', 0.01, 0.012), fixed('cap', 'Yuan at most', cap)],
      },
      row: { chains: [chain], min_capital: minCapital, rate_before: 0.01, rate_after: 0.012, cap },
    };
  },
  VETERAN: ({ k }) => {
    const [minYears, baseGrant, maxYears] = [5 + 2 * k, 2000 + 500 * k, 15 + k];
    return {
      title: `持续经营企业稳岗奖励（${minYears}年以上）`,
      departmentCode: 'human-resources',
      content: {
        ...base(),
        conditions: [
          { code: 'YEARS', description: `Established at least ${minYears} years.`, expression: `enterprise.yearsSinceEstablished >= ${minYears}` },
          { code: 'OPERATING', description: 'Operating.', expression: 'enterprise.lifecycleStage == "OPERATING"' },
          { code: 'NOT_POOR', description: 'Not graded POOR.', expression: 'credit.grade != "POOR"' },
        ],
        formula: {
          description: 'A base and an amount per year, up to a number of years.',
          expression: 'param.base + param.perYear * min(enterprise.yearsSinceEstablished, param.maxYears)',
        },
        parameters: [
          fixed('base', 'Yuan', baseGrant),
          dated('perYear', 'Yuan per year', 300, 360),
          fixed('maxYears', 'Years counted at most', maxYears),
        ],
      },
      row: { min_years: minYears, base: baseGrant, rate_before: 300, rate_after: 360, max_years: maxYears },
    };
  },
  MANUFACTURING: ({ k }) => {
    const industries = at([['C39'], ['C22'], ['C13', 'C15'], ['C30'], ['C']], k);
    const minScore = 600 + 20 * (k % 5);
    return {
      title: `制造业技术改造补助（${industries.join('、')}）`,
      departmentCode: 'economy-information',
      content: {
        ...base(),
        targets: { ...noTargets, industries },
        conditions: [
          { code: 'CAPITAL', description: 'At least 2,000,000 yuan of capital.', expression: 'enterprise.registeredCapital >= 2000000' },
          { code: 'SCORE', description: `A score of at least ${minScore}.`, expression: `credit.score >= ${minScore}` },
        ],
        formula: {
          description: 'A share of the capital up to a cap, to the hundred yuan.',
          expression: 'round(min(enterprise.registeredCapital * param.rate, param.cap) / 100) * 100',
        },
        parameters: [dated('rate', 'Share of the registered capital', 0.015, 0.02), fixed('cap', 'Yuan at most', 500_000)],
      },
      row: { industries, min_score: minScore, rate_before: 0.015, rate_after: 0.02, cap: 500_000 },
    };
  },
  AGRICULTURE: ({ k, chains }) => {
    const industries = at([['A'], ['A0153'], ['A01'], ['A0162'], ['A', 'C13', 'C15']], k);
    const targetChains = k === 4 ? [at(chains, 0).code] : [];
    const grant = 8000 + 1000 * k;
    return {
      title: `农业经营主体奖补（第${k + 1}项）`,
      departmentCode: 'agriculture',
      content: {
        ...base(),
        targets: { ...noTargets, industries, chains: targetChains },
        conditions: [
          { code: 'SCORE', description: 'A score of at least 600.', expression: 'credit.score >= 600' },
          { code: 'OPERATING', description: 'Operating.', expression: 'enterprise.lifecycleStage == "OPERATING"' },
          { code: 'ESTABLISHED', description: 'At least a year old.', expression: 'enterprise.yearsSinceEstablished >= 1' },
        ],
        formula: { description: 'A fixed grant.', expression: 'param.grant' },
        parameters: [dated('grant', 'Yuan per enterprise', grant, grant + 2000)],
      },
      row: { industries, chains: targetChains.length ? targetChains : null, rate_before: grant, rate_after: grant + 2000 },
    };
  },
  SERVICES: ({ k }) => {
    const industries = at([['H', 'I'], ['H'], ['I'], ['H6210'], ['I65']], k);
    const regions = k % 2 === 0 ? ['330822'] : [];
    const [minScore, grant] = [700 + 10 * k, 30_000 + 5_000 * k];
    return {
      title: `服务业提质增效奖励（${industries.join('、')}）`,
      departmentCode: 'development-reform',
      content: {
        ...base(),
        targets: { ...noTargets, industries, regions },
        conditions: [
          { code: 'CAPITAL', description: 'At least 500,000 yuan of capital.', expression: 'enterprise.registeredCapital >= 500000' },
          {
            code: 'CREDIT',
            description: `Graded EXCELLENT or a score of at least ${minScore}.`,
            expression: `credit.grade == "EXCELLENT" || credit.score >= ${minScore}`,
          },
        ],
        formula: {
          description: 'One per cent of the capital, up to a grant.',
          expression: 'min(param.grant, round(enterprise.registeredCapital * 0.01))',
        },
        parameters: [fixed('grant', 'Yuan at most', grant)],
      },
      row: { industries, regions: regions.length ? regions : null, min_score: minScore, grant_yuan: grant },
    };
  },
  NEW_ENTERPRISE: ({ k }) => {
    const [maxYears, maxCapital, grant] = [2 + (k % 3), 3_000_000 + 1_000_000 * k, 5000 + 1000 * k];
    return {
      title: `新设小微企业减负补助（第${k + 1}档）`,
      departmentCode: 'tax',
      content: {
        ...base(),
        conditions: [
          { code: 'NEW', description: `Established less than ${maxYears} years.`, expression: `enterprise.yearsSinceEstablished < ${maxYears}` },
          { code: 'SMALL', description: `At most ${maxCapital} yuan of capital.`, expression: `enterprise.registeredCapital <= ${maxCapital}` },
          { code: 'GOOD_STANDING', description: 'Not graded POOR.', expression: '!(credit.grade == "POOR")' },
        ],
        formula: { description: 'A fixed grant.', expression: 'param.grant' },
        parameters: [dated('grant', 'Yuan per enterprise', grant, grant + 1000)],
      },
      row: { max_years: maxYears, max_capital: maxCapital, rate_before: grant, rate_after: grant + 1000 },
    };
  },
  CHAIN_CREDIT: ({ k, chains }) => {
    const members = [at(chains, k).code, at(chains, k + 2).code];
    const [grant, pivot] = [10_000 + 2_000 * k, 760 - 5 * k];
    return {
      title: `链上守信企业融资贴息（${members.join('、')}）`,
      departmentCode: 'development-reform',
      content: {
        ...base(),
        conditions: [
          { code: 'MEMBER', description: `A member of ${members.join(' or ')}.`, expression: `chains.memberOf in ${JSON.stringify(members)}` },
          { code: 'SCORE', description: 'A score of at least 650.', expression: 'credit.score >= 650' },
        ],
        formula: {
          description: 'A grant moved by the score around a pivot.',
          expression: 'param.grant + (credit.score - param.pivot) * param.perPoint',
        },
        parameters: [
          fixed('grant', 'Yuan at the pivot', grant),
          fixed('pivot', 'Score of the plain grant', pivot),
          dated('perPoint', 'Yuan per point', 100, 120),
        ],
      },
      row: { chains: members, grant_yuan: grant, pivot, rate_before: 100, rate_after: 120 },
    };
  },
  CHAIN_NODE: ({ k, chains }) => {
    const node = (chain: ChainDefinition) => `${chain.code}.${chain.nodes[0].code}`;
    const nodes = k % 2 === 0 ? [node(at(chains, k))] : [node(at(chains, k)), node(at(chains, k + 1))];
    return {
      title: `链节点企业专项扶持（${nodes.join('、')}）`,
      departmentCode: 'economy-information',
      content: {
        ...base(),
        targets: { ...noTargets, nodes },
        conditions: [
          { code: 'CAPITAL', description: 'At least 500,000 yuan of capital.', expression: 'enterprise.registeredCapital >= 500000' },
          { code: 'ESTABLISHED', description: 'At least a year old.', expression: 'enterprise.yearsSinceEstablished >= 1' },
        ],
        formula: {
          description: 'A share of the capital, at least a floor.',
          expression: 'round(max(enterprise.registeredCapital * param.rate, param.floor))',
        },
        parameters: [dated('rate', 'Share of the registered capital', 0.005, 0.006), fixed('floor', 'Yuan at least', 5000)],
      },
      row: { nodes, rate_before: 0.005, rate_after: 0.006, floor: 5000 },
    };
  },
};

/** Filled in by benchPolicies; the families spread it and replace what they set. */
function base(): PolicyContent {
  return {
    title: '',
    legalBasis: '',
    departmentCode: '',
    mode: 'NO_APPLICATION',
    // Monthly benefits, so that every round (a new month) grants again.
    benefitPeriod: 'MONTH',
    validFrom: '2026-01-01',
    validUntil: null,
    targets: noTargets,
    conditions: [],
    formula: { description: '', expression: '' },
    parameters: [],
    yearlyBudget: '',
  };
}

/** `count` policies, taken from the families in turn; some end after January, some start in February. */
function benchPolicies(count: number, chains: ChainDefinition[], yearlyBudget: string): BenchPolicy[] {
  const names = Object.keys(FAMILIES);
  return Array.from({ length: count }, (_, index) => {
    const family = names[index % names.length];
    const k = Math.floor(index / names.length);
    const validUntil = k === 1 && index % 2 === 0 ? '2026-01-31' : k === 3 ? '2026-12-31' : null;
    const validFrom = k === 2 && index % 2 === 1 ? '2026-02-01' : '2026-01-01';
    const made = FAMILIES[family]({ k, chains });
    const code = `${PREFIX}${family}_${String(k + 1).padStart(2, '0')}`;
    return {
      code,
      family,
      content: {
        ...made.content,
        title: made.title,
        legalBasis: `常政办发〔2026〕${index + 101}号`,
        departmentCode: made.departmentCode,
        validFrom,
        validUntil,
        yearlyBudget,
      },
      row: { code, valid_from: validFrom, valid_until: validUntil, rate_from: RATE_CHANGE, ...made.row },
    };
  });
}

/**
 * The same rules written by hand as one statement giving every eligible enterprise and its amount per policy: the facts
 * the policies read, once per enterprise, then one select per family over its policies' numbers (a recordset per
 * family), with the module's null semantics (a missing fact holds no comparison) and its arithmetic in float8, rounded
 * as it rounds (half up to the fen, then > 0).
 */
const BASELINE_SQL = `
with params as (select cast(? as date) as on_day),
facts as materialized (
  select e.id, e.region_code as region, e.industry_code as industry, e.lifecycle_stage as stage, e.registered_capital::float8 as capital,
         case when e.established_on <= p.on_day then extract(year from age(p.on_day, e.established_on))::float8 end as years,
         s.score::float8 as score, s.grade, m.chains, m.nodes
    from enterprise e
    cross join params p
    left join credit_score s on s.enterprise_id = e.id and s.current
    left join (select enterprise_id, array_agg(distinct chain::text) as chains, array_agg(distinct chain || '.' || node) as nodes
                 from chain_membership group by enterprise_id) m on m.enterprise_id = e.id
),
start_up as (select * from jsonb_to_recordset(?::jsonb) as v(code text, valid_from date, valid_until date, rate_from date, rate_before float8,
             rate_after float8, regions text[], min_capital float8, max_capital float8, max_years float8, cap float8)),
credit_reward as (select * from jsonb_to_recordset(?::jsonb) as v(code text, valid_from date, valid_until date, rate_from date,
             rate_before float8, rate_after float8, grades text[], min_score float8, floor float8)),
chain_leader as (select * from jsonb_to_recordset(?::jsonb) as v(code text, valid_from date, valid_until date, rate_from date,
             rate_before float8, rate_after float8, chains text[], min_capital float8, cap float8)),
veteran as (select * from jsonb_to_recordset(?::jsonb) as v(code text, valid_from date, valid_until date, rate_from date,
             rate_before float8, rate_after float8, min_years float8, base float8, max_years float8)),
manufacturing as (select * from jsonb_to_recordset(?::jsonb) as v(code text, valid_from date, valid_until date, rate_from date,
             rate_before float8, rate_after float8, industries text[], min_score float8, cap float8)),
agriculture as (select * from jsonb_to_recordset(?::jsonb) as v(code text, valid_from date, valid_until date, rate_from date,
             rate_before float8, rate_after float8, industries text[], chains text[])),
services as (select * from jsonb_to_recordset(?::jsonb) as v(code text, valid_from date, valid_until date, rate_from date,
             industries text[], regions text[], min_score float8, grant_yuan float8)),
new_enterprise as (select * from jsonb_to_recordset(?::jsonb) as v(code text, valid_from date, valid_until date, rate_from date,
             rate_before float8, rate_after float8, max_years float8, max_capital float8)),
chain_credit as (select * from jsonb_to_recordset(?::jsonb) as v(code text, valid_from date, valid_until date, rate_from date,
             rate_before float8, rate_after float8, chains text[], grant_yuan float8, pivot float8)),
chain_node as (select * from jsonb_to_recordset(?::jsonb) as v(code text, valid_from date, valid_until date, rate_from date,
             rate_before float8, rate_after float8, nodes text[], floor float8)),
policies as (
  select code, valid_from, valid_until, case when (select on_day from params) >= rate_from then rate_after else rate_before end as rate from start_up
  union all select code, valid_from, valid_until, case when (select on_day from params) >= rate_from then rate_after else rate_before end from credit_reward
  union all select code, valid_from, valid_until, case when (select on_day from params) >= rate_from then rate_after else rate_before end from chain_leader
  union all select code, valid_from, valid_until, case when (select on_day from params) >= rate_from then rate_after else rate_before end from veteran
  union all select code, valid_from, valid_until, case when (select on_day from params) >= rate_from then rate_after else rate_before end from manufacturing
  union all select code, valid_from, valid_until, case when (select on_day from params) >= rate_from then rate_after else rate_before end from agriculture
  union all select code, valid_from, valid_until, null from services
  union all select code, valid_from, valid_until, case when (select on_day from params) >= rate_from then rate_after else rate_before end from new_enterprise
  union all select code, valid_from, valid_until, case when (select on_day from params) >= rate_from then rate_after else rate_before end from chain_credit
  union all select code, valid_from, valid_until, case when (select on_day from params) >= rate_from then rate_after else rate_before end from chain_node
),
in_force as (select p.code, p.rate from policies p cross join params where p.valid_from <= on_day and (p.valid_until is null or on_day <= p.valid_until)),
amounts as (
  -- 小微企业开办补助: in the regions, capital in range, young, operating; min(round(capital × rate), cap)
  select v.code, f.id, least(floor(f.capital * r.rate + 0.5), v.cap) as amount
    from start_up v join in_force r using (code) join facts f on f.region = any(v.regions)
   where f.capital >= v.min_capital and f.capital <= v.max_capital and f.years <= v.max_years and f.stage = 'OPERATING'
  union all
  -- 守信企业激励: graded, scored, not leaving; round((score − floor) × perPoint, 2)
  select v.code, f.id, floor((f.score - v.floor) * r.rate * 100 + 0.5) / 100
    from credit_reward v join in_force r using (code) join facts f on f.grade = any(v.grades)
   where f.score >= v.min_score and f.stage <> 'DEREGISTERED' and f.stage <> 'DEREGISTERING'
  union all
  -- 产业链骨干企业培育: chain member, capital, score; min(capital × rate, cap)
  select v.code, f.id, least(f.capital * r.rate, v.cap)
    from chain_leader v join in_force r using (code) join facts f on f.chains && v.chains
   where f.capital >= v.min_capital and f.score >= 650
  union all
  -- 持续经营企业稳岗奖励: years, operating, not POOR; base + perYear × min(years, maxYears)
  select v.code, f.id, v.base + r.rate * least(f.years, v.max_years)
    from veteran v join in_force r using (code) join facts f on f.years >= v.min_years
   where f.stage = 'OPERATING' and f.grade <> 'POOR'
  union all
  -- 制造业技术改造补助: industry prefixes, capital, score; round(min(capital × rate, cap) / 100) × 100
  select v.code, f.id, floor(least(f.capital * r.rate, v.cap) / 100 + 0.5) * 100
    from manufacturing v join in_force r using (code) join facts f on exists (select from unnest(v.industries) i where starts_with(f.industry, i))
   where f.capital >= 2000000 and f.score >= v.min_score
  union all
  -- 农业经营主体奖补: industry prefixes (and a chain), score, operating, a year old; a grant
  select v.code, f.id, r.rate
    from agriculture v join in_force r using (code) join facts f on exists (select from unnest(v.industries) i where starts_with(f.industry, i))
   where (v.chains is null or f.chains && v.chains) and f.score >= 600 and f.stage = 'OPERATING' and f.years >= 1
  union all
  -- 服务业提质增效奖励: industry prefixes (and the home county), capital, EXCELLENT or scored; min(grant, round(capital × 0.01))
  select v.code, f.id, least(v.grant_yuan, floor(f.capital * 0.01::float8 + 0.5))
    from services v join in_force r using (code) join facts f on exists (select from unnest(v.industries) i where starts_with(f.industry, i))
   where (v.regions is null or f.region = any(v.regions)) and f.capital >= 500000 and (f.grade = 'EXCELLENT' or f.score >= v.min_score)
  union all
  -- 新设小微企业减负补助: young, small, not POOR; a grant
  select v.code, f.id, r.rate
    from new_enterprise v join in_force r using (code) join facts f on f.years < v.max_years
   where f.capital <= v.max_capital and not (f.grade = 'POOR')
  union all
  -- 链上守信企业融资贴息: member of either chain, score; grant + (score − pivot) × perPoint
  select v.code, f.id, v.grant_yuan + (f.score - v.pivot) * r.rate
    from chain_credit v join in_force r using (code) join facts f on f.chains && v.chains
   where f.score >= 650
  union all
  -- 链节点企业专项扶持: at a node, capital, a year old; round(max(capital × rate, floor))
  select v.code, f.id, floor(greatest(f.capital * r.rate, v.floor) + 0.5)
    from chain_node v join in_force r using (code) join facts f on f.nodes && v.nodes
   where f.capital >= 500000 and f.years >= 1
)
select code, id as enterprise_id, amount::text
  from (select code, id, (floor(greatest(0, amount) * 100 + 0.5) / 100)::numeric(16, 2) as amount from amounts) rounded
 where amount > 0`;

/** The recordsets of BASELINE_SQL, in its order. */
const BASELINE_FAMILIES = [
  'START_UP',
  'CREDIT_REWARD',
  'CHAIN_LEADER',
  'VETERAN',
  'MANUFACTURING',
  'AGRICULTURE',
  'SERVICES',
  'NEW_ENTERPRISE',
  'CHAIN_CREDIT',
  'CHAIN_NODE',
];

/** What a policy grants in a period: how many enterprises, and the sum of their amounts in fen (exact). */
interface Granted {
  eligible: number;
  fen: number;
}

/** Yuan as the database writes a decimal (1234.5, 1234.56) to whole fen. */
const fenOf = (yuan: string): number => {
  const [whole, fraction = ''] = yuan.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0').slice(0, 2));
};

/** Runs a step, prints how long it took (as timed does) and returns the milliseconds with the result. */
async function measured<T>(label: string, work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = process.hrtime.bigint();
  const result = await work();
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  process.stdout.write(`${label.padEnd(52)} ${ms.toFixed(0).padStart(8)} ms\n`);
  return { result, ms };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

async function count(em: EntityManager, sql: string): Promise<number> {
  return Number((await em.execute<Array<{ n: string }>>(sql))[0].n);
}

/** Enterprises, their credit and chain records and their current scores, reused while they are there. */
async function ensureData(services: PlatformServices, enterprises: number): Promise<void> {
  const em = services.orm.em.fork() as EntityManager;
  if ((await count(em, 'select count(*) as n from enterprise')) < enterprises)
    await timed(`seeding ${enterprises} enterprises`, () => runSeeds(services, { enterprises, seed: 1 }, ['enterprise']));
  if ((await count(em, 'select count(*) as n from credit_annual_report')) === 0) {
    await timed('writing the credit and chain records', () =>
      em.transactional(async (transaction) => {
        await allowLongStatements(transaction as EntityManager, 0);
        for (const statement of [...RECORDS_SQL, ...chainSql(chainsOf(services.modules))]) await transaction.execute(statement);
      }),
    );
  }
  if (
    (await count(
      em,
      'select count(*) as n from enterprise e where not exists (select from credit_score s where s.enterprise_id = e.id and s.current)',
    )) > 0
  ) {
    await timed('computing credit scores', () =>
      em.transactional(async (transaction) => {
        await allowLongStatements(transaction as EntityManager, 0);
        await new CreditScoringService(services).recompute(transaction as EntityManager, null);
      }),
    );
  }
}

/** Removes the bench's policies with their versions and redemptions. */
async function removeBenchPolicies(services: PlatformServices): Promise<void> {
  await services.orm.em.fork().transactional(async (em) => {
    await allowLongStatements(em as EntityManager, 0);
    const bench = `select id from policy where code like '${PREFIX}%'`;
    await em.execute(`delete from policy_redemption where policy_id in (${bench})`);
    await em.execute(`delete from policy_version where policy_id in (${bench})`);
    await em.execute(`delete from policy where code like '${PREFIX}%'`);
  });
}

/** Saves and publishes the policies through the policy service, as an ADMIN would, so that they are checked as any. */
async function publish(services: PlatformServices, policies: BenchPolicy[]): Promise<void> {
  await services.orm.em.fork().transactional(async (em) => {
    const context: GraphQLContext = {
      requestId: 'bench-policies',
      principal: { role: Role.ADMIN, subject: 'bench', displayName: 'bench', chains: [], department: null, enterpriseUscc: null, apiKeyId: null },
      em: em as EntityManager,
      logger: services.logger,
      platform: services,
    };
    const service = new PolicyService(context);
    for (const policy of policies) {
      await service.saveDraft(em as EntityManager, policy.code, policy.content, null);
      await service.publish(em as EntityManager, policy.code);
    }
  });
}

/** The module's redemptions of a period, per bench policy. */
async function moduleGranted(em: EntityManager, period: string): Promise<Map<string, Granted>> {
  const rows = await em.execute<Array<{ code: string; eligible: number; total: string }>>(
    `select p.code, count(*)::int as eligible, sum(r.amount)::text as total
       from policy_redemption r join policy p on p.id = r.policy_id
      where r.period = ? and p.code like '${PREFIX}%' group by p.code`,
    [period],
  );
  return new Map(rows.map((row) => [row.code, { eligible: row.eligible, fen: fenOf(row.total) }]));
}

/** The baseline's eligible enterprises, per policy. */
function baselineGranted(rows: Array<{ code: string; amount: string }>): Map<string, Granted> {
  const granted = new Map<string, Granted>();
  for (const row of rows) {
    const policy = granted.get(row.code) ?? { eligible: 0, fen: 0 };
    policy.eligible += 1;
    policy.fen += fenOf(row.amount);
    granted.set(row.code, policy);
  }
  return granted;
}

/** Where the module's redemptions and the baseline differ, one line each. */
function differences(policies: BenchPolicy[], module: Map<string, Granted>, baseline: Map<string, Granted>): string[] {
  const yuan = (fen: number) => (fen / 100).toFixed(2);
  return policies.flatMap(({ code }) => {
    const a = module.get(code) ?? { eligible: 0, fen: 0 };
    const b = baseline.get(code) ?? { eligible: 0, fen: 0 };
    return a.eligible === b.eligible && a.fen === b.fen
      ? []
      : [`${code}: module ${a.eligible} redemptions, ${yuan(a.fen)} yuan; SQL ${b.eligible} eligible, ${yuan(b.fen)} yuan`];
  });
}

/** The module's phases, told apart by the statements it sends: each gap between two is charged to the first. */
interface Phases {
  /** The one statement with every fact of every enterprise, their hydration and the sort. */
  facts: number;
  /** calculate() for every policy and every enterprise without the period's benefit yet, after reading who has it. */
  judge: number;
  /** Each policy's budget left and its rows built for the insert. */
  rows: number;
  /** The inserts (on conflict do nothing), up to the next policy's lock, and the commit after the last. */
  insert: number;
  /** The versions, the locks, the transaction. */
  other: number;
}

const PHASES: Array<[keyof Phases, RegExp]> = [
  ['facts', /^\s*with params as/],
  // Who has the benefit for the period already: then calculate() for every other enterprise.
  ['judge', /^select enterprise_id from policy_redemption where policy_id/],
  ['rows', /coalesce\(sum\(amount\), 0\)/],
  ['insert', /^\s*insert into policy_redemption/],
];

/** Notes when each statement is sent while a timed step runs. */
class StatementClock {
  private marks: Array<{ at: number; sql: string }> | null = null;

  readonly onQuery = (sql: string): void => {
    this.marks?.push({ at: performance.now(), sql });
  };

  async phases<T>(label: string, work: () => Promise<T>): Promise<{ result: T; ms: number; phases: Phases }> {
    this.marks = [];
    const started = performance.now();
    try {
      const { result, ms } = await measured(label, work);
      const ended = started + ms;
      const phases: Phases = { facts: 0, judge: 0, rows: 0, insert: 0, other: 0 };
      const marks = this.marks;
      phases.other += (marks[0]?.at ?? ended) - started;
      marks.forEach((mark, index) => {
        const phase = PHASES.find(([, pattern]) => pattern.test(mark.sql))?.[0] ?? 'other';
        phases[phase] += (marks[index + 1]?.at ?? ended) - mark.at;
      });
      return { result, ms, phases };
    } finally {
      this.marks = null;
    }
  }
}

export async function runPoliciesBench(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      enterprises: { type: 'string', default: '100000' },
      policies: { type: 'string', default: '50' },
      rounds: { type: 'string', default: '3' },
      budget: { type: 'string', default: BUDGET },
    },
  });
  const [enterprises, policyCount, rounds] = [Number(values.enterprises), Number(values.policies), Number(values.rounds)];
  if (![enterprises, policyCount, rounds].every((value) => Number.isInteger(value) && value > 0))
    throw new Error('--enterprises, --policies and --rounds take positive whole numbers.');
  if (rounds > 12) throw new Error('--rounds is at most 12: one month of 2026 each, inside one yearly budget.');
  // WAIT keeps a redemption beyond the budget (as waiting), so that the module's count is always the eligible count.
  const env = {
    ...process.env,
    EMBEDDED_PG_DIR: process.env.EMBEDDED_PG_DIR ?? '.data/bench-postgres',
    LOG_LEVEL: 'warn',
    JOBS_ENABLED: 'false',
    POLICY_OVER_BUDGET: 'WAIT',
  };
  const clock = new StatementClock();
  const { services, database } = await bootServices({ env, onQuery: clock.onQuery });
  try {
    await migrateAndLoadReferenceData(services);
    await ensureData(services, enterprises);
    const em = services.orm.em.fork() as EntityManager;
    await removeBenchPolicies(services);
    const others = await count(em, `select count(*) as n from policy where latest_version > 0 and code not like '${PREFIX}%'`);
    if (others > 0) throw new Error(`The bench database holds ${others} other published policies; the match would judge them too.`);
    const chains = chainsOf(services.modules);
    if (chains.length === 0) throw new Error('The bench needs at least one chain module switched on.');
    const policies = benchPolicies(policyCount, chains, values.budget);
    await timed(`publishing ${policyCount} policies`, () => publish(services, policies));
    await em.execute('analyze');
    const total = await count(em, 'select count(*) as n from enterprise');
    const members = await count(em, 'select count(distinct enterprise_id) as n from chain_membership');
    process.stdout.write(`enterprises: ${total} (${members} chain members), NO_APPLICATION policies: ${policyCount}, rounds: ${rounds}\n`);

    const recordsets = BASELINE_FAMILIES.map((family) =>
      JSON.stringify(policies.filter((policy) => policy.family === family).map((policy) => policy.row)),
    );
    const match = (label: string, on: string) =>
      clock.phases(label, () =>
        services.orm.em.fork().transactional(async (transaction) => {
          await allowLongStatements(transaction as EntityManager, 0);
          return matchWithoutApplication(services, transaction as EntityManager, on);
        }),
      );
    const results: Array<{ period: string; module: number; sql: number; phases: Phases; run: MatchRun }> = [];
    const failures: string[] = [];
    let last = { on: '', period: '' };
    for (let round = 1; round <= rounds; round++) {
      const period = `2026-${String(round).padStart(2, '0')}`;
      const on = `${period}-01`;
      last = { on, period };
      const module = await match(`round ${round} (${period}): module match`, on);
      const baseline = await measured(`round ${round} (${period}): the same rules as one SQL query`, () =>
        services.orm.em.fork().transactional(async (transaction) => {
          await allowLongStatements(transaction as EntityManager, 0);
          return (transaction as EntityManager).execute<Array<{ code: string; enterprise_id: string; amount: string }>>(BASELINE_SQL, [
            on,
            ...recordsets,
          ]);
        }),
      );
      results.push({ period, module: module.ms, sql: baseline.ms, phases: module.phases, run: module.result });
      const found = differences(policies, await moduleGranted(em, period), baselineGranted(baseline.result));
      // Policies out of force on the day are not judged at all.
      const inForce = policies.filter(({ content }) => content.validFrom <= on && (content.validUntil === null || on <= content.validUntil)).length;
      if (module.result.policies !== inForce) found.push(`the module matched ${module.result.policies} policies, not the ${inForce} in force`);
      failures.push(...found.map((line) => `${period}: ${line}`));
    }
    const rerun = await match(`rerun of ${last.period}: module match`, last.on);
    const rerunCreated = rerun.result.granted + rerun.result.waiting;
    if (rerunCreated > 0) failures.push(`rerun of ${last.period}: created ${rerunCreated} redemptions, not 0`);

    // What the facts cost on their own: every fact the modules offer, as the module loads them, and only those read.
    const catalogue = policyFactsOf(services.modules);
    const read = [...catalogue.values()].filter((fact) =>
      policies.some(({ content }) =>
        [...targetConditions(content.targets), ...content.conditions, content.formula].some((part) => part.expression.includes(fact.code)),
      ),
    );
    const loadAlone = (label: string, facts: typeof read) =>
      measured(label, () =>
        services.orm.em.fork().transactional(async (transaction) => {
          await allowLongStatements(transaction as EntityManager, 0);
          return loadFacts(transaction as EntityManager, facts, last.on, 'all');
        }),
      );
    const allFacts = await loadAlone(`loadFacts alone, all ${catalogue.size} facts`, [...catalogue.values()]);
    const readFacts = await loadAlone(`loadFacts alone, the ${read.length} facts the policies read`, read);

    const ms = (value: number) => value.toFixed(0);
    const line = (cells: Array<string | number>) =>
      `${cells.map((cell, index) => (index === 0 ? String(cell).padEnd(10) : String(cell).padStart(index < 4 ? 10 : 8))).join(' ')}\n`;
    const phaseCells = (phases: Phases) => [ms(phases.facts), ms(phases.judge), ms(phases.rows), ms(phases.insert), ms(phases.other)];
    const medianOf = (pick: (result: (typeof results)[number]) => number) => median(results.map(pick));
    const [moduleMedian, sqlMedian] = [medianOf((result) => result.module), medianOf((result) => result.sql)];
    process.stdout.write(
      `\nbatch match (免申即享): ${total} enterprises × ${policyCount} NO_APPLICATION policies (monthly), ` +
        `the ${read.length} facts they read of the ${catalogue.size} offered, loaded per enterprise\n` +
        line(['period', 'module ms', 'SQL ms', 'ratio', 'facts', 'judge', 'rows', 'insert', 'other', 'granted', 'waiting']),
    );
    for (const result of results)
      process.stdout.write(
        line([
          result.period,
          ms(result.module),
          ms(result.sql),
          `${(result.module / result.sql).toFixed(1)}x`,
          ...phaseCells(result.phases),
          result.run.granted,
          result.run.waiting,
        ]),
      );
    process.stdout.write(
      line([
        'median',
        ms(moduleMedian),
        ms(sqlMedian),
        `${(moduleMedian / sqlMedian).toFixed(1)}x`,
        ...phaseCells({
          facts: medianOf((result) => result.phases.facts),
          judge: medianOf((result) => result.phases.judge),
          rows: medianOf((result) => result.phases.rows),
          insert: medianOf((result) => result.phases.insert),
          other: medianOf((result) => result.phases.other),
        }),
        Math.round(medianOf((result) => result.run.granted)),
        Math.round(medianOf((result) => result.run.waiting)),
      ]) + line([`rerun ${last.period.slice(5)}`, ms(rerun.ms), '', '', ...phaseCells(rerun.phases), rerun.result.granted, rerun.result.waiting]),
    );
    const created = results.reduce((sum, result) => sum + result.run.granted + result.run.waiting, 0);
    process.stdout.write(
      `redemptions created: ${created} in ${rounds} rounds; rerun of ${last.period}: ${ms(rerun.ms)} ms, created ${rerunCreated}, ` +
        `released from waiting ${rerun.result.released}\n` +
        `phases (ms, from when the module sends each statement): facts = the facts statement, its rows and the sort; ` +
        `judge = who has the period's benefit already, then calculate() per policy and enterprise; rows = budget left and the insert's arrays; insert = the inserts and the commit\n` +
        `loadFacts alone: all ${catalogue.size} facts ${ms(allFacts.ms)} ms, the ${read.length} the policies read ${ms(readFacts.ms)} ms\n`,
    );
    // The policies and redemptions of a failed run stay for a look; the next run removes them.
    if (failures.length > 0)
      throw new Error(`MISMATCH between the module and the hand-written SQL:\n${failures.map((failure) => `  ${failure}`).join('\n')}`);
    process.stdout.write(`every round: the module's redemptions per policy (count and sum of amounts) equal the hand-written SQL's\n`);
    await removeBenchPolicies(services);
  } finally {
    await services.orm.close(true);
    await database.embedded?.stop();
  }
}
