import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { graphql, present } from "../support/graphql.ts";
import { axeByPath, BROWSER_TESTS, pagePath, withDemoPortal } from "../support/portal.ts";

const portal = withDemoPortal();

const PARTY = graphql(`
  query PortalParty($code: String!) { community(code: $code) {
    organizations { kind name postings { name publicPhone } }
    partyMeetings { id quarter present members superseded }
    partyNotices { id title opensOn closesOn window { status isOpen } candidates { name } }
    partyAppraisals { year participants grades { count } }
    partyFeeMonths { month amount payers }
  } }
`);

const party = async (code: string) => present((await portal.api.gql(PARTY, { code })).data?.community);

describe.concurrent("the Party-affairs section, without JavaScript", BROWSER_TESTS, () => {
  it("is linked from the community page and shows the organization, its committee and meetings by quarter", async () => {
    const data = await party("RJ-WOLONG");
    const page = await portal.noJs.newPage();
    await page.goto(`${portal.api.url}/c/RJ-WOLONG/`);
    await page.getByRole("link", { name: /^党务公开：/ }).click();
    await page.waitForURL(/\/c\/RJ-WOLONG\/party\/$/);
    const org = present(data.organizations.find((o) => o.kind === "PARTY_ORGANIZATION"));
    expect(await page.locator("[data-organization]").textContent()).toContain(org.name);
    expect(await page.locator("[data-posting]").count()).toBe(org.postings.length);
    for (const phone of org.postings.flatMap((p) => (p.publicPhone ? [p.publicPhone] : []))) {
      expect(await page.locator(`[data-organization] a[href="tel:${phone.replace(/[^\d+]/g, "")}"]`).count()).toBeGreaterThan(0);
    }
    // Meetings by quarter, newest first, each row with its attendance.
    const quarters = [...new Set(data.partyMeetings.map((m) => m.quarter))].sort().reverse();
    expect(await page.locator("[data-quarter]").evaluateAll((s) => s.map((e) => e.getAttribute("data-quarter")))).toEqual(
      quarters,
    );
    const first = present(data.partyMeetings[0]);
    expect(await page.locator(`[data-meeting="${first.id}"]`).textContent()).toContain(`${first.present}/${first.members} 人`);
    // 卧龙 held no members' meeting in the third quarter: the quarter lists none.
    expect(await page.locator('[data-quarter="2026-Q3"] [data-kind="MEMBERS_MEETING"]').count()).toBe(0);
    expect(await page.locator('[data-quarter="2026-Q2"] [data-kind="MEMBERS_MEETING"]').count()).toBe(1);
    // The page says which day it was computed for, and fits a phone.
    expect(await page.locator("[data-as-of]").textContent()).toMatch(/\d{4}年\d{1,2}月\d{1,2}日/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.close();
  });

  it("shows the appraisal as counts and Party fees as monthly totals, never per person", async () => {
    const data = await party("RJ-FUMIN");
    const page = await portal.noJs.newPage();
    await page.goto(`${portal.api.url}/c/RJ-FUMIN/party/`);
    const appraisal = present(data.partyAppraisals[0]);
    const cells = await page.locator(`[data-appraisal="${appraisal.year}"] td`).allTextContents();
    expect(cells.slice(1)).toEqual([String(appraisal.participants), ...appraisal.grades.map((g) => String(g.count))]);
    const month = present(data.partyFeeMonths.find((m) => m.month === "2026-10"));
    // Amounts are grouped by thousands on every page (issue 14); the figure is the API's.
    const fees = await page.locator('[data-fee-month="2026-10"] td').allTextContents();
    expect(fees.map((c, i) => (i === 3 ? c.replace(/,/g, "") : c))).toEqual([
      "2026年10月",
      expect.any(String),
      String(month.payers),
      month.amount,
    ]);
    expect(await page.locator("[data-fees]").count()).toBe(2);
    await page.close();
  });

  it("shows an open development notice with its window, a closed one among past notices, each on its own page", async () => {
    const fenghuang = await party("RJ-FENGHUANG");
    const open = present(fenghuang.partyNotices.find((n) => n.window.isOpen));
    const page = await portal.noJs.newPage();
    await page.goto(`${portal.api.url}/c/RJ-FENGHUANG/party/`);
    const card = page.locator(`article[data-party-notice="${open.id}"]`);
    expect(await card.getAttribute("data-window")).toBe("OPEN");
    expect(await card.locator("[data-window-text]").textContent()).toMatch(/^公示中（含当日还剩 \d 个工作日）$/);
    expect(await card.locator("[data-window-dates]").textContent()).toContain(`${open.opensOn} 至 ${open.closesOn}`);
    expect(await card.locator('a[href^="tel:"]').count()).toBe(1);
    await card.getByRole("link", { name: open.title }).click();
    await page.waitForURL(new RegExp(`/c/RJ-FENGHUANG/party/notices/${open.id}/$`));
    expect(await page.locator("h1").textContent()).toContain("预备党员公示");
    expect(await page.locator("table").textContent()).toContain(present(open.candidates[0]).name);

    const fumin = await party("RJ-FUMIN");
    const closed = present(fumin.partyNotices.find((n) => n.window.status === "CLOSED"));
    await page.goto(`${portal.api.url}/c/RJ-FUMIN/party/`);
    expect(await page.locator("[data-no-open-notice]").count()).toBe(1);
    expect(await page.locator(`li[data-party-notice="${closed.id}"]`).textContent()).toContain("公示期已满");
    expect(existsSync(pagePath(portal.outDir, "c", "RJ-FUMIN", "party", "notices", closed.id))).toBe(true);
    await page.close();
  });

  it("prints without the site's navigation chrome getting in the way", async () => {
    const page = await portal.noJs.newPage();
    await page.goto(`${portal.api.url}/c/RJ-TEHE/party/`);
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".print-only").first().isVisible()).toBe(true);
    await page.close();
  });

  it("has no WCAG 2.1 A/AA violations that axe-core can detect", async () => {
    const open = present((await party("RJ-FENGHUANG")).partyNotices[0]);
    for (const { path, violations } of await axeByPath(portal, [
      "/c/RJ-FENGHUANG/party/",
      `/c/RJ-FENGHUANG/party/notices/${open.id}/`,
    ])) {
      expect({ path, violations }).toEqual({ path, violations: [] });
    }
  });
});
