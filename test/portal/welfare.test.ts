import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { maskName } from "../../api/names.ts";
import { graphql, present } from "../support/graphql.ts";
import { axeByPath, BROWSER_TESTS, withDemoPortal } from "../support/portal.ts";

const portal = withDemoPortal();

const COMMUNITY = graphql(`
  query PortalWelfare($code: String!, $on: String!) { community(code: $code) { welfare(on: $on) {
    figures { quota posts held vacant onNotice }
    posts { code holder(on: $on) { maskedName status(on: $on) } }
    subsidies { month holders total }
  } } }
`);
const COUNTY = graphql(`
  query PortalCountyWelfare($on: String!) { county(code: "RJ") { welfare(on: $on) {
    figures { quota held vacant }
    communities { community { code } figures { quota posts held vacant } }
  } } }
`);

/** Every text file of the build: pages, feeds, JSON. */
function builtFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return builtFiles(path);
    return /\.(html|json|xml|csv|txt|md)$/.test(e.name) ? [path] : [];
  });
}

describe.concurrent("public-welfare post pages, without JavaScript", BROWSER_TESTS, () => {
  it("never show a stored holder's name unmasked, anywhere on the built site", async () => {
    const tenures = await portal.api.db.welfareTenure.findMany({ select: { holderName: true } });
    expect(tenures.length).toBeGreaterThan(200);
    const names = [...new Set(tenures.map((t) => t.holderName))];
    const files = builtFiles(portal.outDir);
    expect(files.length).toBeGreaterThan(100);
    let masked = 0;
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      for (const name of names) {
        expect(text.includes(name), `${name} in ${file}`).toBe(false);
        if (text.includes(maskName(name))) masked++;
      }
    }
    // The masked names are there: on the welfare pages and in the notices.
    expect(masked).toBeGreaterThan(200);
  });

  it("show a community's posts, holders masked, vacancies and subsidy totals as the API gives them for the build day", async () => {
    const page = await portal.noJs.newPage();
    for (const code of ["RJ-FUMIN", "RJ-TEHE", "SC-TONGLUOWAN"]) {
      await page.goto(`${portal.api.url}/c/${code}/welfare/`);
      const on = present(await page.locator("[data-on]").getAttribute("data-on"));
      const welfare = present((await portal.api.gql(COMMUNITY, { code, on })).data?.community).welfare;
      const figure = async (key: string) => (await page.locator(`[data-figure="${key}"] dd`).textContent())?.trim();
      expect(await figure("quota")).toBe(`${welfare.figures.quota} 个`);
      expect(await figure("held")).toBe(`${welfare.figures.held} 人`);
      expect(await figure("vacant")).toBe(`${welfare.figures.vacant} 个`);
      expect(welfare.figures.vacant).toBe(welfare.figures.quota - welfare.figures.held);
      const rows = await page.locator("[data-post]").evaluateAll((trs) =>
        trs.map((tr) => ({
          code: tr.getAttribute("data-post"),
          status: tr.getAttribute("data-status"),
          holder: tr.querySelector("[data-holder]")?.textContent?.trim(),
          text: tr.lastElementChild?.textContent?.trim() ?? "",
        })),
      );
      expect(rows.map((r) => r.code)).toEqual(welfare.posts.map((p) => p.code));
      for (const [i, r] of rows.entries()) {
        const holder = welfare.posts[i]?.holder;
        expect(r.holder).toBe(holder ? holder.maskedName : "—");
        expect(r.status).toBe(holder?.status ?? "VACANT");
        // Status in words, not colour alone.
        expect(r.text).toMatch(holder ? /在岗|公示中|已退岗/ : /空缺/);
      }
      const subsidies = await page.locator("[data-subsidies] tbody tr").evaluateAll((trs) =>
        trs.map((tr) => ({
          month: tr.getAttribute("data-month"),
          holders: Number(tr.querySelector("[data-holders]")?.textContent),
          total: tr.querySelector("[data-total]")?.textContent?.replace(/,/g, "").trim(),
        })),
      );
      expect(subsidies).toEqual(welfare.subsidies.map((s) => ({ month: s.month, holders: s.holders, total: s.total })));
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    }
    await page.close();
  });

  it("are reached from the community page, and the county page counts every community", async () => {
    const page = await portal.noJs.newPage();
    await page.goto(`${portal.api.url}/c/RJ-FUMIN/`);
    const status = (await page.locator('[data-section="welfare"] [data-section-status]').textContent()) ?? "";
    expect(status).toMatch(/核定 40 个，在岗 \d+ 人，空缺 \d+ 个/);
    await page.getByRole("link", { name: /^公益性岗位：/ }).click();
    await page.waitForURL(/\/c\/RJ-FUMIN\/welfare\/$/);
    await page.getByRole("link", { name: "查看全县公益性岗位" }).click();
    await page.waitForURL(/\/county\/RJ\/welfare\/$/);
    const on = present(await page.locator("[data-on]").getAttribute("data-on"));
    const county = present((await portal.api.gql(COUNTY, { on })).data?.county).welfare;
    const rows = await page.locator("tr[data-community]").evaluateAll((trs) =>
      trs.map((tr) => ({
        code: tr.getAttribute("data-community"),
        quota: Number(tr.querySelector("[data-quota]")?.textContent),
        posts: Number(tr.querySelector("[data-posts]")?.textContent),
        held: Number(tr.querySelector("[data-held]")?.textContent),
        vacant: Number(tr.querySelector("[data-vacant]")?.textContent),
      })),
    );
    expect(rows).toEqual(county.communities.map((c) => ({ code: c.community.code, ...c.figures })));
    expect(rows.reduce((n, r) => n + r.quota, 0)).toBe(180);
    expect(await page.locator('[data-figure="quota"] dd').textContent()).toContain("180 个");
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.close();
  });

  it("have no WCAG 2.1 A/AA violations that axe-core can detect", async () => {
    for (const { path, violations } of await axeByPath(portal, ["/c/RJ-TEHE/welfare/", "/county/RJ/welfare/"])) {
      expect({ path, violations }).toEqual({ path, violations: [] });
    }
  });
});
