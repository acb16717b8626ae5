import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { graphql, present } from "../support/graphql.ts";
import { axeByPath, BROWSER_TESTS, withDemoPortal } from "../support/portal.ts";

const portal = withDemoPortal();

const SUMMARY = graphql(`
  query PortalQuestionSummary($code: String!) { community(code: $code) {
    questionSummary { total answered overdue hidden }
    questions { id subjectPath answer { text contentHash } }
  } }
`);

/** What the demo's askers and their questions hold that must never be public (prisma/seed/questions.ts). */
const PRIVATE = ["13907551234", "13812345678", "骗子", "5栋2单元301", "王建华", "潘玉珍", "龙小梅"];

function* htmlFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith(".html")) yield path;
  }
}

const fitsPhone = () => document.documentElement.scrollWidth - window.innerWidth;

describe.concurrent("questions on the portal, without JavaScript", BROWSER_TESTS, () => {
  it("show each record's questions beside their answers, names masked, with the committee's opinion", async () => {
    const page = await portal.noJs.newPage();
    await page.goto(`${portal.api.url}/c/RJ-FUMIN/finance/2026-09/`);
    const block = page.locator("[data-questions]");
    expect(await block.locator("[data-question]").count()).toBe(1);
    const q = block.locator("[data-question]").first();
    expect(await q.getAttribute("data-standing")).toBe("ANSWERED");
    const text = (await q.textContent()) ?? "";
    expect(text).toContain("已答复");
    expect(text).toContain("王*华");
    expect(text).toContain("三家比价");
    expect(text).toContain("居务监督委员会意见");
    const { questions } = present((await portal.api.gql(SUMMARY, { code: "RJ-FUMIN" })).data?.community);
    const hash = present(questions.find((x) => x.subjectPath === "/c/RJ-FUMIN/finance/2026-09/")?.answer).contentHash;
    expect(text).toContain(hash);
    expect(await page.evaluate(fitsPhone)).toBeLessThanOrEqual(0);
    // The hidden question: counted and its reason shown, its text never.
    await page.goto(`${portal.api.url}/c/SC-TONGLUOWAN/finance/2026-10/`);
    expect(await page.locator("[data-questions] [data-hidden]").textContent()).toContain("含侮辱性言语和个人电话、住址");
    await page.close();
  });

  it("count a community's questions on its page and in its section, and show the overdue one in the county's view", async () => {
    const page = await portal.noJs.newPage();
    const s = present((await portal.api.gql(SUMMARY, { code: "RJ-WOLONG" })).data?.community).questionSummary;
    expect(s).toMatchObject({ total: 1, overdue: 1 });
    await page.goto(`${portal.api.url}/c/RJ-WOLONG/`);
    expect(await page.locator('[data-section="questions"] [data-section-status]').textContent()).toContain(
      "共 1 个问题，已答复 0 个，1 个逾期未答复",
    );
    await page.getByRole("link", { name: /^居民提问：/ }).click();
    await page.waitForURL(/\/c\/RJ-WOLONG\/questions\/$/);
    expect(await page.locator("[data-overdue]").textContent()).toBe("1 个");
    expect(await page.locator('[data-standing="OVERDUE"]').textContent()).toContain("已逾期未答复");
    expect(await page.locator("main").textContent()).toMatch(/截至 \d{4}年\d{1,2}月\d{1,2}日（北京时间）/);
    await page.goto(`${portal.api.url}/c/SC-TONGLUOWAN/questions/`);
    expect(await page.locator("[data-hidden]").first().textContent()).toContain("1 个");
    await page.goto(`${portal.api.url}/county/RJ/overdue/`);
    const late = page.locator("[data-overdue-questions] [data-question-community]");
    expect(await late.evaluateAll((ss) => ss.map((x) => x.getAttribute("data-question-community")))).toEqual(["RJ-WOLONG"]);
    expect(await late.locator("[data-count]").textContent()).toBe("逾期未答复 1 个");
    expect(await page.evaluate(fitsPhone)).toBeLessThanOrEqual(0);
    await page.close();
  });

  it("take a question through the form with JavaScript off and confirm it in Chinese", async () => {
    const before = await portal.api.db.question.count();
    const page = await portal.noJs.newPage();
    await page.goto(`${portal.api.url}/c/RJ-YANGGUANG/fees/WATER/`);
    await page.getByLabel("您的问题或意见（5–500 字）").fill("水费阶梯价格的第二档从多少吨开始？");
    await page.getByLabel(/^联系方式/).fill("13700000000");
    await page.getByRole("button", { name: "提交问题" }).click();
    await page.waitForURL(/\/questions\/received\//);
    expect(await page.locator("h1").textContent()).toBe("问题已收到");
    expect(await page.locator("main").textContent()).toMatch(/社区应在 \d{4}-\d{2}-\d{2} 前答复/);
    await page.getByRole("link", { name: "返回原页面" }).click();
    await page.waitForURL(/\/c\/RJ-YANGGUANG\/fees\/WATER\/$/);
    expect(await portal.api.db.question.count()).toBe(before + 1);
    const stored = await portal.api.db.question.findFirstOrThrow({ where: { contact: "13700000000" } });
    expect(stored).toMatchObject({ subjectKind: "FEE_ITEM", askerName: null, status: "RECEIVED" });
    await page.close();
  });

  it("put no contact, full name, hidden text, ID-like or phone-like string of a question on any built page", async () => {
    const offending: string[] = [];
    let pages = 0;
    let questions = 0;
    for (const file of htmlFiles(portal.outDir)) {
      const html = readFileSync(file, "utf8");
      pages++;
      for (const secret of PRIVATE) if (html.includes(secret)) offending.push(`${file}: ${secret}`);
      if (!html.includes("data-question=")) continue;
      for (const block of html.match(/<li[^>]*data-question=[\s\S]*?<\/li>/g) ?? []) {
        questions++;
        const text = block.replace(/<[^>]+>/g, " ").replace(/SHA-256：\s*[0-9a-f]{64}/g, "");
        if (/(?<!\d)1[3-9]\d{9}(?!\d)/.test(text)) offending.push(`${file}: phone-like text in a question`);
        if (/(?<!\d)\d{17}[\dXx](?!\d)/.test(text)) offending.push(`${file}: ID-like text in a question`);
      }
    }
    expect(offending).toEqual([]);
    // The crawl read the site and the demo's questions on it, not an empty folder.
    expect(pages).toBeGreaterThan(100);
    expect(questions).toBeGreaterThan(5);
  });

  it("ask which community, on a notice published in several", async () => {
    const posting = await portal.api.db.disclosure.findFirstOrThrow({
      where: { status: "PUBLISHED", targets: { some: { community: { code: "RJ-TEHE" } } } },
      orderBy: { targets: { _count: "desc" } },
      include: { targets: true },
    });
    expect(posting.targets.length).toBeGreaterThan(1);
    const page = await portal.noJs.newPage();
    await page.goto(`${portal.api.url}/d/${posting.id}/`);
    const options = page.getByLabel("向哪个社区提问").locator("option");
    expect(await options.count()).toBe(posting.targets.length);
    await page.close();
  });

  it("have no WCAG 2.1 A/AA violations that axe-core can detect", async () => {
    const posting = await portal.api.db.disclosure.findFirstOrThrow({
      where: { status: "PUBLISHED" },
      orderBy: { targets: { _count: "desc" } },
    });
    const paths = ["/c/RJ-WOLONG/questions/", "/c/RJ-FUMIN/finance/2026-09/", "/county/RJ/overdue/", `/d/${posting.id}/`];
    for (const { path, violations } of await axeByPath(portal, paths)) {
      expect({ path, violations }).toEqual({ path, violations: [] });
    }
  });
});
