import { ManualClock } from '../../modules/platform/clock';
import { Role } from '../../modules/platform/auth/principal';
import { runSeeds } from '../../modules/platform/database/seed';
import type { GraphQLClient } from '../support/graphql-client';
import { SEEDING_TIMEOUT, TestApp } from '../support/test-app';

/**
 * A demo seeded long after its story was written still looks like a county at work: seeded on 10 March 2028, the
 * story ends on 29 February 2028, so the last months have cases, appeals, redemptions and inspections, the policies
 * are in force, and the indicators of those months have something to show, as `npm start` shows them that day.
 */
describe('the demo seeded in a later year', () => {
  const clock = new ManualClock(new Date('2028-03-10T02:00:00Z'));
  let app: TestApp;
  let analyst: GraphQLClient;

  beforeAll(async () => {
    app = await TestApp.start({ clock });
    // As `npm run seed` and `npm start` seed: on the timeline of the clock.
    await runSeeds(app.services, { enterprises: 16, seed: 2 });
    analyst = await app.clientAs(Role.ANALYST);
  }, SEEDING_TIMEOUT);
  afterAll(() => app?.stop());

  async function data<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await analyst.raw<T>(query, variables);
    expect(response.errors).toBeUndefined();
    return response.data!;
  }

  it('has the last months of cases, and the window ratings of their months', async () => {
    const { oneMatterIndicators } = await data<{ oneMatterIndicators: { casesSubmitted: number; casesCompleted: number } }>(
      '{ oneMatterIndicators(from: "2027-09-01", to: "2028-02-29") { casesSubmitted casesCompleted } }',
    );
    expect(oneMatterIndicators.casesSubmitted).toBeGreaterThan(5);
    expect(oneMatterIndicators.casesCompleted).toBeGreaterThan(0);
    const before = await data<{ oneMatterIndicators: { casesSubmitted: number } }>(
      '{ oneMatterIndicators(from: "2026-01-01", to: "2027-08-31") { casesSubmitted } }',
    );
    expect(before.oneMatterIndicators.casesSubmitted).toBe(0);
    const { windowRatings } = await data<{ windowRatings: unknown[] }>('{ windowRatings(month: "2028-01") { __typename } }');
    expect(windowRatings.length).toBeGreaterThan(0);
  });

  it('has appeals received and closed in the months before, some still open', async () => {
    const { appealIndicators } = await data<{ appealIndicators: { received: number; closed: number } }>(
      '{ appealIndicators(from: "2027-11-01", to: "2028-02-29") { received closed } }',
    );
    expect(appealIndicators.received).toBeGreaterThan(10);
    expect(appealIndicators.closed).toBeGreaterThan(0);
    expect(appealIndicators.closed).toBeLessThan(appealIndicators.received);
  });

  it('has policies in force today, and redemptions granted in the half year before', async () => {
    const { policies } = await data<{ policies: { nodes: Array<{ code: string; latest: { validFrom: string; validUntil: string | null } }> } }>(
      '{ policies(first: 20) { nodes { code latest { validFrom validUntil } } } }',
    );
    expect(policies.nodes.length).toBeGreaterThan(3);
    for (const policy of policies.nodes) {
      expect([policy.code, policy.latest.validFrom <= '2028-03-10']).toEqual([policy.code, true]);
      expect([policy.code, (policy.latest.validUntil ?? '9999-12-31') >= '2028-03-10']).toEqual([policy.code, true]);
    }
    const { policyIndicators } = await data<{ policyIndicators: { granted: number } }>(
      '{ policyIndicators(from: "2027-09-01", to: "2028-02-29") { granted } }',
    );
    expect(policyIndicators.granted).toBeGreaterThan(0);
  });

  it('has a year of inspections up to the end of February 2028', async () => {
    const { inspectionIndicators } = await data<{ inspectionIndicators: { inspections: number; published: number } }>(
      '{ inspectionIndicators(from: "2027-03-01", to: "2028-02-29") { inspections published } }',
    );
    expect(inspectionIndicators.inspections).toBeGreaterThan(20);
    expect(inspectionIndicators.published).toBeGreaterThan(0);
    const later = await data<{ inspectionIndicators: { published: number } }>(
      '{ inspectionIndicators(from: "2028-03-01", to: "2028-12-31") { published } }',
    );
    expect(later.inspectionIndicators.published).toBe(0);
  });
});
