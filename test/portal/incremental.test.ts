import { cpSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { unzipSync } from "fflate";
import { describe, it } from "vitest";
import { buildPortal, PortalRebuilder } from "../../api/portal/build.ts";
import { villagesOf } from "../../api/portal/incremental.ts";
import { member } from "../support/graphql.ts";
import { CORRECT, CREATE, draftInput, PUBLISH } from "../support/operations.ts";
import { connectBrowser, demoPortalDir, PHONE } from "../support/portal.ts";
import { startTestServer } from "../support/server.ts";
import { projectTempDir } from "../support/temp.ts";

interface DcatCatalogue {
  "dcat:dataset": { "dct:identifier": string; "dct:modified"?: string }[];
}

/** Every file under `dir`, by path relative to `root`, with what says whether it was rewritten. */
function snapshot(root: string, dir: string): Map<string, { ino: number; mtimeMs: number; text: string }> {
  const files = readdirSync(join(root, dir), { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(
    files.map((e) => {
      const path = join(e.parentPath, e.name);
      const { ino, mtimeMs } = statSync(path);
      return [relative(root, path), { ino, mtimeMs, text: readFileSync(path, "utf8") }];
    }),
  );
}

describe("incremental portal", () => {
  it("rebuilds only the publishing community, its county and the site-wide pages, and never stops serving", async ({
    expect,
  }) => {
    const temp = projectTempDir("incremental-");
    const outDir = join(temp, "dist");
    // The served tree starts as the shared demo build: the same demo data a full build writes.
    // The shared build is served through a symlink: copy what it points to, or the rebuild,
    // which lays its pages over the served tree in place, would write into the shared build.
    cpSync(realpathSync(await demoPortalDir()), outDir, { recursive: true });
    const logs: string[] = [];
    let rebuilder: PortalRebuilder | undefined;
    const api = await startTestServer({ portalDir: outDir, onPortalChange: (changes) => rebuilder?.schedule(changes) });
    rebuilder = new PortalRebuilder(api.databaseUrl, outDir, (line) => logs.push(line), 50);
    const browser = await connectBrowser();
    let reading = true;
    const failedReads: string[] = [];
    try {
      // The catalogue of a partial build takes the parts of communities outside its scope from the
      // served tree: a part marked here must come through into the new catalogue as it is.
      const partFile = (code: string) => join(outDir, "c", code, "data", "datasets.json");
      const part = (code: string) => JSON.parse(readFileSync(partFile(code), "utf8"));
      const marked = "2001-02-03T04:05:06.000Z";
      const fuminPart = part("RJ-FUMIN");
      fuminPart.datasets[0].modified = marked;
      writeFileSync(partFile("RJ-FUMIN"), JSON.stringify(fuminPart));
      const sameCounty = snapshot(outDir, "c/RJ-FUMIN");
      const sameCountyLarge = snapshot(outDir, "large/c/RJ-FUMIN");
      const otherCounty = snapshot(outDir, "county/SC");
      const otherCountySearch = snapshot(outDir, "pagefind/county-SC");
      // Single postings show nothing of a notice: left as served (the list /jobs/ itself is rebuilt).
      const postingPages = () => new Map([...snapshot(outDir, "jobs")].filter(([path]) => path !== "jobs/index.html"));
      const postingsBefore = postingPages();
      expect(postingsBefore.size).toBeGreaterThan(0);
      const ownCounty = snapshot(outDir, "county/RJ");
      expect(sameCounty.size).toBeGreaterThan(10);
      const catalogue = async () => (await (await fetch(`${api.url}/data/catalog.jsonld`)).json()) as DcatCatalogue;
      const datasetsOf = (catalog: DcatCatalogue, code: string) =>
        catalog["dcat:dataset"].filter((d) => d["dct:identifier"].startsWith(`${code}/`));
      const villagesBefore = snapshot(outDir, "v");
      const teheBefore = part("RJ-TEHE");
      const catalogBefore = await catalogue();

      // Readers keep reading while the portal rebuilds: every answer must be a page.
      const reader = (async () => {
        while (reading) {
          for (const path of ["/", "/c/RJ-TEHE/", "/c/RJ-FUMIN/"]) {
            const response = await fetch(`${api.url}${path}`);
            if (response.status !== 200) failedReads.push(`${path} ${response.status}`);
            await response.arrayBuffer();
          }
        }
      })();

      const token = await api.tokenFor("COMMUNITY_EDITOR", { communities: ["RJ-TEHE"] });
      const title = "关于特和社区增设快递柜的公示";
      const created = await api.gql(CREATE, { input: { ...draftInput(["RJ-TEHE"]), title } }, token);
      const { id } = member(created.data?.createDisclosure, "CreateDisclosureSuccess").disclosure;
      member((await api.gql(PUBLISH, { id }, token)).data?.publishDisclosure, "PublishDisclosureSuccess");
      await rebuilder.idle();
      reading = false;
      await reader;

      expect(logs.join("\n")).toContain("(communities RJ-TEHE; Astro ");
      expect(logs.join("\n")).toContain("search index and sitemap brought up to date");
      expect(failedReads).toEqual([]);
      const noJs = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE, locale: "zh-CN" });
      const page = await noJs.newPage();
      // The community page is a dashboard; its notices list names every disclosure.
      await page.goto(`${api.url}/c/RJ-TEHE/notices/`);
      expect(await page.locator(`[data-disclosure="${id}"]`).textContent()).toContain(title);
      await page.goto(`${api.url}/d/${id}/`);
      expect(await page.locator("h1").textContent()).toBe(title);
      // The large-text copy of the changed pages was written again, and only of them.
      await page.goto(`${api.url}/large/c/RJ-TEHE/notices/`);
      expect(await page.locator(`[data-disclosure="${id}"]`).textContent()).toContain(title);
      expect(snapshot(outDir, "large/c/RJ-FUMIN")).toEqual(sameCountyLarge);
      // The search index, brought up to date once the pages were served, finds it.
      const found = await (await fetch(`${api.url}/search/results?q=${encodeURIComponent("快递柜")}`)).text();
      expect(found).toContain(`/d/${id}/`);
      // Only the search index of the publishing community's county (and the site-wide one) was written again.
      expect(otherCountySearch.size).toBeGreaterThan(3);
      expect(snapshot(outDir, "pagefind/county-SC")).toEqual(otherCountySearch);
      expect(logs.join("\n")).toMatch(/search index: \d+ pages of county-RJ, site/);
      const shardPages = JSON.parse(readFileSync(join(outDir, "pagefind", "pages.json"), "utf8")) as Record<string, string[]>;
      expect(shardPages["county-RJ"]).toContain(`d/${id}/index.html`);
      expect(
        Object.values(shardPages)
          .flat()
          .filter((page) => page === `d/${id}/index.html`),
      ).toHaveLength(1);

      // The catalogue took the other communities' parts from the served tree and made the
      // publishing community's afresh; the archive was zipped again from the files now served.
      const rowsOf = (p: { datasets: { id: string; rows: number }[] }) => p.datasets.find((d) => d.id === "disclosures")?.rows;
      expect(rowsOf(part("RJ-TEHE"))).toBe((rowsOf(teheBefore) ?? 0) + 1);
      const catalogAfter = await catalogue();
      const fuminAfter = datasetsOf(catalogAfter, "RJ-FUMIN");
      expect(fuminAfter[0]?.["dct:modified"]).toBe(marked);
      expect(fuminAfter.slice(1)).toEqual(datasetsOf(catalogBefore, "RJ-FUMIN").slice(1));
      const teheDisclosures = (c: DcatCatalogue) =>
        datasetsOf(c, "RJ-TEHE").find((d) => d["dct:identifier"].endsWith("/disclosures"));
      expect(teheDisclosures(catalogAfter)?.["dct:modified"]).not.toBe(teheDisclosures(catalogBefore)?.["dct:modified"]);
      const archive = unzipSync(new Uint8Array(await (await fetch(`${api.url}/data/sunboard-open-data.zip`)).arrayBuffer()));
      const served = Buffer.from(await (await fetch(`${api.url}/c/RJ-TEHE/data/disclosures.csv`)).arrayBuffer());
      expect(served.toString("utf8")).toContain(title);
      expect(Buffer.from(archive["c/RJ-TEHE/data/disclosures.csv"] ?? []).equals(served)).toBe(true);

      // Village pages are written again only where the community's assistance lists name households.
      const touched = new Set(await villagesOf(api.db, ["RJ-TEHE"]));
      const untouched = [...snapshot(outDir, "v")].filter(([path]) => {
        const parts = path.split("/");
        return parts.length > 2 && !touched.has(parts[1] ?? "");
      });
      expect(untouched.length).toBeGreaterThan(0);
      for (const [path, file] of untouched) expect(file, path).toEqual(villagesBefore.get(path));

      // A correction writes its own page and the corrected one's, and no other notice's page of
      // the community: a notice's page changes only with its own correction chain.
      const bystander = await api.db.disclosure.findFirstOrThrow({
        where: { status: "PUBLISHED", id: { not: id }, targets: { some: { community: { code: "RJ-TEHE" } } } },
        select: { id: true },
      });
      const bystanderBefore = snapshot(outDir, join("d", bystander.id));
      expect(bystanderBefore.size).toBeGreaterThan(0);
      const corrected = await api.gql(
        CORRECT,
        {
          id,
          input: { title: `${title}（更正）`, body: "快递柜改设在 2 号楼架空层。", reason: "位置写错了", period: "2026-11" },
        },
        token,
      );
      const correction = member(corrected.data?.correctDisclosure, "CorrectDisclosureSuccess").disclosure.id;
      await rebuilder.idle();
      await page.goto(`${api.url}/d/${id}/`);
      expect(await page.locator(`main a[href="/d/${correction}/"]`).first().textContent()).toContain("（更正）");
      await page.goto(`${api.url}/d/${correction}/`);
      expect(await page.locator("h1").textContent()).toBe(`${title}（更正）`);
      expect(snapshot(outDir, join("d", bystander.id))).toEqual(bystanderBefore);

      // Another community's pages, and another county's, were not even rewritten.
      expect(snapshot(outDir, "c/RJ-FUMIN")).toEqual(sameCounty);
      expect(snapshot(outDir, "county/SC")).toEqual(otherCounty);
      expect(postingPages()).toEqual(postingsBefore);
      // The publishing community's county was rebuilt, to the same content.
      const rebuilt = snapshot(outDir, "county/RJ");
      expect([...rebuilt.keys()].sort()).toEqual([...ownCounty.keys()].sort());
      for (const [path, file] of rebuilt) {
        // Feeds carry the time they were built (their `updated`); pages must come out the same.
        if (path.endsWith(".html")) expect(file.text, path).toBe(ownCounty.get(path)?.text);
        expect(file.ino, path).not.toBe(ownCounty.get(path)?.ino);
      }
    } finally {
      reading = false;
      await rebuilder.idle();
      rebuilder.stop();
      await browser.close();
      await api.close();
      rmSync(temp, { recursive: true, force: true });
    }
  }, 600_000);

  it("builds the same files in shares of whole counties, merged and finished by one site-wide pass, as in one full build", async ({
    expect,
  }) => {
    const full = await demoPortalDir();
    const temp = projectTempDir("split-");
    const api = await startTestServer();
    try {
      const merged = join(temp, "merged");
      const progress: string[] = [];
      // Four communities a share: Rongjiang (RJ, 7) and Shicheng (SC, 1) go in a share each, a county never split.
      await buildPortal(api.databaseUrl, merged, { quiet: true, shareCommunities: 4, progress: (l) => progress.push(l) });
      expect(progress.filter((l) => l.startsWith("portal share")).length).toBe(2);
      const contents = (root: string) => new Map([...snapshot(root, ".")].map(([path, file]) => [path, file.text] as const));
      const expected = contents(full);
      const actual = contents(merged);
      expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
      // Pages compared whole; feeds carry the time they were built.
      expect(
        [...actual].filter(([path, text]) => path.endsWith(".html") && expected.get(path) !== text).map(([path]) => path),
      ).toEqual([]);
    } finally {
      await api.close();
      rmSync(temp, { recursive: true, force: true });
    }
  }, 900_000);
});
