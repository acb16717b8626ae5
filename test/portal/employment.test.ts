import { describe, expect, it } from "vitest";
import { graphql, present } from "../support/graphql.ts";
import { axeByPath, BROWSER_TESTS, withDemoPortal } from "../support/portal.ts";

const portal = withDemoPortal();

const MONTHS = graphql(`
  query PortalEmploymentMonths($code: String!) { community(code: $code) { employmentMonths(last: 12) {
    month householdsWithLabour householdsWithEmployed willingWorkers trainedWithinYear employedTotal
    goals { goal rate { percent } statusLabel } disclosure { id }
  } } }
`);
const RANKING = graphql(`
  query PortalEmploymentRanking($county: String!) { county(code: $county) { employmentRanking { month rows { rank community { code } } } } }
`);

/** Exact percentage with two decimals, rounded half up, from integer counts, computed here independently. */
const exactRate = (part: number, whole: number) => {
  const hundredths = (BigInt(part) * 20000n + BigInt(whole)) / (2n * BigInt(whole));
  return `${hundredths / 100n}.${String(hundredths % 100n).padStart(2, "0")}%`;
};

describe.concurrent("employment pages, without JavaScript", BROWSER_TESTS, () => {
  it("show a community's latest month with the targets beside it, and every month's rates exact from the counts", async () => {
    const page = await portal.noJs.newPage();
    for (const code of ["RJ-FUMIN", "RJ-DINGWEI", "SC-TONGLUOWAN"]) {
      const months = present((await portal.api.gql(MONTHS, { code })).data?.community).employmentMonths;
      await page.goto(`${portal.api.url}/c/${code}/employment/`);
      const latest = present(months[0]);
      expect(await page.locator("[data-latest]").getAttribute("data-latest")).toBe(latest.month);
      for (const g of latest.goals) {
        const row = page.locator(`[data-latest] tr[data-goal="${g.goal}"]`);
        expect(await row.locator("[data-target]").textContent()).toBe("100.00%");
        expect(await row.locator("[data-status]").textContent()).toBe(g.statusLabel);
      }
      expect(await page.locator("[data-employed-total]").textContent()).toBe(String(latest.employedTotal));
      const rows = await page.locator("[data-history] tr[data-month]").evaluateAll((trs) =>
        trs.map((tr) => ({
          month: tr.getAttribute("data-month"),
          household: tr.querySelector('[data-rate="HOUSEHOLD_EMPLOYMENT"]')?.textContent,
          training: tr.querySelector('[data-rate="TRAINING"]')?.textContent,
          link: tr.querySelector("a")?.getAttribute("href"),
        })),
      );
      expect(rows).toEqual(
        months.map((m) => ({
          month: m.month,
          household: exactRate(m.householdsWithEmployed, m.householdsWithLabour),
          training: exactRate(m.trainedWithinYear, m.willingWorkers),
          link: `/d/${m.disclosure.id}/`,
        })),
      );
      // The page says the day it was built for, and fits a phone.
      expect(await page.locator("main").textContent()).toMatch(/本页于 \d{4}年\d{1,2}月\d{1,2}日 生成/);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    }
    await page.close();
  });

  it("draw the twelve-month trend as an SVG whose text alternative gives every month's figures", async () => {
    const months = present((await portal.api.gql(MONTHS, { code: "RJ-DINGWEI" })).data?.community).employmentMonths;
    const page = await portal.noJs.newPage();
    await page.goto(`${portal.api.url}/c/RJ-DINGWEI/employment/`);
    const svg = page.locator('svg[role="img"]');
    expect(await svg.count()).toBe(1);
    const labelledBy = present(await svg.getAttribute("aria-labelledby")).split(" ");
    const alternative = (await Promise.all(labelledBy.map((id) => page.locator(`[id="${id}"]`).textContent()))).join(" ");
    expect(alternative).toContain("目标 100.00%");
    for (const m of months) {
      for (const g of m.goals) expect(alternative).toContain(`${g.rate.percent}%`);
    }
    // Two goals, each with its own marker shape, so the lines are told apart without colour.
    expect(await svg.locator("polyline").count()).toBe(2);
    expect(await svg.locator("circle").count()).toBeGreaterThanOrEqual(12);
    expect(await svg.locator("rect").count()).toBeGreaterThanOrEqual(12);
    await page.close();
  });

  it("rank a county's communities by gap to target, the community behind first, as the API ranks them", async () => {
    const ranking = present((await portal.api.gql(RANKING, { county: "RJ" })).data?.county).employmentRanking;
    const page = await portal.noJs.newPage();
    await page.goto(`${portal.api.url}/county/RJ/employment/`);
    const shown = await page
      .locator("[data-ranking] tr[data-community]")
      .evaluateAll((trs) => trs.map((tr) => [tr.getAttribute("data-community"), tr.querySelector("[data-rank]")?.textContent]));
    expect(shown).toEqual(ranking.rows.map((r) => [r.community.code, String(r.rank)]));
    expect(shown[0]?.[0]).toBe("RJ-DINGWEI");
    expect(await page.locator("[data-ranking]").getAttribute("data-ranking")).toBe(ranking.month);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    // The community page links to its section, with the latest month's status in words.
    await page.goto(`${portal.api.url}/c/RJ-DINGWEI/`);
    expect(await page.locator('[data-section="employment"] [data-section-status]').textContent()).toContain("未达标");
    await page.close();
  });

  it("have no accessibility violations", async () => {
    for (const { path, violations } of await axeByPath(portal, ["/c/RJ-DINGWEI/employment/", "/county/RJ/employment/"])) {
      expect(violations, path).toEqual([]);
    }
  });
});
