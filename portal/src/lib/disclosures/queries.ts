// Relative import: test/ and the benches load the operations outside Vite, where ~/ does not resolve.
import { graphql } from "../graphql.ts";

/** A disclosure as a line in a list: its title, state badges and dates. */
export const DisclosureListItem = graphql(`
  fragment DisclosureListItem on Disclosure {
    id
    title
    status
    statusLabel
    isCurrent
    isSample
    publishedAt
    correctionReason
    period { label }
  }
`);

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
      hashVerified
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
