import type { ExplorerExample } from '../platform/module';

/** What a partner's page asks of the registry: the explorer's first tab on a development server. */
export const enterpriseExamples: ExplorerExample[] = [
  {
    query: `# A partner's page (合作方页面): twenty enterprises by name. For the next page, set "after" to pageInfo.endCursor.
query PartnerPage($after: String) {
  enterprises(first: 20, after: $after, orderBy: { field: NAME, direction: ASC }) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      id
      name
      uscc
      legalRepresentative
      establishedOn
      lifecycleStage
      industry { code name }
      region { code name }
    }
  }
}`,
  },
];
