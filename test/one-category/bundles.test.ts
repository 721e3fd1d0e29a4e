import { Role } from '../../modules/platform/auth/principal';
import {
  BundleDiffDocument,
  BundleDraftDocument,
  BundleDraftSaveDocument,
  BundlePublishDocument,
  ChainPublishedDocument,
  type BundleNodeInput,
} from '../../schema/generated/graphql';
import { errorCode, type GraphQLClient } from '../support/graphql-client';
import { TestApp } from '../support/test-app';

const planting: BundleNodeInput = {
  code: 'PLANTING',
  items: ['HY-002'],
  matters: ['HIRING'],
  policies: [{ title: '基地补助', summary: '按亩补助' }],
  contacts: [{ name: '专班', phone: '0570-5011001', role: '联络员' }],
};
const processing: BundleNodeInput = { code: 'PROCESSING', after: ['PLANTING'], items: ['HY-003', 'HY-001'], matters: ['UTILITY_CONNECTION'] };

describe('a desk configures, validates, publishes and compares its chain bundle', () => {
  let app: TestApp;
  let desk: GraphQLClient;

  beforeAll(async () => {
    app = await TestApp.start();
    desk = await app.clientAs(Role.DESK, { chains: ['huyou'], subject: 'huyou-desk' });
  });
  afterAll(() => app?.stop());

  const save = (nodes: BundleNodeInput[], extra: { name?: string; expectedRevision?: number } = {}) =>
    desk.data(BundleDraftSaveDocument, {
      input: { chain: 'HUYOU', name: extra.name ?? '胡柚产业“一类事”', description: '一只果', nodes, expectedRevision: extra.expectedRevision },
    });

  it('starts from an empty draft that cannot be published', async () => {
    const { bundleDraft } = await desk.data(BundleDraftDocument, { chain: 'HUYOU' });
    expect(bundleDraft).toMatchObject({ chain: 'HUYOU', revision: 0, latestVersion: 0, nodes: [] });
    expect(bundleDraft.problems.map((problem) => problem.code)).toEqual(['EMPTY']);
    const { bundlePublish } = await desk.data(BundlePublishDocument, { input: { chain: 'HUYOU' } });
    expect(bundlePublish.userErrors[0]).toMatchObject({ field: ['input', 'chain'], code: 'EMPTY' });
  });

  it('refuses an invalid draft with every problem, and writes nothing', async () => {
    const { bundleDraftSave } = await save([
      { code: 'PLANTING', after: ['SALES'], items: ['HY-999'], matters: ['NO_MATTER'] },
      { code: 'SALES', after: ['PLANTING'], items: [], matters: [] },
      { code: 'MOON', items: ['HY-001'] },
    ]);
    expect(bundleDraftSave.draft).toBeNull();
    expect(bundleDraftSave.userErrors.map((error) => [error.field.join('.'), error.code])).toEqual([
      ['input.nodes.0.matters.0', 'NOT_FOUND'],
      ['input.nodes.0.items.0', 'NOT_FOUND'],
      ['input.nodes.1', 'EMPTY'],
      ['input.nodes.2.code', 'NOT_FOUND'],
      ['input.nodes', 'CYCLE'],
    ]);
    expect(bundleDraftSave.userErrors.at(-1)?.message).toMatch(/PLANTING → SALES → PLANTING|SALES → PLANTING → SALES/);
    expect((await desk.data(BundleDraftDocument, { chain: 'HUYOU' })).bundleDraft.revision).toBe(0);
  });

  it('saves, publishes version 1, and lets a partner read it with its matters, items and contacts', async () => {
    const { bundleDraftSave } = await save([planting, processing], { expectedRevision: 0 });
    expect(bundleDraftSave.userErrors).toEqual([]);
    expect(bundleDraftSave.draft).toMatchObject({ revision: 1, latestVersion: 0, problems: [] });
    const { bundlePublish } = await desk.data(BundlePublishDocument, { input: { chain: 'HUYOU' } });
    expect(bundlePublish.version).toMatchObject({ number: 1, chain: 'HUYOU' });
    expect(bundlePublish.version?.nodes.find((node) => node.code === 'PROCESSING')?.itemsMatter?.code).toBe('HUYOU_PROCESSING_V1');

    const partner = await app.clientAs(Role.PARTNER);
    const { chain } = await partner.data(ChainPublishedDocument, { code: 'HUYOU' });
    expect(chain.published).toMatchObject({ number: 1, name: '胡柚产业“一类事”', publishedBy: 'huyou-desk' });
    const [plantingNode, processingNode] = chain.published!.nodes;
    expect(plantingNode).toMatchObject({ code: 'PLANTING', name: '科学种植', matters: [{ code: 'HIRING' }], contacts: [{ phone: '0570-5011001' }] });
    expect(processingNode.items.map((item) => [item.code, item.department.code])).toEqual([
      ['HY-003', 'market-regulation'],
      ['HY-001', 'economy-information'],
    ]);
    expect(processingNode.after).toEqual(['PLANTING']);
  });

  it('refuses an edit against a stale revision', async () => {
    const { bundleDraftSave } = await save([planting], { expectedRevision: 0 });
    expect(bundleDraftSave.userErrors[0]).toMatchObject({ field: ['input', 'expectedRevision'], code: 'STALE_VERSION' });
  });

  it('publishes version 2 and shows what changed since version 1, keeping the history', async () => {
    await save(
      [
        { ...planting, policies: [{ title: '基地补助', summary: '按亩补助，上限提高' }] },
        { ...processing, items: ['HY-003'], matters: ['UTILITY_CONNECTION', 'OPEN_BUSINESS'] },
        { code: 'SALES', after: ['PROCESSING'], items: ['HY-004'] },
      ],
      { name: '胡柚产业“一类事”（2026版）' },
    );
    await desk.data(BundlePublishDocument, { input: { chain: 'HUYOU' } });
    const { bundleDiff } = await app.client.data(BundleDiffDocument, { chain: 'HUYOU', from: 1, to: 2 });
    expect(bundleDiff).toEqual({
      from: 1,
      to: 2,
      nameChanged: true,
      descriptionChanged: false,
      addedNodes: ['SALES'],
      removedNodes: [],
      changedNodes: [
        {
          code: 'PLANTING',
          addedMatters: [],
          removedMatters: [],
          addedItems: [],
          removedItems: [],
          orderChanged: false,
          policiesChanged: true,
          contactsChanged: false,
        },
        {
          code: 'PROCESSING',
          addedMatters: ['OPEN_BUSINESS'],
          removedMatters: [],
          addedItems: [],
          removedItems: ['HY-001'],
          orderChanged: false,
          policiesChanged: false,
          contactsChanged: false,
        },
      ],
    });
    const { chain } = await app.client.data(ChainPublishedDocument, { code: 'HUYOU' });
    expect(chain.published?.number).toBe(2);
    expect(chain.versions.map((version) => version.number)).toEqual([2, 1]);
    expect(errorCode(await app.client.request(BundleDiffDocument, { chain: 'HUYOU', from: 1, to: 9 }))).toBe('BAD_USER_INPUT');
  });

  it('keeps other desks, officers and partners away from the draft', async () => {
    const chipDesk = await app.clientAs(Role.DESK, { chains: ['chip'] });
    expect(errorCode(await chipDesk.request(BundleDraftDocument, { chain: 'HUYOU' }))).toBe('FORBIDDEN');
    const response = await chipDesk.request(BundleDraftSaveDocument, { input: { chain: 'HUYOU', name: 'x', description: 'x', nodes: [planting] } });
    expect(errorCode(response)).toBe('FORBIDDEN');
    expect(errorCode(await chipDesk.request(BundlePublishDocument, { input: { chain: 'HUYOU' } }))).toBe('FORBIDDEN');
    const partner = await app.clientAs(Role.PARTNER);
    expect(errorCode(await partner.request(BundleDraftDocument, { chain: 'HUYOU' }))).toBe('FORBIDDEN');
    const admin = await app.clientAs(Role.ADMIN);
    expect((await admin.data(BundleDraftDocument, { chain: 'HUYOU' })).bundleDraft.latestVersion).toBe(2);
  });
});
