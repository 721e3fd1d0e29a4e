import { Role } from '../../modules/platform/auth/principal';
import { defineModule } from '../../modules/platform/module';
import { modules } from '../../modules';
import { Query, Resolver } from 'type-graphql';
import { errorCode } from '../support/graphql-client';
import { TestApp } from '../support/test-app';

@Resolver()
class FaultyResolver {
  @Query(() => String, { description: 'Fails the way a database fault would.' })
  faulty(): string {
    throw new Error('relation "secret_table" does not exist: select * from secret_table where password = 1');
  }
}

const faultyModule = defineModule({ name: 'faulty', description: 'Test fixture that fails', resolvers: [FaultyResolver] });

describe('top-level errors', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await TestApp.start({ modules: [...modules, faultyModule] });
  });
  afterAll(() => app?.stop());

  it('hides internal messages, SQL and stack traces outside development', async () => {
    const admin = await app.clientAs(Role.ADMIN);
    const response = await admin.raw('{ faulty }');
    expect(errorCode(response)).toBe('INTERNAL_SERVER_ERROR');
    expect(response.errors?.[0].message).toBe('Internal server error');
    const body = JSON.stringify(response);
    expect(body).not.toMatch(/secret_table|select|stacktrace|\.ts:|at /);
  });

  it('points at the log line with the request id instead', async () => {
    const admin = await app.clientAs(Role.ADMIN);
    const response = await admin.raw('{ faulty }', {}, { 'x-request-id': 'report-me-42' });
    expect(response.errors?.[0].extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'report-me-42' });
  });

  it('keeps client faults readable, with their code and without a stack trace', async () => {
    const response = await app.client.raw('{ enterprises(first: 1) { nodes { nonsense } } }');
    expect(errorCode(response)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.errors?.[0].message).toMatch(/nonsense/);
    expect(JSON.stringify(response)).not.toMatch(/stacktrace/);
  });

  it('answers a malformed request body with a client error', async () => {
    const response = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(response.status).toBe(400);
  });

  it('refuses a malformed Authorization header with UNAUTHENTICATED', async () => {
    const response = await app.client.raw('{ viewer { role } }', {}, { authorization: 'Basic abc' });
    expect(response.status).toBe(401);
    expect(errorCode(response)).toBe('UNAUTHENTICATED');
  });
});

describe('errors on a development server', () => {
  const started: TestApp[] = [];
  afterAll(() => Promise.all(started.map((app) => app.stop())));

  it('shows no internals by default, even in development, and all of them only when DEBUG_ERRORS asks', async () => {
    const quiet = await TestApp.start({ modules: [...modules, faultyModule], env: { NODE_ENV: 'development' } });
    started.push(quiet);
    const hidden = await (await quiet.clientAs(Role.ADMIN)).raw('{ faulty }');
    expect(hidden.errors?.[0].message).toBe('Internal server error');
    expect(JSON.stringify(hidden)).not.toMatch(/secret_table|stacktrace/);

    const debugging = await quiet.startPeer({ DEBUG_ERRORS: 'true' });
    started.push(debugging);
    const shown = await (await debugging.clientAs(Role.ADMIN)).raw('{ faulty }');
    expect(shown.errors?.[0].message).toMatch(/secret_table/);
    expect(shown.errors?.[0].extensions?.stacktrace).toBeDefined();
  });
});
