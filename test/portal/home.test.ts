import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { graphql, type ResultOf } from "../support/graphql.ts";
import { axeByPath, BROWSER_TESTS, pagePath, withDemoPortal } from "../support/portal.ts";

/** The build itself, the home page, community pages and disclosure pages of the shared demo build. */

const portal = withDemoPortal();

const PUBLISHED = graphql(`
  query Published($after: String) { disclosures(first: 100, after: $after) {
    pageInfo { hasNextPage endCursor } edges { node { id title status isCurrent contentHash correctionReason category { code } } } } }
`);
let published: ResultOf<typeof PUBLISHED>["disclosures"]["edges"][number]["node"][];

beforeAll(async () => {
  published = await portal.api.allDisclosures(PUBLISHED);
});

describe.concurrent("static portal build", () => {
  it("writes one page per community and one per published disclosure", async () => {
    const { outDir } = portal;
    const communities = readdirSync(join(outDir, "c"));
    expect(communities.sort()).toEqual(
      ["RJ-DINGWEI", "RJ-FENGHUANG", "RJ-FENGLE", "RJ-FUMIN", "RJ-TEHE", "RJ-WOLONG", "RJ-YANGGUANG", "SC-TONGLUOWAN"].sort(),
    );
    const disclosures = readdirSync(join(outDir, "d"));
    expect(disclosures.sort()).toEqual(published.map((d) => d.id).sort());
    for (const id of disclosures) expect(existsSync(pagePath(outDir, "d", id))).toBe(true);
  });

  it("never puts a draft on any page", async () => {
    const draft = await portal.api.db.disclosure.findFirstOrThrow({ where: { status: "DRAFT" } });
    expect(existsSync(pagePath(portal.outDir, "d", draft.id))).toBe(false);
    const html = readFileSync(pagePath(portal.outDir, "c", "RJ-FUMIN"), "utf8");
    expect(html).not.toContain(draft.title);
    // The full list of a community's disclosures lives on its notices page since the community page became a dashboard.
    expect(readFileSync(pagePath(portal.outDir, "c", "RJ-FUMIN", "notices"), "utf8")).not.toContain(draft.title);
  });
});

describe.concurrent("portal in a browser, without JavaScript", BROWSER_TESTS, () => {
  it("lists every community on the home page, grouped by county", async () => {
    const page = await portal.noJs.newPage();
    await page.goto(`${portal.api.url}/`);
    expect(await page.locator("html").getAttribute("lang")).toBe("zh-CN");
    expect(await page.locator("h2").allTextContents()).toEqual([
      expect.stringContaining("榕江县"),
      expect.stringContaining("石城县"),
    ]);
    expect(await page.locator("[data-community]").count()).toBe(8);
    await page.getByRole("link", { name: /阳光社区/ }).click();
    await page.waitForURL(/\/c\/RJ-YANGGUANG\/$/);
    expect(await page.locator("h1").textContent()).toBe("阳光社区");
    expect(await page.locator("body").textContent()).toContain("示例数据");
    await page.close();
  });

  it("shows a community's profile, organizations and disclosures by category", async () => {
    const page = await portal.noJs.newPage();
    await page.goto(`${portal.api.url}/c/RJ-WOLONG/`);
    const text = (await page.locator("main").textContent()) ?? "";
    expect(text).toContain("1510户 6535人");
    expect(text).toContain("中共榕江县古州镇卧龙社区委员会");
    expect(text).toContain("居务监督委员会");
    // Fits a phone screen: nothing wider than the viewport.
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    // The full list by category moved from the community page (now a dashboard of the latest items)
    // to its own section page, /c/<code>/notices/; the counts are the same disclosures as before.
    await page.goto(`${portal.api.url}/c/RJ-WOLONG/notices/`);
    // Two plain Party notices and its Party-affairs records (prisma/seed/party.ts), each a notice: 43
    // meetings (no October branch committee, no third-quarter members' meeting), the 2025 appraisal, 5 fee notices.
    expect(await page.locator('[data-category="PARTY_AFFAIRS"] li').count()).toBe(51);
    const withdrawn = published.find((d) => d.status === "WITHDRAWN");
    expect(await page.locator(`[data-disclosure="${withdrawn?.id}"]`).textContent()).toContain("已撤回");
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.close();
  });

  it("shows a withdrawn disclosure with its reason and its hash", async () => {
    const withdrawn = published.find((d) => d.status === "WITHDRAWN");
    const page = await portal.noJs.newPage();
    await page.goto(`${portal.api.url}/d/${withdrawn?.id}/`);
    expect(await page.getByRole("note").textContent()).toContain("撤回原因：供水公司通知检修改期");
    expect(await page.locator("[data-hash]").textContent()).toBe(withdrawn?.contentHash);
    await page.close();
  });

  it("links an original and its correction both ways, with the reason", async () => {
    const correction = published.find((d) => d.correctionReason && d.category.code === "COMMUNITY_AFFAIRS");
    const original = published.find((d) => d.status === "PUBLISHED" && !d.isCurrent && d.category.code === "COMMUNITY_AFFAIRS");
    const page = await portal.noJs.newPage();
    await page.goto(`${portal.api.url}/d/${original?.id}/`);
    expect(await page.getByRole("note").textContent()).toContain("本条已被更正");
    await page.getByRole("note").getByRole("link").click();
    await page.waitForURL(new RegExp(`/d/${correction?.id}/$`));
    const text = (await page.locator("main").textContent()) ?? "";
    expect(text).toContain("更正说明：推荐上岗人数统计有误");
    expect(await page.locator("#chain ~ ol li").count()).toBe(2);
    expect(await page.locator("[data-hash]").textContent()).toBe(correction?.contentHash);
    await page.close();
  });

  it("renders disclosure bodies as HTML, tables included", async () => {
    const catalogue = published.find((d) => d.title.includes("居务公开目录"));
    const page = await portal.noJs.newPage();
    await page.goto(`${portal.api.url}/d/${catalogue?.id}/`);
    expect(await page.locator(".body table tr").count()).toBeGreaterThan(5);
    await page.close();
  });

  it("answers unknown addresses with a Chinese 404 page", async () => {
    const page = await portal.noJs.newPage();
    const response = await page.goto(`${portal.api.url}/c/NO-SUCH/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator("h1").textContent()).toBe("页面不存在");
    await page.close();
  });
});

describe.concurrent("accessibility", BROWSER_TESTS, () => {
  it("has no WCAG 2.1 A/AA violations that axe-core can detect on the home, community, disclosure and 404 pages", async () => {
    const correction = published.find((d) => d.correctionReason && d.category.code === "COMMUNITY_AFFAIRS");
    for (const { path, violations } of await axeByPath(portal, [
      "/",
      "/c/RJ-YANGGUANG/",
      `/d/${correction?.id}/`,
      "/c/NO-SUCH/",
    ])) {
      expect({ path, violations }).toEqual({ path, violations: [] });
    }
  });
});
