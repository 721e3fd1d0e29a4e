import { ApolloClient, gql, HttpLink, InMemoryCache } from '@apollo/client';
import { possibleTypes, typePolicies } from '../../schema/generated/apollo-client-policies';
import { Role } from '../../modules/platform/auth/principal';
import { TestApp, SEEDING_TIMEOUT } from '../support/test-app';

/** The graph as a partner's Apollo Client meets it, with the cache configuration generated beside the schema. */
describe('Apollo Client with the generated cache policies', () => {
  let app: TestApp;
  let client: ApolloClient;

  beforeAll(async () => {
    app = await TestApp.start();
    await app.seed(30, 4, ['enterprise', 'credit']);
    const token = await app.token(Role.ANALYST);
    client = new ApolloClient({
      link: new HttpLink({ uri: `${app.url}/graphql`, headers: { authorization: `Bearer ${token}` } }),
      cache: new InMemoryCache({ possibleTypes, typePolicies }),
    });
  }, SEEDING_TIMEOUT);
  afterAll(async () => {
    client?.stop();
    await app?.stop();
  });

  const PAGE = gql`
    query Page($after: String) {
      enterprises(first: 5, after: $after) {
        edges {
          cursor
          node {
            id
            name
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  `;

  it('merges the pages it fetches into one list (relayStylePagination)', async () => {
    type Page = { enterprises: { edges: Array<{ node: { id: string; name: string } }>; pageInfo: { endCursor: string } } };
    const first = await client.query<Page>({ query: PAGE });
    expect(first.data!.enterprises.edges).toHaveLength(5);
    // What fetchMore does: the next page from the network, merged by the field's policy into the cached list.
    await client.query<Page>({ query: PAGE, variables: { after: first.data!.enterprises.pageInfo.endCursor }, fetchPolicy: 'network-only' });
    const merged = client.readQuery<Page>({ query: PAGE });
    expect(merged!.enterprises.edges).toHaveLength(10);
    expect(new Set(merged!.enterprises.edges.map((edge) => edge.node.id)).size).toBe(10);
  });

  it('updates a cached object when it is refetched by node(id:)', async () => {
    const { data } = await client.query<{ enterprises: { edges: Array<{ node: { id: string; name: string } }> } }>({ query: PAGE });
    const { id, name } = data!.enterprises.edges[0].node;
    await app.services.orm.em
      .fork()
      .execute('update enterprise set name = ? where id = ?', [`${name}（更名）`, Buffer.from(id, 'base64url').toString().split(':')[1]]);
    await client.query({
      query: gql`
        query Refetch($id: ID!) {
          node(id: $id) {
            id
            ... on Enterprise {
              name
            }
          }
        }
      `,
      variables: { id },
      fetchPolicy: 'network-only',
    });
    const cached = client.readFragment<{ name: string }>({
      id: `Enterprise:${id}`,
      fragment: gql`
        fragment Name on Enterprise {
          name
        }
      `,
    });
    expect(cached?.name).toBe(`${name}（更名）`);
  });

  it('keeps what two queries read of one object that they select without its id', async () => {
    const { data } = await client.query<{ enterprises: { edges: Array<{ node: { id: string } }> } }>({ query: PAGE });
    const id = data!.enterprises.edges.find(() => true)!.node.id;
    const GRADE = gql`
      query Grade($id: ID!) {
        enterprise(id: $id) {
          id
          creditScore {
            score
            grade
          }
        }
      }
    `;
    const RULES = gql`
      query Rules($id: ID!) {
        enterprise(id: $id) {
          id
          creditScore {
            ruleSet
          }
        }
      }
    `;
    await client.query({ query: GRADE, variables: { id } });
    await client.query({ query: RULES, variables: { id } });
    const grade = client.readQuery<{ enterprise: { creditScore: { score: number; grade: string } | null } }>({ query: GRADE, variables: { id } });
    expect(grade?.enterprise.creditScore).toEqual(expect.objectContaining({ score: expect.any(Number), grade: expect.any(String) }));
    const region = gql`
      query Regions {
        regions {
          code
          name
        }
      }
    `;
    await client.query({ query: region });
    expect(client.cache.identify({ __typename: 'Region', code: '330822' })).toBe('Region:{"code":"330822"}');
  });
});
