/** GraphQL operations the API tests share, written as a client would send them. */
import { graphql, Refusal, type VariablesOf } from "./graphql.ts";

const DisclosureFields = graphql(`
  fragment DisclosureFields on Disclosure @_unmask {
    id title body status isCurrent contentHash canonicalContent hashVerified publishedAt
    correctionReason withdrawalReason period { code label } communities { code }
  }
`);

export const CREATE = graphql(
  `
  mutation CreateDisclosure($input: CreateDisclosureInput!) {
    createDisclosure(input: $input) { __typename ...Refusal ... on CreateDisclosureSuccess { disclosure { ...DisclosureFields } } }
  }
`,
  [Refusal, DisclosureFields],
);

export const UPDATE = graphql(
  `
  mutation UpdateDisclosureDraft($id: ID!, $input: UpdateDisclosureInput!) {
    updateDisclosureDraft(id: $id, input: $input) {
      __typename ...Refusal ... on UpdateDisclosureDraftSuccess { disclosure { ...DisclosureFields } }
    }
  }
`,
  [Refusal, DisclosureFields],
);

export const PUBLISH = graphql(
  `
  mutation PublishDisclosure($id: ID!) {
    publishDisclosure(id: $id) { __typename ...Refusal ... on PublishDisclosureSuccess { disclosure { ...DisclosureFields } } }
  }
`,
  [Refusal, DisclosureFields],
);

export const CORRECT = graphql(
  `
  mutation CorrectDisclosure($id: ID!, $input: CorrectDisclosureInput!) {
    correctDisclosure(id: $id, input: $input) { __typename ...Refusal ... on CorrectDisclosureSuccess { disclosure { ...DisclosureFields } } }
  }
`,
  [Refusal, DisclosureFields],
);

export const WITHDRAW = graphql(
  `
  mutation WithdrawDisclosure($id: ID!, $reason: String!) {
    withdrawDisclosure(id: $id, reason: $reason) {
      __typename ...Refusal ... on WithdrawDisclosureSuccess { disclosure { ...DisclosureFields } }
    }
  }
`,
  [Refusal, DisclosureFields],
);

export const DISCLOSURE = graphql(
  `
  query Disclosure($id: ID!) {
    disclosure(id: $id) { ...DisclosureFields corrects { id } correctedBy { id } correctionChain { id } }
  }
`,
  [DisclosureFields],
);

/** The community codes, in the API's order. */
export const COMMUNITY_CODES = graphql(`
  query CommunityCodes { communities(first: 100) { edges { node { code } } } }
`);

export const draftInput = (communityCodes = ["RJ-FUMIN"]): VariablesOf<typeof CREATE>["input"] => ({
  communityCodes,
  categoryCode: "COMMUNITY_AFFAIRS",
  title: "关于小区电梯维修资金使用的公示",
  body: "经居民代表会议表决，使用维修资金 **12,600.00 元** 更换3栋电梯钢丝绳。",
  period: "2026-11",
});
