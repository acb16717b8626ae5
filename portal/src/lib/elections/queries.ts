// Relative import: test/ and the benches load the operations outside Vite, where ~/ does not resolve.
import { graphql } from "../graphql.ts";

export const CommunityElections = graphql(`
  query CommunityElections($code: String!, $asOf: DateTime) {
    community(code: $code) {
      elections {
        id
        body
        bodyLabel
        organization { name }
        electionDay
        voterListPublishedOn
        leadDays
        seats
        status
        statusLabel
        countdown(asOf: $asOf) { on daysLeft text }
        voterCount
        voterGroups { group count }
        voters { maskedName group }
        candidates { id name post votes voteShare elected resultLabel reElected }
        ballotsCast
        invalidBallots
        turnout
        voterListNotice { id title publishedAt contentHash }
        resultsNotice { id title publishedAt contentHash }
      }
    }
  }
`);
