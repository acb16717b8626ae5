import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../support/graphql.ts";
import { BROWSER_TESTS, connectBrowser, PHONE } from "../support/portal.ts";
import { startTestServer, type TestServer } from "../support/server.ts";
import { login, signIn, staffAccount } from "../support/workspace.ts";

const OpenMonth = graphql(`
  query WorkspaceTestOpenMonth($c: String!) { community(code: $c) { financePeriods(first: 1) { edges { node { id status } } } } }
`);
const PublicMonth = graphql(`
  query WorkspaceTestPublicMonth($id: ID!) {
    financePeriod(id: $id) { status review { opinionLabel } queries { question answer } signatures { name opinionLabel } }
  }
`);

describe("the staff workspace: a month of the books through the committee's review", BROWSER_TESTS, () => {
  let api: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    [api, browser] = await Promise.all([startTestServer(), connectBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  // Once with JavaScript off and once on, each in a community of its own so the two months never meet.
  it.each([
    { COMMUNITY: "RJ-WOLONG", javaScript: false },
    { COMMUNITY: "RJ-FUMIN", javaScript: true },
  ])(
    "an editor submits, a member raises a query, the editor answers, two of three sign, the editor publishes (JavaScript on: $javaScript)",
    async ({ COMMUNITY, javaScript }) => {
      const newPage = async (): Promise<Page> =>
        (await browser.newContext({ javaScriptEnabled: javaScript, viewport: PHONE, locale: "zh-CN" })).newPage();
      const editorToken = await api.tokenFor("COMMUNITY_EDITOR", { communities: [COMMUNITY] });
      const month = (await api.gql(OpenMonth, { c: COMMUNITY }, editorToken)).data?.community?.financePeriods.edges[0]?.node;
      expect(month?.status).toBe("OPEN");
      const id = month?.id ?? "";
      const postings = await api.db.memberPosting.findMany({
        where: { organization: { kind: "SUPERVISION_COMMITTEE", community: { code: COMMUNITY } }, userId: { not: null } },
        orderBy: { sortOrder: "asc" },
      });
      expect(postings.length).toBeGreaterThanOrEqual(3);
      const members = await Promise.all(postings.map((p) => login(api, p.userId ?? "")));

      const editor = await newPage();
      await signIn(editor, api.url, (await staffAccount(api, "COMMUNITY_EDITOR", { communities: [COMMUNITY] })).username);
      await editor.goto(`${api.url}/staff/finance/${id}`);
      await editor.getByRole("button", { name: "提交审核" }).click();
      await expect(editor.getByRole("status").textContent()).resolves.toContain("已提交");

      // The committee's part, timed from the first member's sign-in to the last signature.
      const started = performance.now();
      const first = await newPage();
      await signIn(first, api.url, members[0]?.username ?? "");
      await first.goto(`${api.url}/staff/finance/`);
      await first.locator(`a[href="/staff/finance/${id}"]`).click();
      await first.getByRole("link", { name: "提出质询" }).first().click();
      await first.getByLabel("质询内容").fill("这笔支出有发票吗？");
      await first.getByRole("button", { name: "提出质询" }).click();
      await expect(first.getByRole("status").textContent()).resolves.toContain("质询已提出");
      const reviewSeconds = { queried: (performance.now() - started) / 1000 };

      await editor.goto(`${api.url}/staff/finance/${id}`);
      await editor.getByLabel("答复").fill("有，发票编号 0012345，存档备查。");
      await editor.getByRole("button", { name: "提交答复" }).click();
      await expect(editor.getByRole("status").textContent()).resolves.toContain("答复已保存");

      const signStarted = performance.now();
      await first.goto(`${api.url}/staff/finance/${id}`);
      await expect(first.locator("main").textContent()).resolves.toContain("发票编号 0012345");
      await first.getByRole("button", { name: "签字" }).click();
      await expect(first.getByRole("status").textContent()).resolves.toContain("签字已记录");
      const second = await newPage();
      await signIn(second, api.url, members[1]?.username ?? "");
      await second.goto(`${api.url}/staff/finance/${id}`);
      await second.getByRole("radio", { name: "有异议" }).check();
      await second.getByRole("button", { name: "签字" }).click();
      // 有异议 without a text: the API's refusal sits beside the text field.
      await expect(second.locator("#f-opinionText-error").textContent()).resolves.toMatch(/[\u4e00-\u9fff]/);
      await second.getByRole("radio", { name: "同意" }).check();
      await second.getByRole("button", { name: "签字" }).click();
      await expect(second.getByRole("status").textContent()).resolves.toContain("签字已记录");
      console.info(
        `committee review in the browser (JavaScript ${javaScript ? "on" : "off"}): query ${reviewSeconds.queried.toFixed(1)} s, two signatures ${((performance.now() - signStarted) / 1000).toFixed(1)} s`,
      );

      // A member's page has no editor action, and the editor's session cannot sign.
      expect(await first.getByRole("button", { name: "公开本月账目" }).count()).toBe(0);
      await editor.goto(`${api.url}/staff/finance/${id}`);
      expect(await editor.getByRole("button", { name: "签字" }).count()).toBe(0);
      await editor.getByRole("button", { name: "公开本月账目" }).click();
      await expect(editor.getByRole("status").textContent()).resolves.toContain("已公开");

      const published = (await api.gql(PublicMonth, { id })).data?.financePeriod;
      expect(published?.status).toBe("PUBLISHED");
      expect(published?.queries).toEqual([{ question: "这笔支出有发票吗？", answer: "有，发票编号 0012345，存档备查。" }]);
      expect(published?.signatures.filter((s) => s.opinionLabel).length).toBe(2);
      expect(published?.review?.opinionLabel).toBeTruthy();
    },
  );
});
