import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql, member, present, refusal, type TadaDocumentNode } from "../support/graphql.ts";
import { CORRECT, CREATE, draftInput, PUBLISH, UPDATE, WITHDRAW } from "../support/operations.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

let s: TestServer;
const tokens: Record<string, string> = {};
let draftId: string;
let publishedId: string;

/** Everything a refused call could have touched. */
async function snapshot() {
  const [disclosures, targets] = await Promise.all([
    s.db.disclosure.findMany({ orderBy: { id: "asc" } }),
    s.db.disclosureTarget.findMany({ orderBy: [{ disclosureId: "asc" }, { communityId: "asc" }] }),
  ]);
  return { disclosures, targets };
}

beforeAll(async () => {
  s = await startTestServer();
  tokens.fumin = await s.tokenFor("COMMUNITY_EDITOR", { communities: ["RJ-FUMIN"] });
  tokens.wolong = await s.tokenFor("COMMUNITY_EDITOR", { communities: ["RJ-WOLONG"] });
  tokens.supervisor = await s.tokenFor("SUPERVISOR", { communities: ["RJ-FUMIN"] });
  tokens.rongjiang = await s.tokenFor("COUNTY_EDITOR", { county: "RJ" });
  tokens.shicheng = await s.tokenFor("COUNTY_EDITOR", { county: "SC" });
  tokens.admin = await s.tokenFor("ADMIN");
  const draft = await s.gql(CREATE, { input: draftInput() }, tokens.fumin);
  draftId = member(draft.data?.createDisclosure, "CreateDisclosureSuccess").disclosure.id;
  const toPublish = await s.gql(CREATE, { input: draftInput() }, tokens.fumin);
  publishedId = member(toPublish.data?.createDisclosure, "CreateDisclosureSuccess").disclosure.id;
  await s.gql(PUBLISH, { id: publishedId }, tokens.fumin);
});
afterAll(() => s.close());

interface Case<Variables = any> {
  name: string;
  query: TadaDocumentNode<any, Variables>;
  field: string;
  variables: () => Variables;
  /** Variables that break the mutation's input rules, and the field the error must name. */
  invalid: () => { variables: Variables; field: string };
}
/** Types each case's variables by its own mutation before the cases go into one list. */
const refusals = <Variables>(c: Case<Variables>): Case => c;

const cases: Case[] = [
  refusals({
    name: "createDisclosure",
    query: CREATE,
    field: "createDisclosure",
    variables: () => ({ input: draftInput() }),
    invalid: () => ({ variables: { input: { ...draftInput(), title: "x" } }, field: "input.title" }),
  }),
  refusals({
    name: "updateDisclosureDraft",
    query: UPDATE,
    field: "updateDisclosureDraft",
    variables: () => ({ id: draftId, input: { title: "改过的标题" } }),
    invalid: () => ({ variables: { id: draftId, input: { period: "2026-13" } }, field: "input.period" }),
  }),
  refusals({
    name: "publishDisclosure",
    query: PUBLISH,
    field: "publishDisclosure",
    variables: () => ({ id: draftId }),
    // publish takes only an id; an unknown one is its invalid input.
    invalid: () => ({ variables: { id: "no-such-id" }, field: "" }),
  }),
  refusals({
    name: "correctDisclosure",
    query: CORRECT,
    field: "correctDisclosure",
    variables: () => ({ id: publishedId, input: { title: "更正标题", body: "更正内容", reason: "原内容有误需更正" } }),
    invalid: () => ({
      variables: { id: publishedId, input: { title: "更正标题", body: "更正内容", reason: "错" } },
      field: "input.reason",
    }),
  }),
  refusals({
    name: "withdrawDisclosure",
    query: WITHDRAW,
    field: "withdrawDisclosure",
    variables: () => ({ id: publishedId, reason: "发布有误，予以撤回" }),
    invalid: () => ({ variables: { id: publishedId, reason: " " }, field: "reason" }),
  }),
];

describe.each(cases)("$name refusals", ({ query, field, variables, invalid }) => {
  it("answers UNAUTHENTICATED without a token and writes nothing", async () => {
    const before = await snapshot();
    const res = await s.gql(query, variables());
    expect(res.data?.[field]).toMatchObject({ __typename: "UnauthenticatedError", code: "UNAUTHENTICATED" });
    expect(res.data?.[field].message).toMatch(/令牌/);
    expect(await snapshot()).toEqual(before);
  });

  it("answers UNAUTHENTICATED for a revoked or made-up token", async () => {
    const res = await s.gql(query, variables(), "sb_not-a-real-token");
    expect(res.data?.[field].code).toBe("UNAUTHENTICATED");
  });

  it.each([
    ["an editor of another community", "wolong"],
    ["a supervision-committee member", "supervisor"],
    ["an editor of another county", "shicheng"],
  ])("answers FORBIDDEN to %s and writes nothing", async (_who, token) => {
    const before = await snapshot();
    const res = await s.gql(query, variables(), tokens[token]);
    expect(res.data?.[field]).toMatchObject({ __typename: "ForbiddenError", code: "FORBIDDEN" });
    expect(await snapshot()).toEqual(before);
  });

  it("answers a typed error naming the field for invalid input and writes nothing", async () => {
    const before = await snapshot();
    const bad = invalid();
    const res = await s.gql(query, bad.variables, tokens.fumin);
    const answer = res.data?.[field];
    if (bad.field) {
      expect(answer).toMatchObject({ __typename: "ValidationError", code: "VALIDATION_FAILED", field: bad.field });
      expect(answer.issues[0].message).toMatch(/[\u4e00-\u9fff]/);
    } else {
      expect(answer).toMatchObject({ __typename: "NotFoundError", code: "NOT_FOUND" });
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe("who may write where", () => {
  it("lets an editor publish only in all of the named communities", async () => {
    const res = await s.gql(CREATE, { input: draftInput(["RJ-FUMIN", "RJ-WOLONG"]) }, tokens.fumin);
    expect(res.data?.createDisclosure).toMatchObject({ code: "FORBIDDEN" });
  });

  it("lets a county editor publish one item to many communities of the county", async () => {
    const res = await s.gql(CREATE, { input: draftInput(["RJ-FUMIN", "RJ-WOLONG", "RJ-FENGHUANG"]) }, tokens.rongjiang);
    const { disclosure } = member(res.data?.createDisclosure, "CreateDisclosureSuccess");
    const codes = disclosure.communities.map((c) => c.code).sort();
    expect(codes).toEqual(["RJ-FENGHUANG", "RJ-FUMIN", "RJ-WOLONG"]);
  });

  it("lets an admin write anywhere but still validates community codes", async () => {
    const res = await s.gql(CREATE, { input: draftInput(["RJ-FUMIN", "NO-SUCH"]) }, tokens.admin);
    expect(res.data?.createDisclosure).toMatchObject({ code: "VALIDATION_FAILED", field: "input.communityCodes" });
    expect(refusal(res.data?.createDisclosure).message).toContain("NO-SUCH");
  });

  it("reports every invalid field at once", async () => {
    const res = await s.gql(
      CREATE,
      { input: { communityCodes: [], categoryCode: "", title: "", body: "", period: "2026-Q5" } },
      tokens.admin,
    );
    const fields = member(res.data?.createDisclosure, "ValidationError").issues.map((i) => i.field);
    expect(fields).toEqual(
      expect.arrayContaining(["input.communityCodes", "input.categoryCode", "input.title", "input.body", "input.period"]),
    );
  });
});

describe("audit log", () => {
  it("records allowed and refused mutations with who, what and outcome", async () => {
    const res = await s.gql(
      graphql(`{ auditLog(first: 100) { edges { node { action outcome errorCode recordId userName at } } } }`),
      {},
      tokens.admin,
    );
    const entries = present(res.data).auditLog.edges.map((e) => e.node);
    const outcomes = new Set(entries.map((e) => e.outcome));
    for (const o of ["OK", "UNAUTHENTICATED", "FORBIDDEN", "INVALID", "NOT_FOUND"]) expect(outcomes).toContain(o);
    expect(entries).toContainEqual(
      expect.objectContaining({ action: "publishDisclosure", outcome: "OK", recordId: publishedId }),
    );
    expect(entries).toContainEqual(
      expect.objectContaining({
        action: "withdrawDisclosure",
        outcome: "FORBIDDEN",
        errorCode: "FORBIDDEN",
        recordId: publishedId,
      }),
    );
    for (const name of cases.map((c) => c.name)) {
      expect(entries.filter((e) => e.action === name).length).toBeGreaterThanOrEqual(6);
    }
  });

  it("is readable by admins only", async () => {
    const AUDIT = graphql(`{ auditLog(first: 1) { edges { node { id } } } }`);
    const anonymous = await s.gql(AUDIT);
    expect(anonymous.data).toBeNull();
    const editor = await s.gql(AUDIT, {}, tokens.fumin);
    expect(editor.data).toBeNull();
    expect(editor.errors?.length).toBe(1);
  });
});
