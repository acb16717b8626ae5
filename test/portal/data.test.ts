import { parse as parseCsv } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import jsonld from "jsonld";
import { describe, expect, it } from "vitest";
import { graphql, present, type ResultOf } from "../support/graphql.ts";
import { BROWSER_TESTS, withDemoPortal } from "../support/portal.ts";

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
  });

  it("publishes the same records as the API: disclosures, fee months, jobs and finance entries", async () => {
    const rowsOf = async (path: string) => (await filesOf(path)).csv;

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
    const csv = present(paths.find((p) => p.endsWith("fee-months.csv")));
    expect(Buffer.from(present(files[csv])).equals(Buffer.from(await download(`/${csv}`)))).toBe(true);
  });

  it("lists the datasets on /data/ and offers downloads beside the lists, without JavaScript", async () => {
    const page = await portal.noJs.newPage();
    await page.goto(`${portal.api.url}/data/`);
    const text = (await page.locator("main").textContent()) ?? "";
    expect(text).toContain("CC BY 4.0");
    expect(text).toContain("最近更新");
    const { datasets } = await catalogue();
    expect(await page.locator("li[id]").count()).toBe(datasets.length);
    const embedded = JSON.parse(present(await page.locator('script[type="application/ld+json"]').textContent()));
    expect(embedded["dcat:dataset"].length).toBe(datasets.length);
    for (const [path, id] of [
      ["/c/RJ-FUMIN/fees/", "fee-months"],
      ["/c/RJ-FUMIN/finance/", "finance-entries"],
      ["/c/RJ-FUMIN/jobs/", "jobs"],
      ["/county/RJ/training/", "courses"],
    ] as const) {
      await page.goto(`${portal.api.url}${path}`);
      const links = await page
        .locator(`aside.downloads a[href*="/data/${id}."]`)
        .evaluateAll((as) => as.map((a) => a.getAttribute("href")));
      expect(links.length, path).toBe(3);
    }
    await page.close();
  });
});
