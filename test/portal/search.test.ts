import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { MAX_QUERY_CHARS } from "../../api/search/rules.ts";
import { graphql, present } from "../support/graphql.ts";
import { axeByPath, BROWSER_TESTS, PHONE, pagePath, withDemoPortal } from "../support/portal.ts";

const portal = withDemoPortal();

const BOOKS = graphql(`
  query SearchBooks($c: String!) { community(code: $c) { name financePeriods(first: 3) { edges { node { month } } } } }
`);
const ENTRIES = graphql(`
  query SearchEntries($c: String!, $m: String!) { community(code: $c) { financePeriod(month: $m) {
    entries(first: 200) { edges { node { description } } }
  } } }
`);
const JOBS = graphql(`
  query SearchJobs($c: String!) { jobPostings(first: 100, filter: { communityCode: $c }) { edges { node { id title } } } }
`);

const CODE = "RJ-FUMIN";

/** A 摘要 from the community's latest published month that no other entry of the month repeats. */
async function financePhrase(): Promise<{ community: string; month: string; phrase: string }> {
  const books = present((await portal.api.gql(BOOKS, { c: CODE })).data?.community);
  const month = present(books.financePeriods.edges[0]).node.month;
  const entries = present((await portal.api.gql(ENTRIES, { c: CODE, m: month })).data?.community?.financePeriod).entries;
  const descriptions = entries.edges.map((e) => e.node.description);
  const unique = descriptions.filter((d) => descriptions.indexOf(d) === descriptions.lastIndexOf(d) && d.length >= 6);
  // The longest is the least likely to appear on pages other than this month's.
  const phrase = [...unique].sort((a, b) => b.length - a.length)[0]?.slice(0, MAX_QUERY_CHARS) ?? "";
  expect(phrase.length).toBeGreaterThanOrEqual(6);
  return { community: books.name, month, phrase };
}

/** A job of the community whose page the build wrote. */
async function builtJob(): Promise<{ id: string; title: string }> {
  const jobs = present((await portal.api.gql(JOBS, { c: CODE })).data).jobPostings.edges.map((e) => e.node);
  const job = jobs.find((j) => existsSync(pagePath(portal.outDir, "jobs", j.id)));
  return present(job);
}

/** Searches through the page's plain form, as a reader without JavaScript does. */
async function searchWithoutJs(page: Page, q: string): Promise<string[]> {
  await page.goto(`${portal.api.url}/search/`);
  await page.getByLabel("搜索词").fill(q);
  await page.getByRole("button", { name: "搜索" }).click();
  await page.waitForURL(/\/search\/results\?/);
  return page.locator("ol.search-results li > a").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
}

const found = async (page: Page) => Number((await page.getByRole("status").textContent())?.match(/找到 (\d+) 个页面/)?.[1] ?? 0);

describe.concurrent("search", BROWSER_TESTS, () => {
  it("is indexed in the shared build, one bundle per county and one for the site, over the pages' main content only", () => {
    const bundle = join(portal.outDir, "pagefind");
    const shards = JSON.parse(readFileSync(join(bundle, "shards.json"), "utf8")) as string[];
    expect(shards).toEqual(["county-RJ", "county-SC", "site"]);
    const pages = JSON.parse(readFileSync(join(bundle, "pages.json"), "utf8")) as Record<string, string[]>;
    // A community's pages are in its county's bundle; the home page and the site-wide lists in the site's.
    expect(pages["county-RJ"]).toContain(`c/${CODE}/index.html`);
    expect(pages["county-SC"]?.some((page) => page.startsWith("c/RJ-"))).toBe(false);
    expect(pages.site).toContain("index.html");
    let fragments = 0;
    for (const shard of shards) {
      expect(existsSync(join(bundle, shard, "pagefind-entry.json"))).toBe(true);
      expect(existsSync(join(bundle, shard, "pagefind-ui.js"))).toBe(true);
      const count = readdirSync(join(bundle, shard, "fragment")).length;
      // One fragment per indexed page, as the list of the shard's pages says.
      expect(count).toBe(pages[shard]?.length);
      fragments += count;
    }
    // Hundreds of disclosures, months and jobs, not only a few.
    expect(fragments).toBeGreaterThan(100);
    const bytes = readdirSync(bundle, { recursive: true, encoding: "utf8" })
      .map((f) => statSync(join(bundle, f)))
      .reduce((sum, s) => sum + (s.isFile() ? s.size : 0), 0);
    console.log(`[search] index: ${fragments} pages in ${shards.length} bundles, ${bytes} bytes under pagefind/`);
  });

  it("finds a finance entry's 摘要 and a job title without JavaScript, and its results open the right pages", async () => {
    const { month, phrase } = await financePhrase();
    const job = await builtJob();
    const page = await portal.noJs.newPage();

    const monthPath = `/c/${CODE}/finance/${month}/`;
    expect(await searchWithoutJs(page, phrase)).toContain(monthPath);
    expect(await page.locator("ol.search-results mark").first().textContent()).toBe(phrase);
    // The form shows the query back, so the reader can refine it.
    expect(await page.getByLabel("搜索词").inputValue()).toBe(phrase);
    await page.locator(`ol.search-results a[href="${monthPath}"]`).click();
    await page.waitForURL(`${portal.api.url}${monthPath}`);
    expect(await page.locator("main").textContent()).toContain(phrase);

    expect(await searchWithoutJs(page, job.title)).toContain(`/jobs/${job.id}/`);
    await page.locator(`ol.search-results a[href="/jobs/${job.id}/"]`).click();
    await page.waitForURL(`${portal.api.url}/jobs/${job.id}/`);
    expect(await page.locator("h1").textContent()).toBe(job.title);

    // Nothing of the results page runs off a phone's screen.
    await searchWithoutJs(page, phrase);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await page.close();
  });

  it("narrows results to a community and a section without JavaScript", async () => {
    const { community } = await financePhrase();
    const page = await portal.noJs.newPage();
    await searchWithoutJs(page, "公开");
    const everywhere = await found(page);
    await page.getByLabel("社区").selectOption(community);
    await page.getByRole("button", { name: "搜索" }).click();
    await page.waitForURL(/community=/);
    const inCommunity = await found(page);
    expect(inCommunity).toBeGreaterThan(0);
    expect(inCommunity).toBeLessThan(everywhere);
    const places = await page.locator("ol.search-results li > p.meta").allTextContents();
    expect(places.length).toBeGreaterThan(0);
    for (const place of places) expect(place).toContain(community);

    await page.getByLabel("栏目").selectOption("财务公开");
    await page.getByRole("button", { name: "搜索" }).click();
    await page.waitForURL(/section=/);
    expect(await found(page)).toBeLessThan(inCommunity);
    const links = await page.locator("ol.search-results li > a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(links.length).toBeGreaterThan(0);
    // Finance pages and the finance disclosures of this community only.
    for (const link of links) expect(link).toMatch(new RegExp(`^/(c/${CODE}/finance/|d/)`));
    await page.close();
  });

  it("narrows to one county's pages in both modes, and a phone with JavaScript then fetches that county's bundle only", async ({
    expect,
  }) => {
    const page = await portal.noJs.newPage();
    await searchWithoutJs(page, "公开");
    const everywhere = await found(page);
    await page.getByLabel("范围").selectOption({ label: "石城县" });
    await page.getByRole("button", { name: "搜索" }).click();
    await page.waitForURL(/county=SC/);
    expect(await page.getByLabel("范围").inputValue()).toBe("SC");
    const inCounty = await found(page);
    expect(inCounty).toBeGreaterThan(0);
    expect(inCounty).toBeLessThan(everywhere);
    const links = await page.locator("ol.search-results li > a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(links.some((link) => link?.startsWith("/c/RJ-"))).toBe(false);
    // Only that county's communities are offered to narrow further.
    const communities = await page.getByLabel("社区").locator("option").allTextContents();
    expect(communities.some((name) => name.includes("富民"))).toBe(false);
    await page.close();

    const refused = await fetch(`${portal.api.url}/search/results?q=${encodeURIComponent("公开")}&county=NOPE`);
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("所选的县不存在");

    const context = await portal.browser.newContext({ viewport: PHONE, locale: "zh-CN" });
    const phone = await context.newPage();
    const bundles = new Set<string>();
    phone.on("request", (request) => {
      const bundle = new URL(request.url()).pathname.match(/^\/pagefind\/([^/]+)\//)?.[1];
      if (bundle) bundles.add(bundle);
    });
    await phone.goto(`${portal.api.url}/search/?county=SC`);
    await phone.locator("#instant-search input").fill("公开");
    const message = phone.locator("#instant-search .pagefind-ui__message");
    await expect
      .poll(async () => Number((await message.textContent())?.match(/\d+/)?.[0] ?? 0), { timeout: 60_000 })
      .toBeGreaterThan(0);
    expect([...bundles].sort()).toEqual(["county-SC", "site"]);
    expect(await phone.getByLabel("范围").inputValue()).toBe("SC");
    // Choosing all counties again loads the page with every bundle.
    await phone.getByLabel("范围").selectOption("");
    await phone.waitForURL(`${portal.api.url}/search/?`);
    await context.close();
  });

  it("gives instant results with JavaScript on, through Pagefind's UI, under the site's security policy", async ({ expect }) => {
    const { community, month, phrase } = await financePhrase();
    const context = await portal.browser.newContext({ viewport: PHONE, locale: "zh-CN" });
    const page = await context.newPage();
    // What the security policy refuses shows as console errors; Pagefind compiles WebAssembly.
    const refused: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy|WebAssembly/i.test(message.text())) refused.push(message.text());
    });
    await page.goto(`${portal.api.url}/search/`);
    // The plain form steps aside for the instant search.
    await expect.poll(() => page.locator("#search-form").isHidden()).toBe(true);
    // Quotes ask Pagefind for the exact phrase rather than any of its words.
    await page.locator("#instant-search input").fill(`"${phrase}"`);
    const message = page.locator("#instant-search .pagefind-ui__message");
    const count = async () => Number((await message.textContent())?.match(/\d+/)?.[0] ?? 0);
    await expect.poll(count, { timeout: 60_000 }).toBeGreaterThan(0);
    const everywhere = await count();
    const firstLink = page.locator("#instant-search a.pagefind-ui__result-link").first();
    expect(await firstLink.getAttribute("href")).toMatch(/^\/c\/[^/]+\/finance\//);

    // A query and a filter in the address (as the plain form sends them) carry over; the filter narrows.
    const q = encodeURIComponent(`"${phrase}"`);
    await page.goto(`${portal.api.url}/search/results?q=${q}&community=${encodeURIComponent(community)}`);
    await page.locator(`#instant-search a[href="/c/${CODE}/finance/${month}/"]`).first().waitFor({ timeout: 60_000 });
    expect(await count()).toBeLessThan(everywhere);
    // The results page's server-side answer steps aside too.
    expect(await page.locator("#search-results").isHidden()).toBe(true);
    expect(refused).toEqual([]);
    await context.close();
  });

  it("refuses empty and oversized queries with a Chinese message and the site's headers", async () => {
    const ask = (q: string) => fetch(`${portal.api.url}/search/results?q=${encodeURIComponent(q)}`);
    const long = await ask("搜".repeat(MAX_QUERY_CHARS + 1));
    expect(long.status).toBe(400);
    expect(await long.text()).toContain(`搜索词太长，请不超过 ${MAX_QUERY_CHARS} 个字`);
    expect(long.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    for (const nothing of ["  ", '""']) {
      const empty = await ask(nothing);
      expect(empty.status).toBe(400);
      expect(await empty.text()).toContain("请输入要搜索的词");
    }
    const twice = await fetch(`${portal.api.url}/search/results?q=a&q=b`);
    expect(twice.status).toBe(400);
    const body = await twice.text();
    expect(body).not.toMatch(/at .*\.ts:\d+|node_modules/);
  });

  it("have no WCAG 2.1 A/AA violations that axe-core can detect", async () => {
    const paths = ["/search/", `/search/results?q=${encodeURIComponent("物业")}`];
    for (const { path, violations } of await axeByPath(portal, paths)) {
      expect({ path, violations }).toEqual({ path, violations: [] });
    }
  });
});
