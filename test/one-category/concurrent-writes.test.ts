import { Role } from '../../modules/platform/auth/principal';
import { BundleApplyDocument, BundleDraftSaveDocument, BundlePublishDocument, ChainMembershipJoinDocument } from '../../schema/generated/graphql';
import type { GraphQLClient } from '../support/graphql-client';
import { registerEnterprise } from '../support/fixtures';
import { TestApp } from '../support/test-app';

describe('simultaneous writes that one unique key settles', () => {
  let app: TestApp;
  let grower: { id: string; uscc: string };
  let growerClient: GraphQLClient;
  let desk: GraphQLClient;

  beforeAll(async () => {
    app = await TestApp.start();
    desk = await app.clientAs(Role.DESK, { chains: ['huyou'] });
    grower = await registerEnterprise(await app.clientAs(Role.ADMIN), { industryCode: 'A0153' });
    growerClient = await app.clientAs(Role.ENTERPRISE, { enterpriseUscc: grower.uscc });
  });

  it('saves a chain’s first draft once when five first saves race on its one row, and tells the others to reload', async () => {
    const firstSaves = await Promise.all(
      Array.from({ length: 5 }, () =>
        desk.request(BundleDraftSaveDocument, {
          input: { chain: 'HUYOU', name: '胡柚', description: '一只果', nodes: [{ code: 'PLANTING', matters: ['HIRING'] }], expectedRevision: 0 },
        }),
      ),
    );
    expect(firstSaves.flatMap((response) => response.errors ?? [])).toEqual([]);
    expect(firstSaves.filter((response) => response.data!.bundleDraftSave.draft !== null)).toHaveLength(1);
    expect(firstSaves.flatMap((response) => response.data!.bundleDraftSave.userErrors.map((error) => [error.field.join('.'), error.code]))).toEqual(
      Array.from({ length: 4 }, () => ['input.expectedRevision', 'STALE_VERSION']),
    );
    await desk.data(BundleDraftSaveDocument, {
      input: {
        chain: 'HUYOU',
        name: '胡柚产业“一类事”',
        description: '一只果',
        nodes: [
          { code: 'PLANTING', matters: ['HIRING'], items: ['HY-002'] },
          { code: 'SALES', matters: ['OPEN_BUSINESS'], items: ['HY-004'] },
        ],
      },
    });
    await desk.data(BundlePublishDocument, { input: { chain: 'HUYOU' } });
  });

  it('places an enterprise at a node once when it is placed there ten times at once, and answers the others TAKEN', async () => {
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        (index % 2 ? desk : growerClient).request(ChainMembershipJoinDocument, {
          input: { enterpriseId: grower.id, chain: 'HUYOU', node: 'PLANTING' },
        }),
      ),
    );
    expect(responses.flatMap((response) => response.errors ?? [])).toEqual([]);
    const payloads = responses.map((response) => response.data!.chainMembershipJoin);
    expect(payloads.filter((payload) => payload.enterprise !== null)).toHaveLength(1);
    expect(payloads.flatMap((payload) => payload.userErrors.map((error) => [error.field.join('.'), error.code]))).toEqual(
      Array.from({ length: 9 }, () => ['input.node', 'TAKEN']),
    );
    await growerClient.data(ChainMembershipJoinDocument, { input: { enterpriseId: grower.id, chain: 'HUYOU', node: 'SALES' } });
    const rows = await app.services.orm.em
      .fork()
      .execute<Array<{ n: number }>>(`select count(*)::int as n from chain_membership where chain = 'HUYOU' and node = 'PLANTING'`);
    expect(rows[0].n).toBe(1);
  });
  afterAll(() => app?.stop());

  it('stores one application for one key: simultaneous retries get it, a different application under the key CONFLICT', async () => {
    const input = { chain: 'HUYOU' as const, node: 'PLANTING', enterpriseId: grower.id, channel: 'ONLINE' as const, idempotencyKey: 'race-1' };
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        growerClient.request(BundleApplyDocument, { input: { ...input, node: index % 2 ? 'SALES' : 'PLANTING' } }),
      ),
    );
    expect(responses.flatMap((response) => response.errors ?? [])).toEqual([]);
    const payloads = responses.map((response) => response.data!.bundleApply);
    const ids = new Set(payloads.flatMap((payload) => (payload.application ? [payload.application.id] : [])));
    expect(ids.size).toBe(1);
    const node = payloads.find((payload) => payload.application)!.application!.node;
    // Whichever node won, the five requests for it got its application and the five for the other node were refused.
    expect(payloads.map((payload) => payload.application?.node ?? payload.userErrors.map((error) => [error.field.join('.'), error.code]))).toEqual(
      Array.from({ length: 10 }, (_, index) => ((index % 2 ? 'SALES' : 'PLANTING') === node ? node : [['input.idempotencyKey', 'CONFLICT']])),
    );
    const rows = await app.services.orm.em.fork().execute<Array<{ applications: number; cases: number }>>(
      `select (select count(*)::int from bundle_application where idempotency_key = 'race-1') as applications,
              (select count(*)::int from service_case where idempotency_key like 'race-1/%') as cases`,
    );
    expect(rows[0]).toEqual({ applications: 1, cases: 2 });
    const retry = await growerClient.data(BundleApplyDocument, { input: { ...input, node } });
    expect(retry.bundleApply.application?.id).toBe([...ids][0]);
  });
});
