import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { graphql, present } from "../support/graphql.ts";
import { axeByPath, BROWSER_TESTS, withDemoPortal } from "../support/portal.ts";

const portal = withDemoPortal();

const ELECTIONS = graphql(`
  query PortalElections($code: String!) { community(code: $code) { elections {
    id status statusLabel electionDay voterCount turnout organization { name }
    voterGroups { group count } candidates { name votes elected resultLabel }
    voterListNotice { id } resultsNotice { id }
  } } }
`);

const elections = async (code: string) => present((await portal.api.gql(ELECTIONS, { code })).data?.community).elections;

/** Every text file of the built site (pages, feeds, logs): what anyone on the web can read. */
function siteTexts(dir: string): { path: string; text: string }[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return siteTexts(path);
    return /\.(html|json|jsonl|txt|xml|csv|md|js|css)$/.test(name) ? [{ path, text: readFileSync(path, "utf8") }] : [];
  });
}

const days = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

describe.concurrent("election pages, without JavaScript", BROWSER_TESTS, () => {
  it("list a community's elections, the one ahead with its countdown counted on the day stated", async () => {
    const list = await elections("RJ-FENGLE");
    const ahead = present(list.find((e) => e.status === "VOTER_LIST_POSTED"));
    const page = await portal.noJs.newPage();
    await page.goto(`${portal.api.url}/c/RJ-FENGLE/`);
    // The community page says an election is ahead, counted down on the day of the build.
    expect(await page.locator('[data-section="elections"] [data-section-status]').textContent()).toMatch(
      /^（党组织换届选举：距选举日还有 \d+ 天）$/,
    );
    await page.getByRole("link", { name: /^换届选举/ }).click();
    await page.waitForURL(/\/c\/RJ-FENGLE\/elections\/$/);
    const shown = await page
      .locator("[data-election]")
      .evaluateAll((lis) =>
        lis.map((li) => ({ id: li.getAttribute("data-election"), status: li.querySelector(".status")?.textContent?.trim() })),
      );
    expect(shown).toEqual(list.map((e) => ({ id: e.id, status: e.statusLabel })));
    const countdown = page.locator(`[data-election="${ahead.id}"] [data-countdown]`);
    const text = (await countdown.textContent()) ?? "";
    const m = /距选举日还有 (\d+) 天.*按 (\d{4})年(\d+)月(\d+)日 计算/s.exec(text);
    const [, left, y, mo, d] = present(m, text);
    const on = `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
    expect(Number(left)).toBe(days(on, ahead.electionDay));
    expect(Number(await countdown.getAttribute("data-countdown"))).toBe(Number(left));
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.close();
  });

  it("show a completed election's candidates, votes, turnout, masked voter list by group and notices", async () => {
    const done = present((await elections("RJ-WOLONG")).find((e) => e.status === "COMPLETED"));
    const page = await portal.noJs.newPage();
    await page.goto(`${portal.api.url}/c/RJ-WOLONG/elections/${done.id}/`);
    expect(await page.locator("h1").textContent()).toBe(`${done.organization.name}换届选举`);
    const rows = await page
      .locator("[data-candidate]")
      .evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll("td"), (td) => td.textContent?.trim())));
    expect(rows.map((r) => [r[0], Number(r[2]), r[4]?.replace("（连任）", "")])).toEqual(
      done.candidates.map((c) => [c.name, c.votes, c.resultLabel]),
    );
    expect(await page.locator("[data-turnout]").textContent()).toBe(done.turnout);
    expect(await page.locator("[data-voter-count]").textContent()).toBe(String(done.voterCount));
    for (const g of done.voterGroups) {
      const names = await page.locator(`[data-voters="${g.group}"] li`).allTextContents();
      expect(names).toHaveLength(g.count);
      expect(names.every((n) => /^.\*.$/u.test(n))).toBe(true);
    }
    for (const id of [done.voterListNotice.id, done.resultsNotice?.id]) {
      expect(await page.locator(`a[href="/d/${id}/"]`).count()).toBe(1);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.close();
  });

  it("never print a voter's full name anywhere on the built site", async () => {
    const voters = await portal.api.db.electionVoter.findMany({ include: { election: { include: { candidates: true } } } });
    expect(voters.length).toBeGreaterThan(300);
    const texts = siteTexts(portal.outDir);
    expect(texts.filter((t) => t.path.includes("/elections/")).length).toBeGreaterThan(8);
    // A voter standing as a candidate is published by name as a candidate; none of the demo's is.
    const secret = voters.filter((v) => !v.election.candidates.some((c) => c.name === v.name)).map((v) => v.name);
    const leaks = texts.flatMap((t) => secret.filter((name) => t.text.includes(name)).map((name) => `${name} in ${t.path}`));
    expect(leaks).toEqual([]);
  });

  it("pass axe", async () => {
    const [done, ahead] = [
      present((await elections("RJ-WOLONG"))[0]),
      present((await elections("RJ-FENGLE")).find((e) => e.status === "VOTER_LIST_POSTED")),
    ];
    const found = await axeByPath(portal, [
      "/c/RJ-WOLONG/elections/",
      `/c/RJ-WOLONG/elections/${done.id}/`,
      `/c/RJ-FENGLE/elections/${ahead.id}/`,
    ]);
    expect(found.filter((f) => f.violations.length)).toEqual([]);
  });
});
