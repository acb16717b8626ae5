import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { graphql } from "../support/graphql.ts";
import { axeViolations, BROWSER_TESTS } from "../support/portal.ts";
import { signIn, staffAccount } from "../support/workspace.ts";
import { workspaceSuite } from "../support/workspace-suite.ts";

const COMMUNITY = "RJ-WOLONG";
const OpenMonth = graphql(`
  query WorkspaceTestBooks($c: String!) {
    community(code: $c) {
      ledgerCategories { name directionLabel }
      financePeriods(first: 1) {
        edges { node { id month status entries(first: 100) { edges { node { voucherNo amount direction counterparty description } } } } }
      }
    }
  }
`);

/** Fills the 记一笔 form as a person would and sends it. */
async function recordEntry(page: Page, date: string, category: string, voucher: string, amount: string) {
  await page.getByLabel("记账日期").fill(date);
  await page.getByLabel("凭证号").fill(voucher);
  await page.getByLabel("科目").selectOption({ label: category });
  await page.getByLabel("金额（元）").fill(amount);
  await page.getByLabel("对方单位或个人").fill("县五金店");
  await page.getByLabel("摘要").fill("购买清扫工具");
  await page.getByRole("button", { name: "记一笔" }).click();
}

describe("the staff workspace: keeping the books of the open month", BROWSER_TESTS, () => {
  const suite = workspaceSuite();

  it("the open month's page with its entry form passes axe-core, with a field error shown", async () => {
    const { api } = suite;
    const page = await suite.phone({ javaScript: true });
    await signIn(page, api.url, (await staffAccount(api, "COMMUNITY_EDITOR", { communities: [COMMUNITY] })).username);
    await page.goto(`${api.url}/staff/finance/`);
    await page.locator("li", { hasText: "记账中" }).first().getByRole("link").click();
    expect(await axeViolations(page)).toEqual([]);
    const category = await page.locator("#f-entry-categoryId option").nth(1).textContent();
    // A date outside any month: refused by the API, shown beside the field.
    await recordEntry(page, "1999-01-01", category ?? "", "无障碍-001", "1");
    await page.locator("#f-entry-date-error").waitFor();
    // Fits a 390 px phone: nothing scrolls sideways, not even the table.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await axeViolations(page)).toEqual([]);
  });

  it("an editor records an entry, deletes a mistyped one and submits the month, without JavaScript", async () => {
    const { api } = suite;
    const token = await api.tokenFor("COMMUNITY_EDITOR", { communities: [COMMUNITY] });
    const books = async () => (await api.gql(OpenMonth, { c: COMMUNITY }, token)).data?.community;
    const start = await books();
    const month = start?.financePeriods.edges[0]?.node;
    expect(month?.status).toBe("OPEN");
    const expense = start?.ledgerCategories.find((c) => c.directionLabel === "支出");
    expect(expense).toBeTruthy();
    const base = `${api.url}/staff/finance/${month?.id}`;

    const page = await suite.phone();
    await signIn(page, api.url, (await staffAccount(api, "COMMUNITY_EDITOR", { communities: [COMMUNITY] })).username);
    await page.goto(base);
    const record = (voucher: string, amount: string) =>
      recordEntry(page, `${month?.month}-12`, `支出：${expense?.name}`, voucher, amount);

    // Three decimals: the API refuses the amount, beside the field, and the form keeps the rest.
    await record("工作台-001", "35.505");
    await expect(page.locator("#f-entry-amount-error").textContent()).resolves.toMatch(/[\u4e00-\u9fff]/);
    await expect(page.getByLabel("金额（元）").getAttribute("aria-invalid")).resolves.toBe("true");
    await expect(page.getByLabel("摘要").inputValue()).resolves.toBe("购买清扫工具");
    await expect(page.getByLabel("科目").inputValue()).resolves.not.toBe("");

    await record("工作台-001", "35.50");
    await expect(page.getByRole("status").textContent()).resolves.toContain("已记入凭证 工作台-001");
    await record("工作台-002", "9999");
    await expect(page.getByRole("status").textContent()).resolves.toContain("工作台-002");
    await page.getByRole("button", { name: "删除凭证 工作台-002" }).click();
    await expect(page.getByRole("status").textContent()).resolves.toContain("分录已删除");

    const mine = (await books())?.financePeriods.edges[0]?.node.entries.edges.filter(({ node }) =>
      node.voucherNo.startsWith("工作台-"),
    );
    expect(mine?.map(({ node }) => node)).toEqual([
      { voucherNo: "工作台-001", amount: "35.50", direction: "EXPENSE", counterparty: "县五金店", description: "购买清扫工具" },
    ]);

    await page.getByRole("button", { name: "提交审核" }).click();
    await expect(page.getByRole("status").textContent()).resolves.toContain("已提交");
    expect((await books())?.financePeriods.edges[0]?.node.status).toBe("SUBMITTED");
    // A frozen month offers neither the entry form nor deleting.
    expect(await page.getByRole("button", { name: "记一笔" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: /^删除凭证/ }).count()).toBe(0);
  });
});
