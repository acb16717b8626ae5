import { graphql, Refusal } from "../graphql.ts";

export const Months = graphql(`
  query WorkspaceFinanceMonths {
    me {
      communities {
        code name
        financePeriods(first: 12) { edges { node { id label status statusLabel unansweredQueries } } }
      }
    }
  }
`);

export const Month = graphql(`
  query WorkspaceFinanceMonth($id: ID!) {
    financePeriod(id: $id) {
      id label status statusLabel openingBalance incomeTotal expenseTotal closingBalance unansweredQueries
      community { code name ledgerCategories { id name directionLabel } }
      entries(first: 100) { totalCount edges { node { id date voucherNo amount direction description counterparty category { name } } } }
      queries { id question askedBy answer answeredBy entry { voucherNo } }
      signatures { name role opinionLabel opinionText signedAt }
      review { opinionLabel opinionText }
    }
  }
`);

export const Submit = graphql(
  `mutation WorkspaceSubmitMonth($id: ID!) { submitFinancePeriod(periodId: $id) { __typename ...WorkspaceRefusal } }`,
  [Refusal],
);
export const Publish = graphql(
  `mutation WorkspacePublishMonth($id: ID!) { publishFinancePeriod(periodId: $id) { __typename ...WorkspaceRefusal } }`,
  [Refusal],
);
export const Raise = graphql(
  `mutation WorkspaceRaiseQuery($input: RaiseFinanceQueryInput!) { raiseFinanceQuery(input: $input) { __typename ...WorkspaceRefusal } }`,
  [Refusal],
);
export const Answer = graphql(
  `mutation WorkspaceAnswerQuery($queryId: ID!, $answer: String!) {
    answerFinanceQuery(queryId: $queryId, answer: $answer) { __typename ...WorkspaceRefusal }
  }`,
  [Refusal],
);
export const SignOff = graphql(
  `mutation WorkspaceSignOff($input: SignOffFinancePeriodInput!) { signOffFinancePeriod(input: $input) { __typename ...WorkspaceRefusal } }`,
  [Refusal],
);
export const RecordEntry = graphql(
  `mutation WorkspaceRecordEntry($input: LedgerEntryInput!) { recordLedgerEntry(input: $input) { __typename ...WorkspaceRefusal } }`,
  [Refusal],
);
export const DeleteEntry = graphql(
  `mutation WorkspaceDeleteEntry($id: ID!) { deleteLedgerEntry(id: $id) { __typename ...WorkspaceRefusal } }`,
  [Refusal],
);
