import { existsSync, readFileSync } from "node:fs";
import { parse as parseHtml } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { graphql, present } from "../support/graphql.ts";
import { axeByPath, BROWSER_TESTS, pagePath, withDemoPortal } from "../support/portal.ts";

const portal = withDemoPortal();

const DECISIONS = graphql(`
  query PortalDecisions($code: String!) { community(code: $code) { decisions {
    id subject status statusLabel amount linkedSpendingTotal
    currentStage { kindLabel outcomeLabel }
    stages { kind outcome votesFor votesAgainst votesAbstain }
    resolutionNotice { id } result { actualAmount notice { id } }
  } } }
`);

const decisions = async (code: string) => present((await portal.api.gql(DECISIONS, { code })).data?.community).decisions;

describe.concurrent("decision pages, without JavaScript", BROWSER_TESTS, () => {
  it("list a community's decisions with each one's current stage in words", async () => {
    const list = await decisions("RJ-FUMIN");
    const page = await portal.noJs.newPage();
    await page.goto(`${portal.api.url}/c/RJ-FUMIN/`);
    await page.getByRole("link", { name: /^重大事项决策：/ }).click();
    await page.waitForURL(/\/c\/RJ-FUMIN\/decisions\/$/);
    const shown = await page.locator("[data-decision]").evaluateAll((lis) =>
      lis.map((li) => ({
        id: li.getAttribute("data-decision"),
        status: li.querySelector(".status")?.textContent?.trim(),
        current: li.querySelector("[data-current]")?.textContent?.replace(/\s+/g, "") ?? "",
      })),
    );
    expect(shown.map((d) => d.id)).toEqual(list.map((d) => d.id));
    for (const [n, d] of list.entries()) {
      expect(shown[n]?.status).toBe(d.statusLabel);
      expect(shown[n]?.current).toContain(`${d.currentStage?.kindLabel}`);
      expect(shown[n]?.current).toContain(`${d.currentStage?.outcomeLabel}`);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.close();
  });

  it("show a decision's timeline, votes in figures and words, the two notices and the linked money", async () => {
    const list = await decisions("RJ-WOLONG");
    const fund = present(list.find((d) => d.status === "IMPLEMENTED"));
    const page = await portal.noJs.newPage();
    await page.goto(`${portal.api.url}/c/RJ-WOLONG/decisions/${fund.id}/`);
    expect(await page.locator("h1").textContent()).toContain(fund.subject);
    const stages = await page
      .locator("[data-stage]")
      .evaluateAll((lis) =>
        lis.map((li) => ({ kind: li.getAttribute("data-stage"), words: li.querySelector("[data-words]")?.textContent ?? "" })),
      );
    expect(stages.map((s) => s.kind)).toEqual(fund.stages.map((s) => s.kind));
    const resolution = present(fund.stages[3]);
    expect(stages[3]?.words).toContain(`赞成 ${resolution.votesFor} 票，反对 ${resolution.votesAgainst} 票`);
    expect(stages[3]?.words).toContain("通过");
    expect(await page.locator("[data-stage=RESIDENTS_RESOLUTION] dd").allTextContents()).toContain(`${resolution.votesFor} 票`);
    for (const id of [fund.resolutionNotice?.id, fund.result?.notice.id]) {
      expect(await page.locator(`a[href="/d/${id}/"]`).count()).toBeGreaterThan(0);
      expect(existsSync(pagePath(portal.outDir, "d", String(id)))).toBe(true);
    }
    // Pages group amounts by thousands (issue 14: money reads alike everywhere); the figures are the API's.
    const ungrouped = async (selector: string) => (await page.locator(selector).textContent())?.replace(/,/g, "");
    expect(await ungrouped("[data-total]")).toBe(fund.linkedSpendingTotal);
    expect(await ungrouped("[data-actual]")).toBe(`${fund.result?.actualAmount} 元`);
    expect(await page.locator(".opinions").first().textContent()).toContain("居务监督委员会意见");
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);

    // A meeting without a quorum is shown for what it was, in words.
    const stopped = present(list.find((d) => d.stages.some((s) => s.outcome === "NO_QUORUM")));
    await page.goto(`${portal.api.url}/c/RJ-WOLONG/decisions/${stopped.id}/`);
    expect(await page.locator("[data-stage=RESIDENTS_RESOLUTION] .outcome").textContent()).toBe("未达法定人数");
    expect(await page.locator("[data-notice=resolution]").textContent()).toContain("未作出决议");
    await page.close();
  });

  it("link a fee price to the decision that set it, and back", async () => {
    const fee = present((await decisions("RJ-WOLONG")).find((d) => d.subject.includes("物业服务费")));
    const page = await portal.noJs.newPage();
    await page.goto(`${portal.api.url}/c/RJ-WOLONG/fees/PROPERTY/`);
    await page.locator("[data-decision] a").click();
    await page.waitForURL(new RegExp(`/c/RJ-WOLONG/decisions/${fee.id}/$`));
    expect(await page.locator("#money + h3, #money ~ h3").allTextContents()).toEqual(["收费价格", "集体资产收益"]);
    await page.close();
  });

  it("have no WCAG 2.1 A/AA violations that axe-core can detect", async () => {
    const fund = present((await decisions("RJ-TEHE")).find((d) => d.status === "IMPLEMENTED"));
    for (const { path, violations } of await axeByPath(portal, ["/c/RJ-TEHE/decisions/", `/c/RJ-TEHE/decisions/${fund.id}/`])) {
      expect({ path, violations }).toEqual({ path, violations: [] });
    }
  });

  it("lead from 富民's workshop project to the decision that approved it, and back", async () => {
    const workshop = present((await decisions("RJ-FUMIN")).find((d) => d.subject.includes("帮扶车间")));
    const page = await portal.noJs.newPage();
    await page.goto(`${portal.api.url}/c/RJ-FUMIN/projects/`);
    await page.getByRole("link", { name: "东西部协作帮扶车间厂房改造" }).click();
    const projectUrl = page.url();
    await page.locator("[data-decision] a").click();
    expect(new URL(page.url()).pathname).toBe(`/c/RJ-FUMIN/decisions/${workshop.id}/`);
    expect(await page.locator("h1").textContent()).toContain(workshop.subject);
    await page.locator("[data-project] a").click();
    expect(page.url()).toBe(projectUrl);
    await page.close();
  });

  it("show on the books which decision and which funded project each linked entry carries out", async () => {
    const LINKED = graphql(`
      query LinkedEntries($code: String!) { community(code: $code) {
        decisions { id ledgerEntries { month sequence } }
        projects { id entries { month sequence } }
      } }
    `);
    const { decisions: linkedDecisions, projects } = present((await portal.api.gql(LINKED, { code: "RJ-TEHE" })).data?.community);
    const hrefIn = (month: string, sequence: number, selector: string) =>
      parseHtml(readFileSync(pagePath(portal.outDir, "c", "RJ-TEHE", "finance", month), "utf8"))
        .querySelector(`#entry-${sequence} ${selector} a`)
        ?.getAttribute("href");
    let links = 0;
    for (const d of linkedDecisions) {
      for (const e of d.ledgerEntries) {
        expect(hrefIn(e.month, e.sequence, `[data-entry-decision="${d.id}"]`)).toBe(`/c/RJ-TEHE/decisions/${d.id}/`);
        links++;
      }
    }
    for (const p of projects) {
      for (const e of p.entries) {
        expect(hrefIn(e.month, e.sequence, `[data-entry-project="${p.id}"]`)).toBe(`/c/RJ-TEHE/projects/${p.id}/`);
        links++;
      }
    }
    // 特和's service-fund spending and its door-entry project's August expense, at least.
    expect(links).toBeGreaterThan(1);
    expect(projects.some((p) => p.entries.length > 0)).toBe(true);
  });
});
