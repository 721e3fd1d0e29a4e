import { Role } from '../../modules/platform/auth/principal';
import {
  BundleDraftSaveDocument,
  BundlePublishDocument,
  ChainNodePoliciesDocument,
  PolicyDraftSaveDocument,
  PolicyPublishDocument,
  type PolicyContentInput,
} from '../../schema/generated/graphql';
import type { GraphQLClient } from '../support/graphql-client';
import { TestApp } from '../support/test-app';

const orchardGrant: PolicyContentInput = {
  title: '胡柚基地建设补助',
  legalBasis: '常农发〔2026〕7号',
  departmentCode: 'agriculture',
  mode: 'NO_APPLICATION',
  validFrom: '2026-01-01',
  validUntil: null,
  targets: { chains: ['HUYOU'], nodes: [], regions: [], industries: [] },
  conditions: [{ code: 'ORCHARD', description: 'At least 50 mu of orchards.', expression: 'huyou.orchardArea >= 50' }],
  formula: { description: '300 yuan a mu.', expression: 'huyou.orchardArea * 300' },
  parameters: [],
  yearlyBudget: '3000000.00',
};

/** A chain node's policies can point at published policies as data, besides free text. */
describe('bundle nodes pointing at published policies', () => {
  let app: TestApp;
  let desk: GraphQLClient;

  beforeAll(async () => {
    app = await TestApp.start();
    desk = await app.clientAs(Role.DESK, { chains: ['huyou'] });
  });
  afterAll(() => app?.stop());

  const saveBundle = (policyCode: string) =>
    desk.data(BundleDraftSaveDocument, {
      input: {
        chain: 'HUYOU',
        name: '胡柚产业“一类事”',
        description: '一只果',
        nodes: [
          {
            code: 'PLANTING',
            items: ['HY-002'],
            matters: ['HIRING'],
            policies: [
              { title: '胡柚基地建设补助', summary: '按亩补助', policyCode },
              { title: '农业保险', summary: '保费补贴' },
            ],
          },
        ],
      },
    });

  it('refuses a code that names no published policy, with its field, and links a published one', async () => {
    const unknown = await saveBundle('ORCHARD_GRANT');
    expect(unknown.bundleDraftSave.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'nodes', '0', 'policies', '0', 'policyCode'], code: 'NOT_FOUND' }),
    ]);

    expect(
      (await desk.data(PolicyDraftSaveDocument, { input: { code: 'ORCHARD_GRANT', content: orchardGrant } })).policyDraftSave.userErrors,
    ).toEqual([]);
    // A draft that was never published is not yet a policy a bundle may point at.
    expect((await saveBundle('ORCHARD_GRANT')).bundleDraftSave.userErrors.map((error) => error.code)).toEqual(['NOT_FOUND']);
    await desk.data(PolicyPublishDocument, { input: { code: 'ORCHARD_GRANT' } });
    expect((await saveBundle('ORCHARD_GRANT')).bundleDraftSave.userErrors).toEqual([]);
    expect((await desk.data(BundlePublishDocument, { input: { chain: 'HUYOU' } })).bundlePublish.userErrors).toEqual([]);

    const { chain } = await app.client.data(ChainNodePoliciesDocument, { code: 'HUYOU' });
    expect(chain.published!.nodes[0].policies).toEqual([
      {
        title: '胡柚基地建设补助',
        policyCode: 'ORCHARD_GRANT',
        policy: { code: 'ORCHARD_GRANT', title: '胡柚基地建设补助', latest: { number: 1, mode: 'NO_APPLICATION' } },
      },
      { title: '农业保险', policyCode: null, policy: null },
    ]);
  });
});
