import { Ctx, Query, Resolver } from 'type-graphql';
import { modules } from '../../modules';
import { defineModule } from '../../modules/platform/module';
import type { GraphQLContext } from '../../modules/platform/context';
import { TestApp } from '../support/test-app';

@Resolver()
class SlowResolver {
  @Query(() => String, { description: 'Answers after a query that takes 500 ms in PostgreSQL.' })
  async slow(@Ctx() { em }: GraphQLContext): Promise<string> {
    await em.getConnection().execute('select pg_sleep(0.5)');
    return 'finished';
  }
}

const slowModule = defineModule({ name: 'slow', description: 'Test fixture with a slow query', resolvers: [SlowResolver] });

describe('graceful shutdown', () => {
  it('finishes a request in flight, then refuses new connections', async () => {
    const app = await TestApp.start({ modules: [...modules, slowModule] });
    const url = app.url;
    const inFlight = app.client.raw('{ slow }');
    await new Promise((resolve) => setTimeout(resolve, 100));
    await app.stop();
    expect((await inFlight).data).toEqual({ slow: 'finished' });
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
  });
});
