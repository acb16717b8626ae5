import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql, member, present, Refusal, refusal, type VariablesOf } from "../support/graphql.ts";
import { COMMUNITY_CODES } from "../support/operations.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

let s: TestServer;
let editor: string;
let other: string;
let items: Record<string, string>;

const PriceFields = graphql(`
  fragment PriceFields on FeePrice @_unmask {
    effectiveFrom effectiveTo basisDocument basisAuthority approvedOn residentsDecision
    tiers { from upTo unitPrice label } subsidy { perUnit source endsOn } consultation { from to opinionsSummary response }
    disclosure { id status contentHash }
  }
`);
const MonthFields = graphql(`
  fragment MonthFields on FeeMonth @_unmask {
    month label householdsBilled householdsPaid householdsInArrears amountDue amountCollected householdRate amountRate
    corrected disclosureId
    buildings { building householdsBilled householdsPaid householdsInArrears amountDue amountCollected householdRate note }
  }
`);

const PUBLISH_COLLECTION = graphql(
  `mutation PublishFeeCollection($input: FeeCollectionInput!) { publishFeeCollection(input: $input) {
    __typename ...Refusal ... on PublishFeeCollectionSuccess { month { ...MonthFields } } } }`,
  [Refusal, MonthFields],
);
const CORRECT_COLLECTION = graphql(
  `mutation CorrectFeeCollection($input: FeeCollectionInput!, $reason: String!) { correctFeeCollection(input: $input, reason: $reason) {
    __typename ...Refusal ... on CorrectFeeCollectionSuccess { month { ...MonthFields } } } }`,
  [Refusal, MonthFields],
);
const PUBLISH_PRICE = graphql(
  `mutation PublishFeePrice($input: PublishFeePriceInput!) { publishFeePrice(input: $input) {
    __typename ...Refusal ... on PublishFeePriceSuccess { price { ...PriceFields } } } }`,
  [Refusal, PriceFields],
);
const IMPORT = graphql(
  `mutation ImportFeeCollection($feeItemId: ID!, $month: String!, $fileName: String!, $content: String!) {
    importFeeCollection(feeItemId: $feeItemId, month: $month, fileName: $fileName, contentBase64: $content) {
      __typename ...Refusal ... on ImportFeeCollectionSuccess { month { ...MonthFields } } } }`,
  [Refusal, MonthFields],
);
const MONTHS_2026 = graphql(`
  query Months2026($id: ID!) { feeItem(id: $id) { months(year: 2026) { month disclosureId householdsPaid } } }
`);
const AUDIT = graphql(`
  query FeeAudit($action: String) { auditLog(first: 100, action: $action) { edges { node { outcome errorCode detail } } } }
`);

type CollectionRow = VariablesOf<typeof PUBLISH_COLLECTION>["input"]["rows"][number];
const row = (building: string, billed: number, paid: number, due: string, collected: string): CollectionRow => ({
  building,
  householdsBilled: billed,
  householdsPaid: paid,
  householdsInArrears: billed - paid,
  amountDue: due,
  amountCollected: collected,
});

const item = (code: string) => present(items[code], `fee item ${code}`);

/** Everything a refused fee write could have touched. */
const snapshot = async () => ({
  collections: await s.db.feeCollection.count(),
  prices: await s.db.feePrice.count(),
  disclosures: await s.db.disclosure.count(),
});

beforeAll(async () => {
  s = await startTestServer();
  editor = await s.tokenFor("COMMUNITY_EDITOR", { communities: ["RJ-TEHE"] });
  other = await s.tokenFor("COMMUNITY_EDITOR", { communities: ["RJ-FUMIN"] });
  const res = await s.gql(graphql(`{ community(code: "RJ-TEHE") { feeItems { id code } } }`));
  items = Object.fromEntries(present(res.data?.community).feeItems.map((f) => [f.code, f.id]));
});
afterAll(() => s.close());

describe("fee prices", () => {
  const PRICE_ON = graphql(
    `query PriceOn($id: ID!, $d: String!) { feeItem(id: $id) { unitLabel priceOn(date: $d) { ...PriceFields } } }`,
    [PriceFields],
  );
  const priceOn = (date: string) => s.gql(PRICE_ON, { id: item("PROPERTY"), d: date });

  it("answers which version applied on any date, with its basis", async () => {
    expect((await priceOn("2022-12-31")).data?.feeItem?.priceOn).toBeNull();
    const early = present((await priceOn("2023-01-01")).data?.feeItem?.priceOn);
    expect(early).toMatchObject({ effectiveFrom: "2023-01-01", effectiveTo: "2025-12-31", tiers: [{ unitPrice: "0.6000" }] });
    expect(early.basisDocument).toBe("榕发改价〔2022〕31号");
    expect((await priceOn("2025-12-31")).data?.feeItem?.priceOn?.effectiveFrom).toBe("2023-01-01");
    const now = present((await priceOn("2026-01-01")).data?.feeItem?.priceOn);
    expect(now).toMatchObject({
      effectiveFrom: "2026-01-01",
      effectiveTo: null,
      tiers: [{ from: 0, upTo: null, unitPrice: "0.8000", label: "全部用量" }],
      subsidy: { perUnit: "0.5000", endsOn: "2028-12-31" },
      consultation: { from: "2025-10-20", to: "2025-11-10" },
      disclosure: { status: "PUBLISHED" },
    });
    expect(now.residentsDecision).toContain("居民代表会议");
    const bad = await priceOn("2026-13-01");
    expect(bad.errors?.[0]?.message).toContain("YYYY-MM-DD");
  });

  it("publishes tiered prices exactly, as a new version that leaves the old one visible", async () => {
    const res = await s.gql(
      PUBLISH_PRICE,
      {
        input: {
          feeItemId: item("WATER"),
          effectiveFrom: "2027-01-01",
          tiers: [{ upTo: 15, unitPrice: "3.05" }, { upTo: 25, unitPrice: "4.575" }, { unitPrice: "9.15" }],
          basisDocument: "榕发改价〔2026〕3号",
          basisAuthority: "榕江县发展和改革局",
          approvedOn: "2026-11-01",
        },
      },
      editor,
    );
    expect(member(res.data?.publishFeePrice, "PublishFeePriceSuccess").price.tiers).toEqual([
      { from: 0, upTo: 15, unitPrice: "3.0500", label: "0–15吨/月" },
      { from: 15, upTo: 25, unitPrice: "4.5750", label: "15–25吨/月" },
      { from: 25, upTo: null, unitPrice: "9.1500", label: "25吨/月以上" },
    ]);
    const history = await s.gql(graphql(`query Prices($id: ID!) { feeItem(id: $id) { prices { effectiveFrom effectiveTo } } }`), {
      id: item("WATER"),
    });
    expect(history.data?.feeItem?.prices).toEqual([
      { effectiveFrom: "2027-01-01", effectiveTo: null },
      { effectiveFrom: "2024-07-01", effectiveTo: "2026-12-31" },
    ]);
    const again = await s.gql(
      PUBLISH_PRICE,
      {
        input: {
          feeItemId: item("WATER"),
          effectiveFrom: "2027-01-01",
          tiers: [{ unitPrice: "1" }],
          basisDocument: "x",
          basisAuthority: "x",
          approvedOn: "2026-11-01",
        },
      },
      editor,
    );
    expect(again.data?.publishFeePrice).toMatchObject({ code: "FEE_PRICE_EXISTS" });
  });

  it("refuses malformed prices field by field and writes nothing", async () => {
    const before = await snapshot();
    const res = await s.gql(
      PUBLISH_PRICE,
      {
        input: {
          feeItemId: item("WATER"),
          effectiveFrom: "2027-02-30",
          tiers: [
            { upTo: 20, unitPrice: "0.12345" },
            { upTo: 10, unitPrice: "-1" },
          ],
          basisDocument: "",
          basisAuthority: "县发改局",
          approvedOn: "2026-11-01",
        },
      },
      editor,
    );
    const fields = member(res.data?.publishFeePrice, "ValidationError").issues.map((i) => i.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        "input.effectiveFrom",
        "input.tiers.0.unitPrice",
        "input.tiers.1.unitPrice",
        "input.tiers.1.upTo",
        "input.basisDocument",
      ]),
    );
    expect(await snapshot()).toEqual(before);
  });
});

describe("collection status", () => {
  it("rolls buildings up exactly and computes rates from the stored counts", async () => {
    const res = await s.gql(
      PUBLISH_COLLECTION,
      {
        input: {
          feeItemId: item("PROPERTY"),
          month: "2026-11",
          rows: [row("1栋", 152, 139, "3648.00", "3384.00"), row("2栋", 151, 150, "3624.00", "3600.00")],
        },
      },
      editor,
    );
    const { month } = member(res.data?.publishFeeCollection, "PublishFeeCollectionSuccess");
    expect(month).toMatchObject({
      month: "2026-11",
      label: "2026年11月",
      householdsBilled: 303,
      householdsPaid: 289,
      householdsInArrears: 14,
      amountDue: "7272.00",
      amountCollected: "6984.00",
      householdRate: "95.38", // 289 / 303 = 0.953795… → 95.38
      amountRate: "96.04", // 6984 / 7272 = 0.960396… → 96.04
      corrected: false,
    });
    expect(month.buildings.map((b) => b.householdRate)).toEqual(["91.45", "99.34"]);
    const notice = await s.gql(
      graphql(`query Notice($id: ID!) { disclosure(id: $id) { title body category { code } period { code } hashVerified } }`),
      { id: month.disclosureId },
    );
    expect(notice.data?.disclosure).toMatchObject({
      title: "2026年11月物业管理费收缴情况",
      category: { code: "FEES" },
      period: { code: "2026-11" },
      hashVerified: true,
    });
    expect(notice.data?.disclosure?.body).toContain("| 合计 | 303 | 289 | 95.38% | 14 | 7272.00 | 6984.00 | 96.04% |");
  });

  it("has every demo month's rate equal to paid ÷ billed of its stored counts", async () => {
    const codes = present((await s.gql(COMMUNITY_CODES)).data).communities.edges.map((e) => e.node.code);
    expect(codes).toHaveLength(8);
    let checked = 0;
    for (const code of codes) {
      const res = await s.gql(
        graphql(`query FeeMonths($code: String!) { community(code: $code) { feeItems { months { householdsBilled householdsPaid
          householdRate amountDue buildings { householdsBilled amountDue } } } } }`),
        { code },
      );
      expect(res.errors).toBeUndefined();
      for (const item of present(res.data?.community).feeItems) {
        for (const m of item.months) {
          // Exact: 10000 · paid / billed, rounded half up, in hundredths of a percent.
          const hundredths = (BigInt(m.householdsPaid) * 20000n + BigInt(m.householdsBilled)) / (2n * BigInt(m.householdsBilled));
          expect(m.householdRate).toBe(`${hundredths / 100n}.${String(hundredths % 100n).padStart(2, "0")}`);
          const billed = m.buildings.reduce((t, b) => t + b.householdsBilled, 0);
          expect(billed).toBe(m.householdsBilled);
          const dueFen = m.buildings.reduce((t, b) => t + BigInt(b.amountDue.replace(".", "")), 0n);
          expect(dueFen).toBe(BigInt(m.amountDue.replace(".", "")));
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(150);
  });

  it("refuses a second publication of a month, and bad rows, writing nothing", async () => {
    const before = await snapshot();
    const twice = await s.gql(
      PUBLISH_COLLECTION,
      { input: { feeItemId: item("PROPERTY"), month: "2026-10", rows: [row("1栋", 10, 9, "240.00", "216.00")] } },
      editor,
    );
    expect(twice.data?.publishFeeCollection).toMatchObject({ code: "FEE_COLLECTION_EXISTS" });
    const bad = await s.gql(
      PUBLISH_COLLECTION,
      {
        input: {
          feeItemId: item("PROPERTY"),
          month: "2026-12",
          rows: [{ ...row("1栋", 10, 12, "240.001", "1e3"), householdsInArrears: 0 }, row("1栋", 5, 5, "1.00", "1.00")],
        },
      },
      editor,
    );
    const fields = member(bad.data?.publishFeeCollection, "ValidationError").issues.map((i) => i.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        "input.rows.0.householdsPaid",
        "input.rows.0.amountDue",
        "input.rows.0.amountCollected",
        "input.rows.1.building",
      ]),
    );
    const anonymous = await s.gql(PUBLISH_COLLECTION, {
      input: { feeItemId: item("PROPERTY"), month: "2026-12", rows: [row("1栋", 1, 1, "1", "1")] },
    });
    expect(anonymous.data?.publishFeeCollection).toMatchObject({ code: "UNAUTHENTICATED" });
    const forbidden = await s.gql(
      PUBLISH_COLLECTION,
      { input: { feeItemId: item("PROPERTY"), month: "2026-12", rows: [row("1栋", 1, 1, "1", "1")] } },
      other,
    );
    expect(forbidden.data?.publishFeeCollection).toMatchObject({ code: "FORBIDDEN" });
    expect(await snapshot()).toEqual(before);
  });

  it("corrects a month: new figures replace the old in the roll-up, and both notices stay", async () => {
    const before = await s.gql(MONTHS_2026, { id: item("WATER") });
    const march = present(before.data?.feeItem?.months.find((m) => m.month === "2026-03"));
    const res = await s.gql(
      CORRECT_COLLECTION,
      {
        input: {
          feeItemId: item("WATER"),
          month: "2026-03",
          rows: [
            {
              householdsBilled: 860,
              householdsPaid: 800,
              householdsInArrears: 60,
              amountDue: "36000.00",
              amountCollected: "33488.37",
            },
          ],
        },
        reason: "供水公司更正了3月实收金额",
      },
      editor,
    );
    const { month } = member(res.data?.correctFeeCollection, "CorrectFeeCollectionSuccess");
    expect(month).toMatchObject({ month: "2026-03", householdsPaid: 800, householdRate: "93.02", corrected: true });
    const original = await s.gql(
      graphql(`query Original($id: ID!) { disclosure(id: $id) { isCurrent correctedBy { id correctionReason } } }`),
      { id: march.disclosureId },
    );
    expect(original.data?.disclosure).toEqual({
      isCurrent: false,
      correctedBy: { id: month.disclosureId, correctionReason: "供水公司更正了3月实收金额" },
    });
    const after = await s.gql(MONTHS_2026, { id: item("WATER") });
    expect(after.data?.feeItem?.months.filter((m) => m.month === "2026-03")).toHaveLength(1);
  });
});

describe("collection import", () => {
  const csv = (lines: string[]) => Buffer.from(`\uFEFF${lines.join("\r\n")}\r\n`, "utf8").toString("base64");
  const HEADER = "楼栋,应缴户数,已缴户数,欠费户数,应收金额（元）,实收金额（元）,备注";

  it("imports every row of a good CSV", async () => {
    const res = await s.gql(
      IMPORT,
      {
        feeItemId: item("PROPERTY"),
        month: "2027-01",
        fileName: "1月.csv",
        content: csv([HEADER, "1栋,152,140,12,3648.00,3360.00,", "2栋,151,151,0,3624.00,3624.00,全部缴清"]),
      },
      editor,
    );
    const { month } = member(res.data?.importFeeCollection, "ImportFeeCollectionSuccess");
    expect(month).toMatchObject({
      householdsBilled: 303,
      householdsPaid: 291,
      amountCollected: "6984.00",
    });
    expect(month.buildings[1]?.note).toBe("全部缴清");
    // The audit log identifies the uploaded file by size and hash instead of storing it again.
    const log = await s.gql(AUDIT, { action: "importFeeCollection" }, await s.tokenFor("ADMIN"));
    const entry = present(log.data?.auditLog.edges[0]).node;
    expect(entry.outcome).toBe("OK");
    const detail = present(entry.detail, "the audit detail");
    expect(detail.length).toBeLessThan(600);
    expect(detail).not.toContain("5qW85qCL"); // no base64 of the file itself
  });

  it("imports every row of a good XLSX made from the downloadable template", async () => {
    const template = await fetch(`${s.url}/templates/fee-collection.xlsx`);
    expect(template.headers.get("content-type")).toContain("spreadsheetml");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await template.arrayBuffer());
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(1).getCell(5).value).toBe("应收金额（元）");
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const res = await s.gql(
      IMPORT,
      { feeItemId: item("PROPERTY"), month: "2027-02", fileName: "2月.xlsx", content: bytes.toString("base64") },
      editor,
    );
    expect(member(res.data?.importFeeCollection, "ImportFeeCollectionSuccess").month.buildings.map((b) => b.building)).toEqual([
      "1栋",
      "2栋",
    ]);
  });

  it("imports nothing from a file with one bad row, and names that row", async () => {
    const before = await snapshot();
    const res = await s.gql(
      IMPORT,
      {
        feeItemId: item("PROPERTY"),
        month: "2027-03",
        fileName: "3月.csv",
        content: csv([HEADER, "1栋,152,140,12,3648.00,3360.00,", "2栋,151,160,0,3624.00,3624.00,"]),
      },
      editor,
    );
    expect(res.data?.importFeeCollection).toMatchObject({ code: "VALIDATION_FAILED", field: "file.row3.householdsPaid" });
    expect(refusal(res.data?.importFeeCollection).message).toContain("第3行");
    expect(await snapshot()).toEqual(before);
  });
});

describe("audit", () => {
  it("logs fee writes, allowed and refused, like every other mutation", async () => {
    const admin = await s.tokenFor("ADMIN");
    const res = await s.gql(AUDIT, { action: "publishFeeCollection" }, admin);
    const outcomes = present(res.data).auditLog.edges.map((e) => e.node.outcome);
    expect(outcomes).toEqual(expect.arrayContaining(["OK", "UNAUTHENTICATED", "FORBIDDEN", "INVALID", "CONFLICT"]));
  });
});

describe("privacy", () => {
  it("publishes collection status as counts and amounts only, never a household", async () => {
    // Raw text: gql.tada does not type introspection.
    const res = await s.gql(`{ __schema { types { name fields { name } inputFields { name } } } }`);
    type Named = { name: string };
    const fieldsOf = (name: string) => {
      const types: (Named & { fields: Named[] | null; inputFields: Named[] | null })[] = res.data?.__schema.types;
      const type = present(
        types.find((t) => t.name === name),
        name,
      );
      return present(type.fields ?? type.inputFields)
        .map((f) => f.name)
        .sort();
    };
    const counts = ["amountCollected", "amountDue", "householdsBilled", "householdsInArrears", "householdsPaid"];
    expect(fieldsOf("FeeCollection")).toEqual([...counts, "building", "householdRate", "note"].sort());
    expect(fieldsOf("FeeCollectionRowInput")).toEqual([...counts, "building", "note"].sort());
    expect(fieldsOf("FeeMonth")).toEqual(
      [
        ...counts,
        "amountRate",
        "buildings",
        "contentHash",
        "corrected",
        "disclosureId",
        "householdRate",
        "label",
        "month",
      ].sort(),
    );
  });
});
