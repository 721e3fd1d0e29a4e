import { Role } from '../../modules/platform/auth/principal';
import { CaseSubmitDocument } from '../../schema/generated/graphql';
import type { GraphQLClient } from '../support/graphql-client';
import { registerEnterprise } from '../support/fixtures';
import { TestApp } from '../support/test-app';

describe('simultaneous submissions under one idempotency key', () => {
  let app: TestApp;
  let applicant: GraphQLClient;
  let enterprise: { id: string; uscc: string };

  beforeAll(async () => {
    app = await TestApp.start();
    enterprise = await registerEnterprise(await app.clientAs(Role.ADMIN));
    applicant = await app.clientAs(Role.ENTERPRISE, { enterpriseUscc: enterprise.uscc });
  });
  afterAll(() => app?.stop());

  const submit = (idempotencyKey: string, matterCode: string) =>
    applicant.request(CaseSubmitDocument, { input: { matterCode, enterpriseId: enterprise.id, channel: 'ONLINE', idempotencyKey } });

  const storedCases = async (key: string) =>
    app.services.orm.em
      .fork()
      .execute<Array<{ id: string; matter: string }>>(
        'select c.id, m.code as matter from service_case c join matter m on m.id = c.matter_id where c.idempotency_key = ?',
        [key],
      );

  /** What a later, sequential retry of a request under `key` is answered: the case for the same matter, CONFLICT for another. */
  const answerOf = (response: Awaited<ReturnType<typeof submit>>) => {
    const payload = response.data!.caseSubmit;
    return {
      errors: (response.errors ?? []).map((error) => error.extensions?.code ?? error.message),
      matter: payload.case?.matter.code ?? null,
      id: payload.case?.id ?? null,
      userErrors: payload.userErrors.map((error) => [error.field.join('.'), error.code]),
    };
  };

  it.each(['mixed-1', 'mixed-2', 'mixed-3'])(
    'creates one case for key %s and refuses the different application sent at the same time with CONFLICT',
    async (key) => {
      const matters = Array.from({ length: 10 }, (_, index) => (index % 2 === 0 ? 'HIRING' : 'UTILITY_CONNECTION'));
      const responses = await Promise.all(matters.map((matterCode) => submit(key, matterCode)));
      const cases = await storedCases(key);
      expect(cases).toHaveLength(1);
      const [winner] = cases;
      const expected = (matterCode: string) =>
        matterCode === winner.matter
          ? { errors: [], matter: winner.matter, id: expect.any(String), userErrors: [] }
          : { errors: [], matter: null, id: null, userErrors: [['input.idempotencyKey', 'CONFLICT']] };
      expect(responses.map(answerOf)).toEqual(matters.map(expected));
      expect(new Set(responses.map((response) => response.data!.caseSubmit.case?.id).filter(Boolean)).size).toBe(1);

      // The same answers as sequential retries.
      for (const matterCode of ['HIRING', 'UTILITY_CONNECTION']) {
        const retry = answerOf(await submit(key, matterCode));
        expect(retry).toEqual(expected(matterCode));
      }
    },
  );

  it('answers identical simultaneous retries with the one case', async () => {
    const responses = await Promise.all(Array.from({ length: 10 }, () => submit('same-10', 'HIRING')));
    expect(responses.map((response) => answerOf(response).errors)).toEqual(Array.from({ length: 10 }, () => []));
    expect(responses.map((response) => response.data!.caseSubmit.userErrors)).toEqual(Array.from({ length: 10 }, () => []));
    const cases = await storedCases('same-10');
    expect(cases).toHaveLength(1);
    expect(responses.map((response) => response.data!.caseSubmit.case?.id)).toEqual(Array.from({ length: 10 }, () => expect.any(String)));
    expect(new Set(responses.map((response) => response.data!.caseSubmit.case?.id)).size).toBe(1);
  });
});
