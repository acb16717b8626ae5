import { createHash } from "node:crypto";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql, member, present, Refusal, refusal, type VariablesOf } from "../support/graphql.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

let s: TestServer;
let fuminEditor: string;
let teheEditor: string;
let rjCountyEditor: string;
let scCountyEditor: string;
let fuminSupervisor: string;

const ListFields = graphql(`
  fragment ListFields on AssistanceList @_unmask {
    id kind kindLabel period periodLabel approvingAuthority basis current correctionReason
    community { code }
    window(asOf: $asOf) { startsOn endsOn days on status statusLabel daysLeft text }
    rows { id sequence recipient recipientFullName residentGroup householdSize amount reason reasonLabel village { code } }
    totals { households people amount }
    totalsByReason { reason households people amount }
    villages { code }
    notice { id title body status contentHash hashVerified canonicalContent publishedAt }
    corrects { id }
    correctedBy { id }
  }
`);

const PUBLISH = graphql(
  `mutation Publish($input: PublishAssistanceListInput!, $asOf: DateTime) { publishAssistanceList(input: $input) {
    __typename ...Refusal ... on PublishAssistanceListSuccess { list { ...ListFields } } } }`,
  [Refusal, ListFields],
);
const IMPORT = graphql(
  `mutation Import($input: ImportAssistanceListInput!, $fileName: String!, $content: String!, $asOf: DateTime) {
    importAssistanceList(input: $input, fileName: $fileName, contentBase64: $content) {
    __typename ...Refusal ... on ImportAssistanceListSuccess { list { ...ListFields } } } }`,
  [Refusal, ListFields],
);
const CORRECT = graphql(
  `mutation Correct($id: ID!, $input: AssistanceListCorrectionInput!, $reason: String!, $asOf: DateTime) {
    correctAssistanceList(id: $id, input: $input, reason: $reason) {
    __typename ...Refusal ... on CorrectAssistanceListSuccess { list { ...ListFields } } } }`,
  [Refusal, ListFields],
);
const CREATE_VILLAGE = graphql(
  `mutation CreateVillage($input: CreateOriginVillageInput!) { createOriginVillage(input: $input) {
    __typename ...Refusal ... on CreateOriginVillageSuccess { village { id code name place keptBy { code } } } } }`,
  [Refusal],
);
const UPDATE_VILLAGE = graphql(
  `mutation UpdateVillage($id: ID!, $input: UpdateOriginVillageInput!) { updateOriginVillage(id: $id, input: $input) {
    __typename ...Refusal ... on UpdateOriginVillageSuccess { village { id code name township place } } } }`,
  [Refusal],
);
const LIST = graphql(`query List($id: ID!, $asOf: DateTime) { assistanceList(id: $id) { ...ListFields } }`, [ListFields]);
const VILLAGE = graphql(`
  query Village($code: String!) { originVillage(code: $code) { code place
    assistanceLists { id community { code } notice { contentHash publishedAt }
      rows(villageCode: $code) { recipient village { code } } totals(villageCode: $code) { households amount } } } }
`);
const EVERYTHING_PUBLIC = graphql(`
  query EverythingPublic {
    originVillages { code name place assistanceLists { id rows { recipient recipientFullName residentGroup } } }
    communities(first: 50) { edges { node { code assistanceTotals { kind households amount }
      assistanceLists { id basis approvingAuthority notice { title body canonicalContent }
        rows { id recipient recipientFullName residentGroup householdSize amount reasonLabel village { code place } } } } } }
  }
`);
const COMMUNITY_LISTS = graphql(`
  query CommunityLists($code: String!, $asOf: DateTime) { community(code: $code) {
    assistanceLists { id period kind current window(asOf: $asOf) { startsOn endsOn status daysLeft } } } }
`);

type PublishInput = VariablesOf<typeof PUBLISH>["input"];
const row = (over: Partial<PublishInput["rows"][number]> = {}): PublishInput["rows"][number] => ({
  recipientName: "测试杨秀英",
  villageCode: "RJ-V-PINGYANG",
  residentGroup: "3栋",
  householdSize: 3,
  amount: "1860.00",
  reason: "LOW_INCOME",
  ...over,
});
const listInput = (over: Partial<PublishInput> = {}): PublishInput => ({
  communityCode: "RJ-FUMIN",
  kind: "MINIMUM_LIVING",
  period: "2026-12",
  approvingAuthority: "榕江县民政局",
  basis: "《最低生活保障审核确认办法》",
  rows: [
    row(),
    row({
      recipientName: "测试吴老贵",
      villageCode: "SC-V-MULAN",
      residentGroup: "第二居民小组",
      householdSize: 1,
      amount: "620.00",
    }),
  ],
  ...over,
});

const publish = async (input = listInput(), token = fuminEditor) =>
  member((await s.gql(PUBLISH, { input }, token)).data?.publishAssistanceList, "PublishAssistanceListSuccess").list;

function issuesOf<R extends { __typename?: string }>(result: R | null | undefined): Record<string, string> {
  const { issues } = member(result, "ValidationError") as unknown as { issues: { field: string; message: string }[] };
  return Object.fromEntries(issues.map((i) => [i.field, i.message]));
}

/** Everything a refused write could have touched. */
const snapshot = async () => ({
  lists: await s.db.assistanceList.count(),
  rows: await s.db.assistanceRow.count(),
  villages: await s.db.originVillage.count(),
  disclosures: await s.db.disclosure.count(),
});

const csv = (lines: string[]) => Buffer.from(lines.join("\n"), "utf8").toString("base64");
const HEADER = "姓名,迁出村编码,居民小组或楼栋,家庭人口,金额（元）,救助原因";
const importInput = {
  communityCode: "RJ-FUMIN",
  kind: "TEMPORARY" as const,
  period: "2026-12",
  approvingAuthority: "榕江县民政局",
  basis: "临时救助实施办法",
};
const importCsv = (lines: string[], token = fuminEditor) =>
  s
    .gql(IMPORT, { input: importInput, fileName: "名单.csv", content: csv(lines) }, token)
    .then((r) => r.data?.importAssistanceList);

/** 18-digit ID numbers (with a trailing X too) and 11-digit mobiles, standing alone. */
const ID_LIKE = /(?<!\d)[1-9]\d{16}[\dXx](?!\d)/;
const PHONE_LIKE = /(?<!\d)1[3-9]\d{9}(?!\d)/;

beforeAll(async () => {
  s = await startTestServer();
  fuminEditor = await s.tokenFor("COMMUNITY_EDITOR", { communities: ["RJ-FUMIN"] });
  teheEditor = await s.tokenFor("COMMUNITY_EDITOR", { communities: ["RJ-TEHE"] });
  rjCountyEditor = await s.tokenFor("COUNTY_EDITOR", { county: "RJ" });
  scCountyEditor = await s.tokenFor("COUNTY_EDITOR", { county: "SC" });
  fuminSupervisor = await s.tokenFor("SUPERVISOR", { communities: ["RJ-FUMIN"] });
});
afterAll(() => s.close());

describe("publishing a list in the community and its villages of origin at once", () => {
  it("publishes one hashed notice with masked names; each village shows the same notice, hash and moment", async () => {
    const list = await publish();
    expect(list).toMatchObject({
      kindLabel: "低保",
      periodLabel: "2026年12月",
      current: true,
      totals: { households: 2, people: 4, amount: "2480.00" },
    });
    expect(list.rows.map((r) => r.recipient)).toEqual(["测*英", "测*贵"]);
    // The editor who published it sees the full names; nobody else does.
    expect(list.rows.map((r) => r.recipientFullName)).toEqual(["测试杨秀英", "测试吴老贵"]);
    const publicView = present((await s.gql(LIST, { id: list.id })).data?.assistanceList);
    expect(publicView.rows.map((r) => r.recipientFullName)).toEqual([null, null]);
    const otherEditor = present((await s.gql(LIST, { id: list.id }, teheEditor)).data?.assistanceList);
    expect(otherEditor.rows.map((r) => r.recipientFullName)).toEqual([null, null]);
    const county = present((await s.gql(LIST, { id: list.id }, rjCountyEditor)).data?.assistanceList);
    expect(county.rows.map((r) => r.recipientFullName)).toEqual(["测试杨秀英", "测试吴老贵"]);

    const notice = list.notice;
    expect(notice).toMatchObject({ status: "PUBLISHED", title: "富民社区2026年12月低保名单公示", hashVerified: true });
    expect(createHash("sha256").update(present(notice.canonicalContent)).digest("hex")).toBe(notice.contentHash);
    expect(notice.body).toContain("| 1 | 测*英 | 平阳村 | 3栋 | 3 | 1860.00 | 家庭收入低于低保标准 |");
    expect(notice.canonicalContent).not.toContain("测试杨秀英");
    expect(notice.body).toContain("贵州省榕江县平阳乡平阳村（RJ-V-PINGYANG）");
    expect(notice.body).toContain("江西省石城县木兰乡木兰村（SC-V-MULAN）");
    expect(list.villages.map((v) => v.code).sort()).toEqual(["RJ-V-PINGYANG", "SC-V-MULAN"]);

    // Dual publication: both villages, in two different counties, show this list with the same hash.
    for (const code of ["RJ-V-PINGYANG", "SC-V-MULAN"]) {
      const village = present((await s.gql(VILLAGE, { code })).data?.originVillage);
      const shown = present(
        village.assistanceLists.find((l) => l.id === list.id),
        `the list on ${code}`,
      );
      expect(shown.community.code).toBe("RJ-FUMIN");
      expect(shown.notice).toEqual({ contentHash: notice.contentHash, publishedAt: notice.publishedAt });
      expect(shown.rows).toEqual([{ recipient: code === "SC-V-MULAN" ? "测*贵" : "测*英", village: { code } }]);
      expect(shown.totals.households).toBe(1);
    }
  });

  it("lists what concerns a village's former residents, whatever community they moved to", async () => {
    const tehe = await publish(
      listInput({
        communityCode: "RJ-TEHE",
        kind: "TEMPORARY",
        rows: [row({ recipientName: "测试龙安芬", amount: "1500.00", reason: "ILLNESS" })],
      }),
      teheEditor,
    );
    const village = present((await s.gql(VILLAGE, { code: "RJ-V-PINGYANG" })).data?.originVillage);
    const communities = new Set(village.assistanceLists.map((l) => l.community.code));
    expect(communities.has("RJ-TEHE") && communities.has("RJ-FUMIN")).toBe(true);
    expect(village.assistanceLists.map((l) => l.id)).toContain(tehe.id);
    expect(village.assistanceLists.every((l) => l.rows.every((r) => r.village.code === "RJ-V-PINGYANG"))).toBe(true);
  });
});

describe("the notice window (公示期), Asia/Shanghai calendar", () => {
  it("opens at midnight of its first day and closes after its last, 7 days by default", async () => {
    const lists = present((await s.gql(COMMUNITY_LISTS, { code: "RJ-FUMIN" })).data?.community).assistanceLists;
    const september = present(lists.find((l) => l.period === "2026-09" && l.kind === "MINIMUM_LIVING"));
    const on = async (asOf: string) =>
      present((await s.gql(COMMUNITY_LISTS, { code: "RJ-FUMIN", asOf })).data?.community).assistanceLists.find(
        (l) => l.id === september.id,
      )?.window;
    // Published 2026-09-04 10:00 in Shanghai: 4 to 10 September inclusive.
    expect(await on("2026-09-03T15:59:59Z")).toEqual({
      startsOn: "2026-09-04",
      endsOn: "2026-09-10",
      status: "UPCOMING",
      daysLeft: 1,
    });
    expect(await on("2026-09-03T16:00:00Z")).toMatchObject({ status: "OPEN", daysLeft: 6 });
    expect(await on("2026-09-10T15:59:59Z")).toMatchObject({ status: "OPEN", daysLeft: 0 });
    expect(await on("2026-09-10T16:00:00Z")).toMatchObject({ status: "CLOSED", daysLeft: null });
  });

  it("takes a window of its own length and start, never before the day of publication", async () => {
    const list = await publish(listInput({ period: "2027-01", windowDays: 10, windowStartsOn: "2099-03-01" }));
    const res = await s.gql(LIST, { id: list.id, asOf: "2099-03-10T00:00:00Z" });
    expect(present(res.data?.assistanceList).window).toMatchObject({
      startsOn: "2099-03-01",
      endsOn: "2099-03-10",
      days: 10,
      on: "2099-03-10",
      status: "OPEN",
      statusLabel: "公示中",
      daysLeft: 0,
      text: "2099-03-01 至 2099-03-10（10 天），公示中，今天是最后一天",
    });
    const before = await snapshot();
    const early = await s.gql(PUBLISH, { input: listInput({ windowStartsOn: "2020-01-01" }) }, fuminEditor);
    expect(Object.keys(issuesOf(early.data?.publishAssistanceList))).toEqual(["input.windowStartsOn"]);
    expect(await snapshot()).toEqual(before);
  });
});

describe("corrections", () => {
  it("publishes a new list that points at the original; both stay visible, each with its own hash", async () => {
    const original = await publish(listInput({ period: "2027-02" }));
    const input = {
      kind: "MINIMUM_LIVING" as const,
      period: "2027-02",
      approvingAuthority: "榕江县民政局",
      basis: "《最低生活保障审核确认办法》",
      rows: [row({ amount: "1240.00", householdSize: 2 })],
    };
    const res = await s.gql(CORRECT, { id: original.id, input, reason: "家庭人口核实为 2 人，金额相应调整" }, fuminEditor);
    const corrected = member(res.data?.correctAssistanceList, "CorrectAssistanceListSuccess").list;
    expect(corrected).toMatchObject({
      corrects: { id: original.id },
      correctionReason: "家庭人口核实为 2 人，金额相应调整",
      current: true,
    });
    expect(corrected.notice.title).toBe("富民社区2027年2月低保名单公示（更正）");
    expect(corrected.notice.contentHash).not.toBe(original.notice.contentHash);
    const now = present((await s.gql(LIST, { id: original.id })).data?.assistanceList);
    expect(now).toMatchObject({
      current: false,
      correctedBy: { id: corrected.id },
      notice: { contentHash: original.notice.contentHash },
    });
    const again = await s.gql(CORRECT, { id: original.id, input, reason: "再次更正原名单" }, fuminEditor);
    expect(refusal(again.data?.correctAssistanceList).code).toBe("ASSISTANCE_LIST_CORRECTED");
    const missing = await s.gql(CORRECT, { id: "nope", input, reason: "不存在的名单" }, fuminEditor);
    expect(refusal(missing.data?.correctAssistanceList).code).toBe("NOT_FOUND");
  });
});

describe("bad input, field by field, writes nothing", () => {
  it("names every bad field of a list and its rows", async () => {
    const before = await snapshot();
    const res = await s.gql(
      PUBLISH,
      {
        input: listInput({
          period: "2026-13",
          approvingAuthority: " ",
          basis: "联系人电话 13812345678",
          windowDays: 0,
          windowStartsOn: "2026-02-30",
          rows: [
            row({ recipientName: "张三1", residentGroup: "3栋2单元501室", householdSize: 0, amount: "abc" }),
            row({ recipientName: "420102199001011234", residentGroup: "电话13912345678", amount: "0" }),
          ],
        }),
      },
      fuminEditor,
    );
    const issues = issuesOf(res.data?.publishAssistanceList);
    expect(Object.keys(issues).sort()).toEqual(
      [
        "input.period",
        "input.approvingAuthority",
        "input.basis",
        "input.windowDays",
        "input.windowStartsOn",
        "input.rows.0.recipientName",
        "input.rows.0.residentGroup",
        "input.rows.0.householdSize",
        "input.rows.0.amount",
        "input.rows.1.recipientName",
        "input.rows.1.residentGroup",
        "input.rows.1.amount",
      ].sort(),
    );
    expect(issues["input.basis"]).toContain("疑似手机号码");
    expect(issues["input.rows.0.residentGroup"]).toContain("不得填写单元、门牌或房号");
    expect(issues["input.rows.1.residentGroup"]).toContain("疑似手机号码");
    // Messages never repeat the number they refuse.
    expect(JSON.stringify(issues)).not.toMatch(ID_LIKE);
    expect(JSON.stringify(issues)).not.toMatch(PHONE_LIKE);
    const unknown = await s.gql(
      PUBLISH,
      { input: listInput({ rows: [row(), row({ villageCode: "NO-SUCH-VILLAGE" })] }) },
      fuminEditor,
    );
    expect(issuesOf(unknown.data?.publishAssistanceList)).toEqual({
      "input.rows.1.villageCode": expect.stringContaining("迁出村不存在"),
    });
    const empty = await s.gql(PUBLISH, { input: listInput({ rows: [] }) }, fuminEditor);
    expect(Object.keys(issuesOf(empty.data?.publishAssistanceList))).toEqual(["input.rows"]);
    const nowhere = await s.gql(PUBLISH, { input: listInput({ communityCode: "NOPE" }) }, rjCountyEditor);
    expect(refusal(nowhere.data?.publishAssistanceList).code).toBe("FORBIDDEN");
    expect(await snapshot()).toEqual(before);
  });
});

describe("import from the civil-affairs spreadsheet", () => {
  it("publishes every row of a good CSV", async () => {
    const res = await importCsv([
      HEADER,
      "测试潘代发,RJ-V-JIHUA,5栋,3,2400.00,因病",
      "测试石朝英,SC-V-DAYOU,第一居民小组,2,1000,因灾或意外事故",
    ]);
    const list = member(res, "ImportAssistanceListSuccess").list;
    expect(list).toMatchObject({ kindLabel: "临时救助", totals: { households: 2, people: 5, amount: "3400.00" } });
    expect(list.rows.map((r) => [r.recipient, r.village.code, r.reason])).toEqual([
      ["测*发", "RJ-V-JIHUA", "ILLNESS"],
      ["测*英", "SC-V-DAYOU", "DISASTER"],
    ]);
  });

  it("publishes the downloadable template as it comes (XLSX)", async () => {
    const template = await fetch(`${s.url}/templates/assistance-list.xlsx`);
    expect(template.status).toBe(200);
    const content = Buffer.from(await template.arrayBuffer()).toString("base64");
    const res = await s.gql(IMPORT, { input: importInput, fileName: "救助名单模板.xlsx", content }, fuminEditor);
    expect(member(res.data?.importAssistanceList, "ImportAssistanceListSuccess").list.totals.households).toBe(2);
  });

  it("refuses a column headed like an ID number or phone, and any cell that looks like one, naming rows and columns", async () => {
    const before = await snapshot();
    const idColumn = issuesOf(await importCsv([`${HEADER},身份证号,联系电话`, "测试潘代发,RJ-V-JIHUA,5栋,3,2400.00,因病,,"]));
    expect(Object.keys(idColumn)).toEqual(["file.columnG", "file.columnH"]);
    expect(idColumn["file.columnG"]).toContain("救助名单不收集这些信息");
    const cells = issuesOf(
      await importCsv([
        `${HEADER},备注`,
        "测试潘代发,RJ-V-JIHUA,5栋,3,2400.00,因病,44010219900101123X",
        "测试石朝英,SC-V-DAYOU,13912345678,2,1000,因病,",
      ]),
    );
    expect(cells).toEqual({
      "file.row2.columnG": expect.stringContaining("疑似身份证号码"),
      "file.row3.residentGroup": expect.stringContaining("疑似手机号码"),
    });
    expect(JSON.stringify(cells)).not.toMatch(ID_LIKE);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses ID and mobile numbers typed as numbers in an XLSX, however Excel stores them", async () => {
    const before = await snapshot();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("救助名单");
    sheet.addRow([...HEADER.split(","), "备注"]);
    sheet.addRow(["测试潘代发", "RJ-V-JIHUA", "5栋", 3, 2400, "因病", Number("440102199001011234")]); // as Excel keeps it: a float
    sheet.addRow(["测试石朝英", "SC-V-DAYOU", "第一居民小组", 2, 1000, "因病", 13912345678]);
    const content = Buffer.from(await workbook.xlsx.writeBuffer()).toString("base64");
    const res = await s.gql(IMPORT, { input: importInput, fileName: "名单.xlsx", content }, fuminEditor);
    expect(issuesOf(res.data?.importAssistanceList)).toEqual({
      "file.row2.columnG": expect.stringContaining("疑似身份证号码"),
      "file.row3.columnG": expect.stringContaining("疑似手机号码"),
    });
    expect(await snapshot()).toEqual(before);
  });

  it("reports every bad row and writes nothing unless all rows are good", async () => {
    const before = await snapshot();
    const issues = issuesOf(
      await importCsv([
        HEADER,
        "测试潘代发,RJ-V-JIHUA,5栋,3,2400.00,因病",
        "测试石朝英,RJ-V-JIHUA,5栋501室,0,-5,生病了",
        ",RJ-V-JIHUA,5栋,1,100,因病",
      ]),
    );
    expect(Object.keys(issues).sort()).toEqual(
      [
        "file.row3.residentGroup",
        "file.row3.householdSize",
        "file.row3.amount",
        "file.row3.reason",
        "file.row4.recipientName",
      ].sort(),
    );
    expect(issues["file.row3.reason"]).toContain("第3行「救助原因」");
    const unknownVillage = issuesOf(await importCsv([HEADER, "测试潘代发,RJ-V-NOWHERE,5栋,3,2400.00,因病"]));
    expect(unknownVillage).toEqual({ "file.row2.villageCode": expect.stringContaining("不在迁出村名录中") });
    const wrongType = issuesOf(
      await s
        .gql(IMPORT, { input: importInput, fileName: "名单.xls", content: csv([HEADER]) }, fuminEditor)
        .then((r) => r.data?.importAssistanceList),
    );
    expect(Object.keys(wrongType)).toEqual(["file"]);
    expect(await snapshot()).toEqual(before);
  });
});

describe("the register of villages of origin", () => {
  it("is kept by the county's editors: create, refuse a duplicate code, correct a name", async () => {
    const input = {
      countyCode: "RJ",
      code: "RJ-V-CESHI",
      name: "测试村",
      township: "测试乡",
      county: "从江县",
      province: "贵州省",
    };
    const created = member(
      (await s.gql(CREATE_VILLAGE, { input }, rjCountyEditor)).data?.createOriginVillage,
      "CreateOriginVillageSuccess",
    ).village;
    expect(created).toMatchObject({ code: "RJ-V-CESHI", place: "贵州省从江县测试乡测试村", keptBy: { code: "RJ" } });
    const dup = await s.gql(CREATE_VILLAGE, { input }, rjCountyEditor);
    expect(issuesOf(dup.data?.createOriginVillage)).toEqual({ "input.code": expect.stringContaining("已被使用") });
    const bad = await s.gql(
      CREATE_VILLAGE,
      { input: { ...input, code: "bad code", name: "", countyCode: "NOPE" } },
      rjCountyEditor,
    );
    expect(refusal(bad.data?.createOriginVillage).code).toBe("FORBIDDEN");
    const badFields = await s.gql(CREATE_VILLAGE, { input: { ...input, code: "bad code", name: "" } }, rjCountyEditor);
    expect(Object.keys(issuesOf(badFields.data?.createOriginVillage)).sort()).toEqual(["input.code", "input.name"]);
    const updated = await s.gql(UPDATE_VILLAGE, { id: created.id, input: { township: "测试镇" } }, rjCountyEditor);
    expect(member(updated.data?.updateOriginVillage, "UpdateOriginVillageSuccess").village).toMatchObject({
      code: "RJ-V-CESHI",
      township: "测试镇",
    });
    const nulled = await s.gql(UPDATE_VILLAGE, { id: created.id, input: { name: null } }, rjCountyEditor);
    expect(Object.keys(issuesOf(nulled.data?.updateOriginVillage))).toEqual(["input.name"]);
  });
});

describe("authorization for every mutation", () => {
  it("refuses anonymous callers, other communities' and counties' editors and supervisors, writing nothing", async () => {
    const before = await snapshot();
    const rj = present(await s.db.originVillage.findUnique({ where: { code: "RJ-V-PINGYANG" } }));
    const [fuminList] = present((await s.gql(COMMUNITY_LISTS, { code: "RJ-FUMIN" })).data?.community).assistanceLists;
    const listId = present(fuminList).id;
    const correction = {
      kind: "MINIMUM_LIVING" as const,
      period: "2026-09",
      approvingAuthority: "榕江县民政局",
      basis: "依据",
      rows: [row()],
    };
    const village = {
      countyCode: "RJ",
      code: "RJ-V-REFUSED",
      name: "拒绝村",
      township: "某乡",
      county: "榕江县",
      province: "贵州省",
    };
    const attempts = (token?: string) => [
      () => s.gql(PUBLISH, { input: listInput() }, token).then((r) => r.data?.publishAssistanceList),
      () =>
        s
          .gql(
            IMPORT,
            { input: importInput, fileName: "a.csv", content: csv([HEADER, "测试潘代发,RJ-V-JIHUA,5栋,3,2400.00,因病"]) },
            token,
          )
          .then((r) => r.data?.importAssistanceList),
      () =>
        s
          .gql(CORRECT, { id: listId, input: correction, reason: "更正测试原因" }, token)
          .then((r) => r.data?.correctAssistanceList),
      () => s.gql(CREATE_VILLAGE, { input: village }, token).then((r) => r.data?.createOriginVillage),
      () => s.gql(UPDATE_VILLAGE, { id: rj.id, input: { name: "改名村" } }, token).then((r) => r.data?.updateOriginVillage),
    ];
    const codes = async (token?: string) => (await Promise.all(attempts(token).map((go) => go()))).map((r) => refusal(r).code);
    expect(await codes()).toEqual(Array(5).fill("UNAUTHENTICATED"));
    expect(await codes(teheEditor)).toEqual(Array(5).fill("FORBIDDEN"));
    expect(await codes(fuminSupervisor)).toEqual(Array(5).fill("FORBIDDEN"));
    expect(await codes(scCountyEditor)).toEqual(Array(5).fill("FORBIDDEN"));
    // 富民's own editor publishes lists but does not keep the county's register.
    const own = await Promise.all(
      attempts(fuminEditor)
        .slice(3)
        .map((go) => go()),
    );
    expect(own.map((r) => refusal(r).code)).toEqual(["FORBIDDEN", "FORBIDDEN"]);
    expect(await snapshot()).toEqual(before);
  });
});

describe("masking in every public answer", () => {
  it("never returns a recipient's full name, an ID-like or a phone-like string", async () => {
    const res = await s.gql(EVERYTHING_PUBLIC);
    expect(res.errors).toBeUndefined();
    const text = JSON.stringify(res.data);
    const names = (await s.db.assistanceRow.findMany({ select: { recipientName: true } })).map((r) => r.recipientName);
    expect(names.length).toBeGreaterThan(100);
    const leaked = [...new Set(names)].filter((n) => text.includes(n));
    expect(leaked).toEqual([]);
    expect(text).not.toMatch(ID_LIKE);
    expect(text).not.toMatch(PHONE_LIKE);
    expect(text).not.toContain('"recipientFullName":"');
    const villages = present(res.data).originVillages;
    expect(villages.length).toBeGreaterThanOrEqual(10);
    const used = villages.filter((v) => v.assistanceLists.length > 0);
    expect(used.length).toBeGreaterThanOrEqual(10);
    expect(new Set(used.map((v) => v.place.slice(0, 6))).size).toBe(2); // two counties: 贵州省榕江县 and 江西省石城县
  });
});
