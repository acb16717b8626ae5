import { describe, expect, it } from "vitest";
import { graphql, present } from "../support/graphql.ts";
import { axeByPath, BROWSER_TESTS, PHONE, withDemoPortal } from "../support/portal.ts";

/** The community page as a dashboard, the site navigation, the notices page and the jobs landing page. */

const portal = withDemoPortal();

const CATALOGUE = graphql(`
  query DashboardCatalogue($code: String!, $asOf: DateTime!) {
    community(code: $code) { catalogue(asOf: $asOf) { status item { id name } } }
  }
`);
const DISCLOSURES = graphql(`
  query DashboardDisclosures($code: String!, $category: String!) {
    community(code: $code) {
      disclosures(first: 100, category: $category) { edges { node { id status isCurrent publishedAt } } }
    }
  }
`);

/** The cards of the community page, in the order the reader meets them. */
const GROUPS = ["党务公开", "居务公开", "财务公开", "收费公开", "就业培训公开"];

describe.concurrent("community page as a dashboard, on a phone without JavaScript", BROWSER_TESTS, () => {
  it("opens with this month's news and what the catalogue says is overdue", async () => {
    const page = await portal.noJs.newPage();
    for (const code of ["RJ-TEHE", "RJ-FUMIN"]) {
      const entries = present(
        (await portal.api.gql(CATALOGUE, { code, asOf: new Date().toISOString() })).data?.community,
      ).catalogue;
      await page.goto(`${portal.api.url}/c/${code}/`);
      const news = page.locator("[data-news]");
      // It comes first: before every section card.
      const top = present(await news.boundingBox());
      const firstCard = present(await page.locator("[data-group]").first().boundingBox());
      expect(top.y).toBeLessThan(firstCard.y);
      expect(await news.locator("h2").textContent()).toMatch(/^本月动态（\d{4}年\d{1,2}月）$/);
      const overdue = entries.filter((e) => e.status === "OVERDUE").map((e) => e.item.id);
      const soon = entries.filter((e) => e.status === "DUE_SOON").map((e) => e.item.id);
      expect(
        await news.locator("[data-overdue-item]").evaluateAll((lis) => lis.map((li) => li.getAttribute("data-overdue-item"))),
      ).toEqual(overdue);
      expect(
        await news.locator("[data-due-soon-item]").evaluateAll((lis) => lis.map((li) => li.getAttribute("data-due-soon-item"))),
      ).toEqual(soon);
      if (overdue.length + soon.length === 0) expect(await news.textContent()).toContain("都已按时公开");
      const fresh = Number(await news.locator("[data-fresh-count]").getAttribute("data-fresh-count"));
      expect(await news.locator("[data-fresh]").count()).toBe(Math.min(fresh, 5));
    }
    // 特和 is late in the demo (prisma/seed/catalogue.ts): the block names what is late.
    await page.goto(`${portal.api.url}/c/RJ-TEHE/`);
    expect(await page.locator("[data-overdue-item]").count()).toBeGreaterThan(0);
    await page.close();
  });

  it("has one card per concern, each section with at most three latest items, the newest of the API, and links that resolve", async () => {
    const page = await portal.noJs.newPage();
    await page.goto(`${portal.api.url}/c/RJ-FUMIN/`);
    expect(await page.locator("[data-group] > h2").allTextContents()).toEqual(GROUPS);
    for (const key of ["party", "notices", "catalogue", "finance", "fees", "jobs", "employment", "welfare", "training"]) {
      expect(await page.locator(`[data-group] [data-section="${key}"]`).count(), key).toBe(1);
    }
    const perSection = await page
      .locator("[data-section]")
      .evaluateAll((lis) =>
        lis.map((li) => ({ key: li.getAttribute("data-section"), items: li.querySelectorAll("[data-latest] li").length })),
      );
    for (const s of perSection) expect(s.items, String(s.key)).toBeLessThanOrEqual(3);
    // The finance card shows the three newest finance notices the API has for the community.
    const finance = present((await portal.api.gql(DISCLOSURES, { code: "RJ-FUMIN", category: "FINANCE" })).data?.community)
      .disclosures.edges.map((e) => e.node)
      .filter((d) => d.status === "PUBLISHED" && d.isCurrent)
      .sort((a, b) => String(b.publishedAt).localeCompare(String(a.publishedAt)))
      .slice(0, 3)
      .map((d) => `/d/${d.id}/`);
    expect(finance.length).toBe(3);
    expect(
      await page.locator('[data-section="finance"] [data-latest] a').evaluateAll((as) => as.map((a) => a.getAttribute("href"))),
    ).toEqual(finance);
    const hrefs = await page.locator("[data-group] a").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
    for (const href of new Set(hrefs)) {
      const response = await fetch(`${portal.api.url}${href}`);
      expect(response.status, href).toBe(200);
    }
    await page.close();
  });

  it("keeps every card within two phone screens and the page within the phone's width", async () => {
    const page = await portal.noJs.newPage();
    for (const code of ["RJ-FUMIN", "RJ-TEHE", "RJ-WOLONG", "SC-TONGLUOWAN"]) {
      await page.goto(`${portal.api.url}/c/${code}/`);
      const heights = await page
        .locator("[data-group], [data-news]")
        .evaluateAll((cards) =>
          cards.map((c) => ({ card: c.getAttribute("data-group") ?? "news", height: c.getBoundingClientRect().height })),
        );
      expect(heights.length).toBe(GROUPS.length + 1);
      for (const { card, height } of heights) expect(height, `${code} ${card}`).toBeLessThanOrEqual(2 * PHONE.height);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    }
    await page.close();
  });
});

describe.concurrent("site navigation, notices page and jobs landing page", BROWSER_TESTS, () => {
  it("puts home, my community, search and jobs in every page's header, with a tagline naming every section, fitting a phone", async () => {
    const page = await portal.noJs.newPage();
    for (const path of ["/", "/c/RJ-FUMIN/", "/c/RJ-FUMIN/finance/", "/jobs/", "/checkpoints/"]) {
      await page.goto(`${portal.api.url}${path}`);
      const nav = page.getByRole("navigation", { name: "全站导航" });
      expect(await nav.getByRole("link").allTextContents(), path).toEqual(["首页", "我的社区", "搜索", "招聘"]);
      expect(await page.locator("header.site").textContent()).toContain("党务、居务、财务、收费、就业培训公开");
      const box = present(await nav.boundingBox());
      expect(box.x + box.width, path).toBeLessThanOrEqual(PHONE.width);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), path).toBeLessThanOrEqual(0);
    }
    // 我的社区 lands on the list of communities by county.
    await page.goto(`${portal.api.url}/c/RJ-FUMIN/`);
    await page.getByRole("link", { name: "我的社区" }).click();
    await page.waitForURL(/\/#communities$/);
    expect(await page.locator("#communities [data-community]").count()).toBe(8);
    await page.close();
  });

  it("lists every notice of a community by category and year, with filter links to each group", async () => {
    const page = await portal.noJs.newPage();
    await page.goto(`${portal.api.url}/c/RJ-FUMIN/`);
    await page.getByRole("link", { name: /^公开事项：/ }).click();
    await page.waitForURL(/\/c\/RJ-FUMIN\/notices\/$/);
    const targets = await page
      .getByRole("navigation", { name: "按类别和年份查找" })
      .getByRole("link")
      .evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
    expect(targets.length).toBeGreaterThan(4);
    for (const target of targets) {
      // Each filter names how many it holds, and its anchor exists with as many notices under it.
      const label = await page.locator(`a[href="${target}"]`).first().textContent();
      const count = Number(/（(\d+)）$/.exec(label ?? "")?.[1]);
      const id = target.slice(1);
      expect(await page.locator(`[id="${id}"]`).count(), target).toBe(1);
      expect(await page.locator(`[aria-labelledby="${id}"] li[data-disclosure]`).count(), target).toBe(count);
    }
    await page.close();
  });

  it("has a jobs landing page with every county's and community's jobs list", async () => {
    const page = await portal.noJs.newPage();
    await page.goto(`${portal.api.url}/c/RJ-FUMIN/`);
    await page.getByRole("link", { name: "招聘", exact: true }).click();
    await page.waitForURL(/\/jobs\/$/);
    const hrefs = await page.locator("main a").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
    expect(hrefs.filter((h) => /^\/c\/[^/]+\/jobs\/$/.test(h)).length).toBe(8);
    expect(hrefs).toContain("/county/RJ/jobs/");
    for (const href of hrefs) expect((await fetch(`${portal.api.url}${href}`)).status, href).toBe(200);
    await page.close();
  });

  it("has no accessibility violations", async () => {
    for (const { path, violations } of await axeByPath(portal, ["/c/RJ-TEHE/", "/c/RJ-FUMIN/notices/", "/jobs/"])) {
      expect({ path, violations }).toEqual({ path, violations: [] });
    }
  });
});
