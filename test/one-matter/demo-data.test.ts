import { Role } from '../../modules/platform/auth/principal';
import { CasesDocument, OneMatterIndicatorsDocument, WindowRatingsDocument } from '../../schema/generated/graphql';
import { TestApp, SEEDING_TIMEOUT } from '../support/test-app';

describe('one-matter demo data', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
    await app.seed(100, 1, ['enterprise', 'one-matter']);
  }, SEEDING_TIMEOUT);
  afterAll(() => app?.stop());

  it('tells a history of cases in every state, handled through the services', async () => {
    const admin = await app.clientAs(Role.ADMIN);
    const counts = await app.services.orm.em
      .fork()
      .execute<Array<{ state: string; n: number }>>(`select state, count(*)::int as n from service_case group by state`);
    const states = Object.fromEntries(counts.map((row) => [row.state, row.n]));
    expect(counts.reduce((sum, row) => sum + row.n, 0)).toBe(60);
    expect(states.COMPLETED).toBeGreaterThan(30);
    expect(Object.keys(states).length).toBeGreaterThanOrEqual(4);
    expect((await admin.data(CasesDocument, { filter: { channels: ['WINDOW'] } })).cases.totalCount).toBeGreaterThan(0);
    const { oneMatterIndicators } = await admin.data(OneMatterIndicatorsDocument, { from: '2026-06-01', to: '2026-12-31' });
    expect(oneMatterIndicators.onlineRate).toBeGreaterThan(0.85);
    expect(oneMatterIndicators.averageHandlingWorkingDays).toBeGreaterThan(0);
  });

  it('publishes the windows’ ratings for the demo months', async () => {
    const { windowRatings } = await app.client.data(WindowRatingsDocument, { month: '2026-09' });
    expect(windowRatings).toHaveLength(8);
  });
});
