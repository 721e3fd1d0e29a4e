import { Role } from '../../modules/platform/auth/principal';
import { ManualClock } from '../../modules/platform/clock';
import { previousPeriods } from '../../modules/reports/indicator-board.service';
import { ChainMembershipJoinDocument, IndicatorBoardDocument } from '../../schema/generated/graphql';
import type { GraphQLClient } from '../support/graphql-client';
import { registerEnterprise } from '../support/fixtures';
import { submitCase } from '../support/one-matter';
import { TestApp } from '../support/test-app';

/** The board on a known data set: one online case in October; one online and one self-service case in November. */
describe('the indicator board', () => {
  const clock = new ManualClock(new Date('2026-10-15T02:00:00Z'));
  let app: TestApp;
  let analyst: GraphQLClient;
  let region: string;

  beforeAll(async () => {
    app = await TestApp.start({ clock });
    const admin = await app.clientAs(Role.ADMIN);
    analyst = await app.clientAs(Role.ANALYST);
    const member = await registerEnterprise(admin);
    const other = await registerEnterprise(admin, { regionCode: '330803' });
    region = '330803';
    await (
      await app.clientAs(Role.DESK, { chains: ['huyou'] })
    ).data(ChainMembershipJoinDocument, {
      input: { chain: 'HUYOU', enterpriseId: member.id, node: 'PLANTING' },
    });
    const applicant = (enterprise: { uscc: string }) => app.clientAs(Role.ENTERPRISE, { enterpriseUscc: enterprise.uscc });
    await submitCase(await applicant(member), member.id, 'HIRING', 'ONLINE');
    clock.set('2026-11-10T02:00:00Z');
    await submitCase(await applicant(member), member.id, 'HIRING', 'ONLINE');
    await submitCase(await applicant(other), other.id, 'HIRING', 'SELF_SERVICE');
  });
  afterAll(() => app?.stop());

  const board = async (variables: { region?: string; chain?: string }) => {
    const { indicatorBoard } = await analyst.data(IndicatorBoardDocument, { from: '2026-11-01', to: '2026-11-30', trendPeriods: 2, ...variables });
    return new Map(indicatorBoard.entries.map((entry) => [entry.indicator.code, entry]));
  };

  it('shows each indicator’s value, target, class and the months before it', async () => {
    const online = (await board({})).get('one-matter.online-rate')!;
    expect(online).toMatchObject({ value: 0.5, target: 0.97, class: 'LAGGING', indicator: { direction: 'HIGHER_IS_BETTER', unit: 'RATE' } });
    expect(online.trend).toEqual([
      { from: '2026-09-01', to: '2026-09-30', value: null },
      { from: '2026-10-01', to: '2026-10-31', value: 1 },
    ]);
    const entries = await board({});
    expect([...entries.keys()]).toEqual(
      expect.arrayContaining(['credit.good-or-better-rate', 'appeals.on-time-closure-rate', 'policies.without-review-share']),
    );
    // A state, not a flow: credit grades as they stand have no trend.
    expect(entries.get('credit.good-or-better-rate')!.trend).toEqual([]);
  });

  it('narrows to a region and to a chain', async () => {
    expect((await board({ region })).get('one-matter.online-rate')!.value).toBe(0);
    expect((await board({ chain: 'HUYOU' })).get('one-matter.online-rate')!).toMatchObject({ value: 1, class: 'BENCHMARK' });
    expect((await board({ chain: 'CHIP' })).get('one-matter.online-rate')!).toMatchObject({ value: null, class: null });
  });

  it('steps back by whole months for a month, and by days otherwise', () => {
    expect(previousPeriods('2026-03-01', '2026-03-31', 2)).toEqual([
      { from: '2026-01-01', to: '2026-01-31' },
      { from: '2026-02-01', to: '2026-02-28' },
    ]);
    expect(previousPeriods('2026-01-01', '2026-06-30', 1)).toEqual([{ from: '2025-07-01', to: '2025-12-31' }]);
    expect(previousPeriods('2026-11-10', '2026-11-16', 1)).toEqual([{ from: '2026-11-03', to: '2026-11-09' }]);
  });
});
