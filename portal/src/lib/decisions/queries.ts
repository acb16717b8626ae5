// Relative import: test/ and the benches load the operations outside Vite, where ~/ does not resolve.
import { graphql } from "../graphql.ts";

export const CommunityDecisions = graphql(`
  query CommunityDecisions($code: String!) {
    community(code: $code) {
      decisions {
        id
        subject
        description
        amount
        status
        statusLabel
        currentStage { kind kindLabel position outcome outcomeLabel heldOn }
        stages {
          id
          kind
          kindLabel
          position
          heldOn
          members
          present
          voted
          votesFor
          votesAgainst
          votesAbstain
          outcome
          outcomeLabel
          text
          ruleText
          summary
          superseded
          correctionReason
          corrects { id }
          notice { id title contentHash }
          opinions { name role opinion recordedAt }
        }
        resolutionNotice { id title publishedAt contentHash }
        result { outcome actualAmount completedOn notice { id title publishedAt contentHash } }
        ledgerEntries { id date month voucherNo counterparty description amount }
        linkedSpendingTotal
        feePrices { effectiveFrom basisDocument disclosure { id title } }
        assetIncomeStatements { year incomeTotal usedTotal }
        projects { id name }
      }
    }
  }
`);

export const DecisionPaths = graphql(`
  query DecisionPaths($after: String) {
    communities(first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { node { code decisions { id } } }
    }
  }
`);
