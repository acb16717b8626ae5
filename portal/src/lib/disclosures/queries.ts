// Relative import: test/ and the benches load the operations outside Vite, where ~/ does not resolve.
import { graphql } from "../graphql.ts";

export const DisclosureIds = graphql(`
  query DisclosureIds($after: String) {
    disclosures(first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { node { id } }
    }
  }
`);

export const DisclosurePage = graphql(`
  query DisclosurePage($id: ID!) {
    disclosure(id: $id) {
      id
      title
      bodyHtml
      status
      isCurrent
      isSample
      publishedAt
      publisherName
      contentHash
      canonicalContent
      correctionReason
      withdrawnAt
      withdrawalReason
      category { code name }
      period { label code }
      communities { code name }
      correctionChain { id title publishedAt correctionReason }
    }
  }
`);
