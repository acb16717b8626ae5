import { describe, expect, it } from "vitest";
import { graphql } from "../support/graphql.ts";
import { axeViolations, BROWSER_TESTS } from "../support/portal.ts";
import { signIn, staffAccount } from "../support/workspace.ts";
import { workspaceSuite } from "../support/workspace-suite.ts";

const Overdue = graphql(`
  query WorkspaceTestCountyOverdue { county(code: "RJ") { overdue { overdueCount community { code name } } } }
`);

describe("the staff workspace: the county editor's home", BROWSER_TESTS, () => {
  const staff = workspaceSuite();

  it("lists every community of the county with its overdue catalogue items, as the API counts them", async () => {
    const { api } = staff;
    const expected = (await api.gql(Overdue, {})).data?.county?.overdue ?? [];
    expect(expected.length).toBeGreaterThan(1);
    const editor = await staffAccount(api, "COUNTY_EDITOR", { county: "RJ" });
    const context = await staff.context();
    const page = await context.newPage();
    await signIn(page, api.url, editor.username);
    const shown = await page
      .locator("main > section > ul > li")
      .evaluateAll((items) => items.map((li) => li.querySelector("p")?.textContent ?? ""));
    expect(shown).toEqual(
      expected.map((c) => `${c.community.name}：${c.overdueCount ? `逾期 ${c.overdueCount} 项` : "没有逾期事项"}`),
    );
    await expect(page.locator(`a[href="/c/${expected[0]?.community.code}/catalogue/"]`).count()).resolves.toBe(1);
    await context.close();
  });

  it("has no axe-core violations on the county editor's home", async () => {
    const { api } = staff;
    const editor = await staffAccount(api, "COUNTY_EDITOR", { county: "RJ" });
    const page = await (await staff.context({ javaScript: true })).newPage();
    await signIn(page, api.url, editor.username);
    expect(await axeViolations(page)).toEqual([]);
  });
});
