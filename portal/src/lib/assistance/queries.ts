// Relative import: test/ and the benches load the operations outside Vite, where ~/ does not resolve.
import { graphql } from "../graphql.ts";

export const AssistanceWindowFields = graphql(`
  fragment AssistanceWindowFields on AssistanceWindow @_unmask {
    startsOn endsOn days on status statusLabel daysLeft text
  }
`);

export const AssistanceListSummaryFields = graphql(
  `
  fragment AssistanceListSummaryFields on AssistanceList @_unmask {
    id kind kindLabel period periodLabel approvingAuthority current correctionReason createdAt
    window(asOf: $asOf) { ...AssistanceWindowFields }
    totals { households people amount }
    community { code name serviceCentre { name phone } }
    notice { id contentHash publishedAt }
  }
`,
  [AssistanceWindowFields],
);

export const CommunityAssistance = graphql(
  `
  query CommunityAssistance($code: String!, $asOf: DateTime!) {
    community(code: $code) {
      serviceCentre { name phone }
      assistanceTotals { kind kindLabel lists households people amount }
      assistanceLists { ...AssistanceListSummaryFields corrects { id } }
    }
  }
`,
  [AssistanceListSummaryFields],
);

export const AssistanceListPage = graphql(
  `
  query AssistanceListPage($id: ID!, $asOf: DateTime!) {
    assistanceList(id: $id) {
      ...AssistanceListSummaryFields
      basis
      rows { id sequence recipient residentGroup householdSize amount reasonLabel village { code name place } }
      totalsByReason { reason reasonLabel households people amount }
      villages { code name place }
      corrects { id periodLabel kindLabel }
      correctedBy { id }
    }
  }
`,
  [AssistanceListSummaryFields],
);

export const CommunityAssistanceIds = graphql(`
  query CommunityAssistanceIds($code: String!) {
    community(code: $code) { assistanceLists { id } }
  }
`);

export const OriginVillages = graphql(`
  query OriginVillages {
    originVillages { code name township county province place isSample }
  }
`);

export const VillageAssistance = graphql(
  `
  query VillageAssistance($code: String!, $asOf: DateTime!) {
    originVillage(code: $code) {
      code name township county province place isSample
      keptBy { name }
      assistanceLists {
        ...AssistanceListSummaryFields
        villageTotals: totals(villageCode: $code) { households people amount }
        rows(villageCode: $code) { id sequence recipient residentGroup householdSize amount reasonLabel }
      }
    }
  }
`,
  [AssistanceListSummaryFields],
);
