import { Role } from '../../modules/platform/auth/principal';
import {
  BundleApplicationDocument,
  BundleApplyDocument,
  BundleDraftSaveDocument,
  BundlePublishDocument,
  CasesDocument,
  ChainEnterprisesDocument,
  ChainMembershipJoinDocument,
  ChainMembershipLeaveDocument,
  HuyouDataDocument,
  HuyouOrchardRegisterDocument,
  HuyouProductBatchRegisterDocument,
  HuyouResidueTestRecordDocument,
} from '../../schema/generated/graphql';
import { errorCode, type GraphQLClient } from '../support/graphql-client';
import { registerEnterprise } from '../support/fixtures';
import { TestApp } from '../support/test-app';

describe('enterprises on a chain: nodes, applications and chain data', () => {
  let app: TestApp;
  let admin: GraphQLClient;
  let desk: GraphQLClient;
  let grower: { id: string; uscc: string };
  let growerClient: GraphQLClient;

  beforeAll(async () => {
    app = await TestApp.start();
    admin = await app.clientAs(Role.ADMIN);
    desk = await app.clientAs(Role.DESK, { chains: ['huyou'] });
    await desk.data(BundleDraftSaveDocument, {
      input: {
        chain: 'HUYOU',
        name: '胡柚产业“一类事”',
        description: '一只果',
        nodes: [
          { code: 'PLANTING', items: ['HY-002'] },
          { code: 'PROCESSING', after: ['PLANTING'], matters: ['UTILITY_CONNECTION'], items: ['HY-003', 'HY-001'] },
        ],
      },
    });
    await desk.data(BundlePublishDocument, { input: { chain: 'HUYOU' } });
    grower = await registerEnterprise(admin, { name: '常山县柚香果业有限公司', industryCode: 'A0153' });
    growerClient = await app.clientAs(Role.ENTERPRISE, { enterpriseUscc: grower.uscc });
  });
  afterAll(() => app?.stop());

  it('places an enterprise at several nodes, by the desk or by itself, and not twice', async () => {
    const byDesk = await desk.data(ChainMembershipJoinDocument, { input: { enterpriseId: grower.id, chain: 'HUYOU', node: 'PLANTING' } });
    expect(byDesk.chainMembershipJoin.userErrors).toEqual([]);
    const bySelf = await growerClient.data(ChainMembershipJoinDocument, { input: { enterpriseId: grower.id, chain: 'HUYOU', node: 'PROCESSING' } });
    expect(bySelf.chainMembershipJoin.enterprise?.chainMemberships).toEqual([
      { chain: 'HUYOU', node: 'PLANTING' },
      { chain: 'HUYOU', node: 'PROCESSING' },
    ]);
    const twice = await desk.data(ChainMembershipJoinDocument, { input: { enterpriseId: grower.id, chain: 'HUYOU', node: 'PLANTING' } });
    expect(twice.chainMembershipJoin.userErrors[0].code).toBe('TAKEN');
    const unknown = await desk.data(ChainMembershipJoinDocument, { input: { enterpriseId: grower.id, chain: 'HUYOU', node: 'MOON' } });
    expect(unknown.chainMembershipJoin.userErrors[0]).toMatchObject({ field: ['input', 'node'], code: 'NOT_FOUND' });
    const otherDesk = await app.clientAs(Role.DESK, { chains: ['paper'] });
    expect(
      errorCode(await otherDesk.request(ChainMembershipJoinDocument, { input: { enterpriseId: grower.id, chain: 'HUYOU', node: 'SALES' } })),
    ).toBe('FORBIDDEN');
  });

  it('applies for the bundle at a node: the cases appear in the one-matter core, followed as one application', async () => {
    const { bundleApply } = await growerClient.data(BundleApplyDocument, {
      input: { chain: 'HUYOU', node: 'PROCESSING', enterpriseId: grower.id, channel: 'ONLINE', idempotencyKey: 'apply-1' },
    });
    expect(bundleApply.userErrors).toEqual([]);
    const application = bundleApply.application!;
    expect(application).toMatchObject({ chain: 'HUYOU', node: 'PROCESSING', state: 'SUBMITTED', version: { number: 1 } });
    expect(application.cases.map((serviceCase) => [serviceCase.matter.code, serviceCase.tasks.map((task) => task.item.code)])).toEqual([
      ['UTILITY_CONNECTION', ['GD-001', 'GS-001', 'RQ-001', 'TX-001', 'ZF-002']],
      ['HUYOU_PROCESSING_V1', ['HY-003', 'HY-001']],
    ]);
    const { cases } = await growerClient.data(CasesDocument, {});
    expect(cases.nodes.map((node) => node.id).sort()).toEqual(application.cases.map((serviceCase) => serviceCase.id).sort());

    const again = await growerClient.data(BundleApplyDocument, {
      input: { chain: 'HUYOU', node: 'PROCESSING', enterpriseId: grower.id, channel: 'ONLINE', idempotencyKey: 'apply-1' },
    });
    expect(again.bundleApply.application?.id).toBe(application.id);

    const partner = await app.clientAs(Role.PARTNER);
    const { bundleApplication } = await partner.data(BundleApplicationDocument, { id: application.id });
    expect(bundleApplication).toMatchObject({ id: application.id, state: 'SUBMITTED', enterprise: { id: grower.id } });
    // An officer reads the application through its own department's case, and sees that case only.
    const telecom = await app.clientAs(Role.OFFICER, { department: 'telecom' });
    const seenByTelecom = await telecom.data(BundleApplicationDocument, { id: application.id });
    expect(seenByTelecom.bundleApplication?.cases.map((serviceCase) => serviceCase.id)).toEqual([application.cases[0].id]);
    const economy = await app.clientAs(Role.OFFICER, { department: 'economy-information' });
    expect(
      (await economy.data(BundleApplicationDocument, { id: application.id })).bundleApplication?.cases.map((serviceCase) => serviceCase.id),
    ).toEqual([application.cases[1].id]);
    expect(
      errorCode(await (await app.clientAs(Role.OFFICER, { department: 'tobacco' })).request(BundleApplicationDocument, { id: application.id })),
    ).toBe('FORBIDDEN');
    const stranger = await registerEnterprise(admin);
    const strangerClient = await app.clientAs(Role.ENTERPRISE, { enterpriseUscc: stranger.uscc });
    expect(errorCode(await strangerClient.request(BundleApplicationDocument, { id: application.id }))).toBe('FORBIDDEN');
  });

  it('answers simultaneous joins and retried applications once', async () => {
    const fresh = await registerEnterprise(admin);
    const joins = await Promise.all(
      [1, 2, 3].map(() => desk.data(ChainMembershipJoinDocument, { input: { enterpriseId: fresh.id, chain: 'HUYOU', node: 'PROCESSING' } })),
    );
    expect(joins.filter((result) => result.chainMembershipJoin.userErrors.length === 0)).toHaveLength(1);
    expect(joins.flatMap((result) => result.chainMembershipJoin.userErrors.map((error) => error.code))).toEqual(['TAKEN', 'TAKEN']);
    const applicant = await app.clientAs(Role.ENTERPRISE, { enterpriseUscc: fresh.uscc });
    const input = { chain: 'HUYOU' as const, node: 'PROCESSING', enterpriseId: fresh.id, channel: 'ONLINE' as const, idempotencyKey: 'storm' };
    const applications = await Promise.all([1, 2, 3].map(() => applicant.data(BundleApplyDocument, { input })));
    expect(new Set(applications.map((result) => result.bundleApply.application?.id)).size).toBe(1);
    const conflicting = await applicant.data(BundleApplyDocument, { input: { ...input, node: 'PLANTING' } });
    expect(conflicting.bundleApply.userErrors[0]).toMatchObject({ field: ['input', 'idempotencyKey'], code: 'CONFLICT' });
  });

  it('requires the enterprise to be at the node, and the bundle to have it', async () => {
    await growerClient.data(ChainMembershipLeaveDocument, { input: { enterpriseId: grower.id, chain: 'HUYOU', node: 'PLANTING' } });
    const notMember = await growerClient.data(BundleApplyDocument, {
      input: { chain: 'HUYOU', node: 'PLANTING', enterpriseId: grower.id, channel: 'ONLINE', idempotencyKey: 'apply-2' },
    });
    expect(notMember.bundleApply.userErrors[0]).toMatchObject({ field: ['input', 'node'], code: 'INVALID_STATE' });
    const noNode = await growerClient.data(BundleApplyDocument, {
      input: { chain: 'HUYOU', node: 'SALES', enterpriseId: grower.id, channel: 'ONLINE', idempotencyKey: 'apply-3' },
    });
    expect(noNode.bundleApply.userErrors[0]).toMatchObject({ field: ['input', 'node'], code: 'NOT_FOUND' });
  });

  it('lets the huyou desk record chain data that the enterprise reads and strangers do not', async () => {
    const { huyouOrchardRegister } = await desk.data(HuyouOrchardRegisterDocument, {
      input: { enterpriseId: grower.id, name: '青石胡柚基地', areaMu: '320.50', certifications: ['GAP', 'GEOGRAPHICAL_INDICATION'] },
    });
    expect(huyouOrchardRegister.orchard).toMatchObject({
      name: '青石胡柚基地',
      areaMu: '320.50',
      certifications: ['GAP', 'GEOGRAPHICAL_INDICATION'],
    });
    const orchardId = huyouOrchardRegister.orchard!.id;
    await desk.data(HuyouResidueTestRecordDocument, { input: { orchardId, sampledOn: '2026-09-10', passed: true } });
    const future = await desk.data(HuyouResidueTestRecordDocument, { input: { orchardId, sampledOn: '2999-01-01', passed: true } });
    expect(future.huyouResidueTestRecord.userErrors[0]).toMatchObject({ field: ['input', 'sampledOn'], code: 'IN_FUTURE' });
    const badArea = await desk.data(HuyouOrchardRegisterDocument, { input: { enterpriseId: grower.id, name: ' ', areaMu: '-3' } });
    expect(badArea.huyouOrchardRegister.userErrors.map((error) => error.code).sort()).toEqual(['BLANK', 'OUT_OF_RANGE']);
    await desk.data(HuyouProductBatchRegisterDocument, {
      input: {
        enterpriseId: grower.id,
        product: '胡柚汁',
        traceabilityCode: 'HY-2026-0001',
        quantityKg: '1200.00',
        producedOn: '2026-09-20',
        salesChannel: '电商平台',
      },
    });
    const duplicate = await desk.data(HuyouProductBatchRegisterDocument, {
      input: {
        enterpriseId: grower.id,
        product: '胡柚汁',
        traceabilityCode: 'HY-2026-0001',
        quantityKg: '5.00',
        producedOn: '2026-09-20',
        salesChannel: '商超',
      },
    });
    expect(duplicate.huyouProductBatchRegister.userErrors[0].code).toBe('TAKEN');

    const { enterprise } = await growerClient.data(HuyouDataDocument, { id: grower.id });
    expect(enterprise?.huyouOrchards[0]).toMatchObject({ name: '青石胡柚基地', residueTests: [{ passed: true, sampledOn: '2026-09-10' }] });
    expect(enterprise?.huyouProductBatches.map((batch) => batch.traceabilityCode)).toEqual(['HY-2026-0001']);

    const chipDesk = await app.clientAs(Role.DESK, { chains: ['chip'] });
    expect(errorCode(await chipDesk.request(HuyouOrchardRegisterDocument, { input: { enterpriseId: grower.id, name: 'x', areaMu: '1' } }))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await growerClient.request(HuyouOrchardRegisterDocument, { input: { enterpriseId: grower.id, name: 'x', areaMu: '1' } }))).toBe(
      'FORBIDDEN',
    );
  });

  it('lists the chain’s enterprises by node', async () => {
    const other = await registerEnterprise(admin, { name: '常山县胡柚饮品有限公司' });
    await desk.data(ChainMembershipJoinDocument, { input: { enterpriseId: other.id, chain: 'HUYOU', node: 'SALES' } });
    const all = await desk.data(ChainEnterprisesDocument, { code: 'HUYOU', first: 10 });
    // The grower, the enterprise of the concurrency test, and this one.
    expect(all.chain.enterprises.totalCount).toBe(3);
    const sales = await desk.data(ChainEnterprisesDocument, { code: 'HUYOU', first: 10, node: 'SALES' });
    expect(sales.chain.enterprises.nodes.map((node) => node.name)).toEqual(['常山县胡柚饮品有限公司']);
    const own = await growerClient.data(ChainEnterprisesDocument, { code: 'HUYOU', first: 10 });
    expect(own.chain.enterprises.nodes.map((node) => node.id)).toEqual([grower.id]);
  });
});
