import { Role } from '../../modules/platform/auth/principal';
import { CaseSubmitDocument, CasesDocument, TaskAcceptDocument } from '../../schema/generated/graphql';
import type { GraphQLClient } from '../support/graphql-client';
import { registerEnterprise } from '../support/fixtures';
import { submitCase, taskOf } from '../support/one-matter';
import { TestApp } from '../support/test-app';

describe('concurrent and retried actions', () => {
  let app: TestApp;
  let applicant: GraphQLClient;
  let enterprise: { id: string; uscc: string };

  beforeAll(async () => {
    app = await TestApp.start();
    enterprise = await registerEnterprise(await app.clientAs(Role.ADMIN));
    applicant = await app.clientAs(Role.ENTERPRISE, { enterpriseUscc: enterprise.uscc });
  });
  afterAll(() => app?.stop());

  const submit = (idempotencyKey: string, matterCode = 'HIRING') =>
    applicant.data(CaseSubmitDocument, { input: { matterCode, enterpriseId: enterprise.id, channel: 'ONLINE', idempotencyKey } });

  it('lets exactly one of several officers accepting the same task at once win', async () => {
    const serviceCase = await submitCase(applicant, enterprise.id, 'HIRING');
    const task = taskOf(serviceCase, 'RS-004');
    const officers = await Promise.all(
      ['a', 'b', 'c', 'd', 'e'].map((name) => app.clientAs(Role.OFFICER, { department: 'human-resources', subject: `officer-${name}` })),
    );
    const results = await Promise.all(
      officers.map((officer) => officer.data(TaskAcceptDocument, { input: { id: task.id, expectedVersion: task.version } })),
    );
    const winners = results.filter((result) => result.taskAccept.userErrors.length === 0);
    expect(winners).toHaveLength(1);
    for (const loser of results.filter((result) => result.taskAccept.userErrors.length > 0)) {
      expect(['STALE_VERSION', 'INVALID_TRANSITION']).toContain(loser.taskAccept.userErrors[0].code);
    }
    expect(winners[0].taskAccept.task).toMatchObject({ state: 'ACCEPTED', version: task.version + 1 });
  });

  it('refuses an action against a stale version', async () => {
    const serviceCase = await submitCase(applicant, enterprise.id, 'HIRING');
    const task = taskOf(serviceCase, 'RS-005');
    const officer = await app.clientAs(Role.OFFICER, { department: 'human-resources' });
    const { taskAccept } = await officer.data(TaskAcceptDocument, { input: { id: task.id, expectedVersion: task.version + 7 } });
    expect(taskAccept.userErrors).toEqual([expect.objectContaining({ field: ['input', 'expectedVersion'], code: 'STALE_VERSION' })]);
  });

  it('returns the same case for a retried submission with the same key', async () => {
    const first = await submit('retry-me');
    const second = await submit('retry-me');
    expect(second.caseSubmit.case?.id).toBe(first.caseSubmit.case?.id);
    expect(second.caseSubmit.case?.number).toBe(first.caseSubmit.case?.number);
  });

  it('creates one case for simultaneous retries of one submission', async () => {
    const results = await Promise.all([1, 2, 3, 4].map(() => submit('storm')));
    const ids = new Set(results.map((result) => result.caseSubmit.case?.id));
    expect(ids.size).toBe(1);
    expect([...ids][0]).toBeDefined();
    const count = await app.services.orm.em
      .fork()
      .getConnection()
      .execute(`select count(*)::int as n from service_case where idempotency_key = 'storm'`);
    expect(count[0].n).toBe(1);
  });

  it('refuses a key reused for a different application', async () => {
    await submit('one-key');
    const { caseSubmit } = await submit('one-key', 'UTILITY_CONNECTION');
    expect(caseSubmit.userErrors).toEqual([expect.objectContaining({ field: ['input', 'idempotencyKey'], code: 'CONFLICT' })]);
  });

  it('keeps keys per submitter: another caller’s key does not collide', async () => {
    const other = await registerEnterprise(await app.clientAs(Role.ADMIN));
    const otherApplicant = await app.clientAs(Role.ENTERPRISE, { enterpriseUscc: other.uscc, subject: 'someone-else' });
    const { caseSubmit } = await otherApplicant.data(CaseSubmitDocument, {
      input: { matterCode: 'HIRING', enterpriseId: other.id, channel: 'ONLINE', idempotencyKey: 'retry-me' },
    });
    expect(caseSubmit.userErrors).toEqual([]);
    const { cases } = await otherApplicant.data(CasesDocument, {});
    expect(cases.totalCount).toBe(1);
  });
});
