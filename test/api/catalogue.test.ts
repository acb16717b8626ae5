import { type DocumentNode, execute } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../../api/db/client.ts";
import { schema } from "../../schema/index.ts";
import { graphql, member, present, Refusal, refusal, type VariablesOf } from "../support/graphql.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

let s: TestServer;
let countyEditor: string;
let teheEditor: string;
let fuminEditor: string;

const EntryFields = graphql(`
  fragment EntryFields on CatalogueEntry @_unmask {
    item { id name categoryCode cadence cadenceLabel dueRuleLabel source countyDefault }
    inherited status statusLabel statusText periodLabel periodStart periodEnd dueOn daysLeft overdueDays periodsMissed
    lastPublication { disclosureId title publishedAt periodLabel }
    suspension { id reason startedAt startedByName endedAt }
  }
`);

const CATALOGUE = graphql(
  `query Catalogue($code: String!, $asOf: DateTime) { community(code: $code) { catalogue(asOf: $asOf) { ...EntryFields } } }`,
  [EntryFields],
);
const OVERDUE = graphql(
  `query Overdue($asOf: DateTime) { county(code: "RJ") { overdue(asOf: $asOf) {
    community { code name } overdueCount overdue { item { name } statusText overdueDays } } } }`,
);
const CREATE_COUNTY_ITEM = graphql(
  `mutation CreateCountyItem($input: CreateCountyCatalogueItemInput!) { createCountyCatalogueItem(input: $input) {
    __typename ...Refusal ... on CreateCountyCatalogueItemSuccess { item { id name countyDefault dueRuleLabel effectiveFrom } } } }`,
  [Refusal],
);
const CREATE_COMMUNITY_ITEM = graphql(
  `mutation CreateCommunityItem($input: CreateCommunityCatalogueItemInput!) { createCommunityCatalogueItem(input: $input) {
    __typename ...Refusal ... on CreateCommunityCatalogueItemSuccess { item { id name countyDefault } } } }`,
  [Refusal],
);
const RETIRE = graphql(
  `mutation Retire($id: ID!, $reason: String!) { retireCatalogueItem(id: $id, reason: $reason) {
    __typename ...Refusal ... on RetireCatalogueItemSuccess { item { id retiredAt retirementReason } } } }`,
  [Refusal],
);
const SUSPEND = graphql(
  `mutation Suspend($input: SuspendCatalogueItemInput!) { suspendCatalogueItem(input: $input) {
    __typename ...Refusal ... on SuspendCatalogueItemSuccess { suspension { id reason startedByName endedAt } } } }`,
  [Refusal],
);
const RESUME = graphql(
  `mutation Resume($id: ID!, $reason: String) { resumeCatalogueItem(suspensionId: $id, reason: $reason) {
    __typename ...Refusal ... on ResumeCatalogueItemSuccess { suspension { id endedAt endedByName endReason } } } }`,
  [Refusal],
);
const CREATE_DISCLOSURE = graphql(
  `mutation CreateLinked($input: CreateDisclosureInput!) { createDisclosure(input: $input) {
    __typename ...Refusal ... on CreateDisclosureSuccess { disclosure { id } } } }`,
  [Refusal],
);
const PUBLISH = graphql(`mutation PublishLinked($id: ID!) { publishDisclosure(id: $id) { __typename ...Refusal } }`, [Refusal]);

const LINKED = graphql(`query Linked($id: ID!) { disclosure(id: $id) { catalogueItem { id name } } }`);

const catalogue = async (code: string, asOf?: string) =>
  present((await s.gql(CATALOGUE, { code, asOf })).data?.community, code).catalogue;
const entry = async (code: string, name: string, asOf?: string) =>
  present(
    (await catalogue(code, asOf)).find((e) => e.item.name === name),
    `${code} ${name}`,
  );

/** Everything a refused catalogue write could have touched. */
const snapshot = async () => ({
  items: await s.db.catalogueItem.count(),
  retired: await s.db.catalogueItem.count({ where: { retiredAt: { not: null } } }),
  suspensions: await s.db.catalogueSuspension.count(),
  open: await s.db.catalogueSuspension.count({ where: { endedAt: null } }),
  disclosures: await s.db.disclosure.count(),
});

type ItemInput = VariablesOf<typeof CREATE_COUNTY_ITEM>["input"];
const quarterly: ItemInput = {
  countyCode: "RJ",
  name: "网格员走访情况",
  categoryCode: "COMMUNITY_AFFAIRS",
  basis: "[000] 二(三)1",
  cadence: "QUARTERLY",
  dueDays: 15,
  responsible: "社区网格服务站",
  effectiveFrom: "2026-10-01",
};

beforeAll(async () => {
  s = await startTestServer();
  countyEditor = await s.tokenFor("COUNTY_EDITOR", { county: "RJ" });
  teheEditor = await s.tokenFor("COMMUNITY_EDITOR", { communities: ["RJ-TEHE"] });
  fuminEditor = await s.tokenFor("COMMUNITY_EDITOR", { communities: ["RJ-FUMIN"] });
});
afterAll(() => s.close());

describe("catalogue statuses, from the dates alone (Asia/Shanghai)", () => {
  it("turns due soon into overdue at Shanghai midnight, not UTC midnight", async () => {
    // 卧龙's September branch-committee record was its last; October's was due by 2026-11-10.
    const lastMinute = await entry("RJ-WOLONG", "党支部委员会会议情况", "2026-11-10T15:59:59Z");
    expect(lastMinute).toMatchObject({
      status: "DUE_SOON",
      statusText: "今日到期",
      dueOn: "2026-11-10",
      daysLeft: 0,
      overdueDays: 0,
      periodLabel: "2026年10月",
    });
    expect(lastMinute.lastPublication?.periodLabel).toBe("2026年9月");
    const next = await entry("RJ-WOLONG", "党支部委员会会议情况", "2026-11-10T16:00:00Z");
    expect(next).toMatchObject({ status: "OVERDUE", statusText: "已逾期 1 天", overdueDays: 1, periodsMissed: 1 });
  });

  it("counts a month's books due by the 10th of the next month, due soon from seven days before", async () => {
    const name = "社区财务收支情况";
    // 富民 published October on 2026-11-08; November is owed by 2026-12-10.
    const dec1 = await entry("RJ-FUMIN", name, "2026-11-30T16:00:00Z");
    expect(dec1).toMatchObject({ status: "ON_TIME", periodLabel: "2026年11月", dueOn: "2026-12-10", daysLeft: 9 });
    expect(dec1.lastPublication?.periodLabel).toBe("2026年10月");
    expect(await entry("RJ-FUMIN", name, "2026-12-02T15:59:59Z")).toMatchObject({ status: "ON_TIME", daysLeft: 8 });
    expect(await entry("RJ-FUMIN", name, "2026-12-02T16:00:00Z")).toMatchObject({
      status: "DUE_SOON",
      daysLeft: 7,
      statusText: "即将到期（还剩 7 天）",
    });
    // Before October's month was published, October was what was owed.
    expect(await entry("RJ-FUMIN", name, "2026-11-07T16:00:00Z")).toMatchObject({
      status: "DUE_SOON",
      periodLabel: "2026年10月",
      dueOn: "2026-11-10",
    });
  });

  it("owes a quarter's report from the quarter's end, and misses periods one by one", async () => {
    const name = "社区工作进展和结果";
    // 特和 published no third-quarter report (due 2026-10-15).
    expect(await entry("RJ-TEHE", name, "2026-09-30T15:59:59Z")).toMatchObject({
      status: "ON_TIME",
      periodStart: "2026-07-01",
      periodEnd: "2026-09-30",
      periodLabel: "2026年第三季度",
      dueOn: "2026-10-15",
      daysLeft: 15,
    });
    expect(await entry("RJ-TEHE", name, "2026-10-15T15:59:59Z")).toMatchObject({ status: "DUE_SOON", daysLeft: 0 });
    expect(await entry("RJ-TEHE", name, "2026-10-15T16:00:00Z")).toMatchObject({ status: "OVERDUE", overdueDays: 1 });
    expect(await entry("RJ-TEHE", name, "2027-01-16T04:00:00Z")).toMatchObject({
      status: "OVERDUE",
      overdueDays: 93,
      periodsMissed: 2,
    });
    // 富民's third quarter is published: the fourth is owed by 2027-01-15.
    expect(await entry("RJ-FUMIN", name, "2026-12-31T15:59:59Z")).toMatchObject({
      status: "ON_TIME",
      periodLabel: "2026年第四季度",
      dueOn: "2027-01-15",
    });
  });

  it("keeps year boundaries exact: a year's guide by 31 January, a year's appraisal 90 days after it", async () => {
    const guide = "服务事项、办事流程和办理时限";
    expect(await entry("RJ-FUMIN", guide, "2027-01-31T15:59:59Z")).toMatchObject({
      status: "DUE_SOON",
      periodLabel: "2027年度",
      dueOn: "2027-01-31",
      daysLeft: 0,
    });
    expect(await entry("RJ-FUMIN", guide, "2027-01-31T16:00:00Z")).toMatchObject({ status: "OVERDUE", overdueDays: 1 });
    // 2025's appraisal was published; 2026's is due 90 days after 31 December: 31 March 2027.
    expect(await entry("RJ-FUMIN", "民主评议党员结果", "2027-03-23T16:00:00Z")).toMatchObject({
      status: "DUE_SOON",
      periodLabel: "2026年度",
      dueOn: "2027-03-31",
      daysLeft: 7,
    });
  });

  it("counts a month's jobs board from the month's own start", async () => {
    // The demo's boards run from a few months back to next month, counted from the day it was
    // seeded; three months on, the month after the last board is owed and past its 5th.
    const later = new Date();
    later.setUTCMonth(later.getUTCMonth() + 3, 1);
    const jobs = await entry("RJ-FUMIN", "就业岗位和技能培训信息", `${later.toISOString().slice(0, 7)}-01T04:00:00Z`);
    expect(jobs.item).toMatchObject({ source: "JOB_BOARD", dueRuleLabel: "每月，当月第5日前公开" });
    expect(jobs.status).toBe("OVERDUE");
    expect(jobs.lastPublication).not.toBeNull();
  });

  it("shows per-event items with their last publication only, and a suspension with its reason", async () => {
    const development = await entry("RJ-FUMIN", "发展党员和预备党员转正公示", "2026-11-26T04:00:00Z");
    expect(development).toMatchObject({ status: "UNSCHEDULED", statusLabel: "无固定周期", dueOn: null, overdueDays: 0 });
    expect(development.lastPublication?.title).toBe("富民社区发展对象公示");
    const major = await entry("RJ-FUMIN", "涉及居民切身利益的重大事项", "2026-11-26T04:00:00Z");
    expect(major).toMatchObject({ status: "UNSCHEDULED", lastPublication: null, item: { dueRuleLabel: "事项发生后5日内公开" } });

    const suspended = await entry("RJ-DINGWEI", "党支部委员会会议情况", "2026-11-26T04:00:00Z");
    expect(suspended).toMatchObject({ status: "SUSPENDED", statusLabel: "暂停公开", inherited: true, dueOn: null });
    expect(suspended.suspension?.reason).toContain("乡党委统一公开");
    // Before the suspension started, the item was owed as usual.
    expect((await entry("RJ-DINGWEI", "党支部委员会会议情况", "2026-08-20T04:00:00Z")).status).not.toBe("SUSPENDED");
  });

  it("lists a community's own items beside the inherited ones", async () => {
    const items = await catalogue("RJ-FUMIN", "2026-11-26T04:00:00Z");
    const own = items.filter((e) => !e.inherited).map((e) => e.item.name);
    expect(own).toEqual(["扶贫车间用工和工资发放情况"]);
    // 18: the county default catalogue's 13 items, 资助项目全程公开 (added with the funded-projects demo),
    // the Party-affairs domain's 党小组会, 主题党日 and 组织生活会 items (one item per kind of meeting)
    // 就业目标完成情况月报, added with the employment-goals demo (prisma/seed/employment.ts), and the
    // per-event items elections and roster notices fulfil (换届选举…, …上岗公示).
    expect(items.filter((e) => e.inherited).length).toBe(20);
    expect((await catalogue("RJ-TEHE", "2026-11-26T04:00:00Z")).some((e) => e.item.name === own[0])).toBe(false);
  });

  it("ranks the county's communities by their overdue items", async () => {
    const rows = present((await s.gql(OVERDUE, { asOf: "2026-11-26T04:00:00Z" })).data?.county).overdue;
    expect(rows.map((r) => [r.community.code, r.overdueCount])).toEqual([
      ["RJ-FENGLE", 2],
      ["RJ-TEHE", 2],
      // 卧龙: its October branch-committee record and, since the Party-affairs demo, its third-quarter
      // members' meeting (prisma/seed/party.ts).
      ["RJ-WOLONG", 2],
      ["RJ-DINGWEI", 0],
      ["RJ-FENGHUANG", 0],
      ["RJ-FUMIN", 0],
      ["RJ-YANGGUANG", 0],
    ]);
    expect(rows[1]?.overdue.map((e) => e.statusText)).toEqual(["已逾期 47 天", "已逾期 42 天"]);
  });

  it("answers with the same number of SQL statements however many communities and items it reads", async () => {
    let statements = 0;
    const db = createDb(s.databaseUrl, { onQuery: () => statements++ });
    const counted = async (document: DocumentNode, variableValues: Record<string, unknown>) => {
      statements = 0;
      const result = await execute({ schema, document, variableValues, contextValue: { db, viewer: null } });
      expect(result.errors).toBeUndefined();
      return statements;
    };
    const listed = graphql(`query Catalogues($n: Int!, $asOf: DateTime) {
      communities(first: $n) { edges { node { catalogue(asOf: $asOf) { status } } } } }`);
    const overdue = graphql(`query CountyLate($asOf: DateTime) { county(code: "RJ") { overdue(asOf: $asOf) { overdueCount } } }`);
    const asOf = "2026-11-26T04:00:00Z";
    try {
      const one = await counted(listed, { n: 1, asOf });
      expect(await counted(listed, { n: 100, asOf })).toBe(one);
      const county = await counted(overdue, { asOf });
      // Twenty more items in the county's default catalogue change neither count.
      const rj = await db.county.findUniqueOrThrow({ where: { code: "RJ" } });
      await db.catalogueItem.createMany({
        data: Array.from({ length: 20 }, (_, i) => ({
          countyId: rj.id,
          name: `计数用事项${i}`,
          categoryCode: "COMMUNITY_AFFAIRS",
          basis: "测试",
          cadence: "MONTHLY" as const,
          dueDays: 10,
          responsible: "测试",
          effectiveFrom: "2026-07-01",
          createdByName: "测试",
          createdAt: new Date("2026-07-01T00:00:00Z"),
          retiredAt: new Date("2026-07-02T00:00:00Z"),
          retirementReason: "只用于计数",
        })),
      });
      expect(await counted(listed, { n: 100, asOf: "2026-07-01T12:00:00Z" })).toBe(one);
      expect(await counted(overdue, { asOf: "2026-07-01T12:00:00Z" })).toBe(county);
    } finally {
      await db.$disconnect();
    }
  });
});

describe("catalogue writes", () => {
  it("lets county editors add a default item every community inherits, and refuses community editors", async () => {
    const before = await snapshot();
    const refused = refusal((await s.gql(CREATE_COUNTY_ITEM, { input: quarterly }, teheEditor)).data?.createCountyCatalogueItem);
    expect(refused.code).toBe("FORBIDDEN");
    const anonymous = refusal((await s.gql(CREATE_COUNTY_ITEM, { input: quarterly })).data?.createCountyCatalogueItem);
    expect(anonymous.code).toBe("UNAUTHENTICATED");
    const otherCounty = await s.tokenFor("COUNTY_EDITOR", { county: "SC" });
    expect(
      refusal((await s.gql(CREATE_COUNTY_ITEM, { input: quarterly }, otherCounty)).data?.createCountyCatalogueItem).code,
    ).toBe("FORBIDDEN");
    expect(await snapshot()).toEqual(before);

    const res = await s.gql(CREATE_COUNTY_ITEM, { input: quarterly }, countyEditor);
    const { item } = member(res.data?.createCountyCatalogueItem, "CreateCountyCatalogueItemSuccess");
    expect(item).toMatchObject({
      countyDefault: true,
      dueRuleLabel: "每季度，季度结束后15日内公开",
      effectiveFrom: "2026-10-01",
    });
    for (const code of ["RJ-TEHE", "RJ-FUMIN"]) {
      expect(await entry(code, quarterly.name)).toMatchObject({ inherited: true, periodLabel: "2026年第四季度" });
    }
    expect((await catalogue("SC-TONGLUOWAN")).some((e) => e.item.name === quarterly.name)).toBe(false);

    // Retiring: community editors may not retire a county item; the county editor may, with a reason.
    const snap = await snapshot();
    expect(refusal((await s.gql(RETIRE, { id: item.id, reason: "不再需要" }, teheEditor)).data?.retireCatalogueItem).code).toBe(
      "FORBIDDEN",
    );
    expect(await snapshot()).toEqual(snap);
    const retired = member(
      (await s.gql(RETIRE, { id: item.id, reason: "并入社区工作进展" }, countyEditor)).data?.retireCatalogueItem,
      "RetireCatalogueItemSuccess",
    );
    expect(retired.item.retirementReason).toBe("并入社区工作进展");
    expect((await catalogue("RJ-TEHE")).some((e) => e.item.name === quarterly.name)).toBe(false);
    const again = refusal((await s.gql(RETIRE, { id: item.id, reason: "再次停用" }, countyEditor)).data?.retireCatalogueItem);
    expect(again.code).toBe("CATALOGUE_ITEM_RETIRED");
  });

  it("names the field of bad input, in Chinese, and writes nothing", async () => {
    const before = await snapshot();
    const cases: [Partial<ItemInput>, string, string][] = [
      [{ dueDays: -1 }, "input.dueDays", "不能为负"],
      [{ name: " " }, "input.name", "目录事项名称不能为空"],
      [{ effectiveFrom: "2026-02-30" }, "input.effectiveFrom", "起始日期"],
      [{ categoryCode: "NOPE" }, "input.categoryCode", "公开类别不存在"],
      [{ source: "FINANCE_PERIOD", categoryCode: "FINANCE" }, "input.cadence", "公开频次应为每月"],
      [{ cadence: "PER_EVENT", dueDays: 3 }, "input.dueDays", "天数应为 0"],
      [{ cadence: "MONTHLY", dueAnchor: "PERIOD_START", dueDays: 40 }, "input.dueDays", "第 1 日至第 28 日"],
    ];
    for (const [change, field, message] of cases) {
      const res = await s.gql(CREATE_COUNTY_ITEM, { input: { ...quarterly, ...change } }, countyEditor);
      const error = refusal(res.data?.createCountyCatalogueItem);
      expect(error, JSON.stringify(change)).toMatchObject({ code: "VALIDATION_FAILED", field });
      expect(error.message).toContain(message);
    }
    expect(await snapshot()).toEqual(before);
  });

  it("lets a community add its own item and suspend and resume an inherited one, never silently", async () => {
    const own = await s.gql(
      CREATE_COMMUNITY_ITEM,
      {
        input: {
          communityCode: "RJ-TEHE",
          name: "特和社区集市摊位分配情况",
          categoryCode: "COMMUNITY_AFFAIRS",
          basis: "社区居民代表会议决定",
          cadence: "HALF_YEARLY",
          dueDays: 20,
          responsible: "特和社区居民委员会",
          effectiveFrom: "2026-07-01",
        },
      },
      teheEditor,
    );
    const created = member(own.data?.createCommunityCatalogueItem, "CreateCommunityCatalogueItemSuccess").item;
    expect(created.countyDefault).toBe(false);
    expect(await entry("RJ-TEHE", "特和社区集市摊位分配情况", "2026-12-31T04:00:00Z")).toMatchObject({
      inherited: false,
      periodLabel: "2026年下半年",
      dueOn: "2027-01-20",
      status: "ON_TIME",
    });

    const lesson = (await entry("RJ-TEHE", "党课开展情况")).item.id;
    const before = await snapshot();
    // Another community's editor, a suspension of the community's own item, and no reason: refused.
    expect(
      refusal(
        (await s.gql(SUSPEND, { input: { itemId: lesson, communityCode: "RJ-TEHE", reason: "另有安排原因" } }, fuminEditor)).data
          ?.suspendCatalogueItem,
      ).code,
    ).toBe("FORBIDDEN");
    expect(
      refusal(
        (await s.gql(SUSPEND, { input: { itemId: created.id, communityCode: "RJ-TEHE", reason: "另有安排原因" } }, teheEditor))
          .data?.suspendCatalogueItem,
      ),
    ).toMatchObject({ code: "VALIDATION_FAILED", field: "input.itemId" });
    expect(
      refusal(
        (await s.gql(SUSPEND, { input: { itemId: lesson, communityCode: "RJ-TEHE", reason: "" } }, teheEditor)).data
          ?.suspendCatalogueItem,
      ),
    ).toMatchObject({ code: "VALIDATION_FAILED", field: "input.reason" });
    expect(await snapshot()).toEqual(before);

    const reason = "党课与古州镇党委联合举办，由镇党委统一公开";
    const suspended = member(
      (await s.gql(SUSPEND, { input: { itemId: lesson, communityCode: "RJ-TEHE", reason } }, teheEditor)).data
        ?.suspendCatalogueItem,
      "SuspendCatalogueItemSuccess",
    ).suspension;
    expect(suspended).toMatchObject({ reason, endedAt: null });
    const shown = await entry("RJ-TEHE", "党课开展情况");
    expect(shown).toMatchObject({ status: "SUSPENDED", suspension: { reason } });
    const twice = await s.gql(SUSPEND, { input: { itemId: lesson, communityCode: "RJ-TEHE", reason } }, teheEditor);
    expect(refusal(twice.data?.suspendCatalogueItem).code).toBe("CATALOGUE_ITEM_SUSPENDED");
    // Other communities still owe it.
    expect((await entry("RJ-FUMIN", "党课开展情况")).status).not.toBe("SUSPENDED");

    expect(refusal((await s.gql(RESUME, { id: suspended.id }, fuminEditor)).data?.resumeCatalogueItem).code).toBe("FORBIDDEN");
    const resumed = member(
      (await s.gql(RESUME, { id: suspended.id, reason: "镇党委不再统一公开" }, teheEditor)).data?.resumeCatalogueItem,
      "ResumeCatalogueItemSuccess",
    ).suspension;
    expect(resumed.endedAt).not.toBeNull();
    expect((await entry("RJ-TEHE", "党课开展情况")).status).not.toBe("SUSPENDED");
    // The suspension stays on record.
    expect(await s.db.catalogueSuspension.count({ where: { id: suspended.id } })).toBe(1);

    // Once resumed, an item is owed from the period running then, not for the months it was suspended.
    const dingwei = present(await s.db.catalogueSuspension.findFirst({ where: { community: { code: "RJ-DINGWEI" } } }));
    const dingweiEditor = await s.tokenFor("COMMUNITY_EDITOR", { communities: ["RJ-DINGWEI"] });
    member((await s.gql(RESUME, { id: dingwei.id }, dingweiEditor)).data?.resumeCatalogueItem, "ResumeCatalogueItemSuccess");
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
    expect(await entry("RJ-DINGWEI", "党支部委员会会议情况")).toMatchObject({
      periodStart: `${today.slice(0, 7)}-01`,
      overdueDays: 0,
      suspension: null,
    });
    // Judged on a day during the suspension, it was suspended.
    expect((await entry("RJ-DINGWEI", "党支部委员会会议情况", "2026-11-26T04:00:00Z")).status).toBe("SUSPENDED");
  });

  it("links a disclosure to its catalogue item when it is created, checked against its communities", async () => {
    const progress = (await entry("RJ-TEHE", "社区工作进展和结果")).item.id;
    const scItem = present((await catalogue("SC-TONGLUOWAN")).find((e) => e.item.name === "社区工作进展和结果")).item.id;
    const finance = (await entry("RJ-TEHE", "社区财务收支情况")).item.id;
    const input = {
      communityCodes: ["RJ-TEHE"],
      categoryCode: "COMMUNITY_AFFAIRS",
      title: "特和社区2026年第三季度工作进展",
      body: "补发第三季度工作进展。",
      period: "2026-Q3",
    };
    const before = await snapshot();
    for (const [catalogueItemId, message] of [
      [scItem, "不在所选社区的公开目录中"],
      [finance, "自动对应"],
      ["nope", "不存在"],
    ] as const) {
      const res = await s.gql(CREATE_DISCLOSURE, { input: { ...input, catalogueItemId } }, teheEditor);
      const error = refusal(res.data?.createDisclosure);
      expect(error).toMatchObject({ code: "VALIDATION_FAILED", field: "input.catalogueItemId" });
      expect(error.message).toContain(message);
    }
    expect(await snapshot()).toEqual(before);

    const created = await s.gql(CREATE_DISCLOSURE, { input: { ...input, catalogueItemId: progress } }, teheEditor);
    const { id } = member(created.data?.createDisclosure, "CreateDisclosureSuccess").disclosure;
    // A draft satisfies nothing; its publication does.
    expect((await entry("RJ-TEHE", "社区工作进展和结果")).status).toBe("OVERDUE");
    member((await s.gql(PUBLISH, { id }, teheEditor)).data?.publishDisclosure, "PublishDisclosureSuccess");
    const now = await entry("RJ-TEHE", "社区工作进展和结果");
    expect(now.lastPublication).toMatchObject({ disclosureId: id, periodLabel: "2026年第三季度" });
    expect(now.periodLabel).not.toBe("2026年第三季度");
    expect((await s.gql(LINKED, { id })).data?.disclosure?.catalogueItem).toEqual({ id: progress, name: "社区工作进展和结果" });
  });
});
