import { Role } from '../../modules/platform/auth/principal';
import { EnterprisesDocument, NodeDocument, NodesDocument, type EnterprisesQuery } from '../../schema/generated/graphql';
import type { GraphQLClient } from '../support/graphql-client';
import { errorCode } from '../support/graphql-client';
import { registerEnterprise } from '../support/fixtures';
import { TestApp } from '../support/test-app';

const NAMES = ['常山县A', '常山县B', '常山县C', '常山县D', '常山县E', '常山县F', '常山县G'];

describe('relay: cursor pagination and node refetch', () => {
  let app: TestApp;
  let admin: GraphQLClient;
  const ids: string[] = [];

  beforeAll(async () => {
    app = await TestApp.start();
    admin = await app.clientAs(Role.ADMIN);
    // Registered out of order, so that the name order is the connection's doing.
    for (const name of [...NAMES].reverse()) ids.unshift((await registerEnterprise(admin, { name })).id);
  });
  afterAll(() => app?.stop());

  const names = (page: { edges: Array<{ node: { name: string } }> }) => page.edges.map((edge) => edge.node.name);

  it('pages forward across the whole list with first/after', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const { enterprises }: EnterprisesQuery = await admin.data(EnterprisesDocument, { first: 3, after });
      expect(enterprises.totalCount).toBe(7);
      seen.push(...names(enterprises));
      pages += 1;
      expect(enterprises.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!enterprises.pageInfo.hasNextPage) break;
      after = enterprises.pageInfo.endCursor ?? null;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(NAMES);
  });

  it('pages backward across the whole list with last/before', async () => {
    const seen: string[] = [];
    let before: string | null = null;
    for (;;) {
      const { enterprises }: EnterprisesQuery = await admin.data(EnterprisesDocument, { last: 3, before });
      seen.unshift(...names(enterprises));
      expect(enterprises.pageInfo.hasNextPage).toBe(before !== null);
      if (!enterprises.pageInfo.hasPreviousPage) break;
      before = enterprises.pageInfo.startCursor ?? null;
    }
    expect(seen).toEqual(NAMES);
  });

  it('returns the items between two cursors', async () => {
    const { enterprises: all } = await admin.data(EnterprisesDocument, { first: 7 });
    const { enterprises: between } = await admin.data(EnterprisesDocument, {
      first: 10,
      after: all.edges[1].cursor,
      before: all.edges[5].cursor,
    });
    expect(names(between)).toEqual(NAMES.slice(2, 5));
  });

  it('keeps a stable order with an id tie-break when the sort key repeats', async () => {
    const order = { field: 'REGISTERED_CAPITAL' as const, direction: 'ASC' as const };
    const first = await admin.data(EnterprisesDocument, { first: 4, orderBy: order });
    const second = await admin.data(EnterprisesDocument, { first: 4, after: first.enterprises.pageInfo.endCursor, orderBy: order });
    const pagedIds = [...first.enterprises.edges, ...second.enterprises.edges].map((edge) => edge.node.id);
    expect(new Set(pagedIds).size).toBe(7);
    expect([...pagedIds].sort()).toEqual([...ids].sort());
  });

  it('refuses both first and last, oversized pages and foreign cursors with BAD_USER_INPUT', async () => {
    const both = await admin.request(EnterprisesDocument, { first: 2, last: 2 });
    expect(errorCode(both)).toBe('BAD_USER_INPUT');
    const huge = await admin.request(EnterprisesDocument, { first: 101 });
    expect(errorCode(huge)).toBe('BAD_USER_INPUT');
    expect(huge.errors?.[0].extensions?.field).toEqual(['first']);
    const negative = await admin.request(EnterprisesDocument, { last: -1 });
    expect(errorCode(negative)).toBe('BAD_USER_INPUT');
    const badCursor = await admin.request(EnterprisesDocument, { first: 2, after: 'not-a-cursor' });
    expect(errorCode(badCursor)).toBe('BAD_USER_INPUT');
    expect(badCursor.errors?.[0].extensions?.field).toEqual(['after']);
  });

  it('refuses a cursor of another order, or one whose values were altered', async () => {
    const byName = await admin.data(EnterprisesDocument, { first: 2 });
    const otherOrder = await admin.request(EnterprisesDocument, {
      first: 2,
      after: byName.enterprises.pageInfo.endCursor,
      orderBy: { field: 'CREATED_AT', direction: 'ASC' },
    });
    expect(errorCode(otherOrder)).toBe('BAD_USER_INPUT');
    for (const payload of [
      { f: 'name', v: 'x', id: 'not-a-uuid' },
      { f: 'name', v: { $ne: null }, id: ids[0] },
      { f: 'name', id: ids[0] },
    ]) {
      const forged = Buffer.from(JSON.stringify(payload)).toString('base64url');
      expect(errorCode(await admin.request(EnterprisesDocument, { first: 2, after: forged }))).toBe('BAD_USER_INPUT');
    }
  });

  it('refuses a cursor whose value does not fit the column it is sorted by, before it reaches SQL', async () => {
    const uuid = '00000000-0000-4000-8000-000000000000';
    const cases: Array<[string, unknown]> = [
      ['REGISTERED_CAPITAL', 'a lot'],
      ['ESTABLISHED_ON', '2024-02-30'],
      ['ESTABLISHED_ON', '0000-01-01'],
      ['CREATED_AT', 1e300],
      ['CREATED_AT', '2026-13-01T00:00:00.000Z'],
      ['NAME', 'a\u0000b'],
      ['NAME', '\ud800'],
    ];
    const properties: Record<string, string> = {
      REGISTERED_CAPITAL: 'registeredCapital',
      ESTABLISHED_ON: 'establishedOn',
      CREATED_AT: 'createdAt',
      NAME: 'name',
    };
    for (const [field, value] of cases) {
      const forged = Buffer.from(JSON.stringify({ f: properties[field], v: value, id: uuid })).toString('base64url');
      const answer = await admin.request(EnterprisesDocument, { first: 2, after: forged, orderBy: { field: field as never, direction: 'ASC' } });
      expect([field, value, errorCode(answer)]).toEqual([field, value, 'BAD_USER_INPUT']);
    }
  });

  it('answers null for an id whose key is not a uuid', async () => {
    const dashes = Buffer.from(`Enterprise:${'-'.repeat(36)}`).toString('base64url');
    expect((await admin.data(NodeDocument, { id: dashes })).node).toBeNull();
  });

  it('refetches an object by its global id with node and nodes', async () => {
    const { node } = await admin.data(NodeDocument, { id: ids[2] });
    expect(node).toMatchObject({ __typename: 'Enterprise', id: ids[2], name: NAMES[2] });

    const { nodes } = await admin.data(NodesDocument, { ids: [ids[4], 'garbage', ids[0]] });
    expect(nodes.map((item) => item?.id ?? null)).toEqual([ids[4], null, ids[0]]);
  });

  it('answers null for well-formed ids of unknown objects or types', async () => {
    const unknownEnterprise = Buffer.from('Enterprise:00000000-0000-4000-8000-000000000000').toString('base64url');
    const unknownType = Buffer.from('Spaceship:00000000-0000-4000-8000-000000000000').toString('base64url');
    expect((await admin.data(NodeDocument, { id: unknownEnterprise })).node).toBeNull();
    expect((await admin.data(NodeDocument, { id: unknownType })).node).toBeNull();
  });

  it('keeps ids opaque: they are not the database key', async () => {
    const [row] = await app.services.orm.em.fork().getConnection().execute('select id from enterprise limit 1');
    expect(ids).not.toContain(row.id);
  });
});
