import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql, member, present, refusal } from "../support/graphql.ts";
import { CORRECT, CREATE, DISCLOSURE, draftInput, PUBLISH, UPDATE, WITHDRAW } from "../support/operations.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

let s: TestServer;
let editor: string;

beforeAll(async () => {
  s = await startTestServer();
  editor = await s.tokenFor("COMMUNITY_EDITOR", { communities: ["RJ-FUMIN"] });
});
afterAll(() => s.close());

const sha256 = (text: string | null) => createHash("sha256").update(present(text, "canonical content"), "utf8").digest("hex");

const COMMUNITY_LIST = graphql(`
  query CommunityList($currentOnly: Boolean) {
    community(code: "RJ-FUMIN") { disclosures(first: 100, currentOnly: $currentOnly) { edges { node { id isCurrent } } } }
  }
`);
const DRAFTS = graphql(`{ community(code: "RJ-FUMIN") { drafts { id } } }`);
const listed = async (currentOnly = false) =>
  present((await s.gql(COMMUNITY_LIST, { currentOnly })).data?.community).disclosures.edges.map((e) => e.node.id);

async function publishedDraft(title = "关于小区电梯维修资金使用的公示") {
  const created = await s.gql(CREATE, { input: { ...draftInput(), title } }, editor);
  const { id } = member(created.data?.createDisclosure, "CreateDisclosureSuccess").disclosure;
  const published = await s.gql(PUBLISH, { id }, editor);
  return member(published.data?.publishDisclosure, "PublishDisclosureSuccess").disclosure;
}

describe("disclosure lifecycle over GraphQL", () => {
  it("keeps a draft from the public and shows it to its editor", async () => {
    const created = await s.gql(CREATE, { input: draftInput() }, editor);
    const draft = member(created.data?.createDisclosure, "CreateDisclosureSuccess").disclosure;
    expect(draft).toMatchObject({ status: "DRAFT", contentHash: null, period: { code: "2026-11", label: "2026年11月" } });

    expect((await s.gql(DISCLOSURE, { id: draft.id })).data?.disclosure).toBeNull();
    expect((await s.gql(DISCLOSURE, { id: draft.id }, editor)).data?.disclosure?.id).toBe(draft.id);
    expect(await listed()).not.toContain(draft.id);
    const drafts = await s.gql(DRAFTS, {}, editor);
    expect(present(drafts.data?.community).drafts.map((d) => d.id)).toContain(draft.id);
    const anonymousDrafts = await s.gql(DRAFTS);
    expect(anonymousDrafts.data?.community).toBeNull();
    expect(anonymousDrafts.errors?.[0]?.message).toMatch(/令牌/);
  });

  it("edits a draft, then publishes it with a verifiable SHA-256", async () => {
    const created = await s.gql(CREATE, { input: draftInput() }, editor);
    const { id } = member(created.data?.createDisclosure, "CreateDisclosureSuccess").disclosure;
    const updated = await s.gql(UPDATE, { id, input: { title: "关于3栋电梯维修资金使用的公示", period: "2026-Q4" } }, editor);
    expect(member(updated.data?.updateDisclosureDraft, "UpdateDisclosureDraftSuccess").disclosure).toMatchObject({
      title: "关于3栋电梯维修资金使用的公示",
      period: { code: "2026-Q4" },
    });

    const published = member(
      (await s.gql(PUBLISH, { id }, editor)).data?.publishDisclosure,
      "PublishDisclosureSuccess",
    ).disclosure;
    expect(published.status).toBe("PUBLISHED");
    expect(published.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(sha256(published.canonicalContent)).toBe(published.contentHash);
    expect(JSON.parse(present(published.canonicalContent))).toMatchObject({
      format: "sunboard.disclosure.v1",
      title: "关于3栋电梯维修资金使用的公示",
      communities: ["RJ-FUMIN"],
      period: { kind: "QUARTER", start: "2026-10-01", end: "2026-12-31" },
    });
    expect(published.hashVerified).toBe(true);
    // Publicly visible now, with the same hash on every read.
    const publicRead = (await s.gql(DISCLOSURE, { id })).data?.disclosure;
    expect(publicRead?.contentHash).toBe(published.contentHash);
  });

  it("refuses to edit or re-publish a published disclosure and changes nothing", async () => {
    const published = await publishedDraft();
    const before = await s.db.disclosure.findUniqueOrThrow({ where: { id: published.id } });

    const edit = await s.gql(UPDATE, { id: published.id, input: { title: "偷偷改标题" } }, editor);
    expect(edit.data?.updateDisclosureDraft).toMatchObject({ __typename: "StateConflictError", code: "DISCLOSURE_NOT_DRAFT" });
    expect(refusal(edit.data?.updateDisclosureDraft).message).toContain("更正");
    const again = await s.gql(PUBLISH, { id: published.id }, editor);
    expect(again.data?.publishDisclosure).toMatchObject({ code: "DISCLOSURE_ALREADY_PUBLISHED" });

    const after = await s.db.disclosure.findUniqueOrThrow({ where: { id: published.id } });
    expect(after).toEqual(before);
  });

  it("publishes a correction that points at the original; both stay visible", async () => {
    const original = await publishedDraft("关于小区停车位租金的公示");
    const corrected = await s.gql(
      CORRECT,
      {
        id: original.id,
        input: { title: "关于小区停车位租金的公示（更正）", body: "月租金为 **80 元**。", reason: "原公示月租金金额有误" },
      },
      editor,
    );
    const correction = member(corrected.data?.correctDisclosure, "CorrectDisclosureSuccess").disclosure;
    expect(correction).toMatchObject({
      status: "PUBLISHED",
      isCurrent: true,
      correctionReason: "原公示月租金金额有误",
      communities: [{ code: "RJ-FUMIN" }],
    });
    expect(sha256(correction.canonicalContent)).toBe(correction.contentHash);
    expect(JSON.parse(present(correction.canonicalContent)).corrects).toBe(original.id);

    const originalNow = present((await s.gql(DISCLOSURE, { id: original.id })).data?.disclosure);
    expect(originalNow).toMatchObject({ status: "PUBLISHED", isCurrent: false, correctedBy: { id: correction.id } });
    expect(originalNow.contentHash).toBe(original.contentHash);
    expect(originalNow.correctionChain.map((d) => d.id)).toEqual([original.id, correction.id]);
    const chainFromCorrection = present((await s.gql(DISCLOSURE, { id: correction.id })).data?.disclosure);
    expect(chainFromCorrection.corrects?.id).toBe(original.id);
    expect(chainFromCorrection.correctionChain.map((d) => d.id)).toEqual([original.id, correction.id]);

    // Only the newest version can be corrected again.
    const twice = await s.gql(
      CORRECT,
      { id: original.id, input: { title: "再次更正", body: "x", reason: "再次更正原因" } },
      editor,
    );
    expect(twice.data?.correctDisclosure).toMatchObject({ code: "DISCLOSURE_ALREADY_CORRECTED" });

    // Both versions are listed for the community.
    expect(await listed()).toEqual(expect.arrayContaining([original.id, correction.id]));
    const currentIds = await listed(true);
    expect(currentIds).toContain(correction.id);
    expect(currentIds).not.toContain(original.id);
  });

  it("withdraws with a reason that stays visible, and refuses to correct what was withdrawn", async () => {
    const published = await publishedDraft("关于临时停水的通知");
    const withdrawn = await s.gql(WITHDRAW, { id: published.id, reason: "通知有误，停水时间另行公告" }, editor);
    expect(member(withdrawn.data?.withdrawDisclosure, "WithdrawDisclosureSuccess").disclosure).toMatchObject({
      status: "WITHDRAWN",
      withdrawalReason: "通知有误，停水时间另行公告",
      contentHash: published.contentHash,
      hashVerified: true,
    });
    expect((await s.gql(DISCLOSURE, { id: published.id })).data?.disclosure?.status).toBe("WITHDRAWN");
    const correct = await s.gql(
      CORRECT,
      { id: published.id, input: { title: "更正标题", body: "x", reason: "更正撤回件" } },
      editor,
    );
    expect(correct.data?.correctDisclosure).toMatchObject({ code: "DISCLOSURE_WITHDRAWN" });
    const again = await s.gql(WITHDRAW, { id: published.id, reason: "再次撤回原因" }, editor);
    expect(again.data?.withdrawDisclosure).toMatchObject({ code: "DISCLOSURE_WITHDRAWN" });
  });

  it("filters a community's disclosures by category and overlapping period", async () => {
    const q = graphql(`
      query Filtered($c: String, $p: String) { community(code: "RJ-YANGGUANG") {
        disclosures(first: 100, category: $c, period: $p) { edges { node { title category { code } period { start end } } } } } }
    `);
    const nodes = async (variables: { c?: string; p?: string }) =>
      present((await s.gql(q, variables)).data?.community).disclosures.edges.map((e) => e.node);
    const partyNodes = await nodes({ c: "PARTY_AFFAIRS" });
    // Its two plain Party notices and the Party-affairs records of prisma/seed/party.ts, each a notice:
    // 45 meetings (12 branch-committee, 12 Party-group, 12 主题党日, 4 members', 4 lessons, 1 组织生活会),
    // the 2025 appraisal and 5 Party-fee notices.
    expect(partyNodes.length).toBe(53);
    expect(partyNodes.every((n) => n.category.code === "PARTY_AFFAIRS")).toBe(true);

    const periods = (await nodes({ p: "2026-10" })).map((n) => n.period);
    expect(periods.length).toBeGreaterThan(0);
    for (const p of periods) {
      const { start, end } = present(p, "a period");
      expect(start <= "2026-10-31" && end >= "2026-10-01").toBe(true);
    }
    // The January catalogue covers all of 2026, so it overlaps October; nothing covers 2023 (2024 has
    // the demo's residents' committee election notices, prisma/seed/elections.ts).
    expect(await nodes({ p: "2023" })).toEqual([]);
    expect(await nodes({ p: "not-a-period" })).toEqual([]);
  });

  it("renders Markdown bodies as sanitized HTML", async () => {
    const created = await s.gql(
      CREATE,
      {
        input: {
          ...draftInput(),
          body: '**通知**<script>alert(1)</script><img src=x onerror="alert(2)"><a href="javascript:alert(3)">链接</a>',
        },
      },
      editor,
    );
    const { id } = member(created.data?.createDisclosure, "CreateDisclosureSuccess").disclosure;
    const body = await s.gql(graphql(`query BodyHtml($id: ID!) { disclosure(id: $id) { bodyHtml } }`), { id }, editor);
    const html = present(body.data?.disclosure).bodyHtml;
    expect(html).toContain("<strong>通知</strong>");
    expect(html).not.toMatch(/<script|onerror|javascript:/i);
  });
});
