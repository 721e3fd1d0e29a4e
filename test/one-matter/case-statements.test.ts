import { Role } from '../../modules/platform/auth/principal';
import { CasesWithTasksDocument } from '../../schema/generated/graphql';
import type { GraphQLClient } from '../support/graphql-client';
import { registerEnterprise } from '../support/fixtures';
import { submitCase } from '../support/one-matter';
import { TestApp } from '../support/test-app';

const MATTERS = ['OPEN_RESTAURANT', 'HIRING', 'UTILITY_CONNECTION', 'DEREGISTRATION', 'BANKRUPTCY_INFORMATION_CHECK'];

describe('listing cases with their tasks, departments and enterprises', () => {
  let app: TestApp;
  let admin: GraphQLClient;

  beforeAll(async () => {
    app = await TestApp.start();
    admin = await app.clientAs(Role.ADMIN);
    for (let index = 0; index < 20; index++) {
      const enterprise = await registerEnterprise(admin);
      const applicant = await app.clientAs(Role.ENTERPRISE, { enterpriseUscc: enterprise.uscc });
      for (let round = 0; round < 5; round++) await submitCase(applicant, enterprise.id, MATTERS[(index + round) % MATTERS.length]);
    }
  }, 120_000);
  afterAll(() => app?.stop());

  async function statementsFor(first: number): Promise<number> {
    const { count } = await app.countStatements(async () => {
      const { cases } = await admin.data(CasesWithTasksDocument, { first });
      expect(cases.nodes).toHaveLength(first);
      expect(cases.nodes.every((node) => node.tasks.length > 0 && node.tasks.every((task) => task.department.name && task.item.name))).toBe(true);
    });
    return count;
  }

  it('costs the same statements for 10 cases as for 100', async () => {
    const small = await statementsFor(10);
    const large = await statementsFor(100);
    expect(large).toBe(small);
    // Cases, enterprises, matters, tasks, departments, items.
    expect(large).toBe(6);
  });
});
