import { graphql, Refusal } from "../graphql.ts";

/** What an upload can go to: the viewer's communities with their fee items and months of books, and their county. */
export const ImportTargets = graphql(`
  query WorkspaceImportTargets {
    me {
      role
      county { code name }
      communities {
        code name
        feeItems { id name }
        financePeriods(first: 3) { edges { node { id label status } } }
      }
    }
  }
`);

export const ImportLedger = graphql(
  `mutation WorkspaceImportLedger($periodId: ID!, $fileName: String!, $contentBase64: String!) {
    importLedgerEntries(periodId: $periodId, fileName: $fileName, contentBase64: $contentBase64) {
      __typename ...WorkspaceRefusal
      ... on ImportLedgerEntriesSuccess { period { label entries(first: 0) { totalCount } } }
    }
  }`,
  [Refusal],
);

export const ImportFees = graphql(
  `mutation WorkspaceImportFees($feeItemId: ID!, $month: String!, $fileName: String!, $contentBase64: String!) {
    importFeeCollection(feeItemId: $feeItemId, month: $month, fileName: $fileName, contentBase64: $contentBase64) {
      __typename ...WorkspaceRefusal
    }
  }`,
  [Refusal],
);

export const ImportAssistance = graphql(
  `mutation WorkspaceImportAssistance($input: ImportAssistanceListInput!, $fileName: String!, $contentBase64: String!) {
    importAssistanceList(input: $input, fileName: $fileName, contentBase64: $contentBase64) { __typename ...WorkspaceRefusal }
  }`,
  [Refusal],
);

export const ImportJobs = graphql(
  `mutation WorkspaceImportJobs($countyCode: String!, $fileName: String!, $contentBase64: String!) {
    importJobPostings(countyCode: $countyCode, fileName: $fileName, contentBase64: $contentBase64) {
      __typename ...WorkspaceRefusal
      ... on ImportJobPostingsSuccess { postings { id } }
    }
  }`,
  [Refusal],
);

export const ImportEmployment = graphql(
  `mutation WorkspaceImportEmployment($countyCode: String!, $fileName: String!, $contentBase64: String!) {
    importEmploymentFigures(countyCode: $countyCode, fileName: $fileName, contentBase64: $contentBase64) {
      __typename ...WorkspaceRefusal
      ... on ImportEmploymentFiguresSuccess { months { id } }
    }
  }`,
  [Refusal],
);
