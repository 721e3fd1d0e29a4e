import { Role } from '../../modules/platform/auth/principal';
import { ManualClock } from '../../modules/platform/clock';
import { CaseSubmitDocument, CasesDocument } from '../../schema/generated/graphql';
import { registerEnterprise } from '../support/fixtures';
import { at } from '../support/one-matter';
import { TestApp } from '../support/test-app';

const POOL_MAX = 4;
const ACQUIRE_TIMEOUT_MS = 20_000;
const BURST = 20;

/**
 * A deadlock guard, not a speed target: a request that took a second pooled connection while holding a
 * transaction would wait for the acquire timeout once the burst holds every connection.
 */
describe('a burst of submissions larger than the pool', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await TestApp.start({
      // Deadlines into next year: the calendar answers for a provisional year on the first request.
      clock: new ManualClock(new Date(at('2026-12-30'))),
      env: { DATABASE_POOL_MAX: String(POOL_MAX), DATABASE_POOL_ACQUIRE_TIMEOUT_MS: String(ACQUIRE_TIMEOUT_MS) },
    });
  });
  afterAll(() => app?.stop());

  it('creates one case, answers every retry without error, and keeps readiness answering', async () => {
    const enterprise = await registerEnterprise(await app.clientAs(Role.ADMIN));
    const applicant = await app.clientAs(Role.ENTERPRISE, { enterpriseUscc: enterprise.uscc });
    const input = { matterCode: 'OPEN_BUSINESS', enterpriseId: enterprise.id, channel: 'ONLINE' as const, idempotencyKey: 'slow-page-retry' };
    const timed = async <T>(work: () => Promise<T>) => {
      const started = Date.now();
      const result = await work();
      return { result, elapsedMs: Date.now() - started };
    };

    const [answers, readiness] = await Promise.all([
      Promise.all(Array.from({ length: BURST }, () => timed(() => applicant.request(CaseSubmitDocument, { input })))),
      timed(() => fetch(`${app.url}/readyz`)),
    ]);

    for (const { result } of answers) {
      expect(result.errors).toBeUndefined();
      expect(result.data?.caseSubmit.userErrors).toEqual([]);
    }
    expect(new Set(answers.map(({ result }) => result.data?.caseSubmit.case?.id)).size).toBe(1);
    expect(Math.max(...answers.map(({ elapsedMs }) => elapsedMs))).toBeLessThan(ACQUIRE_TIMEOUT_MS / 2);
    expect(readiness.result.status).toBe(200);
    expect(readiness.elapsedMs).toBeLessThan(ACQUIRE_TIMEOUT_MS / 2);
    const { cases } = await (await app.clientAs(Role.ADMIN)).data(CasesDocument, { filter: { enterpriseId: enterprise.id } });
    expect(cases.totalCount).toBe(1);
  });
});
