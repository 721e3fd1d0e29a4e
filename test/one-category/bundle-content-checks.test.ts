import { Role } from '../../modules/platform/auth/principal';
import { BUNDLE_LIMITS } from '../../modules/one-category/bundle-content';
import { BundleVersion, ChainBundle } from '../../modules/one-category/chain-bundle.entity';
import {
  BundleApplyDocument,
  BundleDraftDocument,
  BundleDraftSaveDocument,
  BundlePublishDocument,
  ChainMembershipJoinDocument,
  type BundleApplyMutation,
  type BundleNodeInput,
} from '../../schema/generated/graphql';
import type { GraphQLClient } from '../support/graphql-client';
import { registerEnterprise } from '../support/fixtures';
import { TestApp } from '../support/test-app';

const codes = (count: number, prefix = 'X') => Array.from({ length: count }, (_, index) => `${prefix}-${index}`);

describe('a bundle holds each entry once, and no list longer than its bound', () => {
  let app: TestApp;
  let desk: GraphQLClient;

  beforeAll(async () => {
    app = await TestApp.start();
    desk = await app.clientAs(Role.DESK, { chains: ['huyou'] });
  });
  afterAll(() => app?.stop());

  const save = (nodes: BundleNodeInput[]) =>
    desk.data(BundleDraftSaveDocument, { input: { chain: 'HUYOU', name: '胡柚产业“一类事”', description: '一只果', nodes } });
  const problems = (errors: Array<{ field: string[]; code: string }>) => errors.map((error) => [error.field.join('.'), error.code]);

  it('refuses a repeated entry in every list of the bundle with DUPLICATE at the repeat, and writes nothing', async () => {
    const policy = { title: '基地补助', summary: '按亩补助' };
    const contact = { name: '专班', phone: '0570-5011001', role: '联络员' };
    const { bundleDraftSave } = await save([
      {
        code: 'PLANTING',
        matters: ['HIRING', 'UTILITY_CONNECTION', 'HIRING'],
        items: ['HY-002', 'HY-002'],
        policies: [policy, { ...policy, summary: '按亩补助，另有奖励' }],
        contacts: [contact, { ...contact, role: '负责人' }, { ...contact, name: '另一位' }],
      },
      { code: 'PROCESSING', after: ['PLANTING', 'PLANTING'], matters: ['UTILITY_CONNECTION'] },
      { code: 'PLANTING', matters: ['HIRING'] },
    ]);
    expect(bundleDraftSave.draft).toBeNull();
    expect(problems(bundleDraftSave.userErrors)).toEqual([
      ['input.nodes.0.matters.2', 'DUPLICATE'],
      ['input.nodes.0.items.1', 'DUPLICATE'],
      ['input.nodes.0.policies.1', 'DUPLICATE'],
      ['input.nodes.0.contacts.1', 'DUPLICATE'],
      ['input.nodes.2.code', 'DUPLICATE'],
      ['input.nodes.1.after.1', 'DUPLICATE'],
    ]);
    expect(bundleDraftSave.userErrors[0].message).toBe('The matter HIRING appears twice in PLANTING.');
    expect((await desk.data(BundleDraftDocument, { chain: 'HUYOU' })).bundleDraft.revision).toBe(0);
  });

  it('refuses 20,000 repeats of one matter with one OUT_OF_RANGE for the list, not one error per entry', async () => {
    const { bundleDraftSave } = await save([{ code: 'PLANTING', matters: Array.from({ length: 20_000 }, () => 'HIRING') }]);
    expect(bundleDraftSave.draft).toBeNull();
    expect(problems(bundleDraftSave.userErrors)).toEqual([['input.nodes.0.matters', 'OUT_OF_RANGE']]);
    expect(bundleDraftSave.userErrors[0].message).toBe(`PLANTING stacks 20000 matters; a node stacks at most ${BUNDLE_LIMITS.mattersPerNode}.`);
  });

  it('bounds every list of a node, and the nodes of a bundle, with OUT_OF_RANGE', async () => {
    const { bundleDraftSave } = await save([
      {
        code: 'PLANTING',
        after: codes(BUNDLE_LIMITS.afterPerNode + 1, 'NODE'),
        matters: codes(BUNDLE_LIMITS.mattersPerNode + 1, 'MATTER'),
        items: codes(BUNDLE_LIMITS.itemsPerNode + 1, 'ITEM'),
        policies: codes(BUNDLE_LIMITS.policiesPerNode + 1).map((title) => ({ title, summary: '补助' })),
        contacts: codes(BUNDLE_LIMITS.contactsPerNode + 1).map((name) => ({ name, phone: '0570-5011001', role: '联络员' })),
      },
    ]);
    expect(problems(bundleDraftSave.userErrors)).toEqual([
      ['input.nodes.0.after', 'OUT_OF_RANGE'],
      ['input.nodes.0.matters', 'OUT_OF_RANGE'],
      ['input.nodes.0.items', 'OUT_OF_RANGE'],
      ['input.nodes.0.policies', 'OUT_OF_RANGE'],
      ['input.nodes.0.contacts', 'OUT_OF_RANGE'],
    ]);

    const tooMany = await save(Array.from({ length: BUNDLE_LIMITS.nodes + 1 }, () => ({ code: 'PLANTING', matters: ['HIRING'] })));
    expect(problems(tooMany.bundleDraftSave.userErrors)).toEqual([['input.nodes', 'OUT_OF_RANGE']]);
  });

  it('accepts lists at their bound', async () => {
    const { bundleDraftSave } = await save([
      {
        code: 'PLANTING',
        matters: ['HIRING'],
        policies: codes(BUNDLE_LIMITS.policiesPerNode).map((title) => ({ title, summary: '补助' })),
        contacts: codes(BUNDLE_LIMITS.contactsPerNode).map((name) => ({ name, phone: '0570-5011001', role: '联络员' })),
      },
    ]);
    expect(bundleDraftSave.userErrors).toEqual([]);
  });

  it('applies at a node of a version published before the check once per matter, however often the version repeats it', async () => {
    await save([{ code: 'PLANTING', matters: ['HIRING'] }]);
    await desk.data(BundlePublishDocument, { input: { chain: 'HUYOU' } });
    // A version as the old check let it through: the same matter stacked thousands of times.
    const em = app.services.orm.em.fork();
    const bundle = await em.findOneOrFail(ChainBundle, { chain: 'HUYOU' });
    bundle.latestVersion += 1;
    em.create(BundleVersion, {
      bundle,
      chain: 'HUYOU',
      number: bundle.latestVersion,
      content: { ...bundle.draft, nodes: [{ ...bundle.draft.nodes[0], matters: Array.from({ length: 2_000 }, () => 'HIRING') }] },
      nodeMatters: {},
      publishedAt: new Date(),
      publishedBy: 'before-the-check',
    });
    await em.flush();

    const grower = await registerEnterprise(await app.clientAs(Role.ADMIN), { industryCode: 'A0153' });
    const growerClient = await app.clientAs(Role.ENTERPRISE, { enterpriseUscc: grower.uscc });
    await growerClient.data(ChainMembershipJoinDocument, { input: { enterpriseId: grower.id, chain: 'HUYOU', node: 'PLANTING' } });
    let applied: BundleApplyMutation | undefined;
    const { count } = await app.countStatements(async () => {
      applied = await growerClient.data(BundleApplyDocument, {
        input: { chain: 'HUYOU', node: 'PLANTING', enterpriseId: grower.id, channel: 'ONLINE', idempotencyKey: 'legacy-1' },
      });
    });
    const { bundleApply } = applied!;
    expect(bundleApply.userErrors).toEqual([]);
    expect(bundleApply.application?.cases.map((serviceCase) => serviceCase.matter.code)).toEqual(['HIRING']);
    expect(count).toBeLessThan(100);
  });
});
