import { describe, expect, it } from "vitest";
import { graphql } from "../support/graphql.ts";
import { axeViolations, BROWSER_TESTS } from "../support/portal.ts";
import { login, signIn } from "../support/workspace.ts";
import { workspaceSuite } from "../support/workspace-suite.ts";

const COMMUNITY = "RJ-WOLONG";
const OpenMonth = graphql(`
  query WorkspaceTestCommitteeMonth($c: String!) {
    community(code: $c) { financePeriods(first: 1) { edges { node { id label status } } } }
  }
`);
const Submit = graphql(`
  mutation WorkspaceTestCommitteeSubmit($id: ID!) { submitFinancePeriod(periodId: $id) { __typename } }
`);

describe("the staff workspace: a committee member's home and the history of what they signed", BROWSER_TESTS, () => {
  const staff = workspaceSuite();

  it("lists a submitted month as waiting, then, once signed, in the member's own history and no longer waiting", async () => {
    const { api } = staff;
    const editorToken = await api.tokenFor("COMMUNITY_EDITOR", { communities: [COMMUNITY] });
    const month = (await api.gql(OpenMonth, { c: COMMUNITY }, editorToken)).data?.community?.financePeriods.edges[0]?.node;
    expect(month?.status).toBe("OPEN");
    const id = month?.id ?? "";
    const submitted = await api.gql(Submit, { id }, editorToken);
    expect(submitted.data?.submitFinancePeriod.__typename).toBe("SubmitFinancePeriodSuccess");
    const postings = await api.db.memberPosting.findMany({
      where: { organization: { kind: "SUPERVISION_COMMITTEE", community: { code: COMMUNITY } }, userId: { not: null } },
      orderBy: { sortOrder: "asc" },
    });
    const [member, other] = await Promise.all(postings.slice(0, 2).map((p) => login(api, p.userId ?? "")));

    const context = await staff.context();
    const page = await context.newPage();
    await signIn(page, api.url, member?.username ?? "");
    const waiting = page.locator("section", { has: page.getByRole("heading", { name: /待我审核/ }) });
    await expect(waiting.locator(`a[href="/staff/finance/${id}"]`).textContent()).resolves.toContain(month?.label);
    // The demo's members signed the earlier months; this one is not among them yet.
    const history = page.locator("section", { has: page.getByRole("heading", { name: /签字记录/ }) });
    await expect(history.locator("tbody tr").count()).resolves.toBeGreaterThan(0);
    await expect(history.locator(`a[href="/staff/finance/${id}"]`).count()).resolves.toBe(0);

    await waiting.locator(`a[href="/staff/finance/${id}"]`).click();
    await page.getByRole("radio", { name: "有异议" }).check();
    await page.getByLabel("意见说明").fill("第 3 笔支出缺少验收单。");
    await page.getByRole("button", { name: "签字" }).click();
    await expect(page.getByRole("status").textContent()).resolves.toContain("签字已记录");

    await page.goto(`${api.url}/staff/`);
    await expect(waiting.textContent()).resolves.toContain("没有等待您审核");
    const row = page.locator("tbody tr", { has: page.locator(`a[href="/staff/finance/${id}"]`) });
    await expect(row.textContent()).resolves.toContain("有异议：第 3 笔支出缺少验收单。");
    await expect(row.locator("td").nth(2).textContent()).resolves.toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);

    // Another member of the same committee sees only their own signatures, and still has the month to review.
    const second = await context.newPage();
    await page.getByRole("button", { name: "退出登录" }).click();
    await signIn(second, api.url, other?.username ?? "");
    await expect(second.locator(`tbody a[href="/staff/finance/${id}"]`).count()).resolves.toBe(0);
    await expect(second.locator(`ul a[href="/staff/finance/${id}"]`).count()).resolves.toBe(1);
    await context.close();
  });

  it("has no axe-core violations on the committee member's home", async () => {
    const { api } = staff;
    const posting = await api.db.memberPosting.findFirstOrThrow({
      where: { organization: { kind: "SUPERVISION_COMMITTEE", community: { code: COMMUNITY } }, userId: { not: null } },
      orderBy: { sortOrder: "asc" },
    });
    const member = await login(api, posting.userId ?? "");
    const context = await staff.context({ javaScript: true });
    const page = await context.newPage();
    await signIn(page, api.url, member.username);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
