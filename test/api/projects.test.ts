import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql, member, present, Refusal, refusal, type VariablesOf } from "../support/graphql.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

let s: TestServer;
let countyEditor: string;
let otherCountyEditor: string;
let fuminEditor: string;
let teheEditor: string;

const ProjectFields = graphql(`
  fragment ProjectFields on FundedProject @_unmask {
    id name funderKind funderKindLabel funderName status statusLabel percentComplete
    community { code }
    money { budget contractAmount finalAmount spent variance }
    stages { id kind kindLabel date amount percentComplete methodLabel party resultLabel note current correctionReason
      corrects { id } notice { id title body status contentHash hashVerified canonicalContent correctionOf: corrects { id } } }
    entries { id amount description project { id } }
  }
`);

const CREATE = graphql(
  `mutation CreateProject($input: CreateFundedProjectInput!) { createFundedProject(input: $input) {
    __typename ...Refusal ... on CreateFundedProjectSuccess { project { ...ProjectFields } } } }`,
  [Refusal, ProjectFields],
);
const STAGE = graphql(
  `mutation RecordStage($input: ProjectStageInput!) { recordProjectStage(input: $input) {
    __typename ...Refusal ... on RecordProjectStageSuccess { project { ...ProjectFields } } } }`,
  [Refusal, ProjectFields],
);
const CORRECT = graphql(
  `mutation CorrectStage($id: ID!, $input: ProjectStageCorrectionInput!, $reason: String!) {
    correctProjectStage(id: $id, input: $input, reason: $reason) {
    __typename ...Refusal ... on CorrectProjectStageSuccess { project { ...ProjectFields } } } }`,
  [Refusal, ProjectFields],
);
const LINK = graphql(
  `mutation LinkEntry($input: LinkProjectEntryInput!) { linkProjectEntry(input: $input) {
    __typename ...Refusal ... on LinkProjectEntrySuccess { project { ...ProjectFields } } } }`,
  [Refusal, ProjectFields],
);
const PHOTO = graphql(
  `mutation AddPhoto($input: AddProjectPhotoInput!) { addProjectPhoto(input: $input) {
    __typename ...Refusal ... on AddProjectPhotoSuccess { project { photos { id caption takenOn mimeType byteSize sha256 dataBase64 fileName } } } } }`,
  [Refusal],
);
const PROJECT = graphql(`query Project($id: ID!) { fundedProject(id: $id) { ...ProjectFields } }`, [ProjectFields]);
const COMMUNITY_PROJECTS = graphql(`query CommunityProjects($code: String!) { community(code: $code) { projects { id name } } }`);
const DEMO_LINKS = graphql(`query DemoLinks($code: String!) { community(code: $code) {
  projects { name catalogueItem { name source } stages { notice { catalogueItem { name } } } entries { id project { name } } } } }`);
const COUNTY_PROJECTS = graphql(
  `query CountyProjects($code: String!) { county(code: $code) { projects { id community { code } } } }`,
);

type CreateInput = VariablesOf<typeof CREATE>["input"];
const workshop: CreateInput = {
  communityCode: "RJ-FUMIN",
  name: "测试帮扶车间厂房改造",
  funderKind: "PAIRING",
  funderName: "东西部协作帮扶资金",
  approvedOn: "2026-03-02",
  budget: "120000.00",
  approvedBy: "榕江县乡村振兴局",
  note: "改造一层厂房 600 平方米",
};

const create = async (input: CreateInput = workshop, token = fuminEditor) =>
  member((await s.gql(CREATE, { input }, token)).data?.createFundedProject, "CreateFundedProjectSuccess").project;
const stage = (input: VariablesOf<typeof STAGE>["input"], token = fuminEditor) =>
  s.gql(STAGE, { input }, token).then((r) => r.data?.recordProjectStage);
const project = async (id: string) => present((await s.gql(PROJECT, { id })).data?.fundedProject, id);

/** A validation refusal's messages by field. */
function issuesOf<R extends { __typename?: string }>(result: R | null | undefined): Record<string, string> {
  const { issues } = member(result, "ValidationError") as unknown as { issues: { field: string; message: string }[] };
  return Object.fromEntries(issues.map((i) => [i.field, i.message]));
}

/** Everything a refused project write could have touched. */
const snapshot = async () => ({
  projects: await s.db.fundedProject.count(),
  stages: await s.db.projectStage.count(),
  links: await s.db.projectEntryLink.count(),
  photos: await s.db.projectPhoto.count(),
  disclosures: await s.db.disclosure.count(),
});

/** Published expenses of a community's books, not yet linked to any project. */
const freeExpenses = (code: string) =>
  s.db.ledgerEntry.findMany({
    where: {
      period: { community: { code }, status: "PUBLISHED" },
      category: { direction: "EXPENSE" },
      projectLink: null,
      amount: { gt: 0 },
    },
    orderBy: [{ date: "asc" }, { sequence: "asc" }],
    take: 3,
  });

beforeAll(async () => {
  s = await startTestServer();
  countyEditor = await s.tokenFor("COUNTY_EDITOR", { county: "RJ" });
  otherCountyEditor = await s.tokenFor("COUNTY_EDITOR", { county: "SC" });
  fuminEditor = await s.tokenFor("COMMUNITY_EDITOR", { communities: ["RJ-FUMIN"] });
  teheEditor = await s.tokenFor("COMMUNITY_EDITOR", { communities: ["RJ-TEHE"] });
});
afterAll(() => s.close());

describe("a project's life, stage by stage", () => {
  it("publishes the approval at creation, hashed, and each stage as it is recorded", async () => {
    const created = await create();
    expect(created).toMatchObject({ status: "APPROVED", statusLabel: "已立项", funderKindLabel: "对口帮扶" });
    expect(created.money).toMatchObject({ budget: "120000.00", spent: "0.00", variance: "120000.00", contractAmount: null });
    const [approval] = created.stages;
    expect(approval).toMatchObject({ kind: "APPROVAL", amount: "120000.00", party: "榕江县乡村振兴局", current: true });
    expect(approval?.notice).toMatchObject({ status: "PUBLISHED", title: "测试帮扶车间厂房改造立项公示", hashVerified: true });
    const notice = present(approval?.notice);
    expect(createHash("sha256").update(present(notice.canonicalContent)).digest("hex")).toBe(notice.contentHash);
    expect(notice.body).toContain("批准预算：120000.00 元");

    const procured = member(
      await stage({
        projectId: created.id,
        kind: "PROCUREMENT",
        date: "2026-04-10",
        method: "INQUIRY",
        party: "榕江县某建筑工程公司",
        amount: "112500.50",
      }),
      "RecordProjectStageSuccess",
    ).project;
    expect(procured).toMatchObject({ status: "PROCURED", money: { contractAmount: "112500.50" } });
    expect(procured.stages.at(-1)).toMatchObject({ kind: "PROCUREMENT", methodLabel: "询价" });
    expect(procured.stages.at(-1)?.notice.hashVerified).toBe(true);

    member(await stage({ projectId: created.id, kind: "START", date: "2026-04-20" }), "RecordProjectStageSuccess");
    const half = member(
      await stage({ projectId: created.id, kind: "PROGRESS", date: "2026-06-01", percentComplete: 50 }),
      "RecordProjectStageSuccess",
    ).project;
    expect(half).toMatchObject({ status: "UNDER_WAY", percentComplete: 50 });
    const failed = member(
      await stage({
        projectId: created.id,
        kind: "ACCEPTANCE",
        date: "2026-07-01",
        party: "社区居务监督委员会",
        result: "FAILED",
      }),
      "RecordProjectStageSuccess",
    ).project;
    expect(failed.status).toBe("UNDER_WAY");
    // A failed acceptance sends it back to work; then a new acceptance, then the final accounts.
    member(
      await stage({ projectId: created.id, kind: "PROGRESS", date: "2026-07-10", percentComplete: 95 }),
      "RecordProjectStageSuccess",
    );
    member(
      await stage({
        projectId: created.id,
        kind: "ACCEPTANCE",
        date: "2026-07-20",
        party: "社区居务监督委员会",
        result: "PASSED",
      }),
      "RecordProjectStageSuccess",
    );
    const closed = member(
      await stage({ projectId: created.id, kind: "FINAL_ACCOUNTS", date: "2026-08-05", amount: "111800.00" }),
      "RecordProjectStageSuccess",
    ).project;
    expect(closed).toMatchObject({ status: "CLOSED", statusLabel: "已决算", percentComplete: 100 });
    expect(closed.money.finalAmount).toBe("111800.00");
    expect(closed.stages.map((x) => x.kind)).toEqual([
      "APPROVAL",
      "PROCUREMENT",
      "START",
      "PROGRESS",
      "ACCEPTANCE",
      "PROGRESS",
      "ACCEPTANCE",
      "FINAL_ACCOUNTS",
    ]);
    expect(closed.stages.every((x) => x.notice.status === "PUBLISHED" && x.notice.contentHash)).toBe(true);

    const before = await snapshot();
    const after = refusal(await stage({ projectId: created.id, kind: "PROGRESS", date: "2026-09-01", percentComplete: 100 }));
    expect(issuesOf(after)).toEqual({ "input.kind": "项目已决算，不能再记录新的阶段" });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses stages out of order, with nothing written", async () => {
    const p = await create({ ...workshop, name: "测试顺序项目" });
    const before = await snapshot();
    const skip = refusal(await stage({ projectId: p.id, kind: "START", date: "2026-04-01" }));
    expect(Object.keys(issuesOf(skip))).toEqual(["input.kind"]);
    expect(Object.values(issuesOf(skip))[0]).toBe("“立项”之后应记录“采购/招标”，不能记录“开工”");
    const again = refusal(await stage({ projectId: p.id, kind: "APPROVAL", date: "2026-04-01", amount: "1.00", party: "县" }));
    expect(issuesOf(again)).toEqual({ "input.kind": "立项在创建项目时一并公开，无需单独记录" });
    const early = refusal(
      await stage({
        projectId: p.id,
        kind: "PROCUREMENT",
        date: "2026-03-01",
        method: "INQUIRY",
        party: "某公司",
        amount: "10.00",
      }),
    );
    expect(Object.keys(issuesOf(early))).toEqual(["input.date"]);
    expect(Object.values(issuesOf(early))[0]).toContain("不能早于上一阶段（立项，2026-03-02）");
    expect(await snapshot()).toEqual(before);

    member(
      await stage({
        projectId: p.id,
        kind: "PROCUREMENT",
        date: "2026-03-05",
        method: "SINGLE_SOURCE",
        party: "某公司",
        amount: "10.00",
      }),
      "RecordProjectStageSuccess",
    );
    member(await stage({ projectId: p.id, kind: "START", date: "2026-03-06" }), "RecordProjectStageSuccess");
    member(
      await stage({ projectId: p.id, kind: "PROGRESS", date: "2026-03-07", percentComplete: 60 }),
      "RecordProjectStageSuccess",
    );
    const mid = await snapshot();
    const backwards = refusal(await stage({ projectId: p.id, kind: "PROGRESS", date: "2026-03-08", percentComplete: 40 }));
    expect(issuesOf(backwards)).toEqual({ "input.percentComplete": "完成进度不能低于上次公开的 60%" });
    const settle = refusal(await stage({ projectId: p.id, kind: "FINAL_ACCOUNTS", date: "2026-03-09", amount: "10.00" }));
    expect(Object.values(issuesOf(settle))[0]).toBe("“进度”之后应记录“进度”或“验收”，不能记录“决算”");
    expect(await snapshot()).toEqual(mid);
    const failed = member(
      await stage({ projectId: p.id, kind: "ACCEPTANCE", date: "2026-03-10", party: "监委会", result: "FAILED" }),
      "RecordProjectStageSuccess",
    ).project;
    member(
      await stage({ projectId: p.id, kind: "PROGRESS", date: "2026-03-11", percentComplete: 90 }),
      "RecordProjectStageSuccess",
    );
    const acceptance = present(failed.stages.at(-1));
    const beforeCorrection = await snapshot();
    // Turning the failed acceptance into a pass would leave progress after a passed acceptance.
    const pass = { date: "2026-03-10", party: "监委会", result: "PASSED" as const };
    const late = (await s.gql(CORRECT, { id: acceptance.id, input: pass, reason: "验收结果录错" }, fuminEditor)).data;
    expect(issuesOf(late?.correctProjectStage)).toEqual({ "input.result": "“验收”之后应记录“决算”，不能记录“进度”" });
    expect(await snapshot()).toEqual(beforeCorrection);
  });

  it("corrects a stage with a new one pointing at it; both stay visible and the money follows the correction", async () => {
    const p = await create({ ...workshop, name: "测试更正项目", budget: "5000.00" });
    const approvalId = present(p.stages[0]).id;
    const corrected = member(
      (
        await s.gql(
          CORRECT,
          {
            id: approvalId,
            input: { date: "2026-03-02", amount: "50000.00", party: "榕江县乡村振兴局" },
            reason: "预算金额少录一位",
          },
          fuminEditor,
        )
      ).data?.correctProjectStage,
      "CorrectProjectStageSuccess",
    ).project;
    expect(corrected.money.budget).toBe("50000.00");
    expect(corrected.stages).toHaveLength(2);
    const [original, correction] = corrected.stages;
    expect(original).toMatchObject({ current: false, amount: "5000.00" });
    expect(correction).toMatchObject({ current: true, corrects: { id: approvalId }, correctionReason: "预算金额少录一位" });
    expect(correction?.notice.correctionOf?.id).toBe(original?.notice.id);
    expect(correction?.notice.hashVerified).toBe(true);

    const before = await snapshot();
    const twice = refusal(
      (
        await s.gql(
          CORRECT,
          { id: approvalId, input: { date: "2026-03-02", amount: "1.00", party: "县" }, reason: "再改一次" },
          fuminEditor,
        )
      ).data?.correctProjectStage,
    );
    expect(twice.code).toBe("PROJECT_STAGE_CORRECTED");
    const wrongFields = refusal(
      (
        await s.gql(
          CORRECT,
          { id: present(correction).id, input: { date: "2026-03-02", percentComplete: 5 }, reason: "字段不对的更正" },
          fuminEditor,
        )
      ).data?.correctProjectStage,
    );
    expect(Object.keys(issuesOf(wrongFields)).sort()).toEqual(["input.amount", "input.party", "input.percentComplete"]);
    expect(await snapshot()).toEqual(before);
  });
});

describe("money: linked ledger entries against the budget", () => {
  it("sums linked entries exactly and shows the project on the entry", async () => {
    const p = await create({ ...workshop, name: "测试资金项目", budget: "3000.00" });
    const entries = await freeExpenses("RJ-FUMIN");
    expect(entries.length).toBe(3);
    for (const e of entries)
      member(
        (await s.gql(LINK, { input: { projectId: p.id, entryId: e.id } }, fuminEditor)).data?.linkProjectEntry,
        "LinkProjectEntrySuccess",
      );
    const spent = entries.reduce((sum, e) => sum + e.amount, 0);
    const fen = (n: number) =>
      `${n < 0 ? "-" : ""}${Math.floor(Math.abs(n) / 100)}.${String(Math.abs(n) % 100).padStart(2, "0")}`;
    const after = await project(p.id);
    expect(after.money).toMatchObject({ budget: "3000.00", spent: fen(spent), variance: fen(300_000 - spent) });
    expect(after.entries.map((e) => e.id)).toEqual(entries.map((e) => e.id));
    expect(after.entries.every((e) => e.project?.id === p.id)).toBe(true);

    const before = await snapshot();
    const dup = refusal(
      (await s.gql(LINK, { input: { projectId: p.id, entryId: present(entries[0]).id } }, fuminEditor)).data?.linkProjectEntry,
    );
    expect(dup.code).toBe("PROJECT_ENTRY_LINKED");
    const [tehe] = await freeExpenses("RJ-TEHE");
    const foreign = refusal(
      (await s.gql(LINK, { input: { projectId: p.id, entryId: present(tehe).id } }, countyEditor)).data?.linkProjectEntry,
    );
    expect(issuesOf(foreign)).toEqual({ "input.entryId": "只能关联本社区账簿中的账目" });
    const income = await s.db.ledgerEntry.findFirstOrThrow({
      where: { period: { community: { code: "RJ-FUMIN" } }, category: { direction: "INCOME" } },
    });
    const wrongWay = refusal(
      (await s.gql(LINK, { input: { projectId: p.id, entryId: income.id } }, fuminEditor)).data?.linkProjectEntry,
    );
    expect(issuesOf(wrongWay)).toEqual({ "input.entryId": "只能关联支出账目" });
    expect(await snapshot()).toEqual(before);
  });

  it("links the demo's project to its August expense and to the catalogue, both ways", async () => {
    const [doors] = present((await s.gql(DEMO_LINKS, { code: "RJ-TEHE" })).data?.community).projects;
    expect(doors?.catalogueItem).toEqual({ name: "资助项目全程公开", source: "DISCLOSURE" });
    expect(doors?.stages.every((x) => x.notice.catalogueItem?.name === "资助项目全程公开")).toBe(true);
    expect(doors?.entries.map((e) => e.project?.name)).toEqual(["2栋、5栋单元门禁系统更换"]);
  });

  it("lists projects per community and per county", async () => {
    const p = await create({ ...workshop, name: "测试列表项目" });
    const community = present((await s.gql(COMMUNITY_PROJECTS, { code: "RJ-FUMIN" })).data?.community).projects;
    expect(community.map((x) => x.id)).toContain(p.id);
    const county = present((await s.gql(COUNTY_PROJECTS, { code: "RJ" })).data?.county).projects;
    expect(county.find((x) => x.id === p.id)?.community.code).toBe("RJ-FUMIN");
    const sc = present((await s.gql(COUNTY_PROJECTS, { code: "SC" })).data?.county).projects;
    expect(sc.some((x) => x.id === p.id)).toBe(false);
  });
});

describe("who may write", () => {
  it("refuses another community's editor and another county's editor, with nothing written; lets the county's editor", async () => {
    const p = await create({ ...workshop, name: "测试权限项目" });
    const before = await snapshot();
    expect(
      refusal((await s.gql(CREATE, { input: { ...workshop, name: "越权" } }, teheEditor)).data?.createFundedProject).code,
    ).toBe("FORBIDDEN");
    expect(
      refusal((await s.gql(CREATE, { input: { ...workshop, name: "越权" } }, otherCountyEditor)).data?.createFundedProject).code,
    ).toBe("FORBIDDEN");
    const procurement = {
      projectId: p.id,
      kind: "PROCUREMENT" as const,
      date: "2026-04-01",
      method: "INQUIRY" as const,
      party: "某公司",
      amount: "1.00",
    };
    expect(refusal(await stage(procurement, teheEditor)).code).toBe("FORBIDDEN");
    expect(refusal(await stage(procurement, otherCountyEditor)).code).toBe("FORBIDDEN");
    const stageId = present(p.stages[0]).id;
    const correctAs = async (token: string) =>
      refusal(
        (
          await s.gql(
            CORRECT,
            { id: stageId, input: { date: "2026-03-02", amount: "1.00", party: "县" }, reason: "越权更正" },
            token,
          )
        ).data?.correctProjectStage,
      ).code;
    expect(await correctAs(teheEditor)).toBe("FORBIDDEN");
    expect(await correctAs(otherCountyEditor)).toBe("FORBIDDEN");
    const [entry] = await freeExpenses("RJ-FUMIN");
    expect(
      refusal((await s.gql(LINK, { input: { projectId: p.id, entryId: present(entry).id } }, teheEditor)).data?.linkProjectEntry)
        .code,
    ).toBe("FORBIDDEN");
    expect(refusal((await s.gql(CREATE, { input: workshop })).data?.createFundedProject).code).toBe("UNAUTHENTICATED");
    expect(await snapshot()).toEqual(before);
    member(await stage(procurement, countyEditor), "RecordProjectStageSuccess");
  });
});

describe("bad input, field by field", () => {
  it("names every wrong field of a new project", async () => {
    const before = await snapshot();
    const bad = refusal(
      (
        await s.gql(
          CREATE,
          {
            input: {
              communityCode: "RJ-FUMIN",
              name: " ",
              funderKind: "FISCAL",
              funderName: "",
              approvedOn: "2026-13-01",
              budget: "12.345",
              approvedBy: "",
            },
          },
          fuminEditor,
        )
      ).data?.createFundedProject,
    );
    expect(issuesOf(bad)).toEqual({
      "input.name": "项目名称不能为空",
      "input.funderName": "出资单位不能为空",
      "input.approvedOn": "立项日期应为 YYYY-MM-DD 格式的日期",
      "input.budget": "批准预算应为不超过 2 位小数的非负数，如 1.25",
      "input.approvedBy": "批准单位不能为空",
    });
    const zero = refusal((await s.gql(CREATE, { input: { ...workshop, budget: "0" } }, fuminEditor)).data?.createFundedProject);
    expect(issuesOf(zero)).toEqual({ "input.budget": "批准预算应大于 0" });
    const nowhere = refusal(
      (await s.gql(CREATE, { input: { ...workshop, communityCode: "RJ-NOWHERE" } }, countyEditor)).data?.createFundedProject,
    );
    expect(nowhere.code === "VALIDATION_FAILED" || nowhere.code === "FORBIDDEN").toBe(true);
    expect(await snapshot()).toEqual(before);
  });

  it("names the fields a stage needs and those it must leave empty", async () => {
    const p = await create({ ...workshop, name: "测试字段项目" });
    member(
      await stage({
        projectId: p.id,
        kind: "PROCUREMENT",
        date: "2026-04-01",
        method: "INQUIRY",
        party: "某公司",
        amount: "9.00",
      }),
      "RecordProjectStageSuccess",
    );
    member(await stage({ projectId: p.id, kind: "START", date: "2026-04-02" }), "RecordProjectStageSuccess");
    const before = await snapshot();
    const bad = refusal(await stage({ projectId: p.id, kind: "PROGRESS", date: "2026-04-03", percentComplete: 101 }));
    expect(issuesOf(bad)).toEqual({
      "input.percentComplete": "完成进度不能超过 100",
    });
    const missing = refusal(await stage({ projectId: p.id, kind: "ACCEPTANCE", date: "2026-04-03", percentComplete: 10 }));
    expect(issuesOf(missing)).toEqual({
      "input.party": "请填写验收单位（人员）",
      "input.result": "请填写验收结果",
      "input.percentComplete": "“验收”阶段不填写此项",
    });
    const noProject = refusal(await stage({ projectId: "nope", kind: "START", date: "2026-04-01" }, countyEditor));
    expect(noProject.code === "VALIDATION_FAILED" || noProject.code === "FORBIDDEN").toBe(true);
    expect(await snapshot()).toEqual(before);
  });
});

describe("photos, stored as uploaded with their SHA-256", () => {
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from("not really an image")]);
  it("stores the bytes and their hash, and refuses what is not the image it claims, too big, or another community's", async () => {
    const p = await create({ ...workshop, name: "测试照片项目" });
    const input = {
      projectId: p.id,
      caption: "开工前",
      takenOn: "2026-04-01",
      mimeType: "image/png",
      dataBase64: png.toString("base64"),
    };
    const [photo] = member((await s.gql(PHOTO, { input }, fuminEditor)).data?.addProjectPhoto, "AddProjectPhotoSuccess").project
      .photos;
    const sha256 = createHash("sha256").update(png).digest("hex");
    expect(photo).toMatchObject({ caption: "开工前", byteSize: png.length, sha256, fileName: `${sha256}.png` });
    expect(Buffer.from(present(photo).dataBase64, "base64").equals(png)).toBe(true);

    const before = await snapshot();
    const add = async (patch: Partial<typeof input>, token = fuminEditor) =>
      (await s.gql(PHOTO, { input: { ...input, ...patch } }, token)).data?.addProjectPhoto;
    expect(issuesOf(await add({ mimeType: "image/jpeg" }))).toEqual({ "input.dataBase64": "照片内容与格式 image/jpeg 不符" });
    expect(issuesOf(await add({ mimeType: "image/gif" }))).toEqual({
      "input.mimeType": "照片格式应为 image/jpeg、image/png 或 image/webp",
    });
    expect(issuesOf(await add({ dataBase64: "不是base64" }))).toEqual({ "input.dataBase64": "照片内容应为 Base64 编码" });
    const big = Buffer.concat([png, Buffer.alloc(2 * 1024 * 1024)]).toString("base64");
    expect(issuesOf(await add({ dataBase64: big }))).toEqual({ "input.dataBase64": "照片不能超过 2 MB" });
    expect(issuesOf(await add({ caption: "", takenOn: "昨天" }))).toEqual({
      "input.caption": "照片说明不能为空",
      "input.takenOn": "拍摄日期应为 YYYY-MM-DD 格式的日期",
    });
    expect(refusal(await add({}, teheEditor)).code).toBe("FORBIDDEN");
    expect(await snapshot()).toEqual(before);
  });
});
