import { TestApp } from '../support/test-app';

describe('health and readiness', () => {
  let app: TestApp;
  beforeAll(async () => (app = await TestApp.start()));
  afterAll(() => app?.stop());

  it('reports the process alive on /healthz', async () => {
    const response = await fetch(`${app.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('reports ready on /readyz when the database answers and no migration is pending', async () => {
    const response = await fetch(`${app.url}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready', database: 'up', pendingMigrations: [] });
  });

  it('reports not ready while a migration is pending', async () => {
    const migrator = app.services.orm.getMigrator();
    await migrator.down();
    try {
      const response = await fetch(`${app.url}/readyz`);
      expect(response.status).toBe(503);
      const body = (await response.json()) as { status: string; pendingMigrations: string[] };
      expect(body.status).toBe('not-ready');
      expect(body.pendingMigrations).toHaveLength(1);
    } finally {
      await migrator.up();
    }
  });

  it('echoes a request id on every response', async () => {
    const response = await fetch(`${app.url}/healthz`, { headers: { 'x-request-id': 'trace-123' } });
    expect(response.headers.get('x-request-id')).toBe('trace-123');
    const generated = await fetch(`${app.url}/healthz`);
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
