/**
 * The read workloads partners and desks bring to the graph, as GraphQL documents with their variables. The
 * hand-written baseline (baseline-server.ts) answers each with the same JSON.
 */

/** Who calls: a partner's API key or a desk's bearer token. */
export type Caller = 'partner' | 'desk';

export interface ReadWorkload {
  name: string;
  description: string;
  caller: Caller;
  query: string;
  /** Variables of the i-th request: workloads walk through pages, codes and ids so that no answer is cached. */
  variables: (inputs: WorkloadInputs, i: number) => Record<string, unknown>;
}

/** What the variables are drawn from, read from the bench database before the load. */
export interface WorkloadInputs {
  /** `after` cursors of pages of 20 and of 100 enterprises by name (null: the first page). */
  cursors20: Array<string | null>;
  cursors100: Array<string | null>;
  usccs: string[];
  enterpriseIds: string[];
}

const ENTERPRISE_CARD = `
      id
      name
      uscc
      legalRepresentative
      industry { code name }
      region { code name }
      creditScore { score grade }
      chainMemberships { chain node }
      cases(first: 5) { nodes { id number state submittedOn matter { code name } } }`;

const pick = <T>(list: T[], i: number): T => list[i % list.length];

export const READ_WORKLOADS: ReadWorkload[] = [
  {
    name: 'partner-page',
    description: '20 enterprises by name: industry, region, credit grade, chain memberships, 5 latest cases with their matter',
    caller: 'partner',
    query: `query PartnerPage($after: String) {
  enterprises(first: 20, after: $after, orderBy: { field: NAME, direction: ASC }) {
    pageInfo { hasNextPage endCursor }
    nodes {${ENTERPRISE_CARD}
    }
  }
}`,
    variables: (inputs, i) => ({ after: pick(inputs.cursors20, i) }),
  },
  {
    name: 'lookup-by-uscc',
    description: 'one enterprise by its unified social credit code, same nesting',
    caller: 'partner',
    query: `query Lookup($uscc: String!) {
  enterpriseByUscc(uscc: $uscc) {${ENTERPRISE_CARD}
  }
}`,
    variables: (inputs, i) => ({ uscc: pick(inputs.usccs, i * 7919) }),
  },
  {
    name: 'flat-page-100',
    description: '100 enterprises by name, their own fields only',
    caller: 'partner',
    query: `query FlatPage($after: String) {
  enterprises(first: 100, after: $after, orderBy: { field: NAME, direction: ASC }) {
    pageInfo { hasNextPage endCursor }
    nodes { id name uscc registeredCapital establishedOn lifecycleStage }
  }
}`,
    variables: (inputs, i) => ({ after: pick(inputs.cursors100, i) }),
  },
  {
    name: 'desk-chain-page',
    description: 'a desk reads its chain: 20 members by name with their memberships and orchards',
    caller: 'desk',
    query: `query DeskChainPage {
  chain(code: HUYOU) {
    enterprises(first: 20) {
      pageInfo { hasNextPage endCursor }
      nodes { id name chainMemberships { chain node } huyouOrchards { name areaMu } }
    }
  }
}`,
    variables: () => ({}),
  },
  {
    name: 'node-refetch',
    description: 'node(id:) of one enterprise, as a client refreshes a cached object',
    caller: 'partner',
    query: `query Refetch($id: ID!) {
  node(id: $id) {
    id
    ... on Enterprise { name uscc legalRepresentative industry { name } region { name } }
  }
}`,
    variables: (inputs, i) => ({ id: pick(inputs.enterpriseIds, i * 104729) }),
  },
];
