import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { graphql, present } from "../support/graphql.ts";
import { axeByPath, BROWSER_TESTS, pagePath, withDemoPortal } from "../support/portal.ts";

const portal = withDemoPortal();

// The build judges statuses on its own day; the tests ask the API about the same day.
const CATALOGUE = graphql(`
  query PortalCatalogue($code: String!, $asOf: DateTime) { community(code: $code) {
    catalogue(asOf: $asOf) { item { id name } status statusText lastPublication { disclosureId } suspension { reason } } } }
`);
const OVERDUE = graphql(`
  query PortalOverdue($asOf: DateTime) { county(code: "RJ") { overdue(asOf: $asOf) { community { code } overdueCount } } }
`);

describe.concurrent("catalogue pages, without JavaScript", BROWSER_TESTS, () => {
  it("say on the community page how many items are overdue, and which", async () => {
    const page = await portal.noJs.newPage();
    for (const code of ["RJ-TEHE", "RJ-FUMIN"]) {
      const entries = present((await portal.api.gql(CATALOGUE, { code })).data?.community).catalogue;
      const overdue = entries.filter((e) => e.status === "OVERDUE").map((e) => e.item.name);
      await page.goto(`${portal.api.url}/c/${code}/`);
      const line = (await page.locator('[data-section="catalogue"] [data-section-status]').textContent()) ?? "";
      if (overdue.length === 0) expect(line).toContain("全部按时公开");
      else expect(line).toContain(`${overdue.length} 项逾期未公开（${overdue.join("、")}）`);
    }
    // 特和 is late in the demo, 富民 is not (prisma/seed/catalogue.ts).
    await page.goto(`${portal.api.url}/c/RJ-TEHE/`);
    expect(await page.locator('[data-section="catalogue"] [data-section-status]').textContent()).toMatch(/\d 项逾期未公开/);
    await page.close();
  });

  it("list every item of a community's catalogue with its status in words and a link to the latest publication", async () => {
    const page = await portal.noJs.newPage();
    for (const code of ["RJ-TEHE", "RJ-FUMIN", "RJ-DINGWEI"]) {
      const entries = present((await portal.api.gql(CATALOGUE, { code })).data?.community).catalogue;
      await page.goto(`${portal.api.url}/c/${code}/catalogue/`);
      expect(await page.locator("h1").textContent()).toContain("公开目录");
      const shown = await page.locator("[data-item]").evaluateAll((lis) =>
        lis.map((li) => ({
          id: li.getAttribute("data-item"),
          status: li.getAttribute("data-status"),
          text: li.querySelector(".status strong")?.textContent?.trim(),
          latest: li.querySelector("[data-latest]")?.getAttribute("href") ?? null,
        })),
      );
      expect(shown).toEqual(
        entries.map((e) => ({
          id: e.item.id,
          status: e.status,
          text: e.statusText,
          latest: e.lastPublication ? `/d/${e.lastPublication.disclosureId}/` : null,
        })),
      );
      for (const { latest } of shown) if (latest) expect(existsSync(pagePath(portal.outDir, latest))).toBe(true);
      const overdue = entries.filter((e) => e.status === "OVERDUE");
      const summary = (await page.locator("[data-summary]").textContent()) ?? "";
      if (overdue.length === 0) expect(summary).toContain("没有逾期");
      else for (const e of overdue) expect(summary).toContain(e.item.name);
      // Fits a phone screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    }
    // A suspension shows its reason in place of a status.
    await page.goto(`${portal.api.url}/c/RJ-DINGWEI/catalogue/`);
    expect(await page.locator("[data-suspension]").textContent()).toContain("乡党委统一公开");
    await page.close();
  });

  it("is reached from the community page as one of its sections", async () => {
    const page = await portal.noJs.newPage();
    await page.goto(`${portal.api.url}/c/RJ-FUMIN/`);
    await page.getByRole("link", { name: /^公开目录：/ }).click();
    await page.waitForURL(/\/c\/RJ-FUMIN\/catalogue\/$/);
    await page.getByRole("link", { name: "查看全县逾期情况" }).click();
    await page.waitForURL(/\/county\/RJ\/overdue\/$/);
    await page.close();
  });

  it("rank the county's late communities with what they are late with, and list the punctual ones", async () => {
    const ranked = present((await portal.api.gql(OVERDUE, {})).data?.county).overdue;
    const page = await portal.noJs.newPage();
    await page.goto(`${portal.api.url}/county/RJ/overdue/`);
    const late = await page.locator("section[data-community]").evaluateAll((sections) =>
      sections.map((s) => ({
        code: s.getAttribute("data-community"),
        count: s.querySelector("[data-count]")?.textContent?.trim(),
        statuses: [...s.querySelectorAll("[data-status]")].map((li) => li.getAttribute("data-status")),
      })),
    );
    expect(late.map((l) => l.code)).toEqual(ranked.filter((r) => r.overdueCount > 0).map((r) => r.community.code));
    for (const l of late) {
      const row = ranked.find((r) => r.community.code === l.code);
      expect(l.count).toBe(`逾期 ${row?.overdueCount} 项`);
      expect(l.statuses.every((s) => s === "OVERDUE")).toBe(true);
    }
    const punctual = await page
      .locator("[data-punctual] [data-community]")
      .evaluateAll((lis) => lis.map((li) => li.getAttribute("data-community")));
    expect(punctual).toEqual(ranked.filter((r) => r.overdueCount === 0).map((r) => r.community.code));
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.close();
  });

  it("have no WCAG 2.1 A/AA violations that axe-core can detect", async () => {
    for (const { path, violations } of await axeByPath(portal, ["/c/RJ-TEHE/catalogue/", "/county/RJ/overdue/"])) {
      expect({ path, violations }).toEqual({ path, violations: [] });
    }
  });
});
