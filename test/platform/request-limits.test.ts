import { getIntrospectionQuery } from 'graphql';
import { Role } from '../../modules/platform/auth/principal';
import { errorCode } from '../support/graphql-client';
import { TestApp } from '../support/test-app';

describe('limits of a document', () => {
  let app: TestApp;
  beforeAll(async () => (app = await TestApp.start({ env: { MAX_ALIASES: '5', MAX_DIRECTIVES: '3', MAX_TOKENS: '400' } })));
  afterAll(() => app?.stop());

  it('refuses too many aliases, directives or tokens before the operation runs', async () => {
    const analyst = await app.clientAs(Role.ANALYST);
    const aliases = `{ ${Array.from({ length: 6 }, (_, index) => `a${index}: regions { code }`).join(' ')} }`;
    expect(errorCode(await analyst.raw(aliases))).toBe('GRAPHQL_VALIDATION_FAILED');
    const directives = `{ ${Array.from({ length: 4 }, (_, index) => `d${index}: __typename @include(if: true)`).join(' ')} }`;
    expect(errorCode(await analyst.raw(directives))).toBe('GRAPHQL_VALIDATION_FAILED');
    const tokens = `{ ${'__typename '.repeat(500)} }`;
    const refused = await analyst.raw(tokens);
    expect([refused.status, errorCode(refused)]).toEqual([400, 'GRAPHQL_PARSE_FAILED']);
    expect(refused.errors?.[0].message).toMatch(/400 tokens/);
    expect((await analyst.raw(`{ ${Array.from({ length: 5 }, (_, index) => `a${index}: regions { code }`).join(' ')} }`)).errors).toBeUndefined();
  });
});

describe('introspection outside development', () => {
  let app: TestApp;
  beforeAll(async () => (app = await TestApp.start({ env: { INTROSPECTION: 'signed-in' } })));
  afterAll(() => app?.stop());

  it('is for signed-in callers; __typename stays open', async () => {
    const anonymous = await app.client.raw(getIntrospectionQuery());
    expect([anonymous.status, errorCode(anonymous)]).toEqual([401, 'UNAUTHENTICATED']);
    const hidden = await app.client.raw('query { ...Sneaky } fragment Sneaky on Query { __type(name: "Enterprise") { name } }');
    expect(errorCode(hidden)).toBe('UNAUTHENTICATED');
    expect((await app.client.raw('{ __typename }')).data).toEqual({ __typename: 'Query' });
    const partner = await app.clientAs(Role.ANALYST);
    expect(
      (await partner.raw<{ __schema: { queryType: { name: string } } }>('{ __schema { queryType { name } } }')).data?.__schema.queryType.name,
    ).toBe('Query');
  });

  it('gives no field suggestions that would reveal the schema piece by piece', async () => {
    const answer = await app.client.raw('{ enterprize { id } }');
    expect(errorCode(answer)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(answer.errors?.[0].message).not.toMatch(/Did you mean/);
  });
});

describe('the rate limit per caller', () => {
  let app: TestApp;
  beforeAll(async () => (app = await TestApp.start({ env: { RATE_LIMIT_PER_MINUTE: '5' } })));
  afterAll(() => app?.stop());

  it('answers 429 with a retry hint past the limit, per credential', async () => {
    const first = await app.clientAs(Role.ANALYST, { subject: 'analyst-a' });
    for (let request = 0; request < 5; request++) expect((await first.raw('{ __typename }')).status).toBe(200);
    const refused = await first.raw('{ __typename }');
    expect([refused.status, errorCode(refused)]).toEqual([429, 'RATE_LIMITED']);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
    // Another caller has a budget of its own.
    const second = await app.clientAs(Role.ANALYST, { subject: 'analyst-b' });
    expect((await second.raw('{ __typename }')).status).toBe(200);
  });
});
