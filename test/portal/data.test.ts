import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import jsonld from "jsonld";
import { describe, expect, it } from "vitest";
import { buildPortal } from "../../api/portal/build.ts";
import { scopeOf } from "../../api/portal/incremental.ts";
import { graphql, member, present, type ResultOf } from "../support/graphql.ts";
import { axeByPath, BROWSER_TESTS, withDemoPortal } from "../support/portal.ts";
import { startTestServer } from "../support/server.ts";
import { projectTempDir } from "../support/temp.ts";

const portal = withDemoPortal();

const BOM = [0xef, 0xbb, 0xbf];

interface Distribution {
  "dct:format": string;
  "dcat:downloadURL": string;
}
interface CatalogDataset {
  "@id": string;
  "dct:identifier": string;
  "dct:modified"?: string;
  "dct:license": string;
  "dcat:accrualPeriodicity": string;
  "dcat:distribution": Distribution[];
}

/** The catalogue as the site publishes it, with its links turned into paths on the test server. */
async function catalogue() {
  const response = await fetch(`${portal.api.url}/data/catalog.jsonld`);
  expect(response.status).toBe(200);
  const doc = (await response.json()) as { "dcat:dataset": CatalogDataset[] };
  return { doc, datasets: doc["dcat:dataset"] };
}
const pathOf = (url: string) => new URL(url).pathname;

/** The datasets of the domains that came after finance, fees, jobs and disclosures: one per community each. */
const NEW_DATASETS = [
  "catalogue",
  "decisions",
  "decision-stages",
  "projects",
  "project-stages",
  "people",
  "election-results",
  "assistance-lists",
  "assistance-rows",
  "questions",
  "party-records",
  "welfare-posts",
  "employment-months",
] as const;

async function download(path: string) {
  const response = await fetch(`${portal.api.url}${path}`);
  expect(response.status, path).toBe(200);
  return new Uint8Array(await response.arrayBuffer());
}

/** A dataset's three files read back into rows of text keyed by header, as a spreadsheet user sees them. */
async function filesOf(path: string) {
  const csvBytes = await download(`${path}.csv`);
  const csv: Record<string, string>[] = parseCsv(Buffer.from(csvBytes).toString("utf8"), { bom: true, columns: true });
  const json = JSON.parse(Buffer.from(await download(`${path}.json`)).toString("utf8")) as {
    columns: { field: string; header: string }[];
    rows: Record<string, string | null>[];
  };
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await download(`${path}.xlsx`)) as never);
  const sheet = present(workbook.worksheets[0]);
  const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const xlsx: Record<string, string>[] = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    xlsx.push(Object.fromEntries(headers.map((h, i) => [h, xlsxText(row.getCell(i + 1).value)])));
  });
  return { csvBytes, csv, json, xlsx, headers };
}

/** A dataset's rows as the CSV gives them. */
const rowsOf = async (path: string) => (await filesOf(path)).csv;
/** Everything a file says, in all three formats, for looking for what must not be there. */
async function allText(path: string) {
  const { csvBytes, json, xlsx } = await filesOf(path);
  return [Buffer.from(csvBytes).toString("utf8"), JSON.stringify(json), JSON.stringify(xlsx)].join("\n");
}

/** An XLSX cell as the CSV writes it: amounts with two decimals, dates as YYYY-MM-DD, empty as "". */
function xlsxText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}
/** The CSV's text for comparison with XLSX numbers: "28320.00" and 28320 are the same amount. */
const sameCell = (csv: string, xlsx: string) =>
  csv === xlsx || (csv !== "" && /^-?\d+(\.\d+)?$/.test(csv) && Number(csv) === Number(xlsx));

describe.concurrent("open data", BROWSER_TESTS, () => {
  it("lists every dataset of every community and county in a DCAT catalogue that is valid JSON-LD, and every file resolves", async () => {
    const { doc, datasets } = await catalogue();
    // Expanding checks the JSON-LD; the context is inline, so nothing is fetched.
    const expanded = await jsonld.expand(doc as never);
    const catalog = present(expanded[0]);
    expect(catalog["@type"]).toEqual(["http://www.w3.org/ns/dcat#Catalog"]);
    const expandedDatasets = catalog["http://www.w3.org/ns/dcat#dataset"] as Record<string, unknown>[];
    expect(expandedDatasets.length).toBe(datasets.length);
    for (const d of expandedDatasets) {
      expect(d["@type"]).toEqual(["http://www.w3.org/ns/dcat#Dataset"]);
      expect(d["http://purl.org/dc/terms/license"]).toEqual([{ "@id": "https://creativecommons.org/licenses/by/4.0/" }]);
      expect((d["http://www.w3.org/ns/dcat#distribution"] as unknown[]).length).toBe(3);
    }

    const ids = datasets.map((d) => d["dct:identifier"]);
    for (const id of ["RJ-FUMIN/disclosures", "RJ-FUMIN/finance-entries", "RJ-FUMIN/fee-prices", "RJ-FUMIN/fee-months"]) {
      expect(ids).toContain(id);
    }
    expect(ids).toContain("RJ-FUMIN/jobs");
    expect(ids).toContain("RJ/jobs");
    expect(ids).toContain("RJ/courses");
    for (const id of NEW_DATASETS) expect(ids).toContain(`RJ-FUMIN/${id}`);
    expect(ids).toContain("RJ/projects");
    for (const d of datasets) {
      expect(d["dcat:accrualPeriodicity"]).toMatch(/^http:\/\/publications\.europa\.eu\/resource\/authority\/frequency\/[A-Z]+$/);
      expect(d["dcat:distribution"].map((x) => x["dct:format"]).sort()).toEqual(["CSV", "JSON", "XLSX"]);
      for (const x of d["dcat:distribution"]) await download(pathOf(x["dcat:downloadURL"]));
    }
    // The last update is the newest publication in the data, never the build's time.
    const fumin = present(datasets.find((d) => d["dct:identifier"] === "RJ-FUMIN/disclosures"));
    const { data } = await portal.api.gql(
      graphql(`{ community(code: "RJ-FUMIN") { disclosures(first: 100) { edges { node { publishedAt withdrawnAt } } } } }`),
    );
    const times = present(data?.community).disclosures.edges.flatMap((e) => [e.node.publishedAt, e.node.withdrawnAt]);
    expect(fumin["dct:modified"]).toBe(
      times
        .filter((t): t is string => Boolean(t))
        .sort()
        .at(-1),
    );
  });

  it("gives each dataset in CSV with a BOM, XLSX and JSON with the same rows", async () => {
    const { datasets } = await catalogue();
    const sample = datasets.filter((d) => d["dct:identifier"].startsWith("RJ-FUMIN/") || d["dct:identifier"].startsWith("RJ/"));
    expect(sample.length).toBeGreaterThanOrEqual(7);
    for (const d of sample) {
      const path = pathOf(present(d["dcat:distribution"][0])["dcat:downloadURL"]).replace(/\.[a-z]+$/, "");
      const { csvBytes, csv, json, xlsx, headers } = await filesOf(path);
      expect([...csvBytes.slice(0, 3)], path).toEqual(BOM);
      expect(csv.length, path).toBeGreaterThan(0);
      expect(Object.keys(present(csv[0])), path).toEqual(headers);
      expect(
        json.columns.map((c) => c.header),
        path,
      ).toEqual(headers);
      expect(xlsx.length, path).toBe(csv.length);
      csv.forEach((row, i) => {
        const fromJson = present(json.rows[i]);
        for (const { field, header } of json.columns) {
          expect(fromJson[field] ?? "", `${path} row ${i + 1} ${header}`).toBe(row[header]);
          const cell = present(xlsx[i])[header] ?? "";
          expect(sameCell(row[header] ?? "", cell), `${path} row ${i + 1} ${header}: ${row[header]} / ${cell}`).toBe(true);
        }
      });
    }
    // Each place's part of the catalogue, which partial builds reuse, says the same as the files.
    for (const [base, code] of [
      ["/c/RJ-FUMIN", "RJ-FUMIN"],
      ["/county/RJ", "RJ"],
    ] as const) {
      const part = JSON.parse(Buffer.from(await download(`${base}/data/datasets.json`)).toString("utf8")) as {
        code: string;
        datasets: { id: string; rows: number; files: { href: string }[] }[];
      };
      expect(part.code).toBe(code);
      const listed = sample.filter((d) => d["dct:identifier"].startsWith(`${code}/`));
      expect(part.datasets.map((d) => `${code}/${d.id}`)).toEqual(listed.map((d) => d["dct:identifier"]));
      for (const d of part.datasets) {
        expect(d.rows, d.id).toBe((await rowsOf(`${base}/data/${d.id}`)).length);
        const inCatalogue = listed.find((l) => l["dct:identifier"] === `${code}/${d.id}`);
        expect(d.files.map((f) => f.href)).toEqual(inCatalogue?.["dcat:distribution"].map((x) => pathOf(x["dcat:downloadURL"])));
      }
    }
  });

  it("publishes the same records as the API: disclosures, fee months, jobs and finance entries", async () => {
    const DISCLOSURES = graphql(`query Disclosures($after: String) { community(code: "RJ-FUMIN") {
      disclosures(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id title contentHash } } } } }`);
    type DisclosurePage = NonNullable<ResultOf<typeof DISCLOSURES>["community"]>["disclosures"];
    const published: DisclosurePage["edges"][number]["node"][] = [];
    for (let after: string | null = null; ; ) {
      const page: DisclosurePage = present((await portal.api.gql(DISCLOSURES, { after })).data?.community).disclosures;
      published.push(...page.edges.map((e) => e.node));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(published.length).toBeGreaterThan(100);
    expect((await rowsOf("/c/RJ-FUMIN/data/disclosures")).map((r) => [r.编号, r.标题, r["SHA-256 校验值"]])).toEqual(
      published.map((d) => [d.id, d.title, d.contentHash]),
    );

    const { data: fees } = await portal.api.gql(
      graphql(
        `{ community(code: "RJ-FUMIN") { feeItems { name months { month buildings { building amountDue amountCollected householdsPaid } } } } }`,
      ),
    );
    const buildings = present(fees?.community).feeItems.flatMap((f) =>
      f.months.flatMap((m) =>
        m.buildings.map((b) => [
          f.name,
          m.month,
          b.building ?? "全社区",
          b.amountDue,
          b.amountCollected,
          String(b.householdsPaid),
        ]),
      ),
    );
    expect(buildings.length).toBeGreaterThan(0);
    expect(
      (await rowsOf("/c/RJ-FUMIN/data/fee-months")).map((r) => [
        r.收费项目,
        r.月份,
        r.楼栋,
        r["应收金额（元）"],
        r["实收金额（元）"],
        r.已缴户数,
      ]),
    ).toEqual(buildings);

    const { data: jobs } = await portal.api.gql(
      graphql(
        `{ jobPostings(first: 100, filter: { countyCode: "RJ" }) { edges { node { title payMin applyPhone employer { name } } } } }`,
      ),
    );
    expect(
      (await rowsOf("/county/RJ/data/jobs")).map((r) => [r.岗位名称, r["月收入下限（元）"], r.联系电话, r.用工单位]),
    ).toEqual(present(jobs).jobPostings.edges.map((e) => [e.node.title, e.node.payMin, e.node.applyPhone, e.node.employer.name]));

    const { data: books } = await portal.api.gql(
      graphql(
        `{ community(code: "RJ-FUMIN") { financePeriods(first: 100) { edges { node { entries(first: 1) { totalCount } } } } } }`,
      ),
    );
    const entries = present(books?.community).financePeriods.edges.reduce((n, e) => n + e.node.entries.totalCount, 0);
    expect((await rowsOf("/c/RJ-FUMIN/data/finance-entries")).length).toBe(entries);
  });

  it("puts every dataset and the catalogue in the whole-site archive", async () => {
    const { datasets } = await catalogue();
    const files = unzipSync(await download("/data/sunboard-open-data.zip"));
    expect(Object.keys(files)).toContain("catalog.jsonld");
    const paths = datasets.flatMap((d) => d["dcat:distribution"].map((x) => pathOf(x["dcat:downloadURL"]).slice(1)));
    expect(Object.keys(files).sort()).toEqual(["catalog.jsonld", ...paths].sort());
    for (const id of NEW_DATASETS) {
      for (const format of ["csv", "xlsx", "json"]) expect(Object.keys(files)).toContain(`c/RJ-FUMIN/data/${id}.${format}`);
    }
    const csv = present(paths.find((p) => p.endsWith("fee-months.csv")));
    expect(Buffer.from(present(files[csv])).equals(Buffer.from(await download(`/${csv}`)))).toBe(true);
  });

  it("lists every place on /data/ and each place's datasets on its own page, and offers downloads beside the lists, without JavaScript", async () => {
    const page = await portal.noJs.newPage();
    await page.goto(`${portal.api.url}/data/`);
    const text = (await page.locator("main").textContent()) ?? "";
    expect(text).toContain("CC BY 4.0");
    expect(text).toContain("最近更新");
    const { datasets } = await catalogue();
    // A dataset is identified by its row on its place's data page.
    const byPlace = new Map<string, string[]>();
    for (const d of datasets) {
      const url = new URL(d["@id"]);
      byPlace.set(url.pathname, [...(byPlace.get(url.pathname) ?? []), url.hash.slice(1)]);
    }
    expect([...byPlace.keys()]).toContain("/c/RJ-FUMIN/data/");
    expect([...byPlace.keys()]).toContain("/county/RJ/data/");
    const listed = await page.locator("li[data-place] a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(listed.sort()).toEqual([...byPlace.keys()].sort());
    // The province-wide page names places, not datasets, so it stays small on a phone.
    expect(await page.locator('script[type="application/ld+json"]').count()).toBe(0);
    expect(await page.locator('link[rel="alternate"][type="application/ld+json"]').getAttribute("href")).toBe(
      "/data/catalog.jsonld",
    );
    for (const [path, ids] of byPlace) {
      await page.goto(`${portal.api.url}${path}`);
      expect(await page.locator("main li[id]").evaluateAll((lis) => lis.map((li) => li.id)), path).toEqual(ids);
      const embedded = JSON.parse(present(await page.locator('script[type="application/ld+json"]').textContent()));
      expect(
        embedded["@graph"].map((d: CatalogDataset) => d["@id"]),
        path,
      ).toEqual(datasets.filter((d) => new URL(d["@id"]).pathname === path).map((d) => d["@id"]));
      expect(await page.locator("main li[id] a[download]").count(), path).toBe(ids.length * 3);
    }
    for (const [path, id] of [
      ["/c/RJ-FUMIN/fees/", "fee-months"],
      ["/c/RJ-FUMIN/finance/", "finance-entries"],
      ["/c/RJ-FUMIN/jobs/", "jobs"],
      ["/county/RJ/training/", "courses"],
      ["/c/RJ-FUMIN/catalogue/", "catalogue"],
      ["/c/RJ-FUMIN/decisions/", "decision-stages"],
      ["/c/RJ-FUMIN/projects/", "project-stages"],
      ["/county/RJ/projects/", "projects"],
      ["/c/RJ-FUMIN/people/", "people"],
      ["/c/RJ-FUMIN/elections/", "election-results"],
      ["/c/RJ-FUMIN/assistance/", "assistance-rows"],
      ["/c/RJ-FUMIN/questions/", "questions"],
      ["/c/RJ-FUMIN/party/", "party-records"],
      ["/c/RJ-FUMIN/welfare/", "welfare-posts"],
      ["/c/RJ-FUMIN/employment/", "employment-months"],
    ] as const) {
      await page.goto(`${portal.api.url}${path}`);
      const links = await page
        .locator(`aside.downloads a[href*="/data/${id}."]`)
        .evaluateAll((as) => as.map((a) => a.getAttribute("href")));
      expect(links.length, path).toBe(3);
      const place = path.startsWith("/county/") ? "/county/RJ/data/" : "/c/RJ-FUMIN/data/";
      expect(await page.locator(`aside.downloads a[href="${place}"]`).count(), path).toBe(1);
    }
    // The community home points at its data page.
    await page.goto(`${portal.api.url}/c/RJ-FUMIN/`);
    const href = present(await page.locator("[data-place-data] a").getAttribute("href"));
    expect(href).toBe("/c/RJ-FUMIN/data/");
    await page.goto(`${portal.api.url}${href}`);
    expect(await page.locator("main li#disclosures").count()).toBe(1);
    await page.close();
  });

  it("has no WCAG 2.1 A/AA violations that axe-core can detect on the data pages", async () => {
    for (const { path, violations } of await axeByPath(portal, ["/data/", "/c/RJ-FUMIN/data/", "/county/RJ/data/"])) {
      expect({ path, violations }).toEqual({ path, violations: [] });
    }
  });
});

describe.concurrent(
  "open data of the catalogue, decisions, projects, rosters, elections, assistance and questions",
  BROWSER_TESTS,
  () => {
    const sorted = <T>(rows: T[]) => rows.map((r) => JSON.stringify(r)).sort();

    it("publishes the same catalogue, decisions and projects as the API", async () => {
      const catalogue = await rowsOf("/c/RJ-FUMIN/data/catalogue");
      expect(catalogue.length).toBeGreaterThan(0);
      // Statuses are judged on the day the file states; asking the API about that day gives the same.
      const day = present(present(catalogue[0]).状态计算日期);
      const { data: cat } = await portal.api.gql(
        graphql(`query Cat($asOf: DateTime!) { community(code: "RJ-FUMIN") { catalogue(asOf: $asOf) {
        item { name categoryName cadenceLabel } status statusText lastPublication { title disclosureId } } } }`),
        { asOf: `${day}T12:00:00+08:00` },
      );
      expect(
        catalogue.map((r) => [r.类别, r.公开事项, r.公开频次, r.状态, r.是否逾期, r.最近一次公开, r.最近公开事项编号]),
      ).toEqual(
        present(cat?.community).catalogue.map((e) => [
          e.item.categoryName,
          e.item.name,
          e.item.cadenceLabel,
          e.statusText,
          e.status === "OVERDUE" ? "是" : "否",
          e.lastPublication?.title ?? "",
          e.lastPublication?.disclosureId ?? "",
        ]),
      );
      // The flag where an item is overdue: the community the county's overdue ranking puts first.
      const { data: ranking } = await portal.api.gql(
        graphql(
          `query Overdue($asOf: DateTime!) { county(code: "RJ") { overdue(asOf: $asOf) { community { code } overdue { item { name } } } } }`,
        ),
        { asOf: `${day}T12:00:00+08:00` },
      );
      const worst = present(present(ranking?.county).overdue[0]);
      expect(worst.overdue.length).toBeGreaterThan(0);
      expect(
        (await rowsOf(`/c/${worst.community.code}/data/catalogue`)).filter((r) => r.是否逾期 === "是").map((r) => r.公开事项),
      ).toEqual(worst.overdue.map((e) => e.item.name));

      const { data: dec } = await portal.api.gql(
        graphql(`{ community(code: "RJ-FUMIN") { decisions { id subject amount statusLabel
        stages { position kindLabel outcomeLabel voted votesFor notice { contentHash } } } } }`),
      );
      const decisions = present(dec?.community).decisions;
      expect(decisions.length).toBeGreaterThan(0);
      expect((await rowsOf("/c/RJ-FUMIN/data/decisions")).map((r) => [r.编号, r.事项, r["涉及金额（元）"], r.进展])).toEqual(
        decisions.map((d) => [d.id, d.subject, d.amount, d.statusLabel]),
      );
      expect(
        (await rowsOf("/c/RJ-FUMIN/data/decision-stages")).map((r) => [
          r.事项编号,
          r.步骤,
          r.会议,
          r.结果,
          r.赞成,
          r["SHA-256 校验值"],
        ]),
      ).toEqual(
        decisions.flatMap((d) =>
          d.stages.map((s) => [
            d.id,
            String(s.position),
            s.kindLabel,
            s.outcomeLabel,
            s.voted ? String(s.votesFor) : "",
            s.notice?.contentHash ?? "",
          ]),
        ),
      );

      const { data: proj } = await portal.api.gql(
        graphql(`{ community(code: "RJ-FUMIN") { projects { id name money { budget spent variance } } }
        county(code: "RJ") { projects { id } } }`),
      );
      const projects = present(proj?.community).projects;
      expect(projects.length).toBeGreaterThan(0);
      expect(
        (await rowsOf("/c/RJ-FUMIN/data/projects")).map((r) => [
          r.编号,
          r.项目名称,
          r["批准预算（元）"],
          r["已支出（元）"],
          r["预算结余（元）"],
        ]),
      ).toEqual(projects.map((p) => [p.id, p.name, p.money.budget, p.money.spent, p.money.variance]));
      expect((await rowsOf("/county/RJ/data/projects")).map((r) => r.编号)).toEqual(
        present(proj?.county).projects.map((p) => p.id),
      );
      const stages = await Promise.all(
        projects.map(async (p) => {
          const { data } = await portal.api.gql(
            graphql(
              `query Stages($id: ID!) { fundedProject(id: $id) { stages { kindLabel date amount notice { contentHash } } } }`,
            ),
            { id: p.id },
          );
          return present(data?.fundedProject).stages.map((s) => [
            p.id,
            s.kindLabel,
            s.date,
            s.amount ?? "",
            s.notice?.contentHash ?? "",
          ]);
        }),
      );
      expect(
        (await rowsOf("/c/RJ-FUMIN/data/project-stages")).map((r) => [
          r.项目编号,
          r.阶段,
          r.日期,
          r["金额（元）"],
          r["SHA-256 校验值"],
        ]),
      ).toEqual(stages.flat());
    });

    it("publishes the same people, election results, assistance lists and questions as the API", async () => {
      const { data: roster } = await portal.api.gql(
        graphql(`{ community(code: "RJ-FUMIN") {
        organizations { name postings { name role publicPhone } }
        grids { name leader { name title publicPhone } workers { name title publicPhone } }
        buildings { name heads { name title publicPhone } }
        serviceStaff { name title publicPhone } } }`),
      );
      const r = present(roster?.community);
      const people = [
        ...r.organizations.flatMap((o) => o.postings.map((p) => [p.name, p.role, p.publicPhone ?? ""])),
        ...r.grids.flatMap((g) => [...g.leader, ...g.workers].map((p) => [p.name, p.title, p.publicPhone ?? ""])),
        ...r.buildings.flatMap((b) => b.heads.map((p) => [p.name, p.title, p.publicPhone ?? ""])),
        ...r.serviceStaff.map((p) => [p.name, p.title, p.publicPhone ?? ""]),
      ];
      expect(people.length).toBeGreaterThan(5);
      expect(sorted((await rowsOf("/c/RJ-FUMIN/data/people")).map((p) => [p.姓名, p.职务, p.值班电话]))).toEqual(sorted(people));

      const { data: el } = await portal.api.gql(
        graphql(`{ community(code: "RJ-FUMIN") { elections { id candidates { name post votes resultLabel } } } }`),
      );
      const candidates = present(el?.community).elections.flatMap((e) =>
        e.candidates.map((c) => [e.id, c.name, c.post, c.votes === null ? "" : String(c.votes), c.resultLabel]),
      );
      expect(candidates.length).toBeGreaterThan(0);
      expect(
        (await rowsOf("/c/RJ-FUMIN/data/election-results")).map((c) => [c.选举编号, c.候选人, c.职务, c.得票, c.结果]),
      ).toEqual(candidates);

      const ListRows = graphql(
        `query ListRows($id: ID!) { assistanceList(id: $id) { rows { sequence recipient residentGroup amount } } }`,
      );
      const { data: lists } = await portal.api.gql(
        graphql(`{ community(code: "RJ-FUMIN") { assistanceLists { id kindLabel totals { households amount } } } }`),
      );
      const assistance = present(lists?.community).assistanceLists;
      expect(assistance.length).toBeGreaterThan(0);
      expect(
        (await rowsOf("/c/RJ-FUMIN/data/assistance-lists")).map((l) => [l.名单编号, l.救助类别, l.户数, l["金额（元）"]]),
      ).toEqual(assistance.map((l) => [l.id, l.kindLabel, String(l.totals.households), l.totals.amount]));
      const households = await Promise.all(
        assistance.map(async (l) =>
          present((await portal.api.gql(ListRows, { id: l.id })).data?.assistanceList).rows.map((row) => [
            l.id,
            String(row.sequence),
            row.recipient,
            row.residentGroup,
            row.amount,
          ]),
        ),
      );
      expect(
        (await rowsOf("/c/RJ-FUMIN/data/assistance-rows")).map((h) => [
          h.名单编号,
          h.序号,
          h["姓名（部分隐去）"],
          h.居民小组或楼栋,
          h["金额（元）"],
        ]),
      ).toEqual(households.flat());

      const { data: qs } = await portal.api.gql(
        graphql(`{ community(code: "RJ-FUMIN") { questions { id askerLabel text hiddenReason answer { text contentHash } } } }`),
      );
      const questions = present(qs?.community).questions;
      expect(questions.length).toBeGreaterThan(0);
      expect((await rowsOf("/c/RJ-FUMIN/data/questions")).map((q) => [q.编号, q.提问人, q.问题, q.隐藏原因, q.答复])).toEqual(
        questions.map((q) => [q.id, q.askerLabel, q.text ?? "", q.hiddenReason ?? "", q.answer?.text ?? ""]),
      );
    });

    it("never publishes a full name, contact or unpublished text where the public page masks or withholds it", async () => {
      const db = portal.api.db;
      const mobileOrId = /(?<!\d)(1[3-9]\d{9}|\d{17}[\dXx])(?!\d)/;

      const fullNames = (await db.assistanceRow.findMany({ select: { recipientName: true } })).map((r) => r.recipientName);
      expect(fullNames.length).toBeGreaterThan(0);
      for (const id of ["assistance-rows", "assistance-lists"]) {
        const text = await allText(`/c/RJ-FUMIN/data/${id}`);
        for (const name of fullNames) expect(text, `${id} names ${name} in full`).not.toContain(name);
        // SHA-256 values and record ids are random hex and base 36: a run of 11 digits in one
        // (such as e18642257394f) is no phone number, and failed this test one run in a few.
        const withoutHashesOrIds = text.replace(/\b[0-9a-f]{64}\b/g, "<hash>").replace(/\bc[0-9a-z]{24}\b/g, "<id>");
        expect(withoutHashesOrIds).not.toMatch(mobileOrId);
      }
      // The masked names are there, so the check above looked at the right file.
      expect(await allText("/c/RJ-FUMIN/data/assistance-rows")).toMatch(/"姓名（部分隐去）":"\p{Script=Han}\*/u);

      const fumin = await db.community.findUniqueOrThrow({ where: { code: "RJ-FUMIN" } });
      const questions = await db.question.findMany({
        where: { communityId: fumin.id },
        select: { askerName: true, contact: true },
      });
      const questionFile = await allText("/c/RJ-FUMIN/data/questions");
      const askers = questions.flatMap((q) => (q.askerName ? [q.askerName] : []));
      expect(askers.length).toBeGreaterThan(0);
      for (const name of askers) expect(questionFile, `asker ${name} in full`).not.toContain(name);
      for (const q of questions) if (q.contact) expect(questionFile, "an asker's contact").not.toContain(q.contact);

      // The voter list is published only masked on the page; the results file names candidates, never voters.
      const elections = await db.election.findMany({
        where: { organization: { community: { code: "RJ-FUMIN" } } },
        select: { voters: { select: { name: true } }, candidates: { select: { name: true } } },
      });
      const candidates = new Set(elections.flatMap((e) => e.candidates.map((c) => c.name)));
      const voters = elections.flatMap((e) => e.voters.map((v) => v.name)).filter((n) => !candidates.has(n));
      expect(voters.length).toBeGreaterThan(0);
      const electionFile = await allText("/c/RJ-FUMIN/data/election-results");
      for (const name of voters) expect(electionFile, `voter ${name}`).not.toContain(name);

      // The roster file has exactly the public posting fields: no column for anything else.
      const { headers } = await filesOf("/c/RJ-FUMIN/data/people");
      expect(headers).toEqual(["类别", "所在组织、网格、楼栋或窗口", "姓名", "职务", "分工", "值班电话", "任职日期"]);
    });
  },
);

describe.concurrent("open data of Party affairs, public-welfare posts and employment goals", BROWSER_TESTS, () => {
  it("publishes the same Party-affairs records, welfare posts and employment months as the API", async () => {
    const { data: party } = await portal.api.gql(
      graphql(`{ community(code: "RJ-FUMIN") {
        partyMeetings { id kindLabel heldOn present members notice { contentHash } }
        partyNotices { id opensOn candidates { name } notice { contentHash } }
        partyAppraisals { id year participants notice { contentHash } }
        partyFeeMonths { month amount payers members notice { contentHash } } } }`),
    );
    const p = present(party?.community);
    for (const records of [p.partyMeetings, p.partyNotices, p.partyAppraisals, p.partyFeeMonths]) {
      expect(records.length).toBeGreaterThan(0);
    }
    expect(
      (await rowsOf("/c/RJ-FUMIN/data/party-records")).map((r) => [
        r.类别,
        r.记录编号,
        r.日期,
        r.应到或应缴人数,
        r["实到、参评、公示或已缴人数"],
        r["党费合计（元）"],
        r["SHA-256 校验值"],
      ]),
    ).toEqual([
      ...p.partyMeetings.map((m) => [
        "组织生活会议",
        m.id,
        m.heldOn,
        String(m.members),
        String(m.present),
        "",
        m.notice.contentHash ?? "",
      ]),
      ...p.partyNotices.map((n) => [
        "发展党员公示",
        n.id,
        n.opensOn,
        "",
        String(n.candidates.length),
        "",
        n.notice.contentHash ?? "",
      ]),
      ...p.partyAppraisals.map((a) => ["民主评议党员", a.id, "", "", String(a.participants), "", a.notice.contentHash ?? ""]),
      ...p.partyFeeMonths.map((f) => [
        "党费收缴",
        "",
        f.month,
        String(f.members),
        String(f.payers),
        f.amount,
        f.notice.contentHash ?? "",
      ]),
    ]);

    // Who holds a post depends on the day: the file states it, and the API asked about that day agrees.
    const posts = await rowsOf("/c/RJ-FUMIN/data/welfare-posts");
    expect(posts.length).toBeGreaterThan(0);
    const on = present(present(posts[0]).计算日期);
    const { data: welfare } = await portal.api.gql(
      graphql(`query Posts($on: String!) { community(code: "RJ-FUMIN") { welfare(on: $on) {
        posts { code title monthlySubsidy holder(on: $on) { maskedName statusLabel(on: $on) startsOn } } } } }`),
      { on },
    );
    expect(posts.map((r) => [r.岗位编号, r.岗位, r["月补贴（元）"], r["人员（部分隐去）"], r.状态, r.上岗日期])).toEqual(
      present(welfare?.community).welfare.posts.map((x) => [
        x.code,
        x.title,
        x.monthlySubsidy,
        x.holder?.maskedName ?? "",
        x.holder?.statusLabel ?? "空缺",
        x.holder?.startsOn ?? "",
      ]),
    );

    const { data: employment } = await portal.api.gql(
      graphql(`{ community(code: "RJ-FUMIN") { employmentMonths(last: 60) {
        month householdsWithLabour employedTotal contentHash goals { goal rate { percent } } } } }`),
    );
    const months = present(employment?.community).employmentMonths;
    expect(months.length).toBeGreaterThan(0);
    const rate = (m: (typeof months)[number], goal: string) => m.goals.find((g) => g.goal === goal)?.rate.percent ?? "";
    expect(
      (await rowsOf("/c/RJ-FUMIN/data/employment-months")).map((r) => [
        r.月份,
        r.有劳动力户,
        r["户就业率（%）"],
        r["培训率（%）"],
        r.就业人数,
        r["SHA-256 校验值"],
      ]),
    ).toEqual(
      months.map((m) => [
        m.month,
        String(m.householdsWithLabour),
        rate(m, "HOUSEHOLD_EMPLOYMENT"),
        rate(m, "TRAINING"),
        String(m.employedTotal),
        m.contentHash ?? "",
      ]),
    );
  });

  it("never names a welfare post holder or a Party development candidate in full", async () => {
    const db = portal.api.db;
    const holders = await db.welfareTenure.findMany({
      where: { post: { community: { code: "RJ-FUMIN" } } },
      select: { holderName: true },
    });
    expect(holders.length).toBeGreaterThan(0);
    const welfareFile = await allText("/c/RJ-FUMIN/data/welfare-posts");
    for (const { holderName } of holders) expect(welfareFile, `holder ${holderName} in full`).not.toContain(holderName);
    // The masked names are there, so the check above looked at the right file.
    expect(welfareFile).toMatch(/"人员（部分隐去）":"\p{Script=Han}\*/u);

    const candidates = await db.partyDevelopmentCandidate.findMany({ select: { name: true } });
    expect(candidates.length).toBeGreaterThan(0);
    // 富民's notice has closed and 凤凰's is open on the seeding day: neither names anyone in the file.
    for (const code of ["RJ-FUMIN", "RJ-FENGHUANG"]) {
      const partyFile = await allText(`/c/${code}/data/party-records`);
      for (const { name } of candidates) expect(partyFile, `candidate ${name} in ${code}`).not.toContain(name);
    }
  });
});

describe("open data of residents' questions awaiting moderation or hidden", BROWSER_TESTS, () => {
  it("publishes a hidden question's reason and a waiting question's standing, never their text, the full name or the contact", async () => {
    const api = await startTestServer();
    const out = projectTempDir("data-questions-");
    try {
      const period = await api.db.financePeriod.findFirstOrThrow({
        where: { month: "2026-09", community: { code: "RJ-FUMIN" } },
      });
      const ASK = graphql(`mutation Ask($input: AskQuestionInput!) { askQuestion(input: $input) {
        __typename ... on AskQuestionSuccess { question { id } } } }`);
      const MODERATE =
        graphql(`mutation Moderate($id: ID!, $reason: String) { moderateQuestion(id: $id, action: HIDE, reason: $reason) {
        __typename } }`);
      const ask = async (text: string, name: string, contact: string) =>
        member(
          (await api.gql(ASK, { input: { subjectKind: "FINANCE_PERIOD", subjectId: period.id, text, name, contact } })).data
            ?.askQuestion,
          "AskQuestionSuccess",
        ).question.id;
      const waiting = await ask("尚未审核的问题原文：三号楼的维修费", "测试欧阳明月", "13912345678");
      const hidden = await ask("将被隐藏的问题原文：含某户的门牌号", "测试司马青云", "0851-7654321");
      const editor = await api.tokenFor("COMMUNITY_EDITOR", { communities: ["RJ-FUMIN"] });
      expect((await api.gql(MODERATE, { id: hidden, reason: "含个人隐私" }, editor)).data?.moderateQuestion?.__typename).toBe(
        "ModerateQuestionSuccess",
      );

      await buildPortal(api.databaseUrl, out, { quiet: true, scope: await scopeOf(api.db, ["RJ-FUMIN"]) });
      const read = (format: string) => readFileSync(join(out, "c", "RJ-FUMIN", "data", `questions.${format}`));
      const csvText = read("csv").toString("utf8");
      const rows: Record<string, string>[] = parseCsv(csvText, { bom: true, columns: true });
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(read("xlsx") as never);
      const xlsxText = JSON.stringify(present(workbook.worksheets[0]).getSheetValues());
      for (const text of [csvText, read("json").toString("utf8"), xlsxText]) {
        for (const secret of [
          "尚未审核的问题原文",
          "将被隐藏的问题原文",
          "欧阳明月",
          "司马青云",
          "13912345678",
          "0851-7654321",
        ]) {
          expect(text).not.toContain(secret);
        }
      }
      const row = (id: string) =>
        present(
          rows.find((r) => r.编号 === id),
          id,
        );
      expect(row(waiting)).toMatchObject({ 提问人: "测*月", 问题: "", 隐藏原因: "" });
      expect(row(hidden)).toMatchObject({ 提问人: "测*云", 问题: "", 隐藏原因: "含个人隐私" });
    } finally {
      await api.close();
      rmSync(out, { recursive: true, force: true });
    }
  }, 600_000);
});
