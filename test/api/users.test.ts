import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql, member, Refusal, refusal } from "../support/graphql.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

const CreateUser = graphql(
  `mutation TestCreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      __typename
      ... on CreateUserSuccess { user { id name role hasPassword activeTokens county { code } communities { code } } }
      ...Refusal
    }
  }`,
  [Refusal],
);
const InviteUser = graphql(
  `mutation TestInviteUser($id: ID!) {
    inviteUser(id: $id) { __typename ... on InviteUserSuccess { invitation { path expiresAt } } ...Refusal }
  }`,
  [Refusal],
);
const RevokeAccess = graphql(
  `mutation TestRevokeAccess($id: ID!) {
    revokeUserAccess(id: $id) { __typename ... on RevokeUserAccessSuccess { revocation { sessions tokens } } ...Refusal }
  }`,
  [Refusal],
);
const Users = graphql(`query TestUsers { users { id name role activeTokens activeSessions hasPassword username } }`);
const Audit = graphql(`
  query TestAudit($userId: ID, $action: String, $communityCode: String, $since: DateTime, $until: DateTime) {
    auditLog(first: 50, userId: $userId, action: $action, communityCode: $communityCode, since: $since, until: $until) {
      edges { node { action outcome userName at } }
    }
  }
`);
const Me = graphql(`query TestUsersMe { me { name } }`);

describe("staff accounts for admins: create, invite, revoke, list, audit filters", () => {
  let s: TestServer;
  let admin: string;
  beforeAll(async () => {
    s = await startTestServer();
    admin = await s.tokenFor("ADMIN");
  });
  afterAll(() => s?.close());

  it("creates a community editor, names the field a refusal is about, and refuses non-admins", async () => {
    const created = await s.gql(
      CreateUser,
      { input: { name: "赵敏", role: "COMMUNITY_EDITOR", communityCodes: ["RJ-FUMIN", "RJ-TEHE"] } },
      admin,
    );
    const user = member(created.data?.createUser, "CreateUserSuccess").user;
    expect(user).toMatchObject({ name: "赵敏", role: "COMMUNITY_EDITOR", hasPassword: false, activeTokens: 0 });
    expect(user.communities.map((c) => c.code).sort()).toEqual(["RJ-FUMIN", "RJ-TEHE"]);

    const noCommunity = member(
      (await s.gql(CreateUser, { input: { name: "钱", role: "COMMUNITY_EDITOR" } }, admin)).data?.createUser,
      "ValidationError",
    );
    expect(noCommunity.issues?.[0]).toMatchObject({ field: "input.communityCodes", message: "社区编辑须至少选择一个社区" });
    const badCounty = member(
      (await s.gql(CreateUser, { input: { name: "孙", role: "COUNTY_EDITOR", countyCode: "NOPE" } }, admin)).data?.createUser,
      "ValidationError",
    );
    expect(badCounty.issues?.[0]?.field).toBe("input.countyCode");

    const editor = await s.tokenFor("COUNTY_EDITOR", { county: "RJ" });
    const refused = refusal((await s.gql(CreateUser, { input: { name: "李", role: "ADMIN" } }, editor)).data?.createUser);
    expect(refused.code).toBe("FORBIDDEN");
    expect((await s.gql(Users, {}, editor)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await s.db.user.count({ where: { name: { in: ["钱", "孙", "李"] } } })).toBe(0);
  });

  it("invites with a one-time link and revokes every session and token; both are in the audit log", async () => {
    const token = await s.tokenFor("COMMUNITY_EDITOR", { communities: ["RJ-FUMIN"] });
    const user = await s.db.apiToken.findFirstOrThrow({ where: { revokedAt: null }, orderBy: { createdAt: "desc" } });
    const invited = member((await s.gql(InviteUser, { id: user.userId }, admin)).data?.inviteUser, "InviteUserSuccess");
    expect(invited.invitation.path).toMatch(/^\/staff\/invite\/[\w-]{40,}$/);
    expect((await fetch(`${s.url}${invited.invitation.path}`)).status).toBe(200);
    expect(refusal((await s.gql(InviteUser, { id: "no-such-user" }, admin)).data?.inviteUser).code).toBe("NOT_FOUND");

    expect((await s.gql(Me, {}, token)).data?.me?.name).toBeTruthy();
    const listed = (await s.gql(Users, {}, admin)).data?.users.find((u) => u.id === user.userId);
    expect(listed).toMatchObject({ activeTokens: 1, activeSessions: 0, hasPassword: false, username: null });
    const revoked = member(
      (await s.gql(RevokeAccess, { id: user.userId }, admin)).data?.revokeUserAccess,
      "RevokeUserAccessSuccess",
    );
    expect(revoked.revocation).toEqual({ sessions: 0, tokens: 1 });
    // The revoked token no longer signs anyone in.
    expect((await s.gql(Me, {}, token)).data?.me).toBeNull();

    const log = (await s.gql(Audit, { action: "revokeUserAccess" }, admin)).data?.auditLog.edges.map((e) => e.node);
    expect(log).toEqual([expect.objectContaining({ action: "revokeUserAccess", outcome: "OK" })]);
  });

  it("filters the audit log by author, community and time", async () => {
    const fumin = await s.tokenFor("COMMUNITY_EDITOR", { communities: ["RJ-FUMIN"] });
    const fuminUser = (await s.db.apiToken.findFirstOrThrow({ orderBy: { createdAt: "desc" } })).userId;
    const before = new Date().toISOString();
    // A refused write is logged too: an invite by a non-admin.
    await s.gql(InviteUser, { id: fuminUser }, fumin);
    const byAuthor = (await s.gql(Audit, { userId: fuminUser }, admin)).data?.auditLog.edges.map((e) => e.node);
    expect(byAuthor).toEqual([expect.objectContaining({ action: "inviteUser", outcome: "FORBIDDEN" })]);
    // The earlier createUser named RJ-FUMIN in its arguments; this editor is attached to RJ-FUMIN.
    const inFumin = (await s.gql(Audit, { communityCode: "RJ-FUMIN" }, admin)).data?.auditLog.edges.map((e) => e.node.action);
    expect(inFumin).toEqual(expect.arrayContaining(["inviteUser", "createUser"]));
    const inWolong = (await s.gql(Audit, { communityCode: "RJ-WOLONG", action: "inviteUser" }, admin)).data?.auditLog.edges;
    expect(inWolong).toEqual([]);
    const since = (await s.gql(Audit, { since: before }, admin)).data?.auditLog.edges.map((e) => e.node.action);
    expect(since).toEqual(["inviteUser"]);
    expect((await s.gql(Audit, { until: before, action: "inviteUser" }, admin)).data?.auditLog.edges.length).toBeGreaterThan(0);
  });
});
