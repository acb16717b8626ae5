import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { graphql } from "../support/graphql.ts";
import { axeViolations, BROWSER_TESTS } from "../support/portal.ts";
import { committeeAccount, signIn, staffAccount } from "../support/workspace.ts";
import { workspaceSuite } from "../support/workspace-suite.ts";

const Grids = graphql(`
  query WorkspaceTestGrids($code: String!) {
    community(code: $code) { grids { name households area buildings { name households } } }
  }
`);

const Catalogue = graphql(`
  query WorkspaceTestCatalogue($code: String!) {
    community(code: $code) { catalogue { inherited item { name responsible cadence } } }
  }
`);

const COMMUNITY = "RJ-FUMIN";

/** The page fits a 390 px phone: nothing wider than the viewport, so no sideways scrolling. */
const fitsPhone = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

/** Every label and legend on the page is written for people: Chinese, never a field's code name. */
const codeNamedLabels = (page: Page) =>
  page
    .locator("label, legend")
    .allTextContents()
    .then((texts) => texts.map((t) => t.trim()).filter((t) => !/[\u4e00-\u9fff]/.test(t)));

describe("the staff workspace: a form for every record the API takes", BROWSER_TESTS, () => {
  const staff = workspaceSuite();

  it("each role sees the forms it can use, each in Chinese, and is refused the others", async () => {
    const { api } = staff;
    const editor = await staffAccount(api, "COMMUNITY_EDITOR", { communities: [COMMUNITY] });
    const context = await staff.context();
    const page = await context.newPage();
    await signIn(page, api.url, editor.username);
    await page.getByRole("link", { name: /登记和公开各类记录/ }).click();
    const links = await page.locator("main li > a").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.length).toBeGreaterThan(40);
    expect(await page.getByRole("link", { name: "新增县级默认公开目录事项" }).count()).toBe(0);
    expect(await page.getByRole("link", { name: "对议事环节发表监督意见" }).count()).toBe(0);
    const sizes: number[] = [];
    for (const link of links) {
      const response = await page.goto(link);
      expect(response?.status(), link).toBe(200);
      sizes.push((await response?.body())?.length ?? 0);
      expect(await codeNamedLabels(page), link).toEqual([]);
      expect(await fitsPhone(page), link).toBe(true);
    }
    sizes.sort((a, b) => a - b);
    console.info(
      `records forms, HTML as decoded: ${sizes.length} forms, ${sizes[0]}–${sizes.at(-1)} bytes, median ${sizes[sizes.length >> 1]}`,
    );
    const county = await page.goto(`${api.url}/staff/records/createCountyCatalogueItem`);
    expect(county?.status()).toBe(403);
    await context.close();

    // A county editor's pickers list every community of the county: each form still opens.
    const countyEditor = await staffAccount(api, "COUNTY_EDITOR", { county: "RJ" });
    const countyContext = await staff.context();
    const countyPage = await countyContext.newPage();
    await signIn(countyPage, api.url, countyEditor.username);
    await countyPage.goto(`${api.url}/staff/records/`);
    const countyLinks = await countyPage.locator("main li > a").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(countyLinks.length).toBeGreaterThan(links.length);
    for (const link of countyLinks) expect((await countyPage.request.get(link)).status(), link).toBe(200);
    await countyContext.close();

    const member = await committeeAccount(api, COMMUNITY);
    const committee = await staff.context();
    const memberPage = await committee.newPage();
    await signIn(memberPage, api.url, member.username);
    await memberPage.goto(`${api.url}/staff/records/`);
    expect(await memberPage.locator("main h2").allTextContents()).toEqual(["监督委员会"]);
    const memberLinks = await memberPage.locator("main li > a").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const link of memberLinks) expect((await memberPage.request.get(link)).status(), link).toBe(200);
    const refused = await memberPage.goto(`${api.url}/staff/records/createGrid`);
    expect(refused?.status()).toBe(403);
    await committee.close();
  });

  it("an editor adds a grid without JavaScript, with a refused number kept beside its field, then a building in it", async () => {
    const { api } = staff;
    const editor = await staffAccount(api, "COMMUNITY_EDITOR", { communities: [COMMUNITY] });
    const context = await staff.context();
    const page = await context.newPage();
    await signIn(page, api.url, editor.username);
    await page.goto(`${api.url}/staff/records/createGrid`);

    const name = "工作台测试第九网格";
    await page.getByLabel("社区", { exact: true }).selectOption(COMMUNITY);
    await page.getByLabel("网格名称").fill(name);
    await page.getByLabel("包含的居民小组或楼栋").fill("9 栋、10 栋");
    await page.getByLabel("户数", { exact: true }).fill("五百");
    await page.getByLabel("居民小组数").fill("2");
    await page.getByRole("button", { name: "提交" }).click();
    // A word in a number field never reaches the API; the form says so beside it and keeps the rest.
    await expect(page.locator("#f-input\\.households-error").textContent()).resolves.toBe("请填写整数");
    await expect(page.getByLabel("网格名称").inputValue()).resolves.toBe(name);

    // The API's own rule (at most 300 households) comes back beside the same field.
    await page.getByLabel("户数", { exact: true }).fill("500");
    await page.getByRole("button", { name: "提交" }).click();
    expect(await page.getByLabel("户数", { exact: true }).getAttribute("aria-invalid")).toBe("true");
    await expect(page.locator("#f-input\\.households-error").textContent()).resolves.toContain("300");
    await expect(page.getByLabel("包含的居民小组或楼栋").inputValue()).resolves.toBe("9 栋、10 栋");
    const before = (await api.gql(Grids, { code: COMMUNITY })).data?.community?.grids ?? [];
    expect(before.map((g) => g.name)).not.toContain(name);

    await page.getByLabel("户数", { exact: true }).fill("240");
    await page.getByRole("button", { name: "提交" }).click();
    expect(new URL(page.url()).pathname).toBe("/staff/records/");
    await expect(page.getByRole("status").textContent()).resolves.toContain("新建网格");

    // The new grid is offered by name in the building form: nobody types an id.
    await page.goto(`${api.url}/staff/records/createBuilding`);
    await page.getByLabel("社区", { exact: true }).selectOption(COMMUNITY);
    await page.getByLabel("所属网格").selectOption({ label: `富民社区：${name}` });
    await page.getByLabel("楼栋名称（如 3 栋）").fill("工作台测试楼");
    await page.getByLabel(/^户数/).fill("120");
    await page.getByRole("button", { name: "提交" }).click();
    expect(new URL(page.url()).pathname).toBe("/staff/records/");

    const grids = (await api.gql(Grids, { code: COMMUNITY })).data?.community?.grids ?? [];
    expect(grids.find((g) => g.name === name)).toMatchObject({
      households: 240,
      area: "9 栋、10 栋",
      buildings: [{ name: "工作台测试楼", households: 120 }],
    });
    const audit = await api.db.auditEntry.findMany({ where: { userId: editor.userId }, orderBy: { at: "asc" } });
    // The refusal is on record too; the word in the number field never reached the API.
    expect(audit.map((e) => [e.action, e.errorCode, Boolean(e.sessionId)])).toEqual([
      ["createGrid", "VALIDATION_FAILED", true],
      ["createGrid", null, true],
      ["createBuilding", null, true],
    ]);
    await context.close();
  });

  it("a county editor, with JavaScript on, adds a default catalogue item every community inherits and edits a posting", async () => {
    const { api } = staff;
    const editor = await staffAccount(api, "COUNTY_EDITOR", { county: "RJ" });
    const context = await staff.context({ javaScript: true });
    const page = await context.newPage();
    await signIn(page, api.url, editor.username);
    await page.getByRole("link", { name: "县级公开目录、公益性岗位和其他记录" }).click();
    await page.getByRole("link", { name: "新增县级默认公开目录事项" }).click();

    const item = "工作台测试·物业服务季度公开";
    await page.getByLabel("县", { exact: true }).selectOption("RJ");
    await page.getByLabel("公开栏目").selectOption({ label: "居务公开" });
    await page.getByLabel("公开事项名称").fill(item);
    await page.getByLabel("政策依据").fill("《城乡社区服务体系建设规划》");
    await page.getByLabel("责任主体").fill("社区居委会");
    await page.getByLabel("公开频次").selectOption({ label: "每季度" });
    await page.getByLabel("期限天数").fill("10");
    await page.getByRole("button", { name: "提交" }).click();
    await page.waitForLoadState();
    await page.waitForURL(/\/staff\/records\/\?done=/);

    const entries = (await api.gql(Catalogue, { code: COMMUNITY })).data?.community?.catalogue ?? [];
    expect(entries.find((e) => e.item.name === item)).toMatchObject({
      inherited: true,
      item: { responsible: "社区居委会", cadence: "QUARTERLY" },
    });

    // Editing a posting changes only what was filled in.
    const posting = await api.db.jobPosting.findFirstOrThrow({
      where: { county: { code: "RJ" } },
      orderBy: { createdAt: "desc" },
    });
    // The county's list links each posting to its edit form, opened on that posting.
    await page.goto(`${api.url}/staff/jobs/`);
    await page.locator(`a[href="/staff/records/updateJobPosting?id=${posting.id}"]`).click();
    expect(await page.getByLabel("要修改的岗位").inputValue()).toBe(posting.id);
    await page.getByLabel("招聘人数").fill("12");
    await page.getByRole("button", { name: "提交" }).click();
    await page.waitForURL(/\/staff\/records\/\?done=/);
    const updated = await api.db.jobPosting.findUniqueOrThrow({ where: { id: posting.id } });
    expect(updated).toMatchObject({ openings: 12, title: posting.title, payMin: posting.payMin });
    await context.close();
  });

  it("the records pages pass axe, a form with rows included", async () => {
    const { api } = staff;
    const editor = await staffAccount(api, "COMMUNITY_EDITOR", { communities: [COMMUNITY] });
    const page = await staff.phone({ javaScript: true });
    await signIn(page, api.url, editor.username);
    for (const path of ["/staff/records/", "/staff/records/publishFeeCollection", "/staff/records/recordPartyMeeting"]) {
      await page.goto(`${api.url}${path}`);
      expect(await axeViolations(page), path).toEqual([]);
    }
    // "More rows" redraws the form with what was typed; nothing is saved.
    await page.goto(`${api.url}/staff/records/publishFeeCollection`);
    await page.getByLabel("月份").fill("2026-10");
    expect(await page.locator("fieldset.ws-row").count()).toBe(3);
    await page.getByRole("button", { name: "再加 3 行" }).click();
    expect(await page.locator("fieldset.ws-row").count()).toBe(6);
    await expect(page.getByLabel("月份").inputValue()).resolves.toBe("2026-10");
    await page.context().close();
  });
});
