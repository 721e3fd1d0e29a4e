import { Role } from '../../modules/platform/auth/principal';
import {
  EnterpriseByUsccDocument,
  EnterpriseDocument,
  EnterpriseRegisterDocument,
  EnterprisesDocument,
  NodeDocument,
  ViewerDocument,
} from '../../schema/generated/graphql';
import { errorCode, type GraphQLClient } from '../support/graphql-client';
import { registerEnterprise, registerInput } from '../support/fixtures';
import { TestApp } from '../support/test-app';

describe('who may read and write enterprises', () => {
  let app: TestApp;
  let admin: GraphQLClient;
  let own: { id: string; uscc: string };
  let other: { id: string; uscc: string };

  beforeAll(async () => {
    app = await TestApp.start();
    admin = await app.clientAs(Role.ADMIN);
    own = await registerEnterprise(admin, { name: '常山县柚香饮品有限公司', legalRepresentative: '张三丰' });
    other = await registerEnterprise(admin, { name: '常山县金川石材有限公司', legalRepresentative: '李四' });
  });
  afterAll(() => app?.stop());

  const staff: Array<[Role, 'full' | 'masked', Record<string, unknown>]> = [
    [Role.ADMIN, 'full', {}],
    [Role.OFFICER, 'full', { department: 'market-regulation' }],
    [Role.DESK, 'masked', { chains: ['huyou'] }],
    [Role.PARTNER, 'masked', {}],
    [Role.ANALYST, 'masked', {}],
  ];

  it.each(staff)('%s reads every enterprise, legal representative %s', async (role, visibility, scope) => {
    const client = await app.clientAs(role, scope);
    const { enterprises } = await client.data(EnterprisesDocument, { first: 10 });
    expect(enterprises.totalCount).toBe(2);
    const representative = enterprises.edges.find((edge) => edge.node.id === own.id)?.node.legalRepresentative;
    expect(representative).toBe(visibility === 'full' ? '张三丰' : '张**');
    const { enterprise } = await client.data(EnterpriseDocument, { id: other.id });
    expect(enterprise?.legalRepresentative).toBe(visibility === 'full' ? '李四' : '李*');
  });

  it('an ENTERPRISE sees only itself, in full, in lists and by id', async () => {
    const client = await app.clientAs(Role.ENTERPRISE, { enterpriseUscc: own.uscc });
    const { enterprises } = await client.data(EnterprisesDocument, { first: 10 });
    expect(enterprises.totalCount).toBe(1);
    expect(enterprises.edges[0].node).toMatchObject({ id: own.id, legalRepresentative: '张三丰' });
    expect((await client.data(EnterpriseDocument, { id: own.id })).enterprise?.id).toBe(own.id);
    expect((await client.data(ViewerDocument)).viewer.enterprise?.id).toBe(own.id);
  });

  it('an ENTERPRISE is refused another enterprise with FORBIDDEN, by id, by code and by node', async () => {
    const client = await app.clientAs(Role.ENTERPRISE, { enterpriseUscc: own.uscc });
    for (const response of [
      await client.request(EnterpriseDocument, { id: other.id }),
      await client.request(EnterpriseByUsccDocument, { uscc: other.uscc }),
      await client.request(NodeDocument, { id: other.id }),
    ]) {
      expect(errorCode(response)).toBe('FORBIDDEN');
    }
  });

  it('an anonymous caller is refused with UNAUTHENTICATED, including through node', async () => {
    for (const response of [
      await app.client.request(EnterprisesDocument, { first: 1 }),
      await app.client.request(EnterpriseDocument, { id: own.id }),
      await app.client.request(NodeDocument, { id: own.id }),
    ]) {
      expect(errorCode(response)).toBe('UNAUTHENTICATED');
      expect(Object.values(response.data ?? {}).every((value) => value === null)).toBe(true);
    }
  });

  it.each([
    [Role.DESK, { chains: ['huyou'] }],
    [Role.PARTNER, {}],
    [Role.ANALYST, {}],
  ])('%s may not register enterprises', async (role: Role, scope: Record<string, unknown>) => {
    const client = await app.clientAs(role, scope);
    const response = await client.request(EnterpriseRegisterDocument, { input: registerInput() });
    expect(errorCode(response)).toBe('FORBIDDEN');
    const { enterprises } = await admin.data(EnterprisesDocument, { first: 10 });
    expect(enterprises.totalCount).toBe(2);
  });

  it('an ENTERPRISE may not register enterprises either', async () => {
    const client = await app.clientAs(Role.ENTERPRISE, { enterpriseUscc: own.uscc });
    expect(errorCode(await client.request(EnterpriseRegisterDocument, { input: registerInput() }))).toBe('FORBIDDEN');
  });

  it('an OFFICER registers enterprises', async () => {
    const officer = await app.clientAs(Role.OFFICER, { department: 'market-regulation' });
    const created = await registerEnterprise(officer, { name: '常山县芳村餐饮管理有限公司', industryCode: 'H6210' });
    expect(created.industry.name).toBe('正餐服务');
  });

  it('refuses an invalid or expired token with UNAUTHENTICATED and HTTP 401', async () => {
    const forged = await app.client.as({ token: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.invalid' }).request(ViewerDocument);
    expect(forged.status).toBe(401);
    expect(errorCode(forged)).toBe('UNAUTHENTICATED');
    const expired = await app.services.jwt.sign({ subject: 'late', role: Role.ADMIN, ttlSeconds: -10 });
    const response = await app.client.as({ token: expired }).request(ViewerDocument);
    expect(response.status).toBe(401);
    expect(response.errors?.[0].message).toMatch(/expired/);
  });

  it('reports the caller through viewer', async () => {
    const desk = await app.clientAs(Role.DESK, { chains: ['huyou', 'chip'], subject: 'desk-7' });
    expect((await desk.data(ViewerDocument)).viewer).toMatchObject({ role: 'DESK', subject: 'desk-7', chains: ['huyou', 'chip'], enterprise: null });
    expect((await app.client.data(ViewerDocument)).viewer.role).toBe('ANONYMOUS');
  });
});
