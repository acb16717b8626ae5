import { describe, expect, it } from "vitest";
import type { Role } from "../../api/db/generated/client.ts";
import { axeViolations, BROWSER_TESTS } from "../support/portal.ts";
import { signIn, staffAccount } from "../support/workspace.ts";
import { workspaceSuite } from "../support/workspace-suite.ts";

describe("the staff workspace: the admin's accounts and audit log", BROWSER_TESTS, () => {
  const staff = workspaceSuite();

  it("an admin revokes a user's sessions and tokens; that user's next request goes to the sign-in page", async () => {
    const { api } = staff;
    const admin = await staffAccount(api, "ADMIN");
    const editor = await staffAccount(api, "COMMUNITY_EDITOR", { communities: ["RJ-FUMIN"] });
    const editorContext = await staff.context();
    const editorPage = await editorContext.newPage();
    await signIn(editorPage, api.url, editor.username);
    expect(editorPage.url()).toBe(`${api.url}/staff/`);

    const adminContext = await staff.context();
    const page = await adminContext.newPage();
    await signIn(page, api.url, admin.username);
    // The admin's home is the accounts screen.
    expect(page.url()).toBe(`${api.url}/staff/admin/`);
    const name = (await api.db.user.findUniqueOrThrow({ where: { id: editor.userId } })).name;
    const item = page.locator("li", { hasText: name });
    await expect(item.textContent()).resolves.toContain("有效会话 1 个");
    await item.getByRole("button", { name: /撤销/ }).click();
    await expect(page.getByRole("status").textContent()).resolves.toContain("已结束 1 个会话");

    await editorPage.goto(`${api.url}/staff/`);
    expect(editorPage.url()).toBe(`${api.url}/staff/login`);
    await editorContext.close();
    await adminContext.close();
  });

  it("creates an account whose one-time link sets its password; a refusal sits beside its field and keeps what was typed", async () => {
    const { api } = staff;
    const admin = await staffAccount(api, "ADMIN");
    const context = await staff.context();
    const page = await context.newPage();
    await signIn(page, api.url, admin.username);
    await page.getByLabel("姓名").fill("周新编");
    await page.getByLabel("角色").selectOption("COMMUNITY_EDITOR");
    await page.getByRole("button", { name: "新建并生成邀请链接" }).click();
    await expect(page.locator("#f-communityCodes-error").textContent()).resolves.toContain("至少选择一个社区");
    await expect(page.getByLabel("姓名").inputValue()).resolves.toBe("周新编");
    await page.locator('input[name="communityCodes"][value="RJ-FUMIN"]').check();
    await page.getByRole("button", { name: "新建并生成邀请链接" }).click();
    await expect(page.getByRole("status").textContent()).resolves.toContain("已新建账号：周新编");
    const link = new URL((await page.locator("main code").first().textContent()) ?? "");
    expect(link.pathname).toMatch(/^\/staff\/invite\/[\w-]{40,}$/);

    const invited = await (await staff.context()).newPage();
    await invited.goto(`${api.url}${link.pathname}`);
    await expect(invited.locator("main").textContent()).resolves.toContain("周新编");
    await context.close();
  });

  it("refuses /staff/admin to anyone but an admin, with a 403 page", async () => {
    const { api } = staff;
    const context = await staff.context();
    const page = await context.newPage();
    const others: [Role, { county?: string; communities?: string[] }][] = [
      ["COUNTY_EDITOR", { county: "RJ" }],
      ["COMMUNITY_EDITOR", { communities: ["RJ-FUMIN"] }],
    ];
    for (const [role, scope] of others) {
      await signIn(page, api.url, (await staffAccount(api, role, scope)).username);
      for (const path of ["/staff/admin/", "/staff/admin/audit"]) {
        expect((await page.goto(`${api.url}${path}`))?.status()).toBe(403);
      }
      await page.getByRole("button", { name: "退出登录" }).click();
    }
    await context.close();
  });

  it("filters the audit log by who, action, community and dates", async () => {
    const { api } = staff;
    const admin = await staffAccount(api, "ADMIN");
    const editor = await staffAccount(api, "COMMUNITY_EDITOR", { communities: ["RJ-WOLONG"] });
    const context = await staff.context();
    const page = await context.newPage();
    await signIn(page, api.url, admin.username);
    // One logged call: the admin's invitation of the editor, naming only the editor's id.
    const item = page.locator("li", { hasText: (await api.db.user.findUniqueOrThrow({ where: { id: editor.userId } })).name });
    await item.getByRole("button", { name: /邀请链接/ }).click();
    await page.locator("main code").first().waitFor();

    await page.goto(`${api.url}/staff/admin/audit`);
    const adminName = (await api.db.user.findUniqueOrThrow({ where: { id: admin.userId } })).name;
    await page.getByLabel("操作人").selectOption({ label: adminName });
    await page.getByLabel(/操作（接口名/).fill("inviteUser");
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
    await page.getByLabel("起始日期").fill(today);
    await page.getByLabel(/截止日期/).fill(today);
    await page.getByRole("button", { name: "筛选" }).click();
    const rows = page.locator("main ul.ws-list li");
    await expect(rows.count()).resolves.toBe(1);
    await expect(rows.first().textContent()).resolves.toContain(`${adminName} · inviteUser · 成功`);
    // The admin is attached to no community and the call names none: filtering by a community drops it.
    await page.getByLabel("社区").selectOption("RJ-FUMIN");
    await page.getByRole("button", { name: "筛选" }).click();
    await expect(page.locator("main").textContent()).resolves.toContain("没有符合条件的记录");
    await page.getByLabel("社区").selectOption("");
    await page.getByLabel("起始日期").fill("2020-01-01");
    await page.getByLabel(/截止日期/).fill("2020-01-02");
    await page.getByRole("button", { name: "筛选" }).click();
    await expect(page.locator("main").textContent()).resolves.toContain("没有符合条件的记录");
    await context.close();
  });

  it("has no axe-core violations on the accounts screen (with a new link) and the audit log", async () => {
    const { api } = staff;
    const admin = await staffAccount(api, "ADMIN");
    const context = await staff.context({ javaScript: true });
    const page = await context.newPage();
    await signIn(page, api.url, admin.username);
    const found: { path: string; violations: string[] }[] = [];
    found.push({ path: "accounts", violations: await axeViolations(page) });
    await page
      .locator("li")
      .first()
      .getByRole("button", { name: /邀请链接/ })
      .click();
    await page.locator("main code").first().waitFor();
    found.push({ path: "accounts with a link", violations: await axeViolations(page) });
    await page.goto(`${api.url}/staff/admin/audit?action=inviteUser`);
    found.push({ path: "audit log", violations: await axeViolations(page) });
    expect(found.filter((f) => f.violations.length)).toEqual([]);
    await context.close();
  });
});
