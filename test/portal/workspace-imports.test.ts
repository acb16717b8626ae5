import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { graphql } from "../support/graphql.ts";
import { axeViolations, BROWSER_TESTS } from "../support/portal.ts";
import { login, signIn, staffAccount } from "../support/workspace.ts";
import { workspaceSuite } from "../support/workspace-suite.ts";

const COMMUNITY = "RJ-WOLONG";
const OpenMonth = graphql(`
  query WorkspaceTestImportMonth($c: String!) {
    community(code: $c) {
      ledgerCategories { name direction }
      financePeriods(first: 1) { edges { node { id month status entries(first: 0) { totalCount } } } }
    }
  }
`);

const FeeMonths = graphql(`
  query WorkspaceTestFeeMonths($c: String!) {
    community(code: $c) { feeItems { id name months(year: 2026) { month householdsBilled amountDue } } }
  }
`);

const HEADER = "日期,凭证号,科目,收入金额（元）,支出金额（元）,对方单位或个人,摘要";

describe("the staff workspace: spreadsheet imports", BROWSER_TESTS, () => {
  const suite = workspaceSuite();

  const month = async (token: string) => {
    const community = (await suite.api.gql(OpenMonth, { c: COMMUNITY }, token)).data?.community;
    const node = community?.financePeriods.edges[0]?.node;
    const income = community?.ledgerCategories.find((c) => c.direction === "INCOME")?.name ?? "";
    return { node, income };
  };

  const upload = async (page: Page, periodLabel: RegExp, name: string, csv: string) => {
    await page.goto(`${suite.api.url}/staff/imports/`);
    await page.getByRole("link", { name: "财务收支明细" }).click();
    await page.getByLabel("导入到哪个月").selectOption({ label: (await optionLabel(page, periodLabel)) ?? "" });
    await page.getByLabel("文件（.csv 或 .xlsx）").setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(csv) });
    await page.getByRole("button", { name: "检查并导入" }).click();
  };
  const optionLabel = async (page: Page, label: RegExp) =>
    (await page.locator("#f-periodId option").allTextContents()).find((t) => label.test(t));

  it.each([false, true])(
    "an upload with one bad row shows that row and writes nothing; the corrected file writes every row (JavaScript on: %s)",
    async (javaScript) => {
      const { api } = suite;
      const token = await api.tokenFor("COMMUNITY_EDITOR", { communities: [COMMUNITY] });
      const { node, income } = await month(token);
      expect(node?.status).toBe("OPEN");
      const before = node?.entries.totalCount ?? -1;
      const day = `${node?.month}-10`;
      // Vouchers of their own in each run, as the two runs share the month.
      const tag = javaScript ? "J" : "";
      const good = (voucher: string) => `${day},${voucher},${income},120.50,,便民超市,导入测试租金`;

      const page = await suite.phone({ javaScript });
      const editor = await staffAccount(api, "COMMUNITY_EDITOR", { communities: [COMMUNITY] });
      await signIn(page, api.url, editor.username);
      const monthLabel = new RegExp(`${node?.month.slice(0, 4)}年0?${Number(node?.month.slice(5))}月`);
      await upload(
        page,
        monthLabel,
        "三月明细.csv",
        [HEADER, good(`导入${tag}-001`), `不是日期,导入${tag}-002,${income},80,,张三,有错的一行`].join("\n"),
      );

      // Every problem of the bad row, in a table naming its row and column; the good row is not written either.
      const table = page.locator("table.ws-row-problems");
      await expect(page.getByRole("heading", { level: 2, name: /三月明细\.csv.*没有写入任何一行/ }).count()).resolves.toBe(1);
      const cells = await table.locator("tbody tr").first().locator("td").allTextContents();
      expect(cells[0]).toBe("第 3 行");
      expect(cells[1]).toBe("日期");
      expect(cells[2]).toContain("不是日期");
      expect(await table.locator("tbody tr").count()).toBe(1);
      // The form keeps the month chosen; a file input cannot keep its file, so the page names it.
      await expect(page.getByLabel("导入到哪个月").inputValue()).resolves.toBe(node?.id);
      await expect(page.locator("#f-file-hint").textContent()).resolves.toContain("三月明细.csv");
      expect((await month(token)).node?.entries.totalCount).toBe(before);

      await upload(page, monthLabel, "三月明细.csv", [HEADER, good(`导入${tag}-001`), good(`导入${tag}-002`)].join("\n"));
      await expect(page.getByRole("status").textContent()).resolves.toContain(`现有 ${before + 2} 笔分录`);
      expect((await month(token)).node?.entries.totalCount).toBe(before + 2);
      const audit = await api.db.auditEntry.findMany({ where: { action: "importLedgerEntries", userId: editor.userId } });
      expect(audit.map((a) => a.errorCode)).toEqual([expect.any(String), null]);
    },
  );

  it("a file over the limit or a file of the wrong kind is refused beside the file field", async () => {
    const { api } = suite;
    const page = await suite.phone();
    await signIn(page, api.url, (await staffAccount(api, "COMMUNITY_EDITOR", { communities: [COMMUNITY] })).username);
    await page.goto(`${api.url}/staff/imports/ledger`);
    await page.locator("#f-periodId").selectOption({ index: 1 });
    await page
      .getByLabel("文件（.csv 或 .xlsx）")
      .setInputFiles({ name: "明细.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF") });
    await page.getByRole("button", { name: "检查并导入" }).click();
    await expect(page.locator("#f-file-error").textContent()).resolves.toContain(".pdf");

    await page.locator("#f-periodId").selectOption({ index: 1 });
    const big = Buffer.alloc(21 * 1024 * 1024, "a");
    await page.getByLabel("文件（.csv 或 .xlsx）").setInputFiles({ name: "大.csv", mimeType: "text/csv", buffer: big });
    await page.getByRole("button", { name: "检查并导入" }).click();
    await expect(page.locator("#f-file-error").textContent()).resolves.toContain("20 MB");
  });

  it("a committee member cannot reach the imports, and the pages pass axe-core", async () => {
    const { api } = suite;
    const members = await api.db.memberPosting.findFirst({
      where: { organization: { kind: "SUPERVISION_COMMITTEE", community: { code: COMMUNITY } }, userId: { not: null } },
    });
    const member = await login(api, members?.userId ?? "");
    const page = await suite.phone({ javaScript: true });
    await signIn(page, api.url, member.username);
    expect((await page.goto(`${api.url}/staff/imports/`))?.status()).toBe(403);
    expect((await page.goto(`${api.url}/staff/imports/ledger`))?.status()).toBe(404);

    const editorPage = await suite.phone({ javaScript: true });
    await signIn(editorPage, api.url, (await staffAccount(api, "COMMUNITY_EDITOR", { communities: [COMMUNITY] })).username);
    const found: { path: string; violations: string[] }[] = [];
    const check = async (path: string) => found.push({ path, violations: await axeViolations(editorPage) });
    await editorPage.goto(`${api.url}/staff/imports/`);
    await check("imports");
    await editorPage.goto(`${api.url}/staff/imports/assistance`);
    await check("assistance form");
    await editorPage.goto(`${api.url}/staff/imports/ledger`);
    await editorPage.locator("#f-periodId").selectOption({ index: 1 });
    const bad = [HEADER, "2026-01-01,,无此科目,1,,甲,乙"].join("\n");
    await editorPage
      .getByLabel("文件（.csv 或 .xlsx）")
      .setInputFiles({ name: "a.csv", mimeType: "text/csv", buffer: Buffer.from(bad) });
    await editorPage.getByRole("button", { name: "检查并导入" }).click();
    await editorPage.locator("table.ws-row-problems").waitFor();
    await check("row problems");
    // Fits a 390 px phone: nothing scrolls sideways, not even the table.
    expect(await editorPage.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(found.filter((f) => f.violations.length)).toEqual([]);
  });
  it("refuses an upload without the form's CSRF token, and writes nothing", async () => {
    const { api } = suite;
    const token = await api.tokenFor("COMMUNITY_EDITOR", { communities: [COMMUNITY] });
    const { node, income } = await month(token);
    const page = await suite.phone();
    await signIn(page, api.url, (await staffAccount(api, "COMMUNITY_EDITOR", { communities: [COMMUNITY] })).username);
    await page.goto(`${api.url}/staff/imports/ledger`);
    const csrf = (await page.locator('input[name="_csrf"]').first().getAttribute("value")) ?? "";
    const csv = [HEADER, `${node?.month}-11,跨站-001,${income},1,,甲,跨站请求`].join("\n");
    const send = (fields: Record<string, string>) =>
      page.request.post(`${api.url}/staff/imports/ledger`, {
        headers: { origin: api.url },
        multipart: {
          ...fields,
          periodId: node?.id ?? "",
          file: { name: "a.csv", mimeType: "text/csv", buffer: Buffer.from(csv) },
        },
      });
    expect((await send({})).status()).toBe(403);
    expect((await send({ _csrf: "0".repeat(csrf.length) })).status()).toBe(403);
    expect((await month(token)).node?.entries.totalCount).toBe(node?.entries.totalCount);
    // The same request with the session's token goes through: the refusals above were the token's.
    expect((await send({ _csrf: csrf })).status()).toBe(200);
    expect((await month(token)).node?.entries.totalCount).toBe((node?.entries.totalCount ?? 0) + 1);

    // Page weight of the new screens (HTML only; the two stylesheets are shared by every workspace page).
    const weights: string[] = [];
    for (const path of [
      "/staff/",
      "/staff/imports/",
      "/staff/imports/ledger",
      `/staff/finance/${node?.id}`,
      "/staff/questions/",
    ]) {
      const response = await page.request.get(`${api.url}${path}`, { maxRedirects: 0 });
      expect(response.status()).toBe(200);
      const body = await response.body();
      // Signed in: the page carries the sign-out form, so this is the screen itself, not the sign-in page.
      expect(body.toString()).toContain("退出登录");
      const bytes = body.length;
      expect(bytes).toBeLessThan(40_000);
      weights.push(`${path} ${(bytes / 1024).toFixed(1)} kB`);
    }
    console.info(`workspace page weight: ${weights.join(", ")}`);
  });
  it("a fee collection import: a bad month is refused beside its field with the choice kept, then the month is published", async () => {
    const { api } = suite;
    const fees = async () => (await api.gql(FeeMonths, { c: "RJ-FUMIN" })).data?.community?.feeItems[0];
    const item = await fees();
    expect(item).toBeTruthy();
    const page = await suite.phone();
    await signIn(page, api.url, (await staffAccount(api, "COMMUNITY_EDITOR", { communities: ["RJ-FUMIN"] })).username);
    const csv = ["楼栋,应缴户数,已缴户数,欠费户数,应收金额（元）,实收金额（元）", "工作台1栋,40,38,2,4800.00,4560.00"].join("\n");
    const send = async (month: string) => {
      await page.getByLabel("月份").fill(month);
      await page
        .getByLabel("文件（.csv 或 .xlsx）")
        .setInputFiles({ name: "收缴.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
      await page.getByRole("button", { name: "检查并导入" }).click();
    };
    await page.goto(`${api.url}/staff/imports/fees`);
    await page.getByLabel("收费项目").selectOption(item?.id ?? "");
    await send("2026-13");
    await expect(page.locator("#f-month-error").textContent()).resolves.toMatch(/[\u4e00-\u9fff]/);
    await expect(page.getByLabel("收费项目").inputValue()).resolves.toBe(item?.id);
    expect((await fees())?.months).toEqual(item?.months);

    await send("2026-10");
    await expect(page.getByRole("status").textContent()).resolves.toContain("已导入并公开");
    const october = (await fees())?.months.find((m) => m.month === "2026-10");
    expect(october).toEqual({ month: "2026-10", householdsBilled: 40, amountDue: "4800.00" });
  });
});
