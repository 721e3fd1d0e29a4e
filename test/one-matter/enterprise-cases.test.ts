import { Role } from '../../modules/platform/auth/principal';
import { ManualClock } from '../../modules/platform/clock';
import { EnterprisesWithCasesDocument } from '../../schema/generated/graphql';
import type { GraphQLClient } from '../support/graphql-client';
import { registerEnterprise } from '../support/fixtures';
import { at, submitCase } from '../support/one-matter';
import { TestApp } from '../support/test-app';

describe('an enterprise’s cases, nested under a page of enterprises', () => {
  const clock = new ManualClock(new Date(at('2026-06-01')));
  let app: TestApp;
  let admin: GraphQLClient;

  beforeAll(async () => {
    app = await TestApp.start({ clock });
    admin = await app.clientAs(Role.ADMIN);
    // Enterprise i has i % 4 cases, submitted on successive days.
    for (let index = 0; index < 40; index++) {
      const enterprise = await registerEnterprise(admin, { name: `企业${String(index).padStart(2, '0')}` });
      const applicant = await app.clientAs(Role.ENTERPRISE, { enterpriseUscc: enterprise.uscc });
      for (let round = 0; round < index % 4; round++) {
        clock.set(at(`2026-06-0${round + 1}`));
        await submitCase(applicant, enterprise.id, 'HIRING');
      }
    }
  }, 120_000);
  afterAll(() => app?.stop());

  it('gives each enterprise its own cases, newest first, with totals and cursors', async () => {
    const { enterprises } = await admin.data(EnterprisesWithCasesDocument, { first: 8, casesFirst: 2 });
    for (const [index, enterprise] of enterprises.nodes.entries()) {
      expect(enterprise.cases.totalCount).toBe(index % 4);
      expect(enterprise.cases.nodes.length).toBe(Math.min(index % 4, 2));
      expect(enterprise.cases.nodes.every((serviceCase) => serviceCase.enterprise.id === enterprise.id)).toBe(true);
      expect(enterprise.cases.pageInfo.hasNextPage).toBe(index % 4 > 2);
      const days = enterprise.cases.nodes.map((serviceCase) => serviceCase.submittedOn);
      expect(days).toEqual([...days].sort().reverse());
    }
    const third = enterprises.nodes[3];
    const next = await admin.data(EnterprisesWithCasesDocument, { first: 8, casesFirst: 2, casesAfter: third.cases.pageInfo.endCursor });
    expect(next.enterprises.nodes[3].cases.nodes.map((serviceCase) => serviceCase.submittedOn)).toEqual(['2026-06-01']);
  });

  it('costs the same statements for 5 enterprises as for 40, compiled or through the resolvers', async () => {
    const statements = async (on: TestApp, first: number) => {
      const client = await on.clientAs(Role.ADMIN);
      return (await on.countStatements(() => client.data(EnterprisesWithCasesDocument, { first, casesFirst: 3 }))).count;
    };
    // Compiled reads answer with one statement.
    expect([await statements(app, 5), await statements(app, 40)]).toEqual([1, 1]);
    // The resolvers: the enterprises, their ranked cases, and the case counts per enterprise.
    const resolvers = await app.startPeer({ COMPILED_READS: 'false' });
    expect([await statements(resolvers, 5), await statements(resolvers, 40)]).toEqual([3, 3]);
  });

  it('shows an ENTERPRISE only its own cases under its own record', async () => {
    const { enterprises } = await admin.data(EnterprisesWithCasesDocument, { first: 40, casesFirst: 5 });
    const owner = enterprises.nodes[3];
    const uscc = (await app.services.orm.em.fork().execute<Array<{ uscc: string }>>('select uscc from enterprise where name = ?', [owner.name]))[0]
      .uscc;
    const client = await app.clientAs(Role.ENTERPRISE, { enterpriseUscc: uscc });
    const own = await client.data(EnterprisesWithCasesDocument, { first: 5, casesFirst: 5 });
    expect(own.enterprises.nodes).toHaveLength(1);
    expect(own.enterprises.nodes[0].cases.totalCount).toBe(3);
  });
});
