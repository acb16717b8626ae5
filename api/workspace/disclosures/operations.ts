import { graphql, Refusal } from "../graphql.ts";

export const EditorCommunities = graphql(`
  query WorkspaceEditorCommunities {
    me { communities { code name catalogue { item { id name categoryCode } } } }
    categories { code name }
  }
`);

export const DisclosureForScreen = graphql(`
  query WorkspaceDisclosure($id: ID!) {
    disclosure(id: $id) {
      id title body bodyHtml status statusLabel period { label } publishedAt withdrawalReason correctionReason
      category { name }
      catalogueItem { name }
      communities { code name }
      correctedBy { id title }
    }
  }
`);

export const CreateDisclosure = graphql(
  `
  mutation WorkspaceCreateDisclosure($input: CreateDisclosureInput!) {
    createDisclosure(input: $input) {
      __typename
      ... on CreateDisclosureSuccess { disclosure { id } }
      ...WorkspaceRefusal
    }
  }
`,
  [Refusal],
);

export const PublishDisclosure = graphql(
  `
  mutation WorkspacePublishDisclosure($id: ID!) {
    publishDisclosure(id: $id) {
      __typename
      ... on PublishDisclosureSuccess { disclosure { id } }
      ...WorkspaceRefusal
    }
  }
`,
  [Refusal],
);

export const WithdrawDisclosure = graphql(
  `
  mutation WorkspaceWithdrawDisclosure($id: ID!, $reason: String!) {
    withdrawDisclosure(id: $id, reason: $reason) {
      __typename
      ... on WithdrawDisclosureSuccess { disclosure { id } }
      ...WorkspaceRefusal
    }
  }
`,
  [Refusal],
);

export const CorrectDisclosure = graphql(
  `
  mutation WorkspaceCorrectDisclosure($id: ID!, $input: CorrectDisclosureInput!) {
    correctDisclosure(id: $id, input: $input) {
      __typename
      ... on CorrectDisclosureSuccess { disclosure { id } }
      ...WorkspaceRefusal
    }
  }
`,
  [Refusal],
);
