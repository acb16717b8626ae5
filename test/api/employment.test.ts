import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql, member, present, Refusal, refusal, type VariablesOf } from "../support/graphql.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

let s: TestServer;
let fuminEditor: string;
let teheEditor: string;
let countyEditor: string;

const MonthFields = graphql(`
  fragment EmploymentMonthFields on EmploymentMonth @_unmask {
    id month monthLabel householdsWithLabour householdsWithEmployed willingWorkers trainedWithinYear employedTotal note
    employedByKind { kind kindLabel count }
    goals { goal goalLabel rate { numerator denominator percent } target { percent wording source } gap met statusLabel }
    contentHash correctionReason
    disclosure { id status title body category { code } period { start } }
    corrects { id month householdsWithEmployed disclosure { id status } }
  }
`);

const PUBLISH = graphql(
  `mutation PublishEmploymentFigures($input: EmploymentFiguresInput!) { publishEmploymentFigures(input: $input) {
    __typename ...Refusal ... on PublishEmploymentFiguresSuccess { month { ...EmploymentMonthFields } } } }`,
  [Refusal, MonthFields],
);
const CORRECT = graphql(
  `mutation CorrectEmploymentFigures($input: EmploymentFiguresInput!, $reason: String!) {
    correctEmploymentFigures(input: $input, reason: $reason) {
      __typename ...Refusal ... on CorrectEmploymentFiguresSuccess { month { ...EmploymentMonthFields } } } }`,
  [Refusal, MonthFields],
);
const IMPORT = graphql(
  `mutation ImportEmploymentFigures($county: String!, $fileName: String!, $content: String!, $item: ID) {
    importEmploymentFigures(countyCode: $county, fileName: $fileName, contentBase64: $content, catalogueItemId: $item) {
      __typename ...Refusal ... on ImportEmploymentFiguresSuccess { months { ...EmploymentMonthFields } } } }`,
  [Refusal, MonthFields],
);
const MONTHS = graphql(
  `query EmploymentMonths($code: String!, $last: Int) { community(code: $code) { employmentMonths(last: $last) { ...EmploymentMonthFields } } }`,
  [MonthFields],
);
const RANKING = graphql(`
  query EmploymentRanking($county: String!, $month: String) { county(code: $county) { employmentRanking(month: $month) {
    month monthLabel
    rows { rank community { code } figures { month goals { goal rate { numerator denominator percent } gap } } }
  } } }
`);

type FiguresInput = VariablesOf<typeof PUBLISH>["input"];
const figures = (over: Partial<FiguresInput> = {}): FiguresInput => ({
  communityCode: "RJ-FUMIN",
  month: "2025-03",
  householdsWithLabour: 3,
  householdsWithEmployed: 2,
  willingWorkers: 9,
  trainedWithinYear: 6,
  employedLocalIndustry: 1,
  employedWorkshop: 1,
  employedWelfarePost: 0,
  employedLabourExport: 1,
  employedSelf: 0,
  ...over,
});

/** Everything a refused employment write could have touched. */
const snapshot = async () => ({
  figures: await s.db.employmentFigures.count(),
  disclosures: await s.db.disclosure.count(),
});

/** `part / whole` as a percentage string, two decimals, half up — by BigInt, independently of the API. */
const exactPercent = (part: number, whole: number) => {
  if (whole === 0) return null;
  const bp = (BigInt(part) * 20000n + BigInt(whole)) / (2n * BigInt(whole));
  return `${bp / 100n}.${String(bp % 100n).padStart(2, "0")}`;
};

const csv = (lines: string[]) => Buffer.from(`\uFEFF${lines.join("\r\n")}\r\n`, "utf8").toString("base64");
const HEADER =
  "社区,月份,有劳动力的搬迁户数,其中至少一人就业的户数,有就业培训意愿的搬迁劳动力人数,其中落户一年内接受培训的人数,园区及本地企业就业人数,扶贫车间就业人数,公益性岗位就业人数,外出务工人数,自主创业及灵活就业人数,说明";

beforeAll(async () => {
  s = await startTestServer();
  fuminEditor = await s.tokenFor("COMMUNITY_EDITOR", { communities: ["RJ-FUMIN"] });
  teheEditor = await s.tokenFor("COMMUNITY_EDITOR", { communities: ["RJ-TEHE"] });
  countyEditor = await s.tokenFor("COUNTY_EDITOR", { county: "RJ" });
});
afterAll(() => s.close());

describe("employment figures", () => {
  it("has twelve demo months per community, every rate exact from its counts and the targets beside it", async () => {
    for (const code of ["RJ-FUMIN", "RJ-DINGWEI", "SC-TONGLUOWAN"]) {
      const months = present((await s.gql(MONTHS, { code })).data?.community).employmentMonths;
      expect(months.map((m) => m.month)).toEqual([
        "2026-10",
        "2026-09",
        "2026-08",
        "2026-07",
        "2026-06",
        "2026-05",
        "2026-04",
        "2026-03",
        "2026-02",
        "2026-01",
        "2025-12",
        "2025-11",
      ]);
      for (const m of months) {
        const [household, training] = m.goals;
        expect(household).toMatchObject({
          goal: "HOUSEHOLD_EMPLOYMENT",
          rate: {
            numerator: m.householdsWithEmployed,
            denominator: m.householdsWithLabour,
            percent: exactPercent(m.householdsWithEmployed, m.householdsWithLabour),
          },
          target: { percent: "100.00" },
        });
        expect(training).toMatchObject({
          goal: "TRAINING",
          rate: {
            numerator: m.trainedWithinYear,
            denominator: m.willingWorkers,
            percent: exactPercent(m.trainedWithinYear, m.willingWorkers),
          },
          target: { percent: "100.00" },
        });
        expect(m.employedTotal).toBe(m.employedByKind.reduce((sum, k) => sum + k.count, 0));
        expect(m.householdsWithEmployed).toBeLessThanOrEqual(m.householdsWithLabour);
        expect(m.disclosure).toMatchObject({ status: "PUBLISHED", category: { code: "JOBS" } });
        expect(m.contentHash).toMatch(/^[0-9a-f]{64}$/);
      }
    }
  });

  it("prints 2 of 3 as 66.67 and the gap to 100 % as 33.33 points, publishing a hashed JOBS notice", async () => {
    const res = await s.gql(PUBLISH, { input: figures({ note: "试报" }) }, fuminEditor);
    const { month } = member(res.data?.publishEmploymentFigures, "PublishEmploymentFiguresSuccess");
    expect(month.goals[0]).toMatchObject({
      rate: { numerator: 2, denominator: 3, percent: "66.67" },
      gap: "33.33",
      met: false,
      statusLabel: "未达标（差 33.33 个百分点）",
    });
    expect(month.goals[1]).toMatchObject({ rate: { numerator: 6, denominator: 9, percent: "66.67" }, gap: "33.33" });
    expect(month.disclosure).toMatchObject({ status: "PUBLISHED", category: { code: "JOBS" }, period: { start: "2025-03-01" } });
    expect(month.disclosure.title).toBe("富民社区2025年3月就业目标完成情况");
    // The notice itself carries each rate with its counts, the target beside it and the gap.
    expect(month.disclosure.body).toContain("| 有劳动力的搬迁户至少一人就业 | 2 / 3 | 66.67% | 100.00% | 33.33 个百分点 |");
    expect(month.disclosure.body).toContain("说明：试报");
    expect(month.employedByKind.map((k) => k.kindLabel)).toEqual([
      "园区及本地企业就业",
      "扶贫车间就业",
      "公益性岗位就业",
      "外出务工",
      "自主创业及灵活就业",
    ]);
    // A zero denominator has no rate, rather than a made-up 0 % or 100 %.
    const empty = await s.gql(
      PUBLISH,
      {
        input: figures({
          month: "2025-02",
          householdsWithLabour: 0,
          householdsWithEmployed: 0,
          willingWorkers: 0,
          trainedWithinYear: 0,
          employedLocalIndustry: 0,
          employedWorkshop: 0,
          employedLabourExport: 0,
        }),
      },
      fuminEditor,
    );
    expect(member(empty.data?.publishEmploymentFigures, "PublishEmploymentFiguresSuccess").month.goals[0]).toMatchObject({
      rate: { percent: null },
      gap: null,
      met: null,
      statusLabel: "无数据",
    });
  });

  it("refuses inconsistent or malformed figures field by field, writing nothing", async () => {
    const before = await snapshot();
    const cases: [Partial<FiguresInput>, string, string][] = [
      [{ householdsWithEmployed: 4 }, "input.householdsWithEmployed", "不能多于有劳动力的搬迁户数"],
      [{ trainedWithinYear: 10 }, "input.trainedWithinYear", "不能多于有就业培训意愿的搬迁劳动力人数"],
      [
        { employedLocalIndustry: 0, employedWorkshop: 0, employedLabourExport: 1 },
        "input.householdsWithEmployed",
        "各类就业人数合计",
      ],
      [{ willingWorkers: 2, trainedWithinYear: 1 }, "input.willingWorkers", "不能少于各类就业人数合计"],
      [{ householdsWithLabour: -1 }, "input.householdsWithLabour", "不能为负"],
      [{ month: "2025-13" }, "input.month", "YYYY-MM"],
      [{ month: "2099-01" }, "input.month", "尚未到来"],
      [{ communityCode: "RJ-NOPE" }, "input.communityCode", "社区不存在"],
    ];
    const admin = await s.tokenFor("ADMIN");
    for (const [over, field, message] of cases) {
      const refused = refusal(
        (await s.gql(PUBLISH, { input: figures({ month: "2025-04", ...over }) }, admin)).data?.publishEmploymentFigures,
      );
      expect(refused, JSON.stringify(over)).toMatchObject({ code: "VALIDATION_FAILED" });
      const issue =
        refused.code === "VALIDATION_FAILED" && "issues" in refused ? refused.issues?.find((i) => i.field === field) : null;
      expect(issue?.message, `${JSON.stringify(over)} → ${JSON.stringify(refused)}`).toContain(message);
    }
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a second publication of a month, and corrects it: both versions stay, the correction points at the original", async () => {
    const input = figures({ month: "2025-05" });
    member((await s.gql(PUBLISH, { input }, fuminEditor)).data?.publishEmploymentFigures, "PublishEmploymentFiguresSuccess");
    const before = await snapshot();
    const again = refusal((await s.gql(PUBLISH, { input }, fuminEditor)).data?.publishEmploymentFigures);
    expect(again.code).toBe("EMPLOYMENT_FIGURES_EXIST");
    expect(await snapshot()).toEqual(before);

    const noSuchMonth = refusal(
      (await s.gql(CORRECT, { input: figures({ month: "2024-05" }), reason: "数字录错了" }, fuminEditor)).data
        ?.correctEmploymentFigures,
    );
    expect(noSuchMonth.code).toBe("NOT_FOUND");

    const res = await s.gql(CORRECT, { input: { ...input, householdsWithEmployed: 3 }, reason: "漏报一户外出务工" }, fuminEditor);
    const { month } = member(res.data?.correctEmploymentFigures, "CorrectEmploymentFiguresSuccess");
    expect(month.goals[0]?.rate.percent).toBe("100.00");
    expect(month.goals[0]?.met).toBe(true);
    expect(month.correctionReason).toBe("漏报一户外出务工");
    expect(month.corrects).toMatchObject({ month: "2025-05", householdsWithEmployed: 2, disclosure: { status: "PUBLISHED" } });
    const original = present(month.corrects).disclosure.id;
    const chain = await s.db.disclosure.findUniqueOrThrow({ where: { id: month.disclosure.id } });
    expect(chain.correctsId).toBe(original);
    // The community's history shows the current version once, and the original through it.
    const months = present((await s.gql(MONTHS, { code: "RJ-FUMIN", last: 60 })).data?.community).employmentMonths;
    expect(months.filter((m) => m.month === "2025-05").map((m) => m.id)).toEqual([month.id]);
  });

  it("lets only the community's editors (or the county's) publish and correct, and only county editors import", async () => {
    const before = await snapshot();
    const input = figures({ month: "2025-06" });
    expect(refusal((await s.gql(PUBLISH, { input })).data?.publishEmploymentFigures).code).toBe("UNAUTHENTICATED");
    expect(refusal((await s.gql(PUBLISH, { input }, teheEditor)).data?.publishEmploymentFigures).code).toBe("FORBIDDEN");
    expect(refusal((await s.gql(CORRECT, { input, reason: "数字录错了" })).data?.correctEmploymentFigures).code).toBe(
      "UNAUTHENTICATED",
    );
    expect(refusal((await s.gql(CORRECT, { input, reason: "数字录错了" }, teheEditor)).data?.correctEmploymentFigures).code).toBe(
      "FORBIDDEN",
    );
    const file = { county: "RJ", fileName: "月报.csv", content: csv([HEADER, "RJ-FUMIN,2025-06,3,2,9,6,1,1,0,1,0,"]) };
    expect(refusal((await s.gql(IMPORT, file)).data?.importEmploymentFigures).code).toBe("UNAUTHENTICATED");
    expect(refusal((await s.gql(IMPORT, file, fuminEditor)).data?.importEmploymentFigures).code).toBe("FORBIDDEN");
    const otherCounty = await s.tokenFor("COUNTY_EDITOR", { county: "SC" });
    expect(refusal((await s.gql(IMPORT, file, otherCounty)).data?.importEmploymentFigures).code).toBe("FORBIDDEN");
    expect(await snapshot()).toEqual(before);
    // The county's editors may enter a community's month too.
    member((await s.gql(PUBLISH, { input }, countyEditor)).data?.publishEmploymentFigures, "PublishEmploymentFiguresSuccess");
  });
});

describe("employment import", () => {
  it("publishes every row of a good CSV, by community code or name, one notice per community and month", async () => {
    const res = await s.gql(
      IMPORT,
      {
        county: "RJ",
        fileName: "就业月报.csv",
        content: csv([HEADER, "RJ-TEHE,2025-07,10,9,20,15,4,2,1,3,0,", "卧龙社区,2025-07,12,12,24,24,6,3,2,4,1,含季节性务工"]),
      },
      countyEditor,
    );
    const { months } = member(res.data?.importEmploymentFigures, "ImportEmploymentFiguresSuccess");
    expect(months.map((m) => [m.month, m.goals[0]?.rate.percent, m.note])).toEqual([
      ["2025-07", "90.00", null],
      ["2025-07", "100.00", "含季节性务工"],
    ]);
    expect(new Set(months.map((m) => m.disclosure.id)).size).toBe(2);
  });

  it("publishes every row of a good XLSX made from the downloadable template", async () => {
    const template = await fetch(`${s.url}/templates/employment-figures.xlsx`);
    expect(template.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await template.arrayBuffer());
    const sheet = present(workbook.worksheets[0]);
    expect(sheet.getRow(1).getCell(3).value).toBe("有劳动力的搬迁户数");
    // The template's example rows, moved to a month not yet published.
    sheet.getCell("B2").value = "2025-08";
    sheet.getCell("B3").value = "2025-08";
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const res = await s.gql(IMPORT, { county: "RJ", fileName: "月报.xlsx", content: bytes.toString("base64") }, countyEditor);
    const { months } = member(res.data?.importEmploymentFigures, "ImportEmploymentFiguresSuccess");
    expect(months.map((m) => m.goals[0]?.rate)).toEqual([
      { numerator: 951, denominator: 980, percent: "97.04" },
      { numerator: 742, denominator: 760, percent: "97.63" },
    ]);
    expect((await fetch(`${s.url}/templates/employment-figures.csv`)).status).toBe(200);
  });

  it("imports nothing from a file with bad rows, and names every bad row and its column", async () => {
    const before = await snapshot();
    const res = await s.gql(
      IMPORT,
      {
        county: "RJ",
        fileName: "月报.csv",
        content: csv([
          HEADER,
          "RJ-FENGLE,2025-09,10,9,20,15,4,2,1,3,0,",
          "RJ-FENGLE,2025-10,10,11,20,15,4,2,1,3,1,",
          "SC-TONGLUOWAN,2025-09,10,9,20,15,4,2,1,3,0,",
          "RJ-FUMIN,2026-10,10,9,20,15,4,2,1,3,0,",
          "RJ-YANGGUANG,2025-9,10,9,20,15,4,2,1,3,0,",
          "RJ-TEHE,2025-09,10,9,20,15,4,2,1,3,x,",
        ]),
      },
      countyEditor,
    );
    const refused = refusal(res.data?.importEmploymentFigures);
    expect(refused.code).toBe("VALIDATION_FAILED");
    const issues = "issues" in refused ? (refused.issues ?? []) : [];
    expect(issues.map((i) => i.field)).toEqual([
      "file.row3.householdsWithEmployed",
      "file.row4.community",
      "file.row5.month",
      "file.row6.month",
      "file.row7.employedSelf",
    ]);
    expect(issues.map((i) => i.message.slice(0, 3))).toEqual(["第3行", "第4行", "第5行", "第6行", "第7行"]);
    expect(issues[2]?.message).toContain("已公开");
    expect(await snapshot()).toEqual(before);

    const twice = refusal(
      (
        await s.gql(
          IMPORT,
          {
            county: "RJ",
            fileName: "月报.csv",
            content: csv([HEADER, "RJ-FENGLE,2025-09,1,1,2,1,1,0,0,0,0,", "丰乐社区,2025-09,1,1,2,1,1,0,0,0,0,"]),
          },
          countyEditor,
        )
      ).data?.importEmploymentFigures,
    );
    // The same community twice under two spellings is caught when the rows are matched to communities.
    expect(twice).toMatchObject({ code: "VALIDATION_FAILED", field: "file.row3.community" });
    const good = { county: "RJ", fileName: "月报.csv", content: csv([HEADER, "RJ-FENGLE,2025-09,1,1,2,1,1,0,0,0,0,"]) };
    expect(refusal((await s.gql(IMPORT, { ...good, item: "nope" }, countyEditor)).data?.importEmploymentFigures)).toMatchObject({
      code: "VALIDATION_FAILED",
      field: "catalogueItemId",
    });
    expect(await snapshot()).toEqual(before);
  });
});

describe("county ranking", () => {
  it("ranks communities by gap to the household target, then the training target, furthest behind first", async () => {
    const ranking = present((await s.gql(RANKING, { county: "RJ" })).data?.county).employmentRanking;
    expect(ranking.month).toBe("2026-10");
    expect(ranking.monthLabel).toBe("2026年10月");
    expect(ranking.rows).toHaveLength(7);
    // 定威 is the demo's community behind.
    expect(ranking.rows[0]?.community.code).toBe("RJ-DINGWEI");
    const keys = ranking.rows.map((r) => {
      const [h, t] = present(r.figures).goals;
      return [Number(h?.gap), Number(t?.gap)];
    });
    const sorted = [...keys].sort(([h1 = 0, t1 = 0], [h2 = 0, t2 = 0]) => h2 - h1 || t2 - t1);
    expect(keys).toEqual(sorted);
    expect(keys[0]?.[0]).toBeGreaterThan(keys[1]?.[0] ?? 0);
    expect(ranking.rows.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6, 7]);

    // An earlier month, where only some communities reported (the tests' own publications): the rest come last, unranked.
    const march = present((await s.gql(RANKING, { county: "RJ", month: "2025-03" })).data?.county).employmentRanking;
    expect(march.rows[0]).toMatchObject({ rank: 1, community: { code: "RJ-FUMIN" } });
    expect(march.rows.slice(1).every((r) => r.rank === null && r.figures === null)).toBe(true);
  });
});
