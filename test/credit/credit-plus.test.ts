import { Role } from '../../modules/platform/auth/principal';
import { ManualClock } from '../../modules/platform/clock';
import {
  ChainMembershipJoinDocument,
  ChainMembershipLeaveDocument,
  ChipRdSpendingRecordDocument,
  CreditPlusRulesDiffDocument,
  CreditPlusRulesDocument,
  CreditPlusRulesDraftSaveDocument,
  CreditPlusRulesPublishDocument,
  CreditScoresRecomputeDocument,
  EnterpriseCreditPlusHistoryDocument,
  EnterpriseCreditPlusScoresDocument,
  HuyouOrchardRegisterDocument,
  HuyouResidueTestRecordDocument,
  type CreditPlusRuleInput,
} from '../../schema/generated/graphql';
import { errorCode, type GraphQLClient } from '../support/graphql-client';
import { registerEnterprise } from '../support/fixtures';
import { TestApp } from '../support/test-app';

describe('credit+ chain scores under rules the desk versions', () => {
  const clock = new ManualClock(new Date('2026-10-12T02:00:00Z'));
  let app: TestApp;
  let admin: GraphQLClient;
  let desk: GraphQLClient;
  let grower: { id: string; uscc: string };
  let orchardId: string;
  const testIds: string[] = [];

  const scores = async () => (await admin.data(EnterpriseCreditPlusScoresDocument, { id: grower.id })).enterprise!;
  const ruleSet = (overrides: Partial<CreditPlusRuleInput>[]): CreditPlusRuleInput[] =>
    overrides.map((rule, index) => ({
      code: `RULE_${index}`,
      description: 'A rule',
      indicator: 'RESIDUE_PASS_RATE',
      operator: 'AT_LEAST',
      threshold: 1,
      points: 10,
      ...rule,
    }));

  beforeAll(async () => {
    app = await TestApp.start({ clock });
    admin = await app.clientAs(Role.ADMIN);
    desk = await app.clientAs(Role.DESK, { chains: ['huyou'], subject: 'huyou-desk-1' });
    grower = await registerEnterprise(admin);
    await desk.data(ChainMembershipJoinDocument, { input: { enterpriseId: grower.id, chain: 'HUYOU', node: 'PLANTING' } });
    const { huyouOrchardRegister } = await desk.data(HuyouOrchardRegisterDocument, {
      input: { enterpriseId: grower.id, name: '青石胡柚基地', areaMu: '120.00', certifications: ['GAP'] },
    });
    orchardId = huyouOrchardRegister.orchard!.id;
    for (const sampledOn of ['2026-09-01', '2026-09-20']) {
      testIds.push(
        (await desk.data(HuyouResidueTestRecordDocument, { input: { orchardId, sampledOn, passed: true } })).huyouResidueTestRecord.residueTest!.id,
      );
    }
    const chipDesk = await app.clientAs(Role.DESK, { chains: ['chip'] });
    await chipDesk.data(ChainMembershipJoinDocument, { input: { enterpriseId: grower.id, chain: 'CHIP', node: 'RESEARCH' } });
    await chipDesk.data(ChipRdSpendingRecordDocument, {
      input: { enterpriseId: grower.id, year: 2025, amount: '10000000.00', revenue: '100000000.00' },
    });
    await admin.data(CreditScoresRecomputeDocument, {});
  });
  afterAll(() => app?.stop());

  it('scores chain members in plugin order on top of the previous result under the plugin defaults, with the chain records as evidence', async () => {
    const enterprise = await scores();
    const publicScore = enterprise.creditScore!.score;
    const [huyou, chip] = enterprise.creditPlusScores;
    expect(huyou).toMatchObject({ chain: 'HUYOU', publicScore, baseScore: publicScore, baseChain: null, score: publicScore + 50, ruleSetVersion: 0 });
    // The chip plugin runs after the huyou plugin and starts from its result.
    expect(chip).toMatchObject({ chain: 'CHIP', publicScore, baseScore: publicScore + 50, baseChain: 'HUYOU', score: publicScore + 90 });
    expect(chip.explanation!.map((line) => [line.rule, line.points, line.evidence[0]?.__typename])).toEqual([['RD_INTENSIVE', 40, 'ChipRdSpending']]);
    expect(huyou.explanation!.map((line) => [line.rule, line.points])).toEqual([
      ['CERTIFIED', 20],
      ['RESIDUE_ALL_PASSED', 30],
    ]);
    expect(huyou.explanation![0].evidence).toEqual([{ __typename: 'HuyouOrchard', id: orchardId }]);
    expect(huyou.explanation![1].evidence.map((node) => node?.id).sort()).toEqual([...testIds].sort());
  });

  it('publishes the rules, with indicators, so anyone can check a score', async () => {
    const { creditPlusRules } = await (await app.clientAs(Role.ANALYST)).data(CreditPlusRulesDocument, { chain: 'HUYOU' });
    expect(creditPlusRules).toMatchObject({ chain: 'HUYOU', name: '信用+胡柚', versionInForce: 0, draft: null, versions: [] });
    expect(creditPlusRules.indicators.map((indicator) => indicator.code)).toEqual(['RESIDUE_PASS_RATE', 'CERTIFIED_ORCHARDS']);
    expect(creditPlusRules.rulesInForce.map((rule) => rule.code)).toEqual(['RESIDUE_ALL_PASSED', 'RESIDUE_FAILURES', 'CERTIFIED']);
  });

  it('refuses another chain’s desk, and reports every problem of a bad rule set without saving it', async () => {
    const chipDesk = await app.clientAs(Role.DESK, { chains: ['chip'] });
    expect(errorCode(await chipDesk.request(CreditPlusRulesDraftSaveDocument, { input: { chain: 'HUYOU', rules: ruleSet([{}]) } }))).toBe(
      'FORBIDDEN',
    );

    const bad = await desk.data(CreditPlusRulesDraftSaveDocument, {
      input: { chain: 'HUYOU', rules: ruleSet([{ code: 'SAME' }, { code: 'SAME', indicator: 'PROFIT' }, { points: 900, description: ' ' }]) },
    });
    expect(bad.creditPlusRulesDraftSave.userErrors.map((error) => [error.field.join('.'), error.code])).toEqual([
      ['input.rules.1.code', 'DUPLICATE'],
      ['input.rules.1.indicator', 'NOT_FOUND'],
      ['input.rules.2.description', 'BLANK'],
      ['input.rules.2.points', 'OUT_OF_RANGE'],
    ]);
    expect((await desk.data(CreditPlusRulesDocument, { chain: 'HUYOU' })).creditPlusRules.draft).toBeNull();
    const nothing = await desk.data(CreditPlusRulesPublishDocument, { input: { chain: 'HUYOU' } });
    expect(nothing.creditPlusRulesPublish.userErrors[0]).toMatchObject({ field: ['input', 'chain'], code: 'EMPTY' });
  });

  it('rescores the chain when the desk publishes a new version, keeping what changed and the earlier scores', async () => {
    const rules = ruleSet([
      {
        code: 'RESIDUE_ALL_PASSED',
        description: 'Every residue test passed',
        indicator: 'RESIDUE_PASS_RATE',
        operator: 'EQUALS',
        threshold: 1,
        points: 60,
      },
      {
        code: 'RESIDUE_FAILURES',
        description: 'More than one residue test in ten failed',
        indicator: 'RESIDUE_PASS_RATE',
        operator: 'BELOW',
        threshold: 0.9,
        points: -80,
      },
      {
        code: 'CERTIFIED_MANY',
        description: 'Runs several certified orchards',
        indicator: 'CERTIFIED_ORCHARDS',
        operator: 'AT_LEAST',
        threshold: 2,
        points: 40,
      },
    ]);
    const saved = await desk.data(CreditPlusRulesDraftSaveDocument, { input: { chain: 'HUYOU', rules } });
    expect(saved.creditPlusRulesDraftSave.creditPlus?.draft?.map((rule) => rule.code)).toEqual([
      'RESIDUE_ALL_PASSED',
      'RESIDUE_FAILURES',
      'CERTIFIED_MANY',
    ]);
    // Saving alone changes nothing in force.
    expect((await scores()).creditPlusScores[0].ruleSetVersion).toBe(0);

    const { creditPlusRulesPublish } = await desk.data(CreditPlusRulesPublishDocument, { input: { chain: 'HUYOU' } });
    expect(creditPlusRulesPublish).toMatchObject({ ruleSet: { number: 1 }, rescored: 1, userErrors: [] });
    const enterprise = await scores();
    expect(enterprise.creditPlusScores[0]).toMatchObject({ ruleSetVersion: 1, score: enterprise.creditScore!.score + 60 });
    // The later plugins built on the huyou score follow it.
    expect(enterprise.creditPlusScores[1]).toMatchObject({ chain: 'CHIP', ruleSetVersion: 0, score: enterprise.creditScore!.score + 100 });
    expect(enterprise.creditPlusScores[0].explanation!.map((line) => line.rule)).toEqual(['RESIDUE_ALL_PASSED']);

    const { creditPlusRulesDiff } = await admin.data(CreditPlusRulesDiffDocument, { chain: 'HUYOU', from: 0, to: 1 });
    expect(creditPlusRulesDiff).toEqual({ added: ['CERTIFIED_MANY'], removed: ['CERTIFIED'], changed: ['RESIDUE_ALL_PASSED'] });
    expect(errorCode(await admin.request(CreditPlusRulesDiffDocument, { chain: 'HUYOU', from: 0, to: 7 }))).toBe('BAD_USER_INPUT');
    const { creditPlusRules } = await desk.data(CreditPlusRulesDocument, { chain: 'HUYOU' });
    expect(creditPlusRules).toMatchObject({ versionInForce: 1, versions: [{ number: 1, publishedBy: 'huyou-desk-1' }] });
  });

  it('rescores at once when the desk records chain data', async () => {
    const { huyouResidueTestRecord } = await desk.data(HuyouResidueTestRecordDocument, {
      input: { orchardId, sampledOn: '2026-10-01', passed: false, remark: '毒死蜱超标' },
    });
    const enterprise = await scores();
    const publicScore = enterprise.creditScore!.score;
    expect(enterprise.creditPlusScores.map((score) => [score.chain, score.score])).toEqual([
      ['HUYOU', publicScore - 80],
      ['CHIP', publicScore - 40],
    ]);
    const [line] = enterprise.creditPlusScores[0].explanation!;
    expect(line).toMatchObject({ rule: 'RESIDUE_FAILURES', points: -80 });
    expect(line.evidence.map((node) => node?.id)).toContain(huyouResidueTestRecord.residueTest!.id);
    // Every computation is kept: the newest two under version 1, the earlier ones under the defaults.
    const history = (await admin.data(EnterpriseCreditPlusHistoryDocument, { id: grower.id, chain: 'HUYOU' })).enterprise!.creditPlusScoreHistory;
    expect(history[0]).toEqual({ score: publicScore - 80, ruleSetVersion: 1 });
    expect(history.map((entry) => entry.ruleSetVersion).slice(0, 3)).toEqual([1, 1, 0]);
    const own = await (
      await app.clientAs(Role.ENTERPRISE, { enterpriseUscc: grower.uscc })
    ).data(EnterpriseCreditPlusHistoryDocument, { id: grower.id, chain: 'HUYOU' });
    expect(own.enterprise!.creditPlusScoreHistory).toHaveLength(history.length);
    const stranger = await registerEnterprise(admin);
    const other = await (
      await app.clientAs(Role.ENTERPRISE, { enterpriseUscc: stranger.uscc })
    ).request(EnterpriseCreditPlusHistoryDocument, { id: grower.id, chain: 'HUYOU' });
    expect(errorCode(other)).toBe('FORBIDDEN');
  });

  it('keeps the reasons from a partner without the enterprise’s authorization', async () => {
    const partner = await app.clientAs(Role.PARTNER);
    const response = await partner.request(EnterpriseCreditPlusScoresDocument, { id: grower.id });
    expect(errorCode(response)).toBe('FORBIDDEN');
    expect(response.errors?.[0].path).toEqual(['enterprise', 'creditPlusScores', 0, 'explanation']);
  });

  it('follows membership at once: leaving removes the chain’s score and rebases later chains, joining scores', async () => {
    const huyouDesk = await app.clientAs(Role.DESK, { chains: ['huyou'] });
    const before = (await scores()).creditPlusScores;
    expect(before.map((score) => score.chain)).toEqual(['HUYOU', 'CHIP']);
    await huyouDesk.data(ChainMembershipLeaveDocument, { input: { enterpriseId: grower.id, chain: 'HUYOU', node: 'PLANTING' } });
    const left = await scores();
    expect(left.creditPlusScores.map((score) => score.chain)).toEqual(['CHIP']);
    // CHIP no longer builds on a chain the enterprise left: it starts from the public score.
    expect(left.creditPlusScores[0]).toMatchObject({ baseChain: null, baseScore: left.creditScore!.score });
    await huyouDesk.data(ChainMembershipJoinDocument, { input: { enterpriseId: grower.id, chain: 'HUYOU', node: 'PLANTING' } });
    const joined = await scores();
    expect(joined.creditPlusScores.map((score) => [score.chain, score.baseChain])).toEqual([
      ['HUYOU', null],
      ['CHIP', 'HUYOU'],
    ]);
  });
});
