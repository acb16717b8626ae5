// Relative import: test/ and the benches load the operations outside Vite, where ~/ does not resolve.
import { graphql } from "../graphql.ts";

export const CommunityParty = graphql(`
  query CommunityParty($code: String!, $asOf: DateTime) {
    partyMeetingSchedule { kind kindLabel catalogueItem cadenceLabel dueDays basis }
    community(code: $code) {
      organizations {
        kind
        name
        partyLevelLabel
        memberCount
        electedOn
        postings { name role duties publicPhone }
      }
      partyMeetings {
        id
        kind
        kindLabel
        heldOn
        quarter
        quarterLabel
        topic
        members
        present
        superseded
        correctionReason
        corrects { id }
        correctedBy { id }
        notice { id title publishedAt contentHash }
      }
      partyNotices {
        id
        title
        stageLabel
        opensOn
        closesOn
        workingDays
        contact
        publishedAt
        window(asOf: $asOf) { status statusLabel isOpen asOfDate workingDaysLeft daysUntilOpen text }
        candidates { name genderLabel birthYear }
        notice { id title contentHash }
      }
      partyAppraisals {
        id
        year
        participants
        grades { grade gradeLabel count }
        superseded
        correctionReason
        notice { id title publishedAt contentHash }
      }
      partyFeeMonths { month monthLabel amount payers members notice { id publishedAt contentHash } }
    }
  }
`);

export const PartyNoticePaths = graphql(`
  query PartyNoticePaths($after: String) {
    communities(first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { node { code partyNotices { id } } }
    }
  }
`);
