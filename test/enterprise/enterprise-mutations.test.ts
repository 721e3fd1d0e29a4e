import { Role } from '../../modules/platform/auth/principal';
import {
  AuditEntriesDocument,
  EnterpriseByUsccDocument,
  EnterpriseRegisterDocument,
  EnterprisesDocument,
  EnterpriseUpdateDocument,
} from '../../schema/generated/graphql';
import type { GraphQLClient } from '../support/graphql-client';
import { nextUscc, registerEnterprise, registerInput } from '../support/fixtures';
import { TestApp } from '../support/test-app';

describe('registering and updating enterprises', () => {
  let app: TestApp;
  let admin: GraphQLClient;

  beforeAll(async () => {
    app = await TestApp.start();
    admin = await app.clientAs(Role.ADMIN);
  });
  afterAll(() => app?.stop());

  async function enterpriseCount(): Promise<number> {
    return (await admin.data(EnterprisesDocument, { first: 1 })).enterprises.totalCount;
  }

  it('registers an enterprise with exact capital, catalogue objects and the home region by default', async () => {
    const uscc = nextUscc();
    const { enterpriseRegister } = await admin.data(EnterpriseRegisterDocument, {
      input: registerInput({ uscc, registeredCapital: '12345678901234.56', industryCode: 'C3973' }),
    });
    expect(enterpriseRegister.userErrors).toEqual([]);
    expect(enterpriseRegister.enterprise).toMatchObject({
      uscc,
      registeredCapital: '12345678901234.56',
      establishedOn: '2018-05-20',
      lifecycleStage: 'OPERATING',
      version: 1,
      industry: { code: 'C3973', name: '集成电路制造' },
      region: { code: '330822', name: '常山县' },
    });
    expect((await admin.data(EnterpriseByUsccDocument, { uscc })).enterpriseByUscc?.id).toBe(enterpriseRegister.enterprise?.id);
  });

  it.each([
    ['a wrong check character', { uscc: '91350100M000100Y44' }, ['input', 'uscc'], 'INVALID_CHECK_CHARACTER'],
    ['a lower-case code', { uscc: '91110000600037341l' }, ['input', 'uscc'], 'INVALID_FORMAT'],
    ['a code with a letter outside the set', { uscc: '9133082200000000O1' }, ['input', 'uscc'], 'INVALID_FORMAT'],
    ['a short code', { uscc: '9133082200000' }, ['input', 'uscc'], 'INVALID_FORMAT'],
    ['negative capital', { registeredCapital: '-1.00' }, ['input', 'registeredCapital'], 'NEGATIVE'],
    ['capital with three decimals', { registeredCapital: '10.005' }, ['input', 'registeredCapital'], 'INVALID_FORMAT'],
    ['a blank name', { name: '   ' }, ['input', 'name'], 'BLANK'],
    ['a future establishment date', { establishedOn: '2999-01-01' }, ['input', 'establishedOn'], 'IN_FUTURE'],
    ['an unknown industry', { industryCode: 'Z9999' }, ['input', 'industryCode'], 'NOT_FOUND'],
    ['an unknown region', { regionCode: '110101' }, ['input', 'regionCode'], 'NOT_FOUND'],
  ])('refuses %s with a userError and writes nothing', async (_case, overrides, field, code) => {
    const before = await enterpriseCount();
    const { enterpriseRegister } = await admin.data(EnterpriseRegisterDocument, { input: registerInput(overrides) });
    expect(enterpriseRegister.enterprise).toBeNull();
    expect(enterpriseRegister.userErrors).toEqual([expect.objectContaining({ field, code })]);
    expect(await enterpriseCount()).toBe(before);
  });

  it('names the expected check character in the message', async () => {
    const { enterpriseRegister } = await admin.data(EnterpriseRegisterDocument, { input: registerInput({ uscc: '91350100M000100Y44' }) });
    expect(enterpriseRegister.userErrors[0].message).toContain('should be 3');
  });

  it('reports every problem of an input at once', async () => {
    const { enterpriseRegister } = await admin.data(EnterpriseRegisterDocument, {
      input: registerInput({ uscc: 'bad', name: '', registeredCapital: '-5' }),
    });
    expect(enterpriseRegister.userErrors.map((error) => error.code).sort()).toEqual(['BLANK', 'INVALID_FORMAT', 'NEGATIVE']);
  });

  it('refuses a second enterprise with the same code as TAKEN', async () => {
    const uscc = nextUscc();
    await registerEnterprise(admin, { uscc });
    const before = await enterpriseCount();
    const { enterpriseRegister } = await admin.data(EnterpriseRegisterDocument, { input: registerInput({ uscc, name: 'Another' }) });
    expect(enterpriseRegister.userErrors).toEqual([expect.objectContaining({ field: ['input', 'uscc'], code: 'TAKEN' })]);
    expect(await enterpriseCount()).toBe(before);
  });

  it('lets only one of two simultaneous registrations of a code win', async () => {
    const uscc = nextUscc();
    const results = await Promise.all([1, 2, 3].map(() => admin.data(EnterpriseRegisterDocument, { input: registerInput({ uscc }) })));
    const winners = results.filter((result) => result.enterpriseRegister.enterprise !== null);
    expect(winners).toHaveLength(1);
    for (const loser of results.filter((result) => result.enterpriseRegister.enterprise === null)) {
      expect(loser.enterpriseRegister.userErrors[0].code).toBe('TAKEN');
    }
  });

  it('updates facts, bumps the version and leaves omitted fields alone', async () => {
    const created = await registerEnterprise(admin, { name: '常山县青石石材有限公司', industryCode: 'C3032' });
    const { enterpriseUpdate } = await admin.data(EnterpriseUpdateDocument, {
      input: { id: created.id, expectedVersion: 1, registeredCapital: '8800000.00', lifecycleStage: 'CHANGING', regionCode: '330881' },
    });
    expect(enterpriseUpdate.userErrors).toEqual([]);
    expect(enterpriseUpdate.enterprise).toMatchObject({
      name: '常山县青石石材有限公司',
      registeredCapital: '8800000.00',
      lifecycleStage: 'CHANGING',
      version: 2,
      region: { code: '330881', name: '江山市' },
      industry: { code: 'C3032' },
    });
  });

  it('refuses an update against a stale version and writes nothing', async () => {
    const created = await registerEnterprise(admin);
    await admin.data(EnterpriseUpdateDocument, { input: { id: created.id, name: '新名称一' } });
    const { enterpriseUpdate } = await admin.data(EnterpriseUpdateDocument, { input: { id: created.id, expectedVersion: 1, name: '新名称二' } });
    expect(enterpriseUpdate.userErrors).toEqual([expect.objectContaining({ field: ['input', 'expectedVersion'], code: 'STALE_VERSION' })]);
    const { enterpriseByUscc } = await admin.data(EnterpriseByUsccDocument, { uscc: created.uscc });
    expect(enterpriseByUscc).toMatchObject({ name: '新名称一', version: 2 });
  });

  it('lets exactly one of two concurrent updates from the same version win', async () => {
    const created = await registerEnterprise(admin);
    const results = await Promise.all(
      ['甲', '乙', '丙', '丁'].map((suffix) =>
        admin.data(EnterpriseUpdateDocument, { input: { id: created.id, expectedVersion: 1, name: `并发${suffix}` } }),
      ),
    );
    const winners = results.filter((result) => result.enterpriseUpdate.userErrors.length === 0);
    expect(winners).toHaveLength(1);
    const { enterpriseByUscc } = await admin.data(EnterpriseByUsccDocument, { uscc: created.uscc });
    expect(enterpriseByUscc?.version).toBe(2);
    expect(enterpriseByUscc?.name).toBe(winners[0].enterpriseUpdate.enterprise?.name);
  });

  it('refuses an update of an unknown id with NOT_FOUND', async () => {
    const { enterpriseUpdate } = await admin.data(EnterpriseUpdateDocument, { input: { id: 'bm9wZQ', name: 'x' } });
    expect(enterpriseUpdate.userErrors).toEqual([expect.objectContaining({ field: ['input', 'id'], code: 'NOT_FOUND' })]);
  });

  it('audits successful and refused registrations', async () => {
    const created = await registerEnterprise(admin, { name: '审计样本有限公司' });
    await admin.data(EnterpriseRegisterDocument, { input: registerInput({ registeredCapital: '-3' }) });
    const { auditEntries } = await admin.data(AuditEntriesDocument, { filter: { operation: 'enterpriseRegister' }, first: 100 });
    const success = auditEntries.nodes.find((entry) => entry.targetIds.includes(created.id));
    expect(success).toMatchObject({ actorRole: 'ADMIN', actorSubject: 'test-admin', outcome: 'SUCCEEDED', errorCodes: [] });
    expect(auditEntries.nodes[0]).toMatchObject({ outcome: 'REJECTED', errorCodes: ['NEGATIVE'], targetIds: [] });
  });
});
