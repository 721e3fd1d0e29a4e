import type { EntityManager } from '@mikro-orm/postgresql';
import type { Faker } from '@faker-js/faker';
import { demoFaker } from '../platform/database/demo-faker';
import { ANONYMOUS, Role, type Principal } from '../platform/auth/principal';
import type { PlatformServices } from '../platform/context';
import { seedActor, seedEnterprise, seedOfficer } from '../platform/database/seed-actor';
import type { SeedOptions } from '../platform/module';
import { toGlobalId } from '../platform/relay/global-id';
import { Enterprise } from '../enterprise/enterprise.entity';
import { LifecycleStage } from '../enterprise/lifecycle-stage';
import { chainsOf } from '../one-category/chain-definition';
import type { PolicyContent } from './policy-content';
import { Policy } from './policy.entity';
import { PolicyService } from './policy.service';
import { PolicyRedemption, RedemptionState } from './policy-redemption.entity';
import { PolicyRedemptionService } from './policy-redemption.service';
import { matchWithoutApplication } from './redemption-match.job';
import type { DemoTimeline } from '../platform/database/demo-timeline';

const PUBLISHED_ON = '2026-05-25';
/** The first day of each month of the half year the demo covers: the monthly match runs on each. */
const MATCH_DAYS = ['2026-06-01', '2026-07-01', '2026-08-01', '2026-09-01', '2026-10-01', '2026-11-01'];
const LAST_APPLICATION_DAY = '2026-11-20';
/** The demo's "now": what would come after it has not happened yet. */
const DEMO_TODAY = '2026-11-30';

const ADMIN: Principal = { ...ANONYMOUS, role: Role.ADMIN, subject: 'demo-admin' };
const EVERYONE = { chains: [], nodes: [], regions: [], industries: [] };

const cappedShareOfCapital = (description: string) => ({
  description,
  expression: 'min(round(enterprise.registeredCapital * param.rate), param.cap)',
});

/** The county's policies: three without application (one a month), one instant, one reviewed. */
const POLICIES: Array<[code: string, content: PolicyContent]> = [
  [
    'STABLE_JOBS_2026',
    {
      title: '稳岗返还',
      legalBasis: '常人社发〔2026〕8号',
      departmentCode: 'human-resources',
      mode: 'NO_APPLICATION',
      benefitPeriod: 'YEAR',
      validFrom: '2026-01-01',
      validUntil: '2026-12-31',
      targets: EVERYONE,
      conditions: [
        { code: 'NOT_POOR_CREDIT', description: 'Its public credit is not POOR.', expression: 'credit.grade != "POOR"' },
        { code: 'CAPITAL', description: 'At least 500,000 yuan of registered capital.', expression: 'enterprise.registeredCapital >= 500000' },
      ],
      formula: cappedShareOfCapital('A share of registered capital standing for the unemployment insurance paid, at most the cap.'),
      parameters: [
        {
          name: 'rate',
          description: 'Share of registered capital; raised from September',
          values: [
            { from: '2026-01-01', value: 0.005 },
            { from: '2026-09-01', value: 0.008 },
          ],
        },
        { name: 'cap', description: 'At most, in yuan', values: [{ from: '2026-01-01', value: 200000 }] },
      ],
      yearlyBudget: '60000000.00',
    },
  ],
  [
    'TECH_UPGRADE_2026',
    {
      title: '企业技术改造补助',
      legalBasis: '常经信发〔2026〕15号',
      departmentCode: 'economy-information',
      mode: 'REVIEWED',
      benefitPeriod: 'YEAR',
      validFrom: '2026-03-01',
      validUntil: '2026-12-31',
      targets: EVERYONE,
      conditions: [
        { code: 'ESTABLISHED', description: 'Established at least three years.', expression: 'enterprise.yearsSinceEstablished >= 3' },
        { code: 'CAPITAL', description: 'At least 5,000,000 yuan of registered capital.', expression: 'enterprise.registeredCapital >= 5000000' },
      ],
      formula: cappedShareOfCapital('3 % of registered capital standing for the investment, at most 1,500,000 yuan.'),
      parameters: [
        { name: 'rate', description: 'Share of registered capital', values: [{ from: '2026-01-01', value: 0.03 }] },
        { name: 'cap', description: 'At most, in yuan', values: [{ from: '2026-01-01', value: 1500000 }] },
      ],
      yearlyBudget: '80000000.00',
    },
  ],
  [
    'CREDIT_LOAN_INTEREST_2026',
    {
      title: '信用贷款贴息',
      legalBasis: '常发改发〔2026〕6号',
      departmentCode: 'development-reform',
      mode: 'INSTANT',
      benefitPeriod: 'YEAR',
      validFrom: '2026-01-01',
      validUntil: '2026-12-31',
      targets: EVERYONE,
      conditions: [{ code: 'GOOD_CREDIT', description: 'Public credit GOOD or better.', expression: 'credit.grade in ["EXCELLENT", "GOOD"]' }],
      formula: cappedShareOfCapital('Interest on a loan of a fifth of registered capital, at most 300,000 yuan.'),
      parameters: [
        { name: 'rate', description: 'Share of registered capital', values: [{ from: '2026-01-01', value: 0.01 }] },
        { name: 'cap', description: 'At most, in yuan', values: [{ from: '2026-01-01', value: 300000 }] },
      ],
      yearlyBudget: '30000000.00',
    },
  ],
  [
    'SMALL_RENT_AID_2026',
    {
      title: '小微企业房租补贴',
      legalBasis: '常市监发〔2026〕4号',
      departmentCode: 'market-regulation',
      mode: 'NO_APPLICATION',
      benefitPeriod: 'MONTH',
      validFrom: '2026-06-01',
      validUntil: '2026-12-31',
      targets: EVERYONE,
      conditions: [
        { code: 'SMALL', description: 'Less than 3,000,000 yuan of registered capital.', expression: 'enterprise.registeredCapital < 3000000' },
      ],
      formula: { description: 'A fixed sum a month.', expression: 'param.monthly' },
      parameters: [{ name: 'monthly', description: 'Yuan a month', values: [{ from: '2026-06-01', value: 5000 }] }],
      yearlyBudget: '2000000.00',
    },
  ],
];

/** An award without application for the members of each enabled chain, named after the chain. */
function chainAwards(platform: PlatformServices): Array<[string, PolicyContent]> {
  return chainsOf(platform.modules).map((chain) => [
    `CHAIN_AWARD_${chain.code}_2026`,
    {
      title: `${chain.name}产业链发展奖励`,
      legalBasis: '常政发〔2026〕21号',
      departmentCode: 'economy-information',
      mode: 'NO_APPLICATION',
      benefitPeriod: 'YEAR',
      validFrom: '2026-01-01',
      validUntil: '2026-12-31',
      targets: { ...EVERYONE, chains: [chain.code] },
      conditions: [],
      formula: cappedShareOfCapital('2 % of registered capital, at most 800,000 yuan.'),
      parameters: [
        { name: 'rate', description: 'Share of registered capital', values: [{ from: '2026-01-01', value: 0.02 }] },
        { name: 'cap', description: 'At most, in yuan', values: [{ from: '2026-01-01', value: 800000 }] },
      ],
      yearlyBudget: '15000000.00',
    },
  ]);
}

const REJECTIONS = ['技改项目未完成备案', '设备投资发票不全', '项目已获同类资金支持'];

/**
 * Demo policies and half a year of redemptions through the real services (dates on the demo's timeline): the policies
 * published in May, the monthly match without application from June to November, enterprises applying for the
 * instant and the reviewed policy, the issuing departments deciding and paying; the latest grants are not paid yet. Every enterprise's choices come from
 * its own seeded draw, so a rerun makes the same choices and, finding them made, adds nothing.
 */
export async function seedPolicies(em: EntityManager, options: SeedOptions, platform: PlatformServices): Promise<void> {
  const faker = demoFaker();
  const drawFor = (key: string) => {
    faker.seed(options.seed * 7919 + [...key].reduce((hash, char) => (hash * 31 + char.charCodeAt(0)) | 0, 0));
    return faker;
  };
  const timeline = options.timeline;
  for (const [code, content] of [...POLICIES, ...chainAwards(platform)]) {
    if (await em.count(Policy, { code })) continue;
    const service = new PolicyService(seedActor(em, platform, ADMIN, timeline.day(PUBLISHED_ON)));
    await service.saveDraft(em, code, onTimeline(content, timeline), null);
    await service.publish(em, code);
  }
  for (const day of MATCH_DAYS.map((storyDay) => timeline.day(storyDay)))
    await matchWithoutApplication(seedActor(em, platform, ADMIN, day).platform, em, day);
  await seedApplications(em, platform, drawFor, timeline);
  await seedDecisionsAndPayments(em, platform, drawFor, timeline.day(DEMO_TODAY));
  em.clear();
}

/** A policy's content with its dates (validity, parameter values) moved to the demo's timeline. */
function onTimeline(content: PolicyContent, timeline: DemoTimeline): PolicyContent {
  return JSON.parse(JSON.stringify(content), (_key, value: unknown) =>
    typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? timeline.day(value) : value,
  ) as PolicyContent;
}

/** Some enterprises apply, each on a day of its own, for the instant and the reviewed policy they qualify for. */
async function seedApplications(
  em: EntityManager,
  platform: PlatformServices,
  drawFor: (key: string) => Faker,
  timeline: DemoTimeline,
): Promise<void> {
  const applicable = POLICIES.filter(([, content]) => content.mode !== 'NO_APPLICATION').map(([code, content]) => ({ code, content }));
  const enterprises = await em.find(Enterprise, { lifecycleStage: { $ne: LifecycleStage.DEREGISTERED } }, { orderBy: { uscc: 'ASC' } });
  const applied = new Set(
    (await em.find(PolicyRedemption, { policy: { code: { $in: applicable.map((policy) => policy.code) } } }, { populate: ['policy'] })).map(
      (redemption) => `${redemption.policy.getEntity().code}|${redemption.enterprise.id}`,
    ),
  );
  for (const enterprise of enterprises) {
    const draw = drawFor(`apply|${enterprise.uscc}`);
    const wanted = applicable.filter(({ content }) => draw.number.int(99) < (content.mode === 'INSTANT' ? 50 : 35));
    const day = draw.date
      .between({ from: `${timeline.day(MATCH_DAYS[0])}T00:00:00Z`, to: `${timeline.day(LAST_APPLICATION_DAY)}T00:00:00Z` })
      .toISOString()
      .slice(0, 10);
    const todo = wanted.filter(({ code }) => !applied.has(`${code}|${enterprise.id}`));
    if (todo.length === 0) continue;
    const owner = seedEnterprise(enterprise.uscc);
    const context = seedActor(em, platform, owner, day);
    const enterpriseId = toGlobalId('Enterprise', enterprise.id);
    // An enterprise applies for what the calculator tells it it qualifies for, as the portal suggests.
    const eligible = new Set(
      (await new PolicyService(context).matches(enterpriseId, day)).filter((match) => match.calculation.eligible).map((match) => match.policy.code),
    );
    for (const { code } of todo.filter((policy) => eligible.has(policy.code))) {
      await new PolicyRedemptionService(context).apply(em, { policyCode: code, enterpriseId, period: day.slice(0, 4) });
    }
    // Everything is written; a growing identity map would make every later flush slower.
    em.clear();
  }
}

/**
 * The issuing departments decide reviewed applications within a few days (most approved, some for less, a few
 * rejected) and pay what is granted within two weeks or so, unless that would come after "now".
 */
async function seedDecisionsAndPayments(
  em: EntityManager,
  platform: PlatformServices,
  drawFor: (key: string) => Faker,
  today: string,
): Promise<void> {
  const addDays = (at: Date, days: number) => new Date(at.getTime() + days * 86_400_000).toISOString().slice(0, 10);
  const departments = new Map((await em.find(Policy, {})).map((policy) => [policy.id, policy.draft.departmentCode]));
  const departmentOf = (redemption: PolicyRedemption) => departments.get(redemption.policy.id)!;
  // Draws keyed by what the seed itself decides (codes, credit codes, periods), not by generated ids: the same seed
  // makes the same decisions and payments.
  const keyOf = (redemption: PolicyRedemption) =>
    `${redemption.policy.getEntity().code}|${redemption.enterprise.getEntity().uscc}|${redemption.period}`;
  const pending = await em.find(
    PolicyRedemption,
    { state: RedemptionState.APPLIED },
    { populate: ['policy', 'enterprise'], orderBy: { grantedAt: 'ASC', id: 'ASC' } },
  );
  em.clear();
  for (const redemption of pending) {
    const draw = drawFor(`decide|${keyOf(redemption)}`);
    const day = addDays(redemption.grantedAt, draw.number.int({ min: 3, max: 10 }));
    if (day >= today) continue;
    const approve = draw.number.int(99) < 85;
    const reduced = draw.number.int(99) < 20;
    await new PolicyRedemptionService(seedActor(em, platform, seedOfficer(departmentOf(redemption)), day)).decide(em, {
      id: toGlobalId('PolicyRedemption', redemption.id),
      approve,
      amount: approve && reduced ? (Math.floor(Number(redemption.amount) * 0.8 * 100) / 100).toFixed(2) : null,
      reason: approve ? null : draw.helpers.arrayElement(REJECTIONS),
    });
    em.clear();
  }
  const granted = await em.find(
    PolicyRedemption,
    { state: RedemptionState.GRANTED },
    { populate: ['policy', 'enterprise'], orderBy: { grantedAt: 'ASC', id: 'ASC' } },
  );
  em.clear();
  for (const redemption of granted) {
    const draw = drawFor(`pay|${keyOf(redemption)}`);
    const day = addDays(redemption.grantedAt, draw.number.int({ min: 5, max: 20 }));
    if (day >= today) continue;
    await new PolicyRedemptionService(seedActor(em, platform, seedOfficer(departmentOf(redemption)), day)).pay(em, {
      id: toGlobalId('PolicyRedemption', redemption.id),
      paidOn: day,
      paymentReference: `GK${day.replaceAll('-', '')}${redemption.id.slice(0, 6).toUpperCase()}`,
    });
    em.clear();
  }
}
