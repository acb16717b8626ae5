import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { graphql, type ResultOf } from "../support/graphql.ts";
import { withDemoPortal } from "../support/portal.ts";

/**
 * Atom feeds (one per community, per section of a community, per county, per jobs list and per
 * origin village), the sitemap, robots.txt, the favicon and page titles of the shared demo build.
 */

const portal = withDemoPortal();

/** The public address the build names pages by: SUNBOARD_SITE_URL, unset in tests. */
const SITE = process.env.SUNBOARD_SITE_URL ?? "http://localhost:4000";
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

const PUBLISHED = graphql(`
  query FeedDisclosures($after: String) { disclosures(first: 100, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { node { id status isCurrent publishedAt category { code } communities { code } } } } }
`);
const COUNTIES = graphql(`query FeedCounties { counties { code townships { communities { code } } } }`);
let published: ResultOf<typeof PUBLISHED>["disclosures"]["edges"][number]["node"][];
let counties: ResultOf<typeof COUNTIES>["counties"];

beforeAll(async () => {
  published = await portal.api.allDisclosures(PUBLISHED);
  counties = (await portal.api.gql(COUNTIES)).data?.counties ?? [];
});

/** The /large/ mirror repeats every page with a canonical link to it: it is not a page of its own. */
const MIRROR = /\/large\//;

function files(dir: string, name: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name), name) : name.test(e.name) ? [join(dir, e.name)] : [],
  );
}

const asList = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
type Link = { "@_rel"?: string; "@_href": string; "@_type"?: string };
type Entry = { id: string; title: string; updated: string; link: Link | Link[]; author?: unknown };
const text = (value: unknown) =>
  typeof value === "object" && value && "#text" in value ? String(value["#text"]) : String(value);
const linkOf = (links: Link | Link[], rel: string) => asList(links).find((l) => (l["@_rel"] ?? "alternate") === rel)?.["@_href"];

/**
 * The checks of RFC 4287 a feed reader relies on: well-formed XML in the Atom namespace, the feed's
 * id, title, updated (RFC 3339) and author, a self link, and per entry an id (unique), a title, an
 * updated date and an alternate link. Returns the feed's parts for further checks.
 */
function readAtom(xml: string, where: string) {
  expect(XMLValidator.validate(xml), where).toBe(true);
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_" }).parse(xml);
  const feed = parsed.feed;
  expect(feed?.["@_xmlns"], where).toBe("http://www.w3.org/2005/Atom");
  for (const required of ["id", "title", "updated"]) expect(feed[required], `${where} ${required}`).toBeTruthy();
  expect(text(feed.updated), where).toMatch(RFC3339);
  const entries = asList<Entry>(feed.entry);
  // RFC 4287 §4.1.1: an author on the feed, or on every entry.
  expect(feed.author || entries.every((e) => e.author), where).toBeTruthy();
  const ids = entries.map((e) => text(e.id));
  expect(new Set(ids).size, `${where} duplicate entry ids`).toBe(ids.length);
  for (const e of entries) {
    expect(text(e.title), where).toBeTruthy();
    expect(text(e.updated), where).toMatch(RFC3339);
    expect(linkOf(e.link, "alternate"), where).toMatch(/^https?:\/\//);
  }
  return {
    id: text(feed.id),
    title: text(feed.title),
    self: linkOf(feed.link, "self"),
    alternate: linkOf(feed.link, "alternate"),
    entries: entries.map((e) => ({ id: text(e.id), href: String(linkOf(e.link, "alternate")) })),
  };
}

const pathOf = (url: string) => {
  const u = new URL(url);
  expect(u.origin).toBe(new URL(SITE).origin);
  return u.pathname;
};

/** Fetches each path from the test server (the build served as in production) and lists those not answering 200. */
async function unresolved(paths: Iterable<string>): Promise<string[]> {
  const missing: string[] = [];
  // One at a time: the server and the machine are shared with other test files.
  for (const path of new Set(paths)) {
    const response = await fetch(`${portal.api.url}${path}`);
    await response.arrayBuffer();
    if (response.status !== 200) missing.push(`${path}: ${response.status}`);
  }
  return missing;
}

const html = (path: string) => readFileSync(join(portal.outDir, path, "index.html"), "utf8");
const feedLinks = (page: string) =>
  [...page.matchAll(/<link rel="alternate" type="application\/atom\+xml"[^>]*href="([^"]+)"/g)].map((m) => String(m[1]));

describe("Atom feeds", () => {
  it("every feed of the build is valid Atom whose self link is its own address and whose entries link to pages of the build", async () => {
    const feeds = files(portal.outDir, /^feed\.xml$/);
    const paths = feeds.map((f) => f.slice(portal.outDir.length));
    const codes = counties.flatMap((c) => c.townships.flatMap((t) => t.communities.map((m) => m.code)));
    expect(codes.length).toBe(8);
    for (const code of codes) {
      for (const section of ["", "party/", "notices/", "finance/", "fees/", "training/", "jobs/"]) {
        expect(paths).toContain(`/c/${code}/${section}feed.xml`);
      }
    }
    for (const c of counties) expect(paths).toContain(`/county/${c.code}/feed.xml`);
    const links = new Set<string>();
    for (const [n, file] of feeds.entries()) {
      const atom = readAtom(readFileSync(file, "utf8"), paths[n] ?? file);
      expect(atom.self, paths[n]).toBe(`${SITE}${paths[n]}`);
      links.add(pathOf(String(atom.alternate)));
      for (const e of atom.entries) links.add(pathOf(e.href));
    }
    expect(links.size).toBeGreaterThan(1000);
    expect(await unresolved(links)).toEqual([]);
  }, 300_000);

  it("a community's feed lists everything it published, once each, newest first, served as Atom", async () => {
    const response = await fetch(`${portal.api.url}/c/RJ-FUMIN/feed.xml`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/xml/);
    const atom = readAtom(await response.text(), "RJ-FUMIN");
    expect(atom.title).toBe("富民社区全部公开");
    const expected = published
      .filter((d) => d.status === "PUBLISHED" && d.isCurrent && d.communities.some((c) => c.code === "RJ-FUMIN"))
      .map((d) => `${SITE}/d/${d.id}/`);
    expect(expected.length).toBeGreaterThan(50);
    const hrefs = atom.entries.map((e) => e.href);
    expect(hrefs.filter((h) => h.includes("/d/")).sort()).toEqual(expected.sort());
    // Open job postings are in it as well, each linking to its page.
    expect(hrefs.some((h) => h.includes("/jobs/"))).toBe(true);
    const dates = readFileSync(join(portal.outDir, "c/RJ-FUMIN/feed.xml"), "utf8")
      .split("<entry>")
      .slice(1)
      .map((e) => /<updated>([^<]+)</.exec(e)?.[1] ?? "");
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it("a section's feed lists only its own category, and a county's every community's", async () => {
    const finance = readAtom(readFileSync(join(portal.outDir, "c/RJ-TEHE/finance/feed.xml"), "utf8"), "finance");
    const expected = published
      .filter(
        (d) =>
          d.status === "PUBLISHED" &&
          d.isCurrent &&
          d.category.code === "FINANCE" &&
          d.communities.some((c) => c.code === "RJ-TEHE"),
      )
      .map((d) => `${SITE}/d/${d.id}/`);
    expect(expected.length).toBeGreaterThan(0);
    expect(finance.entries.map((e) => e.href).sort()).toEqual(expected.sort());
    const county = readAtom(readFileSync(join(portal.outDir, "county/RJ/feed.xml"), "utf8"), "county");
    const community = readAtom(readFileSync(join(portal.outDir, "c/RJ-TEHE/feed.xml"), "utf8"), "community");
    const inCounty = new Set(county.entries.map((e) => e.href));
    for (const e of community.entries) expect(inCounty.has(e.href), e.href).toBe(true);
    const other = readAtom(readFileSync(join(portal.outDir, "c/SC-TONGLUOWAN/feed.xml"), "utf8"), "other county");
    expect(other.entries.filter((e) => e.href.includes("/d/") && inCounty.has(e.href))).toEqual([]);
  });

  it("pages announce their feeds with rel=alternate, and every announced feed exists", async () => {
    const announced = new Map<string, string[]>([
      ["/", feedLinks(html("/"))],
      ["/c/RJ-FUMIN/", feedLinks(html("c/RJ-FUMIN"))],
      ["/c/RJ-FUMIN/finance/", feedLinks(html("c/RJ-FUMIN/finance"))],
      ["/c/RJ-FUMIN/party/", feedLinks(html("c/RJ-FUMIN/party"))],
      ["/c/RJ-FUMIN/fees/", feedLinks(html("c/RJ-FUMIN/fees"))],
      ["/c/RJ-FUMIN/notices/", feedLinks(html("c/RJ-FUMIN/notices"))],
      ["/c/RJ-FUMIN/jobs/", feedLinks(html("c/RJ-FUMIN/jobs"))],
    ]);
    expect(announced.get("/")?.sort()).toEqual(counties.map((c) => `/county/${c.code}/feed.xml`).sort());
    for (const [page, links] of announced) {
      if (page !== "/") expect(links, page).toEqual([`${page}feed.xml`]);
    }
    expect(await unresolved([...announced.values()].flat())).toEqual([]);
  });
});

describe("sitemap, robots.txt, favicon and titles", () => {
  let locs: string[];
  beforeAll(async () => {
    const robots = await fetch(`${portal.api.url}/robots.txt`);
    const sitemapUrl = /^Sitemap: (\S+)$/m.exec(await robots.text())?.[1] ?? "";
    const index = new XMLParser().parse(await (await fetch(`${portal.api.url}${pathOf(sitemapUrl)}`)).text());
    locs = [];
    for (const s of asList<{ loc: string }>(index.sitemapindex?.sitemap)) {
      const urls = new XMLParser().parse(await (await fetch(`${portal.api.url}${pathOf(s.loc)}`)).text());
      locs.push(...asList<{ loc: string }>(urls.urlset?.url).map((u) => u.loc));
    }
  });

  it("robots.txt allows crawling and names the sitemap, which lists every page of the build and only those", async () => {
    const robots = await fetch(`${portal.api.url}/robots.txt`);
    expect(robots.status).toBe(200);
    expect(robots.headers.get("content-type")).toMatch(/^text\/plain/);
    const pages = files(portal.outDir, /^index\.html$/)
      .filter((f) => !MIRROR.test(f.slice(portal.outDir.length)))
      .map((f) => `${f.slice(portal.outDir.length, -"index.html".length)}`)
      .sort();
    const listed = locs.map(pathOf).sort();
    expect(listed).toEqual(pages);
    for (const path of ["/", "/jobs/", "/c/RJ-FUMIN/", "/c/RJ-FUMIN/notices/"]) expect(listed).toContain(path);
    expect(listed).not.toContain("/404/");
    // Every listed address answers (a sample: the build has over a thousand pages).
    const sample = listed.filter((_, n) => n % 7 === 0);
    expect(await unresolved(sample)).toEqual([]);
  }, 300_000);

  it("serves an SVG favicon that every page names", async () => {
    const icon = await fetch(`${portal.api.url}/favicon.svg`);
    expect(icon.status).toBe(200);
    expect(icon.headers.get("content-type")).toMatch(/^image\/svg\+xml/);
    expect(await icon.text()).toContain("<svg");
    for (const path of ["/", "c/RJ-FUMIN", "c/RJ-FUMIN/finance", "jobs"]) {
      expect(html(path), path).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml"');
    }
    expect(existsSync(join(portal.outDir, "favicon.svg"))).toBe(true);
  });

  it("gives every page a title of its own kind and a specific description", () => {
    const DEFAULT_DESCRIPTION = "易地扶贫搬迁安置点社区党务、居务、财务公开";
    const kinds = new Map<string, Set<string>>();
    const generic: string[] = [];
    for (const file of files(portal.outDir, /^index\.html$/)) {
      const path = file.slice(portal.outDir.length, -"index.html".length);
      if (MIRROR.test(path)) continue;
      const page = readFileSync(file, "utf8");
      const title = /<title>([^<]+)<\/title>/.exec(page)?.[1] ?? "";
      const description = /<meta name="description" content="([^"]*)"/.exec(page)?.[1] ?? "";
      expect(title, path).toMatch(/.+ · 阳光公示栏$/);
      if (description === DEFAULT_DESCRIPTION || description.length < 10) generic.push(path);
      // The page's kind: its path with codes, ids, months and places taken out.
      const kind = path
        .replace(/\/c\/[^/]+\//, "/c/*/")
        .replace(/\/(county|v|checkpoints)\/[^/]+\//, "/$1/*/")
        .replace(/\/[a-z0-9]{20,}\//g, "/*/")
        .replace(/\/\d{4}(-\d{2})?\//g, "/*/")
        .replace(/\/to\/.+$/, "/to/*/")
        .replace(/\/fees\/[A-Z_]+\//, "/fees/*/");
      for (const [other, titles] of kinds) {
        if (other !== kind && titles.has(title)) generic.push(`${path} shares "${title}" with a ${other} page`);
      }
      kinds.set(kind, (kinds.get(kind) ?? new Set()).add(title));
    }
    expect(generic).toEqual([]);
  });
});
