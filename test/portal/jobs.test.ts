import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { graphql, present, type VariablesOf } from "../support/graphql.ts";
import { axeByPath, BROWSER_TESTS, PHONE, pagePath, withDemoPortal } from "../support/portal.ts";

const portal = withDemoPortal();

describe.concurrent("jobs and training pages", BROWSER_TESTS, () => {
  const today = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
  const OPEN = graphql(
    `query OpenByPay($f: JobFilter) { jobPostings(first: 100, filter: $f, sort: PAY) { edges { node { id payMax } } } }`,
  );
  type JobFilter = NonNullable<VariablesOf<typeof OPEN>["f"]>;
  const openList = async (filter: JobFilter) => {
    const res = await portal.api.gql(OPEN, { f: { openOn: today(), ...filter } });
    return present(res.data).jobPostings.edges.map((e) => e.node.id);
  };

  it("let a job seeker on a phone, without JavaScript, list open vacancies by pay and read one", async () => {
    const page = await portal.noJs.newPage();
    await page.goto(`${portal.api.url}/c/RJ-FUMIN/`);
    await page
      .getByRole("link", { name: /就业岗位/ })
      .first()
      .click();
    await page.waitForURL(/\/c\/RJ-FUMIN\/jobs\/$/);
    const listed = await page
      .locator("li[data-job]")
      .evaluateAll((lis) => lis.map((li) => [li.getAttribute("data-job"), Number(li.getAttribute("data-pay"))] as const));
    expect(listed.length).toBeGreaterThan(3);
    expect(listed.map(([id]) => id)).toEqual(await openList({ communityCode: "RJ-FUMIN" }));
    const pays = listed.map(([, pay]) => pay);
    expect([...pays].sort((a, b) => b - a)).toEqual(pays);
    await page.locator("li[data-job] a").first().click();
    await page.waitForURL(/\/jobs\/[^/]+\/$/);
    for (const part of ["[data-pay]", "[data-place]", "[data-requirements]", "[data-apply]"]) {
      expect(((await page.locator(part).textContent()) ?? "").trim().length).toBeGreaterThan(2);
    }
    expect(await page.locator("[data-apply]").textContent()).toMatch(/电话 [0-9-]+/);
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
    expect(ld).toMatchObject({
      "@type": "JobPosting",
      hiringOrganization: { "@type": "Organization" },
      baseSalary: { currency: "CNY" },
    });
    expect(ld.title).toBe(await page.locator("h1").textContent());
    await page.close();
  });

  it("pre-build the common filters as pages", async () => {
    const page = await portal.noJs.newPage();
    for (const [view, filter] of [
      ["home-based", { homeBasedOnly: true }],
      ["public-welfare", { kind: "PUBLIC_WELFARE" }],
      ["away", { scopes: ["PROVINCE", "OUT_OF_PROVINCE"] }],
    ] satisfies [string, JobFilter][]) {
      await page.goto(`${portal.api.url}/c/RJ-FUMIN/jobs/${view}/`);
      const listed = await page.locator("li[data-job]").evaluateAll((lis) => lis.map((li) => li.getAttribute("data-job")));
      expect(listed).toEqual(await openList({ communityCode: "RJ-FUMIN", ...filter }));
      expect(listed.length).toBeGreaterThan(0);
    }
    await page.goto(`${portal.api.url}/county/RJ/jobs/`);
    expect(await page.locator("li[data-job]").count()).toBe((await openList({ countyCode: "RJ" })).length);
    await page.goto(`${portal.api.url}/county/RJ/training/`);
    const courses = await portal.api.gql(
      graphql(`query OpenCourses($d: String) {
        trainingCourses(first: 100, filter: { countyCode: "RJ", openOn: $d }) { edges { node { id } } } }`),
      { d: today() },
    );
    expect(await page.locator("li[data-course]").count()).toBe(present(courses.data).trainingCourses.edges.length);
    await page.goto(`${portal.api.url}/c/RJ-FUMIN/jobs/print/`);
    expect(await page.locator("table").count()).toBe(2);
    await page.close();
  });

  it("never show an expired posting as open, while its month's board keeps it", async () => {
    const expired = await portal.api.db.jobPosting.findMany({
      where: { validUntil: { lt: today() } },
      include: { targets: { include: { community: true } } },
    });
    expect(expired.length).toBeGreaterThan(5);
    const builtPages = (dir: string): string[] =>
      existsSync(dir)
        ? readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
            e.isDirectory() ? builtPages(join(dir, e.name)) : [join(dir, e.name)],
          )
        : [];
    const listings = [
      ...builtPages(join(portal.outDir, "c")).filter((f) => f.includes("/jobs/")),
      ...builtPages(join(portal.outDir, "county")),
    ];
    const html = listings.map((f) => readFileSync(f, "utf8")).join("\n");
    for (const posting of expired) {
      expect(html).not.toContain(`data-job="${posting.id}"`);
      expect(existsSync(pagePath(portal.outDir, "jobs", posting.id))).toBe(false);
    }
    const boardMonths = new Set((await portal.api.db.jobBoard.findMany({ select: { month: true } })).map((b) => b.month));
    const kept = expired.find((p) => boardMonths.has(p.validFrom.slice(0, 7)));
    expect(kept, "an expired posting from a month that has boards").toBeDefined();
    const boards = await portal.api.db.jobBoard.findMany({
      where: { month: kept?.validFrom.slice(0, 7), communityId: { in: kept?.targets.map((t) => t.communityId) } },
      include: { disclosure: true },
    });
    const withIt = boards.filter((b) => b.disclosure.body.includes(kept?.title ?? "—"));
    expect(withIt.length, "the expired posting's month has a board listing it").toBeGreaterThan(0);
  });

  it("describe courses with schema.org Course JSON-LD", async () => {
    const page = await portal.noJs.newPage();
    await page.goto(`${portal.api.url}/c/RJ-FUMIN/training/`);
    // The demo always has courses taking registrations next month.
    expect(await page.locator("li[data-course]").count()).toBeGreaterThan(0);
    await page.locator("li[data-course] a").first().click();
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
    expect(ld).toMatchObject({ "@type": "Course", provider: { "@type": "Organization" } });
    expect(ld.name).toBe(await page.locator("h1").textContent());
    await page.close();
  });
});

/** Every file under a built folder. */
const builtFiles = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? builtFiles(join(dir, e.name)) : [join(dir, e.name)],
      )
    : [];

const ATOM = "http://www.w3.org/2005/Atom";

/** An Atom document as the browser's own strict XML parser reads it, with what RFC 4287 requires. */
function readFeed(page: Page, xml: string) {
  return page.evaluate(
    ({ xml, ATOM }) => {
      const doc = new DOMParser().parseFromString(xml, "application/xml");
      const error = doc.getElementsByTagName("parsererror")[0]?.textContent ?? null;
      const root = doc.documentElement;
      const child = (el: Element, name: string) =>
        [...el.children].filter((c) => c.namespaceURI === ATOM && c.localName === name);
      const text = (el: Element, name: string) => child(el, name)[0]?.textContent ?? null;
      // Feeds name pages absolutely (the site's configured address) since they share the portal's
      // Atom writer; what the page is, is its path.
      const link = (el: Element, rel: string) => {
        const href = child(el, "link")
          .find((l) => (l.getAttribute("rel") ?? "alternate") === rel)
          ?.getAttribute("href");
        return href ? new URL(href).pathname : null;
      };
      return {
        error,
        root: `${root.namespaceURI} ${root.localName}`,
        id: text(root, "id"),
        title: text(root, "title"),
        updated: text(root, "updated"),
        author: child(root, "author")[0] ? text(child(root, "author")[0] as Element, "name") : null,
        self: link(root, "self"),
        alternate: link(root, "alternate"),
        entries: child(root, "entry").map((e) => ({
          id: text(e, "id"),
          title: text(e, "title"),
          updated: text(e, "updated"),
          href: link(e, "alternate"),
        })),
      };
    },
    { xml, ATOM },
  );
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

describe.concurrent("where the work is, and job alerts without an app", BROWSER_TESTS, () => {
  const today = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
  const OPEN = graphql(
    `query OpenAway($f: JobFilter) { jobPostings(first: 100, filter: $f, sort: PAY) { edges { node { id } } } }`,
  );
  const openList = async (filter: NonNullable<VariablesOf<typeof OPEN>["f"]>) =>
    present((await portal.api.gql(OPEN, { f: { openOn: today(), ...filter } })).data).jobPostings.edges.map((e) => e.node.id);

  it("state the place of work on every posting's page, and put that place, not the place to register, in its JSON-LD", async () => {
    // Postings' pages only: /jobs/ itself is the site's jobs landing page (test/portal/dashboard.test.ts).
    const pages = builtFiles(join(portal.outDir, "jobs")).filter(
      (f) => f.endsWith("index.html") && f !== join(portal.outDir, "jobs", "index.html"),
    );
    expect(pages.length).toBeGreaterThan(10);
    for (const file of pages) {
      const html = readFileSync(file, "utf8");
      const ld = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1] ?? "{}");
      const shown = /data-place[^>]*>(.*?)（/s.exec(html)?.[1] ?? "";
      const { addressRegion, addressLocality, streetAddress } = ld.jobLocation.address;
      expect(`${addressRegion}${addressLocality}${streetAddress ?? ""}`, file).toBe(shown.replace(" ", ""));
      expect(shown).not.toBe("未注明");
    }
    const page = await portal.noJs.newPage();
    const ningbo = present(
      await portal.api.db.jobPosting.findFirst({
        where: { workCity: "宁波市", validFrom: { lte: today() }, validUntil: { gte: today() } },
      }),
    );
    await page.goto(`${portal.api.url}/jobs/${ningbo.id}/`);
    expect(await page.locator("[data-place]").textContent()).toContain("浙江省宁波市慈溪市");
    expect(await page.locator("[data-apply]").textContent()).toContain("榕江县古州镇人社服务大厅");
    await page.close();
  });

  it("pre-build pages by province and city of work for labour export, each listing exactly its postings", async () => {
    const page = await portal.noJs.newPage();
    await page.goto(`${portal.api.url}/c/RJ-FUMIN/jobs/away/`);
    const links = await page
      .locator("nav[data-destinations] a")
      .evaluateAll((as) => as.map((a) => [a.textContent ?? "", a.getAttribute("href") ?? ""] as const));
    const cities = links.filter(([, href]) => /\/to\/\d{2}\/[0-9a-f]{8}\/$/.test(href));
    expect(cities.map(([text]) => text)).toEqual(expect.arrayContaining(["浙江省宁波市"]));
    for (const [text, href] of links) {
      await page.goto(`${portal.api.url}${href}`);
      const listed = await page.locator("li[data-job]").evaluateAll((lis) => lis.map((li) => li.getAttribute("data-job")));
      const [, province, city] = /^(.+?(?:省|市|自治区|特别行政区))(.*?)(?:（全省）)?$/.exec(text) ?? [];
      const expected = await openList({
        communityCode: "RJ-FUMIN",
        scopes: ["PROVINCE", "OUT_OF_PROVINCE"],
        workProvince: province,
        ...(city ? { workCity: city } : {}),
      });
      expect(listed, href).toEqual(expected);
      expect(listed.length).toBeGreaterThan(0);
      for (const place of await page.locator("li[data-job] [data-place]").allTextContents()) {
        expect(place.startsWith(`${province}${city}`)).toBe(true);
      }
    }
    await page.close();
  });

  it("read well on a phone: no WCAG 2.1 A/AA violations axe-core finds, nothing wider than 390 px", async () => {
    const city = builtFiles(join(portal.outDir, "c/RJ-FUMIN/jobs/to"))
      .filter((f) => /\/to\/\d{2}\/[0-9a-f]{8}\/index\.html$/.test(f))
      .map((f) => f.slice(portal.outDir.length, -"index.html".length));
    expect(city.length).toBeGreaterThan(0);
    const paths = ["/c/RJ-FUMIN/jobs/away/", `${city[0]}`, "/county/RJ/jobs/"];
    for (const { path, violations } of await axeByPath(portal, paths))
      expect({ path, violations }).toEqual({ path, violations: [] });
    const context = await portal.browser.newContext({ viewport: PHONE, locale: "zh-CN" });
    const page = await context.newPage();
    for (const path of paths) {
      await page.goto(`${portal.api.url}${path}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(PHONE.width);
    }
    await context.close();
  });

  it("offer a valid Atom feed beside every pre-built list, linked from its page, listing exactly the page's postings", async () => {
    // Job feeds only: origin villages have feeds of their assistance lists (test/portal/assistance.test.ts).
    const feeds = builtFiles(portal.outDir).filter((f) => f.endsWith("/feed.xml") && f.includes("/jobs/"));
    const paths = feeds.map((f) => f.slice(portal.outDir.length));
    for (const expected of [
      "/c/RJ-FUMIN/jobs/feed.xml",
      "/c/RJ-FUMIN/jobs/newest/feed.xml",
      "/c/RJ-FUMIN/jobs/home-based/feed.xml",
      "/c/RJ-FUMIN/jobs/public-welfare/feed.xml",
      "/c/RJ-FUMIN/jobs/away/feed.xml",
      "/c/RJ-FUMIN/jobs/to/33/feed.xml",
      "/county/RJ/jobs/feed.xml",
    ]) {
      expect(paths).toContain(expected);
    }
    const reader = await portal.browser.newPage();
    for (const feed of feeds) {
      const dir = feed.slice(0, -"feed.xml".length);
      const href = dir.slice(portal.outDir.length);
      const html = readFileSync(join(dir, "index.html"), "utf8");
      expect(html, href).toContain(`<link rel="alternate" type="application/atom+xml"`);
      expect(html).toContain(`href="${href}feed.xml"`);
      const onPage = [...html.matchAll(/data-job="([^"]+)"/g)].map((m) => m[1]);
      const atom = await readFeed(reader, readFileSync(feed, "utf8"));
      expect(atom.error, href).toBeNull();
      expect(atom).toMatchObject({
        root: `${ATOM} feed`,
        id: `tag:sunboard,2026:${href}`,
        self: `${href}feed.xml`,
        alternate: href,
      });
      expect(atom.title).toMatch(/就业岗位/);
      expect(atom.author).toBeTruthy();
      expect(atom.updated).toMatch(RFC3339);
      expect(
        atom.entries.map((e) => /^tag:sunboard,2026:\/jobs\/([^/]+)\/$/.exec(e.id ?? "")?.[1]),
        href,
      ).toEqual(onPage);
      for (const entry of atom.entries) {
        expect(entry.title).toBeTruthy();
        expect(entry.updated).toMatch(RFC3339);
        expect(entry.href).toBe(entry.id?.replace("tag:sunboard,2026:", ""));
      }
    }
    const away = await readFeed(reader, readFileSync(join(portal.outDir, "c/RJ-FUMIN/jobs/away/feed.xml"), "utf8"));
    expect(away.entries.map((e) => e.id?.split("/")[2])).toEqual(
      await openList({ communityCode: "RJ-FUMIN", scopes: ["PROVINCE", "OUT_OF_PROVINCE"] }),
    );
    expect(away.title).toBe("富民社区就业岗位 · 外出务工");
    await reader.close();
  });
});
