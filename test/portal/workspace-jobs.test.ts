import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { todayInShanghai } from "../../api/periods.ts";
import { graphql } from "../support/graphql.ts";
import { axeViolations, BROWSER_TESTS } from "../support/portal.ts";
import { signIn, staffAccount } from "../support/workspace.ts";
import { workspaceSuite } from "../support/workspace-suite.ts";

const Communities = graphql(`
  query WorkspaceTestJobCommunities { county(code: "RJ") { townships { communities { code name } } } }
`);

const OpenPostings = graphql(`
  query WorkspaceTestOpenPostings($community: String!) {
    jobPostings(filter: { communityCode: $community }, first: 100) { edges { node { id title payMin payMax meals } } }
  }
`);

const OpenCourses = graphql(`
  query WorkspaceTestOpenCourses($community: String!) {
    trainingCourses(filter: { communityCode: $community }, first: 100) { edges { node { title enrolled status } } }
  }
`);

const inDays = (days: number) => {
  const date = new Date(`${todayInShanghai()}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

/** The page fits a 390 px phone: nothing wider than the viewport, so no sideways scrolling. */
const fitsPhone = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

describe("the staff workspace: job postings and training courses for the county", BROWSER_TESTS, () => {
  const staff = workspaceSuite();

  const rjCommunities = async () =>
    (await staff.api.gql(Communities, {})).data?.county?.townships.flatMap((t) => t.communities) ?? [];
  const postingTitles = async (community: string) =>
    ((await staff.api.gql(OpenPostings, { community })).data?.jobPostings.edges ?? []).map((e) => e.node.title);

  it("a county editor publishes a posting to two communities without JavaScript, fixes a refused pay range, then closes it", async () => {
    const { api } = staff;
    const [first, second, third] = await rjCommunities();
    if (!first || !second || !third) throw new Error("the demo county RJ should have at least three communities");
    const editor = await staffAccount(api, "COUNTY_EDITOR", { county: "RJ" });
    const context = await staff.context();
    const page = await context.newPage();
    await signIn(page, api.url, editor.username);

    await page.getByRole("link", { name: "招聘岗位和培训课程" }).click();
    await page.getByRole("link", { name: "发布招聘岗位" }).click();
    expect(await fitsPhone(page)).toBe(true);

    const title = "工作台测试·电子厂装配工";
    await page.getByLabel("岗位名称").fill(title);
    await page.getByLabel("用工单位").selectOption({ index: 1 });
    await page.getByLabel("岗位类型").selectOption({ label: "普通岗位" });
    await page.getByLabel("招聘人数").fill("5");
    await page.getByLabel("工作地点范围").selectOption({ label: "县内" });
    await page.getByLabel("工作地点", { exact: true }).fill("县工业园区 3 号厂房");
    await page.getByLabel("计薪方式").selectOption({ label: "月薪" });
    await page.getByLabel("月收入下限（元）").fill("4200");
    await page.getByLabel("月收入上限（元）").fill("3800.50");
    await page.getByLabel("工作时间").fill("每天 8 小时，月休 4 天");
    await page.getByLabel("联系人").fill("王干事");
    await page.getByLabel("联系电话").fill("0856-1234567");
    await page.getByLabel("报名地点").fill("社区服务中心一楼");
    await page.getByLabel("开始日期").fill(todayInShanghai());
    await page.getByLabel("截止日期").fill(inDays(30));
    await page.getByLabel("包吃").check();
    await page.getByLabel("部分社区（在下面勾选）").check();
    await page.getByLabel(first.name, { exact: true }).check();
    await page.getByLabel(second.name, { exact: true }).check();
    await page.getByRole("button", { name: "发布岗位" }).click();

    // The API refuses the reversed range beside the upper bound; everything typed is still there.
    const payMax = page.getByLabel("月收入上限（元）");
    await expect(payMax.getAttribute("aria-invalid")).resolves.toBe("true");
    await expect(page.locator("#f-payMax-error").textContent()).resolves.toBe("月收入上限不能低于下限");
    await expect(payMax.inputValue()).resolves.toBe("3800.50");
    await expect(page.getByLabel("岗位名称").inputValue()).resolves.toBe(title);
    await expect(page.getByLabel("工作地点", { exact: true }).inputValue()).resolves.toBe("县工业园区 3 号厂房");
    await expect(page.getByLabel("包吃").isChecked()).resolves.toBe(true);
    await expect(page.getByLabel("包住").isChecked()).resolves.toBe(false);
    await expect(page.getByLabel("部分社区（在下面勾选）").isChecked()).resolves.toBe(true);
    await expect(page.getByLabel(second.name, { exact: true }).isChecked()).resolves.toBe(true);
    await expect(page.getByLabel(third.name, { exact: true }).isChecked()).resolves.toBe(false);
    expect(await postingTitles(first.code)).not.toContain(title);
    expect(await fitsPhone(page)).toBe(true);

    await payMax.fill("5600.50");
    await page.getByRole("button", { name: "发布岗位" }).click();
    // Published, the browser is sent on to the list, so reloading cannot publish it twice; newest first.
    expect(new URL(page.url()).pathname).toBe("/staff/jobs/");
    const item = page.locator("#postings ~ ul > li").first();
    await expect(item.locator("h3").textContent()).resolves.toBe(title);
    await expect(item.getByRole("status").textContent()).resolves.toBe("已发布，公示栏将在几分钟内更新。");

    // Residents of both communities see it through the public API, and only they do.
    expect(await postingTitles(first.code)).toContain(title);
    expect(await postingTitles(second.code)).toContain(title);
    expect(await postingTitles(third.code)).not.toContain(title);
    const posted = (await api.gql(OpenPostings, { community: first.code })).data?.jobPostings.edges.find(
      (e) => e.node.title === title,
    )?.node;
    expect(posted).toMatchObject({ payMin: "4200.00", payMax: "5600.50", meals: true });
    const audit = await api.db.auditEntry.findMany({ where: { recordId: posted?.id }, orderBy: { at: "asc" } });
    expect(audit.map((e) => [e.action, e.userId, e.tokenId, Boolean(e.sessionId)])).toEqual([
      ["createJobPosting", editor.userId, null, true],
    ]);

    // The list names its communities; 标记为已停止 takes it off the public lists.
    await expect(item.textContent()).resolves.toContain(`${first.name}、${second.name}`);
    await item.getByRole("button", { name: "标记为已停止" }).click();
    const closed = page.locator("#postings ~ ul > li").first();
    await expect(closed.getByRole("status").textContent()).resolves.toBe("已改为“已停止”。");
    await expect(closed.locator("dd").first().textContent()).resolves.toBe("已停止");
    await expect(closed.getByRole("button", { name: "重新开放招聘" }).count()).resolves.toBe(1);
    expect(await postingTitles(first.code)).not.toContain(title);
    expect(await postingTitles(second.code)).not.toContain(title);
    await context.close();
  });

  it("a county editor publishes a course to every community of the county and keeps its enrolment up to date", async () => {
    const { api } = staff;
    const communities = await rjCommunities();
    const editor = await staffAccount(api, "COUNTY_EDITOR", { county: "RJ" });
    const context = await staff.context();
    const page = await context.newPage();
    await signIn(page, api.url, editor.username);
    await page.goto(`${api.url}/staff/jobs/courses/new`);

    const title = "工作台测试·电商直播培训班";
    await page.getByLabel("课程名称").fill(title);
    await page.getByLabel("培训工种").selectOption({ label: "电子商务" });
    await page.getByLabel("培训机构").fill("县职业技术学校");
    await page.getByLabel("开课日期").fill(inDays(10));
    await page.getByLabel("结课日期").fill(inDays(25));
    await page.getByLabel("课时安排").fill("共 15 天，每天 9:00–17:00");
    await page.getByLabel("培训地点").fill("县就业服务中心三楼");
    await page.getByLabel("名额").fill("40");
    await page.getByLabel("每天生活费补助（元）（选填）").fill("40");
    await page.getByLabel("报名条件").fill("16–60 岁搬迁群众");
    await page.getByLabel("报名方式").fill("到社区服务中心登记");
    await page.getByLabel("报名截止日期").fill(inDays(8));
    await page.getByLabel("本县全部社区").check();
    await page.getByRole("button", { name: "发布课程" }).click();
    expect(new URL(page.url()).pathname).toBe("/staff/jobs/");

    for (const c of communities) {
      const titles = ((await api.gql(OpenCourses, { community: c.code })).data?.trainingCourses.edges ?? []).map(
        (e) => e.node.title,
      );
      expect(titles, c.code).toContain(title);
    }

    const item = page.locator("#courses ~ ul > li").first();
    await expect(item.locator("h3").textContent()).resolves.toBe(title);
    await expect(item.getByRole("status").textContent()).resolves.toBe("已发布，公示栏将在几分钟内更新。");
    // More than the capacity: the API's refusal is shown on the course and nothing changes.
    await item.getByLabel("已报名人数").fill("41");
    await item.getByLabel("报名状态").selectOption({ label: "已招满" });
    // Without JavaScript the browser's own max check still stops the form; the server must refuse it too.
    await item.getByLabel("已报名人数").evaluate((input) => input.removeAttribute("max"));
    await item.getByRole("button", { name: "保存报名情况" }).click();
    const refused = page.locator("#courses ~ ul > li").first();
    await expect(refused.getByRole("alert").textContent()).resolves.toBe("已报名人数应在 0 到名额 40 之间");

    await refused.getByLabel("已报名人数").fill("40");
    await refused.getByLabel("报名状态").selectOption({ label: "已招满" });
    await refused.getByRole("button", { name: "保存报名情况" }).click();
    const saved = page.locator("#courses ~ ul > li").first();
    await expect(saved.getByRole("status").textContent()).resolves.toBe("报名情况已保存。");
    await expect(saved.textContent()).resolves.toContain("40 / 40 人");
    const course = await api.db.trainingCourse.findFirstOrThrow({ where: { title } });
    expect([course.enrolled, course.status]).toEqual([40, "FILLED"]);
    await context.close();
  });

  it("registers a missing employer and comes back to the posting form with it chosen", async () => {
    const { api } = staff;
    const editor = await staffAccount(api, "COUNTY_EDITOR", { county: "RJ" });
    const page = await staff.phone();
    await signIn(page, api.url, editor.username);
    await page.goto(`${api.url}/staff/jobs/postings/new`);
    await page.getByRole("link", { name: "登记用工单位" }).click();
    await page.getByLabel("用工单位名称").fill("工作台测试·榕江绣坊合作社");
    await page.getByLabel("单位类型").selectOption({ label: "合作社" });
    await page.getByLabel("单位联系电话（选填）").fill("12");
    await page.getByRole("button", { name: "登记" }).click();
    // The API's refusal of the phone number sits beside it, with the name kept.
    await expect(page.locator("#f-contactPhone-error").textContent()).resolves.toMatch(/联系电话/);
    await expect(page.getByLabel("用工单位名称").inputValue()).resolves.toBe("工作台测试·榕江绣坊合作社");

    await page.getByLabel("单位联系电话（选填）").fill("0855-6600123");
    await page.getByRole("button", { name: "登记" }).click();
    expect(new URL(page.url()).pathname).toBe("/staff/jobs/postings/new");
    const chosen = page.getByLabel("用工单位");
    await expect(chosen.locator("option:checked").textContent()).resolves.toBe("工作台测试·榕江绣坊合作社（合作社）");
    const employer = await api.db.employer.findFirstOrThrow({ where: { name: "工作台测试·榕江绣坊合作社" } });
    expect([employer.kind, employer.contactPhone, employer.verified, await chosen.inputValue()]).toEqual([
      "COOPERATIVE",
      "0855-6600123",
      false,
      employer.id,
    ]);
  });

  it("keeps a community editor out of the county's job screens", async () => {
    const { api } = staff;
    const editor = await staffAccount(api, "COMMUNITY_EDITOR", { communities: ["RJ-FUMIN"] });
    const page = await staff.phone();
    await signIn(page, api.url, editor.username);
    for (const path of ["/staff/jobs/", "/staff/jobs/postings/new", "/staff/jobs/courses/new", "/staff/jobs/employers/new"]) {
      const response = await page.goto(`${api.url}${path}`);
      expect(response?.status(), path).toBe(403);
      await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("无权操作");
    }
  });

  it("has no axe-core violations on the list and every form, refused or not, and each fits a 390 px phone", async () => {
    const { api } = staff;
    const editor = await staffAccount(api, "COUNTY_EDITOR", { county: "RJ" });
    const page = await staff.phone({ javaScript: true });
    await signIn(page, api.url, editor.username);
    const found: Record<string, string[]> = {};
    const paths = ["/staff/jobs/", "/staff/jobs/postings/new", "/staff/jobs/courses/new", "/staff/jobs/employers/new"];
    for (const path of paths) {
      await page.goto(`${api.url}${path}`);
      found[path] = await axeViolations(page);
      expect(await fitsPhone(page), path).toBe(true);
    }
    // A refused form: errors beside their fields must stay accessible too.
    await page.goto(`${api.url}/staff/jobs/courses/new`);
    await page.locator("form.ws-jobs-form").evaluate((form) => {
      (form as HTMLFormElement).noValidate = true;
    });
    await page.getByRole("button", { name: "发布课程" }).click();
    await expect(page.locator(".ws-error").count()).resolves.toBeGreaterThan(0);
    found.refused = await axeViolations(page);
    expect(found).toEqual({ ...Object.fromEntries(paths.map((p) => [p, []])), refused: [] });
  });
});
