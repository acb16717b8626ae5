/** GraphQL operations the API tests share, written as a client would send them. */

const RESULT = `
  __typename
  ... on Error { code message }
  ... on ValidationError { field issues { field message } }
`;

const DISCLOSURE_FIELDS = `id title body status isCurrent contentHash canonicalContent hashVerified publishedAt
  correctionReason withdrawalReason period { code label } communities { code }`;

export const CREATE = `mutation($input: CreateDisclosureInput!) {
  createDisclosure(input: $input) { ${RESULT} ... on CreateDisclosureSuccess { disclosure { ${DISCLOSURE_FIELDS} } } }
}`;

export const UPDATE = `mutation($id: ID!, $input: UpdateDisclosureInput!) {
  updateDisclosureDraft(id: $id, input: $input) { ${RESULT} ... on UpdateDisclosureDraftSuccess { disclosure { ${DISCLOSURE_FIELDS} } } }
}`;

export const PUBLISH = `mutation($id: ID!) {
  publishDisclosure(id: $id) { ${RESULT} ... on PublishDisclosureSuccess { disclosure { ${DISCLOSURE_FIELDS} } } }
}`;

export const CORRECT = `mutation($id: ID!, $input: CorrectDisclosureInput!) {
  correctDisclosure(id: $id, input: $input) { ${RESULT} ... on CorrectDisclosureSuccess { disclosure { ${DISCLOSURE_FIELDS} } } }
}`;

export const WITHDRAW = `mutation($id: ID!, $reason: String!) {
  withdrawDisclosure(id: $id, reason: $reason) { ${RESULT} ... on WithdrawDisclosureSuccess { disclosure { ${DISCLOSURE_FIELDS} } } }
}`;

export const DISCLOSURE = `query($id: ID!) {
  disclosure(id: $id) { ${DISCLOSURE_FIELDS} corrects { id } correctedBy { id } correctionChain { id } }
}`;

export const draftInput = (communityCodes = ["RJ-FUMIN"]) => ({
  communityCodes,
  categoryCode: "COMMUNITY_AFFAIRS",
  title: "关于小区电梯维修资金使用的公示",
  body: "经居民代表会议表决，使用维修资金 **12,600.00 元** 更换3栋电梯钢丝绳。",
  period: "2026-11",
});
