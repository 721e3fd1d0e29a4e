import { randomBytes } from 'node:crypto';
import { bootServices, migrateAndLoadReferenceData } from '../../modules/platform/server/start';
import { createLogger } from '../../modules/platform/logger';
import { databaseUrl, withAdminClient } from '../support/database-server';

/**
 * Instances of a deployment start together on one empty database (a rolling update, two replicas): the migrations and
 * the reference data must be applied once, whichever instance comes first, and every instance must start.
 */
describe('instances starting together on one database', () => {
  const name = `esg_start_race_${randomBytes(5).toString('hex')}`;

  beforeAll(() => withAdminClient((client) => client.query(`CREATE DATABASE ${name}`)));
  afterAll(() => withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)));

  it('migrate and load the reference data once, and all of them start', async () => {
    const env = { ...process.env, NODE_ENV: 'test', DATABASE_URL: databaseUrl(name), LOG_LEVEL: 'silent', JOBS_ENABLED: 'false' };
    const instances = await Promise.all([1, 2, 3].map(() => bootServices({ env, logger: createLogger('silent') })));
    try {
      const outcomes = await Promise.allSettled(instances.map(({ services }) => migrateAndLoadReferenceData(services)));
      expect(outcomes.map((outcome) => (outcome.status === 'rejected' ? String(outcome.reason) : 'started'))).toEqual([
        'started',
        'started',
        'started',
      ]);
      const em = instances[0].services.orm.em.fork();
      const migrations = await em.execute<Array<{ name: string; times: string }>>(
        'select name, count(*) as times from mikro_orm_migrations group by name having count(*) > 1',
      );
      expect(migrations).toEqual([]);
      const [{ departments }] = await em.execute<Array<{ departments: string }>>('select count(*) as departments from department');
      expect(Number(departments)).toBeGreaterThan(0);
    } finally {
      for (const { services } of instances) await services.orm.close(true);
    }
  });
});
