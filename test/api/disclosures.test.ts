import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CORRECT, CREATE, DISCLOSURE, draftInput, PUBLISH, UPDATE, WITHDRAW } from "../support/operations.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

let s: TestServer;
let editor: string;

beforeAll(async () => {
  s = await startTestServer();
  editor = await s.tokenFor("COMMUNITY_EDITOR", { communities: ["RJ-FUMIN"] });
});
afterAll(() => s.close());

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

async function publishedDraft(title = "关于小区电梯维修资金使用的公示") {
  const created = await s.gql(CREATE, { input: { ...draftInput(), title } }, editor);
  const id = created.data?.createDisclosure.disclosure.id as string;
  const published = await s.gql(PUBLISH, { id }, editor);
  return published.data?.publishDisclosure.disclosure;
}

describe("disclosure lifecycle over GraphQL", () => {
  it("keeps a draft from the public and shows it to its editor", async () => {
    const created = await s.gql(CREATE, { input: draftInput() }, editor);
    const draft = created.data?.createDisclosure.disclosure;
    expect(created.data?.createDisclosure.__typename).toBe("CreateDisclosureSuccess");
    expect(draft).toMatchObject({ status: "DRAFT", contentHash: null, period: { code: "2026-11", label: "2026年11月" } });

    expect((await s.gql(DISCLOSURE, { id: draft.id })).data?.disclosure).toBeNull();
    expect((await s.gql(DISCLOSURE, { id: draft.id }, editor)).data?.disclosure.id).toBe(draft.id);
    const list = await s.gql(`{ community(code: "RJ-FUMIN") { disclosures(first: 100) { edges { node { id } } } } }`);
    expect(list.data?.community.disclosures.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(draft.id);
    const drafts = await s.gql(`{ community(code: "RJ-FUMIN") { drafts { id } } }`, {}, editor);
    expect(drafts.data?.community.drafts.map((d: { id: string }) => d.id)).toContain(draft.id);
    const anonymousDrafts = await s.gql(`{ community(code: "RJ-FUMIN") { drafts { id } } }`);
    expect(anonymousDrafts.data?.community).toBeNull();
    expect(anonymousDrafts.errors?.[0]?.message).toMatch(/令牌/);
  });

  it("edits a draft, then publishes it with a verifiable SHA-256", async () => {
    const created = await s.gql(CREATE, { input: draftInput() }, editor);
    const id = created.data?.createDisclosure.disclosure.id;
    const updated = await s.gql(UPDATE, { id, input: { title: "关于3栋电梯维修资金使用的公示", period: "2026-Q4" } }, editor);
    expect(updated.data?.updateDisclosureDraft.disclosure).toMatchObject({
      title: "关于3栋电梯维修资金使用的公示",
      period: { code: "2026-Q4" },
    });

    const published = (await s.gql(PUBLISH, { id }, editor)).data?.publishDisclosure.disclosure;
    expect(published.status).toBe("PUBLISHED");
    expect(published.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(sha256(published.canonicalContent)).toBe(published.contentHash);
    expect(JSON.parse(published.canonicalContent)).toMatchObject({
      format: "sunboard.disclosure.v1",
      title: "关于3栋电梯维修资金使用的公示",
      communities: ["RJ-FUMIN"],
      period: { kind: "QUARTER", start: "2026-10-01", end: "2026-12-31" },
    });
    expect(published.hashVerified).toBe(true);
    // Publicly visible now, with the same hash on every read.
    const publicRead = (await s.gql(DISCLOSURE, { id })).data?.disclosure;
    expect(publicRead.contentHash).toBe(published.contentHash);
  });

  it("refuses to edit or re-publish a published disclosure and changes nothing", async () => {
    const published = await publishedDraft();
    const before = await s.db.disclosure.findUniqueOrThrow({ where: { id: published.id } });

    const edit = await s.gql(UPDATE, { id: published.id, input: { title: "偷偷改标题" } }, editor);
    expect(edit.data?.updateDisclosureDraft).toMatchObject({ __typename: "StateConflictError", code: "DISCLOSURE_NOT_DRAFT" });
    expect(edit.data?.updateDisclosureDraft.message).toContain("更正");
    const again = await s.gql(PUBLISH, { id: published.id }, editor);
    expect(again.data?.publishDisclosure.code).toBe("DISCLOSURE_ALREADY_PUBLISHED");

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
    const correction = corrected.data?.correctDisclosure.disclosure;
    expect(correction).toMatchObject({
      status: "PUBLISHED",
      isCurrent: true,
      correctionReason: "原公示月租金金额有误",
      communities: [{ code: "RJ-FUMIN" }],
    });
    expect(sha256(correction.canonicalContent)).toBe(correction.contentHash);
    expect(JSON.parse(correction.canonicalContent).corrects).toBe(original.id);

    const originalNow = (await s.gql(DISCLOSURE, { id: original.id })).data?.disclosure;
    expect(originalNow).toMatchObject({ status: "PUBLISHED", isCurrent: false, correctedBy: { id: correction.id } });
    expect(originalNow.contentHash).toBe(original.contentHash);
    expect(originalNow.correctionChain.map((d: { id: string }) => d.id)).toEqual([original.id, correction.id]);
    const chainFromCorrection = (await s.gql(DISCLOSURE, { id: correction.id })).data?.disclosure;
    expect(chainFromCorrection.corrects.id).toBe(original.id);
    expect(chainFromCorrection.correctionChain.map((d: { id: string }) => d.id)).toEqual([original.id, correction.id]);

    // Only the newest version can be corrected again.
    const twice = await s.gql(
      CORRECT,
      { id: original.id, input: { title: "再次更正", body: "x", reason: "再次更正原因" } },
      editor,
    );
    expect(twice.data?.correctDisclosure.code).toBe("DISCLOSURE_ALREADY_CORRECTED");

    // Both versions are listed for the community.
    const list = await s.gql(`{ community(code: "RJ-FUMIN") { disclosures(first: 100) { edges { node { id isCurrent } } } } }`);
    const ids = list.data?.community.disclosures.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(ids).toEqual(expect.arrayContaining([original.id, correction.id]));
    const current = await s.gql(
      `{ community(code: "RJ-FUMIN") { disclosures(first: 100, currentOnly: true) { edges { node { id } } } } }`,
    );
    const currentIds = current.data?.community.disclosures.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(currentIds).toContain(correction.id);
    expect(currentIds).not.toContain(original.id);
  });

  it("withdraws with a reason that stays visible, and refuses to correct what was withdrawn", async () => {
    const published = await publishedDraft("关于临时停水的通知");
    const withdrawn = await s.gql(WITHDRAW, { id: published.id, reason: "通知有误，停水时间另行公告" }, editor);
    expect(withdrawn.data?.withdrawDisclosure.disclosure).toMatchObject({
      status: "WITHDRAWN",
      withdrawalReason: "通知有误，停水时间另行公告",
      contentHash: published.contentHash,
      hashVerified: true,
    });
    expect((await s.gql(DISCLOSURE, { id: published.id })).data?.disclosure.status).toBe("WITHDRAWN");
    const correct = await s.gql(
      CORRECT,
      { id: published.id, input: { title: "更正标题", body: "x", reason: "更正撤回件" } },
      editor,
    );
    expect(correct.data?.correctDisclosure.code).toBe("DISCLOSURE_WITHDRAWN");
    const again = await s.gql(WITHDRAW, { id: published.id, reason: "再次撤回原因" }, editor);
    expect(again.data?.withdrawDisclosure.code).toBe("DISCLOSURE_WITHDRAWN");
  });

  it("filters a community's disclosures by category and overlapping period", async () => {
    const q = `query($c: String, $p: String) { community(code: "RJ-YANGGUANG") {
      disclosures(first: 100, category: $c, period: $p) { edges { node { title category { code } period { start end } } } } } }`;
    const party = await s.gql(q, { c: "PARTY_AFFAIRS" });
    const partyNodes = party.data?.community.disclosures.edges.map((e: { node: unknown }) => e.node);
    expect(partyNodes.length).toBe(2);
    expect(partyNodes.every((n: { category: { code: string } }) => n.category.code === "PARTY_AFFAIRS")).toBe(true);

    const october = await s.gql(q, { p: "2026-10" });
    const periods = october.data?.community.disclosures.edges.map(
      (e: { node: { period: { start: string; end: string } } }) => e.node.period,
    );
    expect(periods.length).toBeGreaterThan(0);
    for (const p of periods) expect(p.start <= "2026-10-31" && p.end >= "2026-10-01").toBe(true);
    // The January catalogue covers all of 2026, so it overlaps October; nothing covers 2024.
    expect((await s.gql(q, { p: "2024" })).data?.community.disclosures.edges).toEqual([]);
    expect((await s.gql(q, { p: "not-a-period" })).data?.community.disclosures.edges).toEqual([]);
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
    const id = created.data?.createDisclosure.disclosure.id;
    const html = (await s.gql(`query($id: ID!) { disclosure(id: $id) { bodyHtml } }`, { id }, editor)).data?.disclosure
      .bodyHtml as string;
    expect(html).toContain("<strong>通知</strong>");
    expect(html).not.toMatch(/<script|onerror|javascript:/i);
  });
});
