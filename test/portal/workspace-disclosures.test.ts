import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../support/graphql.ts";
import { BROWSER_TESTS, connectBrowser, PHONE } from "../support/portal.ts";
import { startTestServer, type TestServer } from "../support/server.ts";
import { signIn, staffAccount } from "../support/workspace.ts";

const PublicDisclosure = graphql(`
  query WorkspaceTestDisclosure($id: ID!) { disclosure(id: $id) { title status bodyHtml } }
`);

describe("the staff workspace: disclosures", BROWSER_TESTS, () => {
  let api: TestServer;
  let browser: Browser;
  let portalChanges = 0;
  beforeAll(async () => {
    [api, browser] = await Promise.all([startTestServer({ onPortalChange: () => portalChanges++ }), connectBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it.each([false, true])(
    "an editor signs in, previews, saves and publishes a disclosure (JavaScript on: %s); residents then read it",
    async (javaScript) => {
      const editor = await staffAccount(api, "COMMUNITY_EDITOR", { communities: ["RJ-FUMIN"] });
      const context = await browser.newContext({ javaScriptEnabled: javaScript, viewport: PHONE, locale: "zh-CN" });
      const page = await context.newPage();
      await signIn(page, api.url, editor.username);
      expect(page.url()).toBe(`${api.url}/staff/`);
      await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("工作台");

      await page.getByRole("link", { name: "撰写公开内容" }).first().click();
      await page.getByLabel("标题").fill("三月卫生整治通知");
      await page.getByLabel("所属期间").fill("2026-13");
      await page.getByLabel("正文").fill("# 安排\n\n- 周六上午 **集中清扫**\n\n<script>alert(1)</script>");
      await page.getByRole("button", { name: "预览" }).click();
      const preview = page.locator(".ws-preview");
      await expect(preview.locator("strong").textContent()).resolves.toBe("集中清扫");
      expect(await preview.locator("script").count()).toBe(0);

      // The API refuses the period; its message sits beside the field and the form keeps the text.
      await page.getByRole("button", { name: "保存草稿" }).click();
      const period = page.getByLabel("所属期间");
      await expect(period.getAttribute("aria-invalid")).resolves.toBe("true");
      await expect(page.locator("#f-period-error").textContent()).resolves.toMatch(/[\u4e00-\u9fff]/);
      await expect(page.getByLabel("标题").inputValue()).resolves.toBe("三月卫生整治通知");
      await expect(page.getByLabel("正文").inputValue()).resolves.toContain("集中清扫");

      await period.fill("2026-03");
      await page.getByRole("button", { name: "保存草稿" }).click();
      const id = /\/staff\/disclosures\/([^/]+)$/.exec(page.url())?.[1] ?? "";
      expect(id).not.toBe("");
      // A draft is not public yet.
      expect((await api.gql(PublicDisclosure, { id })).data?.disclosure).toBeNull();

      const before = portalChanges;
      await page.getByRole("button", { name: "发布" }).click();
      await expect(page.getByRole("status").textContent()).resolves.toContain("已发布");
      const published = (await api.gql(PublicDisclosure, { id })).data?.disclosure;
      expect(published).toMatchObject({ title: "三月卫生整治通知", status: "PUBLISHED" });
      expect(published?.bodyHtml).toContain("<strong>集中清扫</strong>");
      // The write went through the API's mutation, so the server's portal rebuild was asked for.
      expect(portalChanges).toBeGreaterThan(before);

      const entries = await api.db.auditEntry.findMany({ where: { recordId: id }, orderBy: { at: "asc" } });
      expect(entries.map((e) => e.action)).toEqual(["createDisclosure", "publishDisclosure"]);
      expect(entries.every((e) => e.userId === editor.userId && e.tokenId === null && e.sessionId)).toBe(true);

      await page.getByLabel("撤回原因（居民可见）").fill("日期有误，另行通知");
      await page.getByRole("button", { name: "撤回" }).click();
      expect((await api.gql(PublicDisclosure, { id })).data?.disclosure?.status).toBe("WITHDRAWN");
      await context.close();
    },
  );
});
