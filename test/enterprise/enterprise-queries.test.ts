import { Role } from '../../modules/platform/auth/principal';
import { EnterprisesDocument, type EnterpriseFilter } from '../../schema/generated/graphql';
import { errorCode, type GraphQLClient } from '../support/graphql-client';
import { registerEnterprise } from '../support/fixtures';
import { TestApp } from '../support/test-app';

describe('filtering and sorting enterprises', () => {
  let app: TestApp;
  let admin: GraphQLClient;
  let createdBetween: { from: string; to: string };

  beforeAll(async () => {
    app = await TestApp.start();
    admin = await app.clientAs(Role.ADMIN);
    await registerEnterprise(admin, {
      name: '常山县柚乡胡柚种植专业合作社',
      industryCode: 'A0153',
      registeredCapital: '300000.00',
      establishedOn: '2010-03-01',
    });
    await registerEnterprise(admin, {
      name: '常山县金源山茶油有限公司',
      industryCode: 'C1331',
      registeredCapital: '9000000.00',
      establishedOn: '2015-07-15',
    });
    const from = new Date().toISOString();
    await registerEnterprise(admin, {
      name: '江山市鼎盛纸业有限公司',
      industryCode: 'C2221',
      regionCode: '330881',
      registeredCapital: '50000000.00',
      establishedOn: '2001-01-09',
    });
    await registerEnterprise(admin, {
      name: '常山县博远微电子科技有限公司',
      industryCode: 'C3973',
      registeredCapital: '150000000.00',
      establishedOn: '2021-09-26',
      lifecycleStage: 'ESTABLISHING',
    });
    const to = new Date(Date.now() + 1).toISOString();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await registerEnterprise(admin, {
      name: '常山县100%_纯正餐饮有限公司',
      industryCode: 'H6210',
      registeredCapital: '100000.00',
      establishedOn: '2023-02-02',
      lifecycleStage: 'DEREGISTERED',
    });
    createdBetween = { from, to };
  });
  afterAll(() => app?.stop());

  async function namesWhere(filter: EnterpriseFilter): Promise<string[]> {
    const { enterprises } = await admin.data(EnterprisesDocument, { first: 50, filter });
    expect(enterprises.totalCount).toBe(enterprises.edges.length);
    return enterprises.edges.map((edge) => edge.node.name);
  }

  it('filters by a part of the name, case-insensitively and literally', async () => {
    expect(await namesWhere({ nameContains: '山茶油' })).toEqual(['常山县金源山茶油有限公司']);
    expect(await namesWhere({ nameContains: '100%_' })).toEqual(['常山县100%_纯正餐饮有限公司']);
    expect(await namesWhere({ nameContains: '%' })).toEqual(['常山县100%_纯正餐饮有限公司']);
  });

  it('filters by region', async () => {
    expect(await namesWhere({ regionCode: '330881' })).toEqual(['江山市鼎盛纸业有限公司']);
    expect(await namesWhere({ regionCode: '330822' })).toHaveLength(4);
  });

  it('filters by industry section, division or class', async () => {
    expect(await namesWhere({ industryCode: 'C' })).toHaveLength(3);
    expect(await namesWhere({ industryCode: 'C39' })).toEqual(['常山县博远微电子科技有限公司']);
    expect(await namesWhere({ industryCode: 'A0153' })).toEqual(['常山县柚乡胡柚种植专业合作社']);
  });

  it('filters by lifecycle stages', async () => {
    expect(await namesWhere({ lifecycleStages: ['ESTABLISHING', 'DEREGISTERED'] })).toHaveLength(2);
    expect(await namesWhere({ lifecycleStages: ['BANKRUPTCY_REORGANIZATION'] })).toEqual([]);
  });

  it('filters by the instant of creation', async () => {
    const names = await namesWhere({ createdFrom: createdBetween.from, createdTo: createdBetween.to });
    expect(names.sort()).toEqual(['常山县博远微电子科技有限公司', '江山市鼎盛纸业有限公司'].sort());
  });

  it('combines filters', async () => {
    expect(await namesWhere({ industryCode: 'C', regionCode: '330822', lifecycleStages: ['OPERATING'] })).toEqual(['常山县金源山茶油有限公司']);
  });

  it('refuses malformed filter codes with BAD_USER_INPUT naming the field', async () => {
    const response = await admin.request(EnterprisesDocument, { first: 5, filter: { industryCode: 'c39' } });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].extensions?.field).toEqual(['filter', 'industryCode']);
    expect(errorCode(await admin.request(EnterprisesDocument, { first: 5, filter: { regionCode: '33' } }))).toBe('BAD_USER_INPUT');
  });

  it('sorts by capital, establishment date and creation in both directions', async () => {
    const capitals = async (direction: 'ASC' | 'DESC') =>
      (await admin.data(EnterprisesDocument, { first: 10, orderBy: { field: 'REGISTERED_CAPITAL', direction } })).enterprises.edges.map(
        (edge) => edge.node.registeredCapital,
      );
    const ascending = ['100000.00', '300000.00', '9000000.00', '50000000.00', '150000000.00'];
    expect(await capitals('ASC')).toEqual(ascending);
    expect(await capitals('DESC')).toEqual([...ascending].reverse());

    const byEstablishment = await admin.data(EnterprisesDocument, { first: 2, orderBy: { field: 'ESTABLISHED_ON', direction: 'ASC' } });
    expect(byEstablishment.enterprises.edges[0].node.name).toBe('江山市鼎盛纸业有限公司');
    const next = await admin.data(EnterprisesDocument, {
      first: 2,
      after: byEstablishment.enterprises.pageInfo.endCursor,
      orderBy: { field: 'ESTABLISHED_ON', direction: 'ASC' },
    });
    expect(next.enterprises.edges.map((edge) => edge.node.name)).toEqual(['常山县金源山茶油有限公司', '常山县博远微电子科技有限公司']);

    const newest = await admin.data(EnterprisesDocument, { first: 1, orderBy: { field: 'CREATED_AT', direction: 'DESC' } });
    expect(newest.enterprises.edges[0].node.name).toBe('常山县100%_纯正餐饮有限公司');
  });
});
