import { createHash } from "node:crypto";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_ROSTER_RULES, rosterRules } from "../../api/rosters/rules.ts";
import { graphql, member, present, Refusal, refusal, type VariablesOf } from "../support/graphql.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

let s: TestServer;
let yangguangEditor: string;
let fuminEditor: string;
let countyEditor: string;
let otherCountyEditor: string;

const ROSTER = graphql(`query Roster($code: String!) { community(code: $code) {
  organizations { id kind name partyLevel memberCount
    sizeRule { ruleText min max members meets statusText }
    postings { id name role startedOn endedOn photo { altText sha256 } }
    history { id name role startedOn endedOn endReason corrects { id name } correctedBy { id } correctionReason } }
  grids { id name area residentsGroups households householdLimit
    leader { id name title publicPhone } workers { id name title publicPhone photo { altText byteSize } }
    workerRule { ruleText min max members meets statusText }
    buildings { id name heads { id name } } }
  buildings { id name grid { name } heads { id name startedOn } }
  serviceStaff { id name title counter duties publicPhone photo { altText } }
  staffHistory { id kind kindLabel name title startedOn endedOn endReason grid { name } building { name } photo { sha256 } }
} }`);

const CREATE_ORG = graphql(
  `mutation CreateOrg($input: CreateOrganizationInput!) { createOrganization(input: $input) {
    __typename ...Refusal ... on CreateOrganizationSuccess { organization { id kind name sizeRule { ruleText } } } } }`,
  [Refusal],
);
const UPDATE_ORG = graphql(
  `mutation UpdateOrg($id: ID!, $input: UpdateOrganizationInput!) { updateOrganization(id: $id, input: $input) {
    __typename ...Refusal ... on UpdateOrganizationSuccess { organization { id partyLevel memberCount sizeRule { ruleText meets } } } } }`,
  [Refusal],
);
const ADD = graphql(
  `mutation Add($input: AddPostingInput!) { addPosting(input: $input) {
    __typename ...Refusal ... on AddPostingSuccess { posting { id name startedOn photo { sha256 } } } } }`,
  [Refusal],
);
const END = graphql(
  `mutation End($id: ID!, $endedOn: String!, $reason: String!) { endPosting(id: $id, endedOn: $endedOn, reason: $reason) {
    __typename ...Refusal ... on EndPostingSuccess { posting { id endedOn endReason } } } }`,
  [Refusal],
);
const CORRECT = graphql(
  `mutation Correct($id: ID!, $input: CorrectPostingInput!, $reason: String!) { correctPosting(id: $id, input: $input, reason: $reason) {
    __typename ...Refusal ... on CorrectPostingSuccess { posting { id name startedOn corrects { id name } correctionReason } } } }`,
  [Refusal],
);
const UPLOAD = graphql(
  `mutation Upload($input: UploadPersonPhotoInput!) { uploadPersonPhoto(input: $input) {
    __typename ...Refusal ... on UploadPersonPhotoSuccess { photo { id sha256 byteSize mimeType fileName altText } } } }`,
  [Refusal],
);
const CREATE_GRID = graphql(
  `mutation CreateGrid($input: CreateGridInput!) { createGrid(input: $input) {
    __typename ...Refusal ... on CreateGridSuccess { grid { id name households workerRule { min max members } } } } }`,
  [Refusal],
);
const UPDATE_GRID = graphql(
  `mutation UpdateGrid($id: ID!, $input: UpdateGridInput!) { updateGrid(id: $id, input: $input) {
    __typename ...Refusal ... on UpdateGridSuccess { grid { id residentsGroups households } } } }`,
  [Refusal],
);
const CREATE_BUILDING = graphql(
  `mutation CreateBuilding($input: CreateBuildingInput!) { createBuilding(input: $input) {
    __typename ...Refusal ... on CreateBuildingSuccess { building { id name grid { name } } } } }`,
  [Refusal],
);
const ADD_STAFF = graphql(
  `mutation AddStaff($input: AddStaffPostingInput!) { addStaffPosting(input: $input) {
    __typename ...Refusal ... on AddStaffPostingSuccess { posting { id kind name startedOn } } } }`,
  [Refusal],
);
const END_STAFF = graphql(
  `mutation EndStaff($id: ID!, $endedOn: String!, $reason: String!) { endStaffPosting(id: $id, endedOn: $endedOn, reason: $reason) {
    __typename ...Refusal ... on EndStaffPostingSuccess { posting { id endedOn endReason } } } }`,
  [Refusal],
);

const PUBLISH = graphql(
  `mutation PublishRoster($input: PublishRosterNoticeInput!) { publishRosterNotice(input: $input) {
    __typename ...Refusal ... on PublishRosterNoticeSuccess { notice { id asOf disclosure { id title body contentHash status category { code } } } } } }`,
  [Refusal],
);
const NOTICES = graphql(
  `query RosterNotices($code: String!) { community(code: $code) { rosterNotices { id asOf disclosure { id } } } }`,
);

const roster = async (code: string) => present((await s.gql(ROSTER, { code })).data?.community, code);
const org = async (code: string, kind: string) =>
  present(
    (await roster(code)).organizations.find((o) => o.kind === kind),
    kind,
  );

/** Everything a refused roster write could have touched. */
const snapshot = async () => ({
  organizations: await s.db.organization.findMany({ orderBy: { id: "asc" } }),
  postings: await s.db.memberPosting.findMany({ orderBy: { id: "asc" } }),
  photos: await s.db.personPhoto.count(),
  grids: await s.db.grid.findMany({ orderBy: { id: "asc" } }),
  buildings: await s.db.building.count(),
  staff: await s.db.staffPosting.findMany({ orderBy: { id: "asc" } }),
  notices: await s.db.rosterNotice.count(),
  disclosures: await s.db.disclosure.count(),
});

/** The fields a refusal names, in order. */
const fields = (r: object) => ("issues" in r ? (r.issues as { field: string }[]) : []).map((i) => i.field);

const PNG = await sharp({ create: { width: 8, height: 10, channels: 3, background: "#ccc" } })
  .png()
  .toBuffer();
/** A PNG's first bytes and then nothing an image library can read. */
const TRUNCATED_PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from("placeholder")]);

type StaffInput = VariablesOf<typeof ADD_STAFF>["input"];

beforeAll(async () => {
  s = await startTestServer();
  yangguangEditor = await s.tokenFor("COMMUNITY_EDITOR", { communities: ["RJ-YANGGUANG"] });
  fuminEditor = await s.tokenFor("COMMUNITY_EDITOR", { communities: ["RJ-FUMIN"] });
  countyEditor = await s.tokenFor("COUNTY_EDITOR", { county: "RJ" });
  otherCountyEditor = await s.tokenFor("COUNTY_EDITOR", { county: "SC" });
});
afterAll(() => s.close());

describe("the public roster (上岗公示)", () => {
  it("lists every body's members in office with its size rule, grids by the rules, building heads and service staff", async () => {
    const c = await roster("RJ-YANGGUANG");
    for (const o of c.organizations) {
      expect(o.sizeRule?.meets, `${o.name}: ${o.sizeRule?.statusText}`).toBe(true);
      for (const p of o.postings) expect(p.photo?.altText).toContain("示例占位图");
    }
    expect(c.organizations.find((o) => o.kind === "SUPERVISION_COMMITTEE")?.sizeRule).toMatchObject({
      ruleText: "3–5 人",
      members: 3,
      statusText: "符合规定",
    });
    expect(c.grids.length).toBeGreaterThan(0);
    for (const g of c.grids) {
      expect(g.households).toBeLessThanOrEqual(g.householdLimit);
      expect(g.householdLimit).toBe(300);
      expect(g.leader).toHaveLength(1);
      expect(g.workerRule.meets, `${g.name}: ${g.workerRule.statusText}`).toBe(true);
      for (const w of g.workers) expect(w.publicPhone).toMatch(/^0855-/);
    }
    expect(c.grids.reduce((n, g) => n + g.households, 0)).toBe(980);
    for (const b of c.buildings) expect(b.heads, b.name).toHaveLength(1);
    expect(c.serviceStaff.map((p) => p.counter)).toEqual(["1 号窗口", "2 号窗口", "3 号窗口", "4 号窗口"]);
  });

  it("keeps who held each post when: the worker replaced in March 2026 and the building head who resigned", async () => {
    const yangguang = await roster("RJ-YANGGUANG");
    const ended = yangguang.staffHistory.filter((p) => p.endedOn);
    expect(ended).toHaveLength(1);
    expect(ended[0]).toMatchObject({
      kind: "GRID_WORKER",
      kindLabel: "网格员",
      endedOn: "2026-03-01",
      grid: { name: "第一网格" },
    });
    expect(ended[0]?.endReason).toMatch(/^由.+接任$/);
    const successor = present(yangguang.staffHistory.find((p) => p.startedOn === "2026-03-01"));
    // A photo is public while its person serves: the worker who left shows none any more.
    expect(ended[0]?.photo).toBeNull();
    expect(successor.photo?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(yangguang.grids[0]?.workers.map((w) => w.name)).toContain(successor.name);
    expect(yangguang.grids[0]?.workers.map((w) => w.name)).not.toContain(ended[0]?.name);

    const fumin = await roster("RJ-FUMIN");
    const heads = fumin.staffHistory.filter((p) => p.building?.name === "1 栋");
    expect(heads.map((p) => [p.startedOn, p.endedOn, p.endReason])).toEqual([
      ["2025-09-15", null, null],
      ["2024-03-01", "2025-09-01", "本人外出务工，申请辞去楼长"],
    ]);
  });

  it("gives every community grids, grid workers, building heads and staff, and owners' committees an odd 5–11", async () => {
    const codes = [
      "RJ-FUMIN",
      "RJ-WOLONG",
      "RJ-YANGGUANG",
      "RJ-TEHE",
      "RJ-FENGLE",
      "RJ-DINGWEI",
      "RJ-FENGHUANG",
      "SC-TONGLUOWAN",
    ];
    const communities = await Promise.all(
      codes.map(async (code) => {
        const res = await s.gql(
          graphql(`query Sizes($code: String!) { community(code: $code) { code households
            organizations { kind sizeRule { meets statusText } }
            grids { households workers { name } } buildings { heads { name } } serviceStaff { name } } }`),
          { code },
        );
        return present(res.data?.community, code);
      }),
    );
    expect(communities).toHaveLength(8);
    for (const c of communities) {
      expect(
        c.grids.reduce((n, g) => n + g.households, 0),
        c.code,
      ).toBe(c.households);
      expect(
        c.grids.every((g) => g.workers.length > 0 && g.households <= 300),
        c.code,
      ).toBe(true);
      expect(
        c.buildings.every((b) => b.heads.length === 1),
        c.code,
      ).toBe(true);
      expect(c.serviceStaff.length, c.code).toBe(4);
      for (const o of c.organizations) expect(o.sizeRule?.meets, `${c.code} ${o.kind} ${o.sizeRule?.statusText}`).toBe(true);
    }
  });
});

describe("organizations and their size rules", () => {
  it("checks a Party organization's level against its full members, naming the field, and writes nothing", async () => {
    const before = await snapshot();
    const base = {
      communityCode: "RJ-YANGGUANG",
      kind: "COLLECTIVE_ECONOMIC_ORGANIZATION" as const,
      name: "阳光社区股份经济合作社",
    };
    const cases = [
      [
        { ...base, kind: "PARTY_ORGANIZATION" as const, partyLevel: "BRANCH" as const, memberCount: 2 },
        "input.memberCount",
        /党支部应有正式党员3 名以上/,
      ],
      [
        { ...base, kind: "PARTY_ORGANIZATION" as const, partyLevel: "GENERAL_BRANCH" as const, memberCount: 120 },
        "input.memberCount",
        /50–100 名/,
      ],
      [{ ...base, kind: "PARTY_ORGANIZATION" as const, memberCount: 30 }, "input.partyLevel", /层级/],
      [{ ...base, partyLevel: "BRANCH" as const }, "input.partyLevel", /只有党组织/],
      [{ ...base, memberCount: 12 }, "input.memberCount", /只有党组织/],
      [{ ...base, name: " " }, "input.name", /组织名称不能为空/],
    ] as const;
    for (const [input, field, message] of cases) {
      const r = refusal((await s.gql(CREATE_ORG, { input }, countyEditor)).data?.createOrganization);
      expect(r.code, field).toBe("VALIDATION_FAILED");
      expect(fields(r), field).toEqual([field]);
      expect(r.message).toMatch(message);
    }
    const twice = refusal(
      (await s.gql(CREATE_ORG, { input: { ...base, kind: "RESIDENTS_COMMITTEE" } }, countyEditor)).data?.createOrganization,
    );
    expect(twice.code).toBe("ORGANIZATION_EXISTS");
    expect(await snapshot()).toEqual(before);
  });

  it("adds a collective economic organization, which has no size rule, and renames it", async () => {
    const created = member(
      (
        await s.gql(
          CREATE_ORG,
          { input: { communityCode: "RJ-TEHE", kind: "COLLECTIVE_ECONOMIC_ORGANIZATION", name: "特和社区经济合作社" } },
          countyEditor,
        )
      ).data?.createOrganization,
      "CreateOrganizationSuccess",
    ).organization;
    expect(created).toMatchObject({ kind: "COLLECTIVE_ECONOMIC_ORGANIZATION", sizeRule: null });
    const renamed = member(
      (await s.gql(UPDATE_ORG, { id: created.id, input: { name: "特和社区股份经济合作社" } }, countyEditor)).data
        ?.updateOrganization,
      "UpdateOrganizationSuccess",
    );
    expect(renamed.organization.id).toBe(created.id);
    const list = (await roster("RJ-TEHE")).organizations.map((o) => o.kind);
    expect(list.at(-1)).toBe("COLLECTIVE_ECONOMIC_ORGANIZATION");
  });

  it("answers a client that asks only whether the write worked (`__typename`), for every kind of result", async () => {
    // Such a request hands the resolver an empty selection, which Prisma refuses unless it is dropped.
    const created = (
      await s.gql(
        `mutation { createOrganization(input: { communityCode: "RJ-FENGHUANG", kind: COLLECTIVE_ECONOMIC_ORGANIZATION, name: "凤凰社区劳务合作社" }) {
          __typename ... on CreateOrganizationSuccess { organization { id } } } }`,
        {},
        countyEditor,
      )
    ).data?.createOrganization;
    expect(created.__typename).toBe("CreateOrganizationSuccess");
    const organizationId = created.organization.id;
    const only = async (field: string, operation: string, variables: Record<string, unknown>) => {
      const answer = await s.gql(operation, variables, countyEditor);
      expect({ errors: answer.errors, kind: answer.data?.[field]?.__typename }, field).toEqual({
        errors: undefined,
        kind: `${field[0]?.toUpperCase()}${field.slice(1)}Success`,
      });
    };
    await only(
      "updateOrganization",
      `mutation ($id: ID!) { updateOrganization(id: $id, input: { name: "凤凰社区劳务合作社（更名）" }) { __typename } }`,
      {
        id: organizationId,
      },
    );
    const input = { organizationId, name: "丁测试", role: "理事长", duties: "主持理事会", startedOn: "2026-11-01" };
    await only("addPosting", `mutation ($input: AddPostingInput!) { addPosting(input: $input) { __typename } }`, { input });
    const added = await s.db.memberPosting.findFirstOrThrow({ where: { organizationId } });
    await only(
      "correctPosting",
      `mutation ($id: ID!, $input: CorrectPostingInput!) { correctPosting(id: $id, input: $input, reason: "姓名录入错误") { __typename } }`,
      { id: added.id, input: { name: "丁测验", role: input.role, duties: input.duties } },
    );
    const corrected = await s.db.memberPosting.findFirstOrThrow({ where: { organizationId, name: "丁测验" } });
    await only(
      "endPosting",
      `mutation ($id: ID!) { endPosting(id: $id, endedOn: "2026-11-20", reason: "换届离任") { __typename } }`,
      {
        id: corrected.id,
      },
    );
  });

  it("changes a Party organization's level only within the rules: members and committee size", async () => {
    const party = await org("RJ-WOLONG", "PARTY_ORGANIZATION");
    expect(party).toMatchObject({ partyLevel: "COMMITTEE", memberCount: 112, sizeRule: { ruleText: "5–9 人", members: 5 } });
    const before = await snapshot();
    const tooMany = refusal(
      (await s.gql(UPDATE_ORG, { id: party.id, input: { partyLevel: "GENERAL_BRANCH" } }, countyEditor)).data?.updateOrganization,
    );
    expect(fields(tooMany)).toEqual(["input.memberCount"]);
    const nullName = refusal(
      (await s.gql(UPDATE_ORG, { id: party.id, input: { name: null } }, countyEditor)).data?.updateOrganization,
    );
    expect(fields(nullName)).toEqual(["input.name"]);
    expect(await snapshot()).toEqual(before);
    const fewer = member(
      (await s.gql(UPDATE_ORG, { id: party.id, input: { partyLevel: "GENERAL_BRANCH", memberCount: 98 } }, countyEditor)).data
        ?.updateOrganization,
      "UpdateOrganizationSuccess",
    );
    expect(fewer.organization).toMatchObject({
      partyLevel: "GENERAL_BRANCH",
      memberCount: 98,
      sizeRule: { ruleText: "5–7 人", meets: true },
    });
  });

  it("refuses a member beyond the body's maximum and an end below its minimum; a successor takes over in one step", async () => {
    const sup = await org("RJ-DINGWEI", "SUPERVISION_COMMITTEE");
    expect(sup.sizeRule).toMatchObject({ ruleText: "3–5 人", members: 3 });
    const fill = (name: string) =>
      s.gql(
        ADD,
        { input: { organizationId: sup.id, name, role: "委员", duties: "监督居务公开", startedOn: "2026-11-01" } },
        countyEditor,
      );
    member((await fill("甲测试")).data?.addPosting, "AddPostingSuccess");
    member((await fill("乙测试")).data?.addPosting, "AddPostingSuccess");
    let before = await snapshot();
    const sixth = refusal((await fill("丙测试")).data?.addPosting);
    expect(fields(sixth)).toEqual(["input.organizationId"]);
    expect(sixth.message).toMatch(/3–5 人，已有 5 人在任/);
    expect(await snapshot()).toEqual(before);

    // Back to three, then the third may not leave without a successor.
    const added = (await org("RJ-DINGWEI", "SUPERVISION_COMMITTEE")).postings.filter((p) => p.name.endsWith("测试"));
    for (const p of added) {
      member(
        (await s.gql(END, { id: p.id, endedOn: "2026-11-20", reason: "测试离任原因" }, countyEditor)).data?.endPosting,
        "EndPostingSuccess",
      );
    }
    const now = await org("RJ-DINGWEI", "SUPERVISION_COMMITTEE");
    expect(now.sizeRule?.members).toBe(3);
    const chair = present(now.postings[0]);
    before = await snapshot();
    const below = refusal(
      (await s.gql(END, { id: chair.id, endedOn: "2026-11-21", reason: "工作调动离任" }, countyEditor)).data?.endPosting,
    );
    expect(fields(below)).toEqual(["id"]);
    expect(below.message).toMatch(/只剩 2 人/);
    expect(await snapshot()).toEqual(before);

    const successor = member(
      (
        await s.gql(
          ADD,
          {
            input: {
              organizationId: sup.id,
              name: "接任者",
              role: chair.role,
              duties: "主持民主理财",
              startedOn: "2026-11-21",
              replacesId: chair.id,
            },
          },
          countyEditor,
        )
      ).data?.addPosting,
      "AddPostingSuccess",
    ).posting;
    const after = await org("RJ-DINGWEI", "SUPERVISION_COMMITTEE");
    expect(after.sizeRule?.members).toBe(3);
    // History keeps every term, ended ones with their reasons.
    const ended = after.history.filter((p) => p.endedOn);
    expect(ended.map((p) => [p.name, p.endedOn, p.endReason])).toEqual(
      expect.arrayContaining([
        [chair.name, "2026-11-21", "由接任者接任"],
        ["甲测试", "2026-11-20", "测试离任原因"],
        ["乙测试", "2026-11-20", "测试离任原因"],
      ]),
    );
    expect(after.history.map((p) => p.id)).toContain(successor.id);
    const again = refusal(
      (await s.gql(END, { id: chair.id, endedOn: "2026-11-25", reason: "重复办理离任" }, countyEditor)).data?.endPosting,
    );
    expect(again.code).toBe("POSTING_ENDED");
  });

  it("says when an owners' committee is not an odd number", async () => {
    const owners = await org("RJ-FENGLE", "OWNERS_COMMITTEE");
    expect(owners.sizeRule).toMatchObject({ ruleText: "5–11 人（奇数）", members: 5, meets: true });
    member(
      (
        await s.gql(
          ADD,
          { input: { organizationId: owners.id, name: "偶数测试", role: "委员", duties: "收集意见", startedOn: "2026-01-01" } },
          countyEditor,
        )
      ).data?.addPosting,
      "AddPostingSuccess",
    );
    expect((await org("RJ-FENGLE", "OWNERS_COMMITTEE")).sizeRule).toMatchObject({
      members: 6,
      meets: false,
      statusText: "人数应为奇数",
    });
  });

  it("refuses bad postings field by field and writes nothing", async () => {
    const res = await org("RJ-YANGGUANG", "RESIDENTS_COMMITTEE");
    const good = { organizationId: res.id, name: "测试人", role: "委员", duties: "测试分工", startedOn: "2026-11-01" };
    const before = await snapshot();
    const cases: [VariablesOf<typeof ADD>["input"], string][] = [
      [{ ...good, name: "" }, "input.name"],
      [{ ...good, role: " " }, "input.role"],
      [{ ...good, duties: "" }, "input.duties"],
      [{ ...good, startedOn: "2026-13-01" }, "input.startedOn"],
      [{ ...good, publicPhone: "call me" }, "input.publicPhone"],
      [{ ...good, photoId: "no-such-photo" }, "input.photoId"],
      [{ ...good, organizationId: "no-such-body" }, "input.organizationId"],
      [{ ...good, replacesId: "no-such-posting" }, "input.replacesId"],
    ];
    for (const [input, field] of cases) {
      expect(fields(refusal((await s.gql(ADD, { input }, countyEditor)).data?.addPosting)), field).toEqual([field]);
    }
    const chair = present(res.postings[0]);
    for (const [args, field] of [
      [{ id: chair.id, endedOn: "2021-09-18", reason: "日期早于任职" }, "endedOn"],
      [{ id: chair.id, endedOn: "2026/11/01", reason: "日期格式不对" }, "endedOn"],
      [{ id: chair.id, endedOn: "2026-11-01", reason: "短" }, "reason"],
    ] as const) {
      expect(fields(refusal((await s.gql(END, args, countyEditor)).data?.endPosting)), field).toEqual([field]);
    }
    expect(
      refusal((await s.gql(END, { id: "nope", endedOn: "2026-11-01", reason: "不存在的任职" }, countyEditor)).data?.endPosting)
        .code,
    ).toBe("NOT_FOUND");
    expect(await snapshot()).toEqual(before);
  });

  it("corrects a posting as a new record that takes over its term; the old one stays, never in office", async () => {
    const res = await org("RJ-FENGHUANG", "RESIDENTS_COMMITTEE");
    const wrong = present(res.postings[1]);
    const fixed = member(
      (
        await s.gql(
          CORRECT,
          {
            id: wrong.id,
            input: { name: `${wrong.name}更`, role: wrong.role, duties: "分管就业服务和后续扶持项目（更正）" },
            reason: "姓名录入有误，按任职文件更正",
          },
          countyEditor,
        )
      ).data?.correctPosting,
      "CorrectPostingSuccess",
    ).posting;
    expect(fixed).toMatchObject({
      startedOn: wrong.startedOn,
      corrects: { id: wrong.id, name: wrong.name },
      correctionReason: "姓名录入有误，按任职文件更正",
    });
    const after = await org("RJ-FENGHUANG", "RESIDENTS_COMMITTEE");
    expect(after.postings.map((p) => p.id)).toContain(fixed.id);
    expect(after.postings.map((p) => p.id)).not.toContain(wrong.id);
    expect(after.sizeRule?.members).toBe(res.sizeRule?.members);
    expect(after.history.find((p) => p.id === wrong.id)?.correctedBy?.id).toBe(fixed.id);
    const twice = refusal(
      (
        await s.gql(
          CORRECT,
          { id: wrong.id, input: { name: "再改", role: "委员", duties: "再改" }, reason: "再次更正测试" },
          countyEditor,
        )
      ).data?.correctPosting,
    );
    expect(twice.code).toBe("POSTING_CORRECTED");
  });
});

describe("grids, buildings and staff", () => {
  it("checks a grid's households and groups, and its workers against one per 2–4 groups", async () => {
    const good = { communityCode: "RJ-FENGHUANG", name: "第二网格", area: "第 8 居民小组", residentsGroups: 3, households: 120 };
    const before = await snapshot();
    for (const [input, field] of [
      [{ ...good, households: 301 }, "input.households"],
      [{ ...good, residentsGroups: 0 }, "input.residentsGroups"],
      [{ ...good, name: "" }, "input.name"],
      [{ ...good, name: "第一网格" }, "input.name"],
      [{ ...good, area: "" }, "input.area"],
    ] as const) {
      const r = refusal((await s.gql(CREATE_GRID, { input }, countyEditor)).data?.createGrid);
      expect(fields(r), field).toEqual([field]);
    }
    expect(await snapshot()).toEqual(before);
    const grid = member((await s.gql(CREATE_GRID, { input: good }, countyEditor)).data?.createGrid, "CreateGridSuccess").grid;
    expect(grid.workerRule).toEqual({ min: 1, max: 1, members: 0 });

    const worker: StaffInput = {
      communityCode: "RJ-FENGHUANG",
      kind: "GRID_WORKER",
      gridId: grid.id,
      name: "网格测试员",
      title: "专职网格员",
      duties: "入户走访",
      publicPhone: "0855-6720999",
      startedOn: "2026-11-01",
    };
    const first = member(
      (await s.gql(ADD_STAFF, { input: worker }, countyEditor)).data?.addStaffPosting,
      "AddStaffPostingSuccess",
    );
    const second = refusal(
      (await s.gql(ADD_STAFF, { input: { ...worker, name: "第二名" } }, countyEditor)).data?.addStaffPosting,
    );
    expect(fields(second)).toEqual(["input.gridId"]);
    expect(second.message).toMatch(/最多配 1 名网格员/);
    const leader = { ...worker, kind: "GRID_LEADER" as const, title: "网格长" };
    member((await s.gql(ADD_STAFF, { input: leader }, countyEditor)).data?.addStaffPosting, "AddStaffPostingSuccess");
    expect(fields(refusal((await s.gql(ADD_STAFF, { input: leader }, countyEditor)).data?.addStaffPosting))).toEqual([
      "input.gridId",
    ]);
    // The only worker cannot leave below the rule; four groups allow a second, and then one may go.
    expect(
      fields(
        refusal(
          (await s.gql(END_STAFF, { id: first.posting.id, endedOn: "2026-11-10", reason: "调整岗位" }, countyEditor)).data
            ?.endStaffPosting,
        ),
      ),
    ).toEqual(["id"]);
    expect(
      fields(refusal((await s.gql(UPDATE_GRID, { id: grid.id, input: { households: 400 } }, countyEditor)).data?.updateGrid)),
    ).toEqual(["input.households"]);
    member(
      (await s.gql(UPDATE_GRID, { id: grid.id, input: { residentsGroups: 4 } }, countyEditor)).data?.updateGrid,
      "UpdateGridSuccess",
    );
    member(
      (await s.gql(ADD_STAFF, { input: { ...worker, name: "第二名" } }, countyEditor)).data?.addStaffPosting,
      "AddStaffPostingSuccess",
    );
    const tooFew = refusal(
      (await s.gql(UPDATE_GRID, { id: grid.id, input: { residentsGroups: 3 } }, countyEditor)).data?.updateGrid,
    );
    expect(fields(tooFew)).toEqual(["input.residentsGroups"]);
    const ended = member(
      (await s.gql(END_STAFF, { id: first.posting.id, endedOn: "2026-11-10", reason: "调整岗位" }, countyEditor)).data
        ?.endStaffPosting,
      "EndStaffPostingSuccess",
    );
    expect(ended.posting).toMatchObject({ endedOn: "2026-11-10", endReason: "调整岗位" });
    expect(
      refusal(
        (await s.gql(END_STAFF, { id: first.posting.id, endedOn: "2026-11-12", reason: "重复办理" }, countyEditor)).data
          ?.endStaffPosting,
      ).code,
    ).toBe("POSTING_ENDED");
  });

  it("posts building heads one at a time and service staff at a window, refusing bad input field by field", async () => {
    const building = member(
      (await s.gql(CREATE_BUILDING, { input: { communityCode: "RJ-TEHE", name: "新建 A 栋", households: 48 } }, countyEditor))
        .data?.createBuilding,
      "CreateBuildingSuccess",
    ).building;
    const fengle = await roster("RJ-FENGLE");
    const head: StaffInput = {
      communityCode: "RJ-TEHE",
      kind: "BUILDING_HEAD",
      buildingId: building.id,
      name: "楼长测试",
      title: "楼长",
      duties: "楼栋巡查",
      startedOn: "2026-11-01",
    };
    const before = await snapshot();
    const cases: [StaffInput, string][] = [
      [{ ...head, buildingId: null }, "input.buildingId"],
      [{ ...head, gridId: present(fengle.grids[0]).id }, "input.gridId"],
      [{ ...head, buildingId: present(fengle.buildings[0]).id }, "input.buildingId"],
      [{ ...head, counter: "1 号窗口" }, "input.counter"],
      [{ ...head, kind: "GRID_WORKER", buildingId: null }, "input.gridId"],
      [{ ...head, kind: "SERVICE_STAFF" }, "input.buildingId"],
      [{ ...head, name: "" }, "input.name"],
      [{ ...head, title: "" }, "input.title"],
      [{ ...head, duties: "" }, "input.duties"],
      [{ ...head, startedOn: "明天" }, "input.startedOn"],
      [{ ...head, publicPhone: "12" }, "input.publicPhone"],
    ];
    for (const [input, field] of cases) {
      expect(fields(refusal((await s.gql(ADD_STAFF, { input }, countyEditor)).data?.addStaffPosting)), field).toEqual([field]);
    }
    expect(
      fields(
        refusal(
          (await s.gql(CREATE_BUILDING, { input: { communityCode: "RJ-TEHE", name: "1 栋" } }, countyEditor)).data
            ?.createBuilding,
        ),
      ),
    ).toEqual(["input.name"]);
    expect(await snapshot()).toEqual(before);
    const first = member(
      (await s.gql(ADD_STAFF, { input: head }, countyEditor)).data?.addStaffPosting,
      "AddStaffPostingSuccess",
    ).posting;
    expect(
      fields(refusal((await s.gql(ADD_STAFF, { input: { ...head, name: "第二位楼长" } }, countyEditor)).data?.addStaffPosting)),
    ).toEqual(["input.buildingId"]);
    member(
      (
        await s.gql(
          ADD_STAFF,
          { input: { ...head, name: "接任楼长", startedOn: "2026-11-15", replacesId: first.id } },
          countyEditor,
        )
      ).data?.addStaffPosting,
      "AddStaffPostingSuccess",
    );
    const tehe = await roster("RJ-TEHE");
    expect(tehe.buildings.find((b) => b.name === "新建 A 栋")?.heads.map((h) => h.name)).toEqual(["接任楼长"]);
    expect(tehe.staffHistory.find((p) => p.id === first.id)).toMatchObject({
      endedOn: "2026-11-15",
      endReason: "由接任楼长接任",
    });

    const staff = member(
      (
        await s.gql(
          ADD_STAFF,
          {
            input: {
              communityCode: "RJ-TEHE",
              kind: "SERVICE_STAFF",
              name: "窗口测试",
              title: "老年服务专员",
              duties: "高龄补贴受理",
              counter: "5 号窗口",
              startedOn: "2026-11-01",
            },
          },
          countyEditor,
        )
      ).data?.addStaffPosting,
      "AddStaffPostingSuccess",
    );
    expect((await roster("RJ-TEHE")).serviceStaff.map((p) => p.name)).toContain(staff.posting.name);
  });
});

describe("photos", () => {
  it("stores a photo with its SHA-256, checking its type by its bytes and its size", async () => {
    const good = {
      communityCode: "RJ-YANGGUANG",
      altText: "网格员的照片",
      mimeType: "image/png",
      dataBase64: PNG.toString("base64"),
    };
    const photo = member(
      (await s.gql(UPLOAD, { input: good }, yangguangEditor)).data?.uploadPersonPhoto,
      "UploadPersonPhotoSuccess",
    ).photo;
    const sha = createHash("sha256").update(PNG).digest("hex");
    expect(photo).toMatchObject({
      sha256: sha,
      byteSize: PNG.length,
      mimeType: "image/png",
      fileName: `${sha}.png`,
      altText: "网格员的照片",
    });

    // A phone's photo carries where and when it was taken: what is stored and published does not.
    const withExif = await sharp({ create: { width: 40, height: 50, channels: 3, background: "#888" } })
      .jpeg()
      .withExif({ IFD0: { Make: "某品牌手机", Copyright: "拍摄地点 26.0,108.5" } })
      .toBuffer();
    expect((await sharp(withExif).metadata()).exif).toBeDefined();
    const stripped = member(
      (
        await s.gql(
          UPLOAD,
          { input: { ...good, mimeType: "image/jpeg", dataBase64: withExif.toString("base64") } },
          yangguangEditor,
        )
      ).data?.uploadPersonPhoto,
      "UploadPersonPhotoSuccess",
    ).photo;
    const stored = await s.db.personPhoto.findUniqueOrThrow({ where: { id: stripped.id } });
    expect((await sharp(Buffer.from(stored.data)).metadata()).exif).toBeUndefined();
    expect(stored.sha256).toBe(createHash("sha256").update(stored.data).digest("hex"));

    const before = await snapshot();
    for (const [input, field, message] of [
      [{ ...good, mimeType: "image/gif" }, "input.mimeType", /image\/jpeg、image\/png 或 image\/webp/],
      [{ ...good, mimeType: "image/jpeg" }, "input.dataBase64", /与格式 image\/jpeg 不符/],
      [{ ...good, dataBase64: Buffer.from("<script>alert(1)</script>").toString("base64") }, "input.dataBase64", /不符/],
      [{ ...good, dataBase64: "not base64!" }, "input.dataBase64", /Base64/],
      [{ ...good, dataBase64: TRUNCATED_PNG.toString("base64") }, "input.dataBase64", /无法读取/],
      [
        { ...good, dataBase64: Buffer.concat([PNG, Buffer.alloc(1024 * 1024)]).toString("base64") },
        "input.dataBase64",
        /不能超过 1 MB/,
      ],
      [{ ...good, altText: "" }, "input.altText", /照片说明不能为空/],
    ] as const) {
      const r = refusal((await s.gql(UPLOAD, { input }, yangguangEditor)).data?.uploadPersonPhoto);
      expect(fields(r), field).toEqual([field]);
      expect(r.message).toMatch(message);
    }
    expect(await snapshot()).toEqual(before);

    // A photo belongs to its community's rosters only.
    const fumin = await org("RJ-FUMIN", "RESIDENTS_COMMITTEE");
    const r = refusal(
      (
        await s.gql(
          ADD,
          {
            input: {
              organizationId: fumin.id,
              name: "照片测试",
              role: "委员",
              duties: "测试",
              startedOn: "2026-11-01",
              photoId: photo.id,
            },
          },
          countyEditor,
        )
      ).data?.addPosting,
    );
    expect(fields(r)).toEqual(["input.photoId"]);
    const own = await org("RJ-YANGGUANG", "RESIDENTS_COMMITTEE");
    const posted = member(
      (
        await s.gql(
          ADD,
          {
            input: {
              organizationId: own.id,
              name: "照片测试",
              role: "委员",
              duties: "测试",
              startedOn: "2026-11-01",
              photoId: photo.id,
            },
          },
          yangguangEditor,
        )
      ).data?.addPosting,
      "AddPostingSuccess",
    );
    expect(posted.posting.photo?.sha256).toBe(sha);
  });
});

describe("publishing the roster as a notice", () => {
  it("publishes who is in office today, hashed and immutable, with nothing personal beyond the posted fields", async () => {
    const c = await roster("RJ-FENGLE");
    const published = member(
      (await s.gql(PUBLISH, { input: { communityCode: "RJ-FENGLE" } }, countyEditor)).data?.publishRosterNotice,
      "PublishRosterNoticeSuccess",
    ).notice;
    expect(published.disclosure).toMatchObject({ status: "PUBLISHED", category: { code: "COMMUNITY_AFFAIRS" } });
    expect(published.disclosure.title).toBe(`丰乐社区上岗公示（${published.asOf}）`);
    expect(published.disclosure.contentHash).toMatch(/^[0-9a-f]{64}$/);
    const body = published.disclosure.body;
    for (const o of c.organizations) for (const p of o.postings) expect(body).toContain(p.name);
    for (const g of c.grids)
      for (const p of [...g.leader, ...g.workers]) expect(body).toContain(`| ${p.name} | ${p.title} | ${p.publicPhone} |`);
    for (const p of c.serviceStaff) expect(body).toContain(p.name);
    for (const ended of c.staffHistory.filter((p) => p.endedOn)) expect(body).not.toContain(ended.name);
    expect(body).not.toMatch(/data:image|base64|[0-9a-f]{64}/);
    const notices = present((await s.gql(NOTICES, { code: "RJ-FENGLE" })).data?.community).rosterNotices;
    expect(notices.map((n) => n.id)).toContain(published.id);

    const before = await snapshot();
    const badItem = refusal(
      (await s.gql(PUBLISH, { input: { communityCode: "RJ-FENGLE", catalogueItemId: "no-such-item" } }, countyEditor)).data
        ?.publishRosterNotice,
    );
    expect(fields(badItem)).toEqual(["input.catalogueItemId"]);
    expect(await snapshot()).toEqual(before);
  });
});

describe("the size rules' configuration", () => {
  it("keeps the documents' defaults and lets ROSTER_RULES override any of them alone", () => {
    expect(rosterRules({})).toBe(DEFAULT_ROSTER_RULES);
    const rules = rosterRules({
      ROSTER_RULES: '{"committees":{"OWNERS_COMMITTEE":{"min":3,"max":9}},"grid":{"maxHouseholds":250}}',
    });
    expect(rules.committees.OWNERS_COMMITTEE).toEqual({ min: 3, max: 9, odd: true });
    expect(rules.committees.SUPERVISION_COMMITTEE).toEqual({ min: 3, max: 5 });
    expect(rules.grid).toEqual({ groupsPerWorker: { min: 2, max: 4 }, maxHouseholds: 250 });
    expect(rules.partyMembers).toEqual(DEFAULT_ROSTER_RULES.partyMembers);
    expect(() => rosterRules({ ROSTER_RULES: "{not json" })).toThrow(/ROSTER_RULES must be a JSON object/);
  });
});

describe("who may change a roster", () => {
  it("lets the community's editors, its county's editors and admins write, and refuses everyone else", async () => {
    const c = await roster("RJ-YANGGUANG");
    const body = present(c.organizations.find((o) => o.kind === "PARTY_ORGANIZATION"));
    const postingId = present(body.postings[0]).id;
    const grid = present(c.grids[0]);
    const staffId = present(c.serviceStaff[0]).id;
    const photoInput = {
      communityCode: "RJ-YANGGUANG",
      altText: "照片",
      mimeType: "image/png",
      dataBase64: PNG.toString("base64"),
    };
    const attempts = [
      (t?: string) =>
        s
          .gql(
            CREATE_ORG,
            { input: { communityCode: "RJ-YANGGUANG", kind: "COLLECTIVE_ECONOMIC_ORGANIZATION", name: "权限测试" } },
            t,
          )
          .then((r) => r.data?.createOrganization),
      (t?: string) => s.gql(UPDATE_ORG, { id: body.id, input: { name: "权限测试" } }, t).then((r) => r.data?.updateOrganization),
      (t?: string) =>
        s
          .gql(
            ADD,
            { input: { organizationId: body.id, name: "权限", role: "委员", duties: "测试", startedOn: "2026-11-01" } },
            t,
          )
          .then((r) => r.data?.addPosting),
      (t?: string) => s.gql(END, { id: postingId, endedOn: "2026-11-01", reason: "权限测试" }, t).then((r) => r.data?.endPosting),
      (t?: string) =>
        s
          .gql(CORRECT, { id: postingId, input: { name: "权限", role: "委员", duties: "测试" }, reason: "权限测试" }, t)
          .then((r) => r.data?.correctPosting),
      (t?: string) => s.gql(UPLOAD, { input: photoInput }, t).then((r) => r.data?.uploadPersonPhoto),
      (t?: string) =>
        s
          .gql(
            CREATE_GRID,
            { input: { communityCode: "RJ-YANGGUANG", name: "权限", area: "测试", residentsGroups: 2, households: 10 } },
            t,
          )
          .then((r) => r.data?.createGrid),
      (t?: string) => s.gql(UPDATE_GRID, { id: grid.id, input: { area: "权限测试" } }, t).then((r) => r.data?.updateGrid),
      (t?: string) =>
        s
          .gql(CREATE_BUILDING, { input: { communityCode: "RJ-YANGGUANG", name: "权限测试栋" } }, t)
          .then((r) => r.data?.createBuilding),
      (t?: string) =>
        s
          .gql(
            ADD_STAFF,
            {
              input: {
                communityCode: "RJ-YANGGUANG",
                kind: "SERVICE_STAFF",
                name: "权限",
                title: "测试",
                duties: "测试",
                startedOn: "2026-11-01",
              },
            },
            t,
          )
          .then((r) => r.data?.addStaffPosting),
      (t?: string) =>
        s.gql(END_STAFF, { id: staffId, endedOn: "2026-11-01", reason: "权限测试" }, t).then((r) => r.data?.endStaffPosting),
    ];
    const before = await snapshot();
    for (const [n, attempt] of attempts.entries()) {
      expect(refusal(await attempt()).code, `anonymous #${n}`).toBe("UNAUTHENTICATED");
      expect(refusal(await attempt(fuminEditor)).code, `other community #${n}`).toBe("FORBIDDEN");
      expect(refusal(await attempt(otherCountyEditor)).code, `other county #${n}`).toBe("FORBIDDEN");
    }
    expect(await snapshot()).toEqual(before);
    // The community's own editor and the county's editor are let through (each write succeeds or is judged on its merits).
    for (const [n, attempt] of attempts.entries()) {
      const result = await attempt(n % 2 ? yangguangEditor : countyEditor);
      expect(["UNAUTHENTICATED", "FORBIDDEN"], `allowed #${n}: ${JSON.stringify(result)}`).not.toContain(
        (result as { code?: string })?.code,
      );
    }
  });

  it("records every roster write in the audit log", async () => {
    const actions = await s.db.auditEntry.findMany({
      where: { action: { in: ["addStaffPosting", "uploadPersonPhoto", "endPosting"] } },
      select: { action: true },
    });
    expect(new Set(actions.map((a) => a.action))).toEqual(new Set(["addStaffPosting", "uploadPersonPhoto", "endPosting"]));
  });
});
