import { execFile } from "node:child_process";
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CREATE, draftInput } from "../support/operations.ts";
import { axeViolations, BROWSER_TESTS, connectBrowser, PHONE } from "../support/portal.ts";
import { startTestServer, type TestServer } from "../support/server.ts";
import { PASSWORD, signIn, staffAccount } from "../support/workspace.ts";

/** `npm run token -- …` on the test's database, with `input` on stdin. */
function tokenCommand(api: TestServer, args: string[], input = ""): Promise<{ stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = execFile(
      "npm",
      ["run", "--silent", "token", "--", ...args],
      { env: { ...process.env, DATABASE_URL: api.databaseUrl } },
      (error, stdout, stderr) => (error ? fail(new Error(`${error.message}\n${stderr}`)) : done({ stdout, stderr })),
    );
    child.stdin?.end(input);
  });
}

/** The session cookie of a signed-in browser context, as a Cookie header. */
async function cookieHeader(context: BrowserContext): Promise<string> {
  return (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
}

describe("the staff workspace: access and sign-in", BROWSER_TESTS, () => {
  let api: TestServer;
  let browser: Browser;
  let noJs: BrowserContext;
  beforeAll(async () => {
    [api, browser] = await Promise.all([startTestServer(), connectBrowser()]);
    noJs = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE, locale: "zh-CN" });
  });
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it("an invitation made with `npm run token -- invite` sets a user name and password once; set-password reads stdin", async () => {
    const user = await api.db.user.create({ data: { name: "被邀请的编辑", role: "COMMUNITY_EDITOR" } });
    const { stdout } = await tokenCommand(api, ["invite", user.id]);
    const link = new URL(stdout.trim());
    expect(link.pathname).toMatch(/^\/staff\/invite\/[\w-]{40,}$/);

    const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE, locale: "zh-CN" });
    const page = await context.newPage();
    await page.goto(`${api.url}${link.pathname}`);
    await page.getByLabel("用户名").fill("invited.editor");
    await page.getByLabel("密码").fill("short");
    // The browser's own minimum-length check is absent: the server's rule answers, beside the field.
    await page.getByRole("button", { name: "保存并去登录" }).click();
    await expect(page.locator("#f-password-error").textContent()).resolves.toContain("至少");
    await expect(page.getByLabel("用户名").inputValue()).resolves.toBe("invited.editor");
    await page.getByLabel("密码").fill(PASSWORD);
    await page.getByRole("button", { name: "保存并去登录" }).click();
    await expect(page.getByRole("status").textContent()).resolves.toContain("账号已设置");
    // Used once: the link is dead now.
    expect((await fetch(`${api.url}${link.pathname}`)).status).toBe(404);
    await signIn(page, api.url, "invited.editor");
    expect(page.url()).toBe(`${api.url}/staff/`);

    // A new password from the command line, read from stdin, ends the open session.
    await tokenCommand(api, ["set-password", user.id], "another long secret\n");
    await page.goto(`${api.url}/staff/`);
    expect(page.url()).toBe(`${api.url}/staff/login`);
    await signIn(page, api.url, "invited.editor", "another long secret");
    expect(page.url()).toBe(`${api.url}/staff/`);
    await context.close();
  });

  it("a committee member cannot reach the editor's screens; another community's editor cannot see a draft", async () => {
    const page = await noJs.newPage();
    const member = await staffAccount(api, "SUPERVISOR", { communities: ["RJ-FUMIN"] });
    await signIn(page, api.url, member.username);
    const refused = await page.goto(`${api.url}/staff/disclosures/new`);
    expect(refused?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("无权操作");

    const token = await api.tokenFor("COMMUNITY_EDITOR", { communities: ["RJ-FUMIN"] });
    const created = await api.gql(CREATE, { input: { ...draftInput(["RJ-FUMIN"]), title: "富民社区的草稿" } }, token);
    const draft = created.data?.createDisclosure;
    if (draft?.__typename !== "CreateDisclosureSuccess") throw new Error(JSON.stringify(created));
    await page.getByRole("button", { name: "退出登录" }).click();

    const other = await staffAccount(api, "COMMUNITY_EDITOR", { communities: ["RJ-TEHE"] });
    await signIn(page, api.url, other.username);
    const hidden = await page.goto(`${api.url}/staff/disclosures/${draft.disclosure.id}`);
    expect(hidden?.status()).toBe(404);
    expect(await page.content()).not.toContain("富民社区的草稿");
    expect(await page.locator("main").textContent()).not.toContain("富民社区的草稿");
    await page.getByRole("button", { name: "退出登录" }).click();
    await page.close();
  });

  it("refuses a form without its CSRF token, and a cookie copied from a signed-out session", async () => {
    const editor = await staffAccount(api, "COMMUNITY_EDITOR", { communities: ["RJ-FUMIN"] });
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE, locale: "zh-CN" });
    const page = await context.newPage();
    await signIn(page, api.url, editor.username);
    const cookie = await cookieHeader(context);
    const form = {
      title: "伪造的公开",
      categoryCode: "COMMUNITY_AFFAIRS",
      communityCodes: "RJ-FUMIN",
      body: "正文",
      intent: "save",
    };
    const forged = await fetch(`${api.url}/staff/disclosures/new`, {
      method: "POST",
      headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(form),
      redirect: "manual",
    });
    expect(forged.status).toBe(403);
    expect(await forged.text()).toContain("操作没有执行");
    expect(await api.db.disclosure.count({ where: { title: "伪造的公开" } })).toBe(0);
    // The same session is still good: only the request without the token was refused.
    expect((await fetch(`${api.url}/staff/`, { headers: { cookie }, redirect: "manual" })).status).toBe(200);

    await page.getByRole("button", { name: "退出登录" }).click();
    await expect(page.getByRole("status").textContent()).resolves.toContain("已退出");
    const replayed = await fetch(`${api.url}/staff/`, { headers: { cookie }, redirect: "manual" });
    expect(replayed.status).toBe(303);
    expect(replayed.headers.get("location")).toBe("/staff/login");
    await context.close();
  });

  it("slows each wrong password down more, then locks the account", async () => {
    const editor = await staffAccount(api, "COMMUNITY_EDITOR", { communities: ["RJ-FUMIN"] });
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE, locale: "zh-CN" });
    const page = await context.newPage();
    const times: number[] = [];
    for (let attempt = 0; attempt < 5; attempt++) {
      const started = performance.now();
      await signIn(page, api.url, editor.username, "wrong password");
      times.push(performance.now() - started);
    }
    expect(times[0]).toBeGreaterThanOrEqual(1000);
    expect(times[1]).toBeGreaterThanOrEqual(2000);
    expect(times[2]).toBeGreaterThanOrEqual(4000);
    // Locked: even the right password is refused now, and the lock is in the audit log.
    await signIn(page, api.url, editor.username);
    expect(page.url()).toBe(`${api.url}/staff/login`);
    await expect(page.getByRole("alert").textContent()).resolves.toContain("已暂时锁定");
    const failures = await api.db.auditEntry.findMany({ where: { action: "workspaceSignIn", userId: editor.userId } });
    expect(failures.map((f) => f.errorCode)).toContain("LOCKED");
    await context.close();
  }, 120_000);

  it("has no axe-core violations on any workspace page type", async () => {
    const editor = await staffAccount(api, "COMMUNITY_EDITOR", { communities: ["RJ-FUMIN"] });
    // axe needs JavaScript: this is also the flow read with JavaScript on.
    const context = await browser.newContext({ viewport: PHONE, locale: "zh-CN", bypassCSP: true });
    const page = await context.newPage();
    const found: { path: string; violations: string[] }[] = [];
    const check = async (path: string) => found.push({ path, violations: await axeViolations(page) });
    await page.goto(`${api.url}/staff/login`);
    await check("login");
    await signIn(page, api.url, editor.username);
    await check("home");
    await page.goto(`${api.url}/staff/disclosures/new?community=RJ-FUMIN`);
    await page.getByLabel("标题").fill("无障碍检查");
    await page.getByLabel("所属期间").fill("2026-13");
    await page.getByLabel("正文").fill("正文");
    await page.getByRole("button", { name: "保存草稿" }).click();
    await page.locator("#f-period-error").waitFor();
    await check("new disclosure with a field error");
    await page.getByLabel("所属期间").fill("2026-03");
    await Promise.all([page.waitForURL(/\/staff\/disclosures\/(?!new)/), page.getByRole("button", { name: "保存草稿" }).click()]);
    await check("draft");
    await page.getByRole("button", { name: "发布" }).click();
    await page.getByRole("status").waitFor();
    await check("published, with correct and withdraw forms");
    await page.goto(`${api.url}/staff/nothing-here`);
    await check("not found");
    expect(found.filter((f) => f.violations.length)).toEqual([]);
    await context.close();
  });
});
