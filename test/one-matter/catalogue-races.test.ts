import { Role } from '../../modules/platform/auth/principal';
import { DepartmentCreateDocument } from '../../schema/generated/graphql';
import type { GraphQLClient } from '../support/graphql-client';
import { TestApp } from '../support/test-app';

describe('simultaneous creations of one department', () => {
  let app: TestApp;
  let admin: GraphQLClient;

  beforeAll(async () => {
    app = await TestApp.start();
    admin = await app.clientAs(Role.ADMIN);
  });
  afterAll(() => app?.stop());

  const stored = async (code: string) => {
    const rows = await app.services.orm.em.fork().execute<Array<{ n: number }>>('select count(*)::int as n from department where code = ?', [code]);
    return rows[0].n;
  };

  it('stores one department and answers the nine others TAKEN on the code, as a retry is answered', async () => {
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, index) => admin.request(DepartmentCreateDocument, { input: { code: 'race-bureau', name: `竞态局 ${index}` } })),
    );
    expect(responses.flatMap((response) => (response.errors ?? []).map((error) => error.extensions?.code ?? error.message))).toEqual([]);
    const payloads = responses.map((response) => response.data!.departmentCreate);
    expect(payloads.filter((payload) => payload.department !== null)).toHaveLength(1);
    const losers = payloads.filter((payload) => payload.department === null);
    expect(losers.map((payload) => payload.userErrors.map((error) => [error.field.join('.'), error.code]))).toEqual(
      Array.from({ length: 9 }, () => [['input.code', 'TAKEN']]),
    );
    expect(await stored('race-bureau')).toBe(1);

    const retry = await admin.data(DepartmentCreateDocument, { input: { code: 'race-bureau', name: '竞态局' } });
    expect(retry.departmentCreate.userErrors.map((error) => [error.field.join('.'), error.code])).toEqual([['input.code', 'TAKEN']]);
  });
});
