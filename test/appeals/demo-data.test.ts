import { Role } from '../../modules/platform/auth/principal';
import { AppealIndicatorsDocument, AppealsDocument, TypicalCasesDocument, type AppealFilter } from '../../schema/generated/graphql';
import { TestApp, SEEDING_TIMEOUT } from '../support/test-app';

describe('demo appeals', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await TestApp.start();
    await app.seed(120, 1, ['enterprise', 'one-matter', 'appeals']);
  }, SEEDING_TIMEOUT);
  afterAll(() => app?.stop());

  it('fill the pool through the services: many channels, open and closed appeals, a history for each', async () => {
    const admin = await app.clientAs(Role.ADMIN);
    const { appeals } = await admin.data(AppealsDocument, { first: 100 });
    expect(appeals.totalCount).toBeGreaterThan(150);
    expect(new Set(appeals.nodes.map((node) => node.channel.code)).size).toBeGreaterThan(6);
    expect(appeals.nodes.every((node) => node.history[0].step === 'RECEIVED')).toBe(true);
    const count = async (filter: AppealFilter) => (await admin.data(AppealsDocument, { first: 1, filter })).appeals.totalCount;
    expect(await count({ states: ['CLOSED'] })).toBeGreaterThan(50);
    expect(await count({ states: ['HANDLING', 'ASSIGNED'] })).toBeGreaterThan(0);
    expect(await count({ states: ['REPLIED'] })).toBeGreaterThan(0);
    // Bad reviews of the demo cases landed in the pool by themselves.
    expect(await count({ channelCodes: ['BAD_REVIEW'] })).toBeGreaterThan(0);
  });

  it('give the indicators and the typical cases something to show', async () => {
    const analyst = await app.clientAs(Role.ANALYST);
    const { appealIndicators } = await analyst.data(AppealIndicatorsDocument, { from: '2026-08-01', to: '2026-11-30', by: 'CHANNEL' });
    expect(appealIndicators.closed).toBeGreaterThan(50);
    expect(appealIndicators.satisfactionRate).toBeGreaterThan(0.7);
    expect(appealIndicators.onTimeClosureRate).toBeLessThan(1);
    expect(appealIndicators.breakdown.length).toBeGreaterThan(8);
    const { typicalCases } = await app.client.data(TypicalCasesDocument);
    expect(typicalCases.nodes.length).toBeGreaterThan(0);
  });

  it('adds nothing when seeded again', async () => {
    const admin = await app.clientAs(Role.ADMIN);
    const before = (await admin.data(AppealsDocument, { first: 1 })).appeals.totalCount;
    await app.seed(120, 1, ['appeals']);
    expect((await admin.data(AppealsDocument, { first: 1 })).appeals.totalCount).toBe(before);
  });
});
