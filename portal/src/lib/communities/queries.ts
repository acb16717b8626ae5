// Relative import: test/ and the benches load the operations outside Vite, where ~/ does not resolve.
import { DisclosureListItem } from "../disclosures/queries.ts";
import { graphql } from "../graphql.ts";

export const HomeQuery = graphql(`
  query Home {
    counties {
      code
      name
      province
      prefecture
      townships {
        name
        communities {
          code
          name
          households
          population
          settlementKindLabel
          isSample
        }
      }
    }
  }
`);

/** What every page about a community names of it: titles, crumbs and the sample-data notice. */
export const CommunityHeader = graphql(`
  query CommunityHeader($code: String!) {
    community(code: $code) {
      code
      name
      isSample
      township { name county { code name } }
    }
  }
`);

export const CommunityCodes = graphql(`
  query CommunityCodes($after: String) {
    communities(first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { node { code } }
    }
  }
`);

export const CountyCodes = graphql(`
  query CountyCodes {
    counties { code name }
  }
`);

export const CommunityPage = graphql(
  `
  query CommunityPage($code: String!, $after: String) {
    categories { code name }
    community(code: $code) {
      code
      name
      isSample
      households
      population
      placementLabel
      settlementKindLabel
      address
      relocationYears { from to }
      serviceCentre { name phone }
      township { name county { name province } }
      organizations {
        kind
        kindLabel
        name
        partyLevelLabel
        memberCount
        electedOn
        postings { name role duties publicPhone }
      }
      disclosures(first: 100, after: $after) {
        pageInfo { hasNextPage endCursor }
        edges {
          node {
            category { code }
            ...DisclosureListItem
          }
        }
      }
    }
  }
`,
  [DisclosureListItem],
);
