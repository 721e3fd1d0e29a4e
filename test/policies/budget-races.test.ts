import { Role } from '../../modules/platform/auth/principal';
import { ManualClock } from '../../modules/platform/clock';
import { PolicyApplyDocument, PolicyDraftSaveDocument, PolicyPublishDocument, type PolicyContentInput } from '../../schema/generated/graphql';
import { registerEnterprise } from '../support/fixtures';
import { at } from '../support/one-matter';
import { TestApp } from '../support/test-app';

/** 即申即享 of 30,000 yuan per enterprise with a budget of 100,000: three grants fit, a fourth does not. */
const instantGrant: PolicyContentInput = {
  title: '首次招工补贴',
  legalBasis: '常人社发〔2026〕4号',
  departmentCode: 'human-resources',
  mode: 'INSTANT',
  validFrom: '2026-01-01',
  validUntil: null,
  targets: { chains: [], nodes: [], regions: [], industries: [] },
  conditions: [],
  formula: { description: 'A fixed grant.', expression: '30000' },
  parameters: [],
  yearlyBudget: '100000.00',
};

describe('a policy budget under simultaneous applications', () => {
  const clock = new ManualClock(new Date(at('2026-11-30')));
  let app: TestApp;

  beforeAll(async () => {
    app = await TestApp.start({ clock, env: { POLICY_OVER_BUDGET: 'REFUSE' } });
    const officer = await app.clientAs(Role.OFFICER, { department: 'human-resources' });
    await officer.data(PolicyDraftSaveDocument, { input: { code: 'FIRST_HIRE', content: instantGrant } });
    await officer.data(PolicyPublishDocument, { input: { code: 'FIRST_HIRE' } });
  });
  afterAll(() => app?.stop());

  it('is never exceeded: of six enterprises applying at once, three are granted and three refused OVER_BUDGET', async () => {
    const admin = await app.clientAs(Role.ADMIN);
    const applicants = await Promise.all(
      Array.from({ length: 6 }, async () => {
        const enterprise = await registerEnterprise(admin);
        return { id: enterprise.id, client: await app.clientAs(Role.ENTERPRISE, { enterpriseUscc: enterprise.uscc }) };
      }),
    );
    const answers = await Promise.all(
      applicants.map(({ id, client }) => client.data(PolicyApplyDocument, { input: { policyCode: 'FIRST_HIRE', enterpriseId: id, period: '2026' } })),
    );
    expect(answers.filter(({ policyApply }) => policyApply.redemption?.state === 'GRANTED')).toHaveLength(3);
    expect(answers.flatMap(({ policyApply }) => policyApply.userErrors.map((error) => error.code))).toEqual([
      'OVER_BUDGET',
      'OVER_BUDGET',
      'OVER_BUDGET',
    ]);
    const [{ spent }] = await app.services.orm.em
      .fork()
      .execute<Array<{ spent: string }>>(`select coalesce(sum(amount), 0)::text as spent from policy_redemption where state = 'GRANTED'`);
    expect(spent).toBe('90000.00');
  });
});
