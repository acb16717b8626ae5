import { graphql, Refusal } from "../graphql.ts";

export const Accounts = graphql(`
  query WorkspaceAccounts {
    users { id name role username hasPassword activeSessions activeTokens disabled county { name } communities { name } }
    counties { code name }
    communities(first: 100) { edges { node { code name } } }
  }
`);

export const CreateAccount = graphql(
  `mutation WorkspaceCreateAccount($input: CreateUserInput!) {
    createUser(input: $input) { __typename ... on CreateUserSuccess { user { id name } } ...WorkspaceRefusal }
  }`,
  [Refusal],
);

export const InviteAccount = graphql(
  `mutation WorkspaceInviteAccount($id: ID!) {
    inviteUser(id: $id) { __typename ... on InviteUserSuccess { invitation { path expiresAt } } ...WorkspaceRefusal }
  }`,
  [Refusal],
);

export const RevokeAccount = graphql(
  `mutation WorkspaceRevokeAccount($id: ID!) {
    revokeUserAccess(id: $id) { __typename ... on RevokeUserAccessSuccess { revocation { sessions tokens } } ...WorkspaceRefusal }
  }`,
  [Refusal],
);

export const AuditPage = graphql(`
  query WorkspaceAuditPage(
    $after: String, $userId: ID, $action: String, $communityCode: String, $since: DateTime, $until: DateTime
  ) {
    auditLog(first: 50, after: $after, userId: $userId, action: $action, communityCode: $communityCode, since: $since, until: $until) {
      pageInfo { hasNextPage endCursor }
      edges { node { id at action recordId outcome errorCode userName } }
    }
    users { id name }
    communities(first: 100) { edges { node { code name } } }
  }
`);
