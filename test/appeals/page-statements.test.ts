import { Role } from '../../modules/platform/auth/principal';
import { AppealAssignDocument, AppealSubmitDocument, AppealsDocument } from '../../schema/generated/graphql';
import type { GraphQLClient } from '../support/graphql-client';
import { registerEnterprise } from '../support/fixtures';
import { TestApp } from '../support/test-app';

const LEADS = ['tax', 'market-regulation', 'power-supply', 'natural-resources'];

describe('a page of appeals with departments, enterprise and history', () => {
  let app: TestApp;
  let dispatcher: GraphQLClient;

  beforeAll(async () => {
    app = await TestApp.start();
    const admin = await app.clientAs(Role.ADMIN);
    dispatcher = await app.clientAs(Role.OFFICER, { department: 'business-environment' });
    for (let index = 0; index < 10; index++) {
      const enterprise = await registerEnterprise(admin);
      const owner = await app.clientAs(Role.ENTERPRISE, { enterpriseUscc: enterprise.uscc });
      for (let round = 0; round < 11; round++) {
        const { appealSubmit } = await owner.data(AppealSubmitDocument, { input: { title: `诉求 ${index}-${round}`, description: '说明。' } });
        if (round % 2 === 0) continue;
        await dispatcher.data(AppealAssignDocument, {
          input: {
            id: appealSubmit.appeal!.id,
            categoryCodes: ['PERMITS', 'POLICY'],
            layer: 'COUNTY',
            grade: 'GENERAL',
            leadDepartmentCode: LEADS[round % LEADS.length],
            coDepartmentCodes: [LEADS[(round + 1) % LEADS.length]],
          },
        });
      }
    }
  }, 120_000);
  afterAll(() => app?.stop());

  async function statementsFor(first: number): Promise<number> {
    const { count } = await app.countStatements(async () => {
      const { appeals } = await dispatcher.data(AppealsDocument, { first });
      expect(appeals.nodes).toHaveLength(first);
      expect(appeals.nodes.every((node) => node.enterprise.uscc && node.history.length > 0 && node.channel.code)).toBe(true);
      expect(
        appeals.nodes.filter((node) => node.leadDepartment && node.coHandlers[0].department.code && node.categories.length === 2).length,
      ).toBeGreaterThan(0);
    });
    return count;
  }

  it('costs the same statements for 10 appeals as for 100', async () => {
    const small = await statementsFor(10);
    const large = await statementsFor(100);
    expect(large).toBe(small);
    // Appeals, their count, lead departments, categories, channels, enterprises, co-handlings, history with its
    // departments, the co-handlers' departments.
    expect(large).toBe(9);
  });
});
