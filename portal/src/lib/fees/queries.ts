// Relative import: test/ and the benches load the operations outside Vite, where ~/ does not resolve.
import { graphql } from "../graphql.ts";

export const CommunityFees = graphql(`
  query CommunityFees($code: String!) {
    community(code: $code) {
      feeItems {
        id
        code
        name
        kindLabel
        unitLabel
        collectorLabel
        collectorName
        currentPrice {
          effectiveFrom
        }
        prices {
          effectiveFrom
          effectiveTo
          basisDocument
          basisAuthority
          approvedOn
          residentsDecision
          decision { id subject }
          tiers { upTo unitPrice label }
          subsidy { perUnit source endsOn }
          consultation { from to opinionsSummary response }
          disclosure { id }
        }
        months {
          month
          label
          householdsBilled
          householdsPaid
          householdsInArrears
          amountDue
          amountCollected
          householdRate
          amountRate
          corrected
          disclosureId
        }
      }
    }
  }
`);

export const FeePaths = graphql(`
  query FeePaths($after: String) {
    communities(first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { node { code feeItems { code } } }
    }
  }
`);
