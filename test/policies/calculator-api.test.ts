import { Role } from '../../modules/platform/auth/principal';
import { ManualClock } from '../../modules/platform/clock';
import {
  ApiKeyCreateDocument,
  ChainMembershipJoinDocument,
  ChipRdSpendingRecordDocument,
  PartnerAuthorizationGrantDocument,
  PolicyDiffDocument,
  PolicyDraftDocument,
  PolicyDraftSaveDocument,
  PolicyFactsDocument,
  PoliciesDocument,
  PolicyMatchesDocument,
  PolicyPublishDocument,
  PolicyWhatIfDocument,
  type PolicyContentInput,
} from '../../schema/generated/graphql';
import type { GraphQLClient } from '../support/graphql-client';
import { registerEnterprise } from '../support/fixtures';
import { at } from '../support/one-matter';
import { TestApp } from '../support/test-app';

/** 芯片企业研发投入补助: chip members spending at least 5 % on R&D, paid a share of registered capital that rises on 1 July. */
const rdSubsidy: PolicyContentInput = {
  title: '芯片企业研发投入补助',
  legalBasis: '常政发〔2026〕12号',
  departmentCode: 'economy-information',
  mode: 'NO_APPLICATION',
  validFrom: '2026-01-01',
  validUntil: '2026-12-31',
  targets: { chains: ['CHIP'], nodes: [], regions: [], industries: [] },
  conditions: [
    { code: 'RD_INTENSITY', description: 'Spends at least 5 % of revenue on R&D.', expression: 'chip.rdIntensity >= 0.05' },
    { code: 'ESTABLISHED', description: 'Established at least two years.', expression: 'enterprise.yearsSinceEstablished >= 2' },
  ],
  formula: {
    description: 'Registered capital times the rate, at most the cap.',
    expression: 'min(enterprise.registeredCapital * param.rate, param.cap)',
  },
  parameters: [
    {
      name: 'rate',
      description: 'Share of registered capital',
      values: [
        { from: '2026-01-01', value: 0.01 },
        { from: '2026-07-01', value: 0.02 },
      ],
    },
    { name: 'cap', description: 'At most, in yuan', values: [{ from: '2026-01-01', value: 500000 }] },
  ],
  yearlyBudget: '5000000.00',
};

describe('policies as data and the calculator', () => {
  const clock = new ManualClock(new Date(at('2026-11-30')));
  let app: TestApp;
  let officer: GraphQLClient;
  let owner: GraphQLClient;
  let enterprise: { id: string; uscc: string };

  beforeAll(async () => {
    app = await TestApp.start({ clock });
    const admin = await app.clientAs(Role.ADMIN);
    officer = await app.clientAs(Role.OFFICER, { department: 'economy-information' });
    enterprise = await registerEnterprise(admin, { registeredCapital: '10000000.00', establishedOn: '2018-05-20', industryCode: 'C3973' });
    owner = await app.clientAs(Role.ENTERPRISE, { enterpriseUscc: enterprise.uscc });
    const desk = await app.clientAs(Role.DESK, { chains: ['chip'] });
    await desk.data(ChainMembershipJoinDocument, { input: { chain: 'CHIP', enterpriseId: enterprise.id, node: 'RESEARCH' } });
    await desk.data(ChipRdSpendingRecordDocument, {
      input: { enterpriseId: enterprise.id, year: 2025, amount: '400000.00', revenue: '10000000.00' },
    });
  });
  afterAll(() => app?.stop());

  it('lists the facts the modules offer, a chain’s own included', async () => {
    const { policyFacts } = await app.client.data(PolicyFactsDocument);
    expect(policyFacts).toContainEqual({ code: 'chip.rdIntensity', type: 'NUMBER', module: 'chip' });
  });

  it('refuses a draft whose expression is malformed or names an unknown fact, with the position, and writes nothing', async () => {
    const { policyDraftSave } = await officer.data(PolicyDraftSaveDocument, {
      input: {
        code: 'RD_SUBSIDY_2026',
        content: {
          ...rdSubsidy,
          conditions: [
            { code: 'RD_INTENSITY', description: '', expression: 'chip.rdIntensity >=' },
            { code: 'X_Y', description: '', expression: 'chip.rdBudget > 1' },
          ],
        },
      },
    });
    expect(policyDraftSave.policy).toBeNull();
    expect(policyDraftSave.userErrors.map((error) => [error.field.join('.'), error.code, error.message])).toEqual([
      ['input.content.conditions.0.expression', 'INVALID_FORMAT', 'Expected expression after >= (at character 20)'],
      ['input.content.conditions.1.expression', 'INVALID_FORMAT', 'No fact is called chip.rdBudget; see policyFacts. (at character 1)'],
    ]);
  });

  it('judges an enterprise with the trace, the why-not, a parameter by date, and a what-if that writes nothing', async () => {
    expect(
      (await officer.data(PolicyDraftSaveDocument, { input: { code: 'RD_SUBSIDY_2026', content: rdSubsidy } })).policyDraftSave.userErrors,
    ).toEqual([]);
    expect((await officer.data(PolicyPublishDocument, { input: { code: 'RD_SUBSIDY_2026' } })).policyPublish.version).toMatchObject({ number: 1 });
    const { policies } = await app.client.data(PoliciesDocument, {});
    expect(policies.nodes).toEqual([
      { code: 'RD_SUBSIDY_2026', title: '芯片企业研发投入补助', latest: { number: 1, department: { code: 'economy-information' } } },
    ]);

    const { policyMatches } = await owner.data(PolicyMatchesDocument, { enterpriseId: enterprise.id, on: '2026-06-30' });
    const [match] = policyMatches.filter((entry) => entry.policy.code === 'RD_SUBSIDY_2026');
    expect(match).toMatchObject({ inForce: true, eligible: false, amount: null, formulaValue: 100000 });
    expect(match.conditions.map((condition) => [condition.code, condition.result])).toEqual([
      ['TARGET_CHAINS', true],
      ['RD_INTENSITY', false],
      ['ESTABLISHED', true],
    ]);
    expect(match.conditions[1].shortfalls).toEqual([{ fact: 'chip.rdIntensity', value: 0.04, operator: '>=', threshold: 0.05 }]);

    const { count, statements } = await app.countStatements(async () => {
      const { policyWhatIf } = await owner.data(PolicyWhatIfDocument, {
        enterpriseId: enterprise.id,
        on: '2026-07-01',
        assume: [{ fact: 'chip.rdIntensity', value: 0.07 }],
      });
      expect(policyWhatIf.find((entry) => entry.policy.code === 'RD_SUBSIDY_2026')).toMatchObject({ eligible: true, amount: 200000 });
    });
    expect(count).toBeGreaterThan(0);
    expect(statements.filter((sql) => /^\s*(insert|update|delete)/i.test(sql))).toEqual([]);
  });

  it('shows an enterprise its own matches only, and a partner those it is authorized for', async () => {
    const other = await registerEnterprise(await app.clientAs(Role.ADMIN));
    const stranger = await app.clientAs(Role.ENTERPRISE, { enterpriseUscc: other.uscc });
    expect((await stranger.request(PolicyMatchesDocument, { enterpriseId: enterprise.id, on: '2026-06-30' })).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    const { apiKeyCreate } = await (await app.clientAs(Role.ADMIN)).data(ApiKeyCreateDocument, { input: { name: 'Bank' } });
    const bank = app.client.as({ apiKey: apiKeyCreate.secret! });
    expect((await bank.request(PolicyMatchesDocument, { enterpriseId: enterprise.id, on: '2026-06-30' })).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    await owner.data(PartnerAuthorizationGrantDocument, {
      input: {
        enterpriseId: enterprise.id,
        partnerKeyId: apiKeyCreate.apiKey!.id,
        scopes: ['POLICIES'],
        purpose: '政策融资',
        validUntil: '2027-05-30',
      },
    });
    expect((await bank.data(PolicyMatchesDocument, { enterpriseId: enterprise.id, on: '2026-06-30' })).policyMatches.length).toBeGreaterThan(0);
  });

  it('shows editors the draft with what publishing it would change, and anyone the diff of two versions', async () => {
    const before = await officer.data(PolicyDraftDocument, { code: 'RD_SUBSIDY_2026' });
    expect(before.policyDraft).toMatchObject({ latestVersion: 1, changesSincePublished: { from: 1, to: null, changedFields: [] } });
    const revised: PolicyContentInput = {
      ...rdSubsidy,
      title: '芯片企业研发投入补助（修订）',
      conditions: [
        rdSubsidy.conditions[0],
        { ...rdSubsidy.conditions[1], expression: 'enterprise.yearsSinceEstablished >= 3' },
        { code: 'CAPITAL', description: 'At least 1,000,000 yuan of capital.', expression: 'enterprise.registeredCapital >= 1000000' },
      ],
      parameters: [
        { ...rdSubsidy.parameters[0], values: [...rdSubsidy.parameters[0].values].reverse() },
        { ...rdSubsidy.parameters[1], values: [{ from: '2026-01-01', value: 400000 }] },
      ],
    };
    const saved = await officer.data(PolicyDraftSaveDocument, {
      input: { code: 'RD_SUBSIDY_2026', content: revised, expectedRevision: before.policyDraft.revision },
    });
    expect(saved.policyDraftSave.userErrors).toEqual([]);
    const expected = {
      changedFields: ['title'],
      addedConditions: ['CAPITAL'],
      removedConditions: [],
      changedConditions: ['ESTABLISHED'],
      addedParameters: [],
      removedParameters: [],
      // The rate's dated values only came in another order: the calculator applies the same, so it is no change.
      changedParameters: ['cap'],
    };
    const { policyDraft } = await officer.data(PolicyDraftDocument, { code: 'RD_SUBSIDY_2026' });
    expect(policyDraft).toMatchObject({ revision: before.policyDraft.revision + 1, changesSincePublished: { from: 1, to: null, ...expected } });
    expect(policyDraft.content).toMatchObject({ title: '芯片企业研发投入补助（修订）' });
    const tax = await app.clientAs(Role.OFFICER, { department: 'tax' });
    expect((await tax.request(PolicyDraftDocument, { code: 'RD_SUBSIDY_2026' })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    await officer.data(PolicyPublishDocument, { input: { code: 'RD_SUBSIDY_2026' } });
    expect((await app.client.data(PolicyDiffDocument, { code: 'RD_SUBSIDY_2026', from: 1, to: 2 })).policyDiff).toEqual({
      from: 1,
      to: 2,
      ...expected,
    });
    const missing = await app.client.request(PolicyDiffDocument, { code: 'RD_SUBSIDY_2026', from: 1, to: 3 });
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: ['to'] });
  });
});
