import type { EntityManager } from '@mikro-orm/postgresql';
import { Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../modules/platform/context';
import { allowLongStatements } from '../../modules/platform/database/statement-timeout';
import { defineModule } from '../../modules/platform/module';
import { Role } from '../../modules/platform/auth/principal';
import { modules } from '../../modules';
import { errorCode } from '../support/graphql-client';
import { TestApp } from '../support/test-app';

@Resolver()
class SlowResolver {
  @Query(() => String, { description: 'A statement of one second, as a slow report would run.' })
  async slowRead(@Ctx() context: GraphQLContext): Promise<string> {
    await context.em.execute('select pg_sleep(1)');
    return 'done';
  }

  @Query(() => String, { description: 'The same statement as long work, which raises its own limit.' })
  async slowLongWork(@Ctx() context: GraphQLContext): Promise<string> {
    await context.em.transactional(async (em) => {
      await allowLongStatements(em as EntityManager, 5_000);
      await em.execute('select pg_sleep(1)');
    });
    return 'done';
  }
}

const slowModule = defineModule({ name: 'slow', description: 'Test fixture with slow statements', resolvers: [SlowResolver] });

describe('the statement timeout of pooled connections', () => {
  let app: TestApp;
  beforeAll(
    async () =>
      (app = await TestApp.start({ modules: [...modules, slowModule], env: { DATABASE_STATEMENT_TIMEOUT_MS: '300', DATABASE_POOL_MAX: '2' } })),
  );
  afterAll(() => app?.stop());

  it('stops a request’s statement that runs too long, with a clear error, and the connection serves the next request', async () => {
    const analyst = await app.clientAs(Role.ANALYST);
    const started = Date.now();
    const slow = await analyst.raw('{ slowRead }');
    expect(Date.now() - started).toBeLessThan(900);
    expect(errorCode(slow)).toBe('STATEMENT_TIMEOUT');
    expect(JSON.stringify(slow.errors)).not.toMatch(/pg_sleep|canceling/);
    // Every connection of the small pool still works, with the limit still in force.
    for (let attempt = 0; attempt < 3; attempt++) expect((await analyst.raw('{ __typename regions { code } }')).errors).toBeUndefined();
    expect(errorCode(await analyst.raw('{ slowRead }'))).toBe('STATEMENT_TIMEOUT');
  });

  it('lets long work raise the limit for its own transaction only', async () => {
    const analyst = await app.clientAs(Role.ANALYST);
    expect((await analyst.raw<{ slowLongWork: string }>('{ slowLongWork }')).data?.slowLongWork).toBe('done');
    expect(errorCode(await analyst.raw('{ slowRead }'))).toBe('STATEMENT_TIMEOUT');
  });
});
