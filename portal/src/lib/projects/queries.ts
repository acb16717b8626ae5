// Relative import: test/ and the benches load the operations outside Vite, where ~/ does not resolve.
import { graphql } from "../graphql.ts";

export const ProjectSummaryFields = graphql(`
  fragment ProjectSummaryFields on FundedProject @_unmask {
    id
    name
    funderKindLabel
    funderName
    status
    statusLabel
    percentComplete
    community { code name }
    money { budget spent variance }
  }
`);

export const CommunityProjects = graphql(
  `
  query CommunityProjects($code: String!) {
    community(code: $code) { projects { ...ProjectSummaryFields } }
  }
`,
  [ProjectSummaryFields],
);

export const CountyProjects = graphql(
  `
  query CountyProjects($county: String!) {
    county(code: $county) { projects { ...ProjectSummaryFields } }
  }
`,
  [ProjectSummaryFields],
);

export const FundedProject = graphql(
  `
  query FundedProject($id: ID!) {
    fundedProject(id: $id) {
      ...ProjectSummaryFields
      money { budget contractAmount finalAmount spent variance }
      stages {
        id kindLabel date amount percentComplete methodLabel party result resultLabel note current correctionReason
        corrects { id }
        notice { id contentHash }
      }
      entries { id month date voucherNo description counterparty amount }
      photos { id caption takenOn fileName sha256 byteSize }
      decision { id subject }
    }
  }
`,
  [ProjectSummaryFields],
);

export const ProjectPhotoFiles = graphql(`
  query ProjectPhotoFiles($id: ID!) {
    fundedProject(id: $id) { photos { fileName sha256 mimeType dataBase64 } }
  }
`);
