import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "../../api/catalogue/status.ts";
import { maskName } from "../../api/names.ts";
import { todayInShanghai } from "../../api/periods.ts";
import { residentIdCheck } from "../../api/welfare/rules.ts";
import { graphql, member, present, Refusal, refusal, type VariablesOf } from "../support/graphql.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

let s: TestServer;
let countyEditor: string;
let fuminEditor: string;
let teheEditor: string;

const FIGURES = graphql(`
  query WelfareFigures($code: String!, $on: String) { community(code: $code) { welfare(on: $on) {
    on figures { quota posts held onNotice vacant openPosts }
    posts { id code kind monthlySubsidy hours holder(on: $on) { id maskedName startsOn status(on: $on) } }
  } } }
`);
const COUNTY = graphql(`
  query WelfareCounty($on: String) { county(code: "RJ") { welfare(on: $on) {
    quota { total } figures { quota posts held vacant }
    communities { community { code } figures { quota held vacant } }
    turnover { month joins exits heldAtEnd }
    subsidies { month communities holders total }
  } } }
`);
const APPOINT = graphql(
  `mutation Appoint($input: AppointWelfareHoldersInput!) { appointWelfareHolders(input: $input) {
    __typename ...Refusal ... on AppointWelfareHoldersSuccess { appointment { id noticeFrom noticeUntil startsOn
      disclosure { id body category { code } contentHash } tenures { id maskedName startsOn } } } } }`,
  [Refusal],
);
const END = graphql(
  `mutation End($id: ID!, $endedOn: String!, $reason: WelfareExitReason!, $note: String) {
    endWelfareTenure(id: $id, endedOn: $endedOn, reason: $reason, note: $note) {
      __typename ...Refusal ... on EndWelfareTenureSuccess { tenure { id endedOn exitReason exitReasonLabel } } } }`,
  [Refusal],
);
const QUOTA = graphql(
  `mutation Quota($input: SetWelfareQuotaInput!) { setWelfareQuota(input: $input) {
    __typename ...Refusal ... on SetWelfareQuotaSuccess { quota { total basis } } } }`,
  [Refusal],
);
const POSTS = graphql(
  `mutation Posts($input: CreateWelfarePostsInput!) { createWelfarePosts(input: $input) {
    __typename ...Refusal ... on CreateWelfarePostsSuccess { posts { id code monthlySubsidy } } } }`,
  [Refusal],
);
const CLOSE = graphql(
  `mutation Close($id: ID!, $closedOn: String!, $reason: String!) { closeWelfarePost(id: $id, closedOn: $closedOn, reason: $reason) {
    __typename ...Refusal ... on CloseWelfarePostSuccess { post { id closedOn } } } }`,
  [Refusal],
);
const SUBSIDY = graphql(
  `mutation Subsidy($input: RecordWelfareSubsidyInput!) { recordWelfareSubsidy(input: $input) {
    __typename ...Refusal ... on RecordWelfareSubsidySuccess { payment { month holders total disclosure { body } } } } }`,
  [Refusal],
);
const ADVERTISE = graphql(
  `mutation Advertise($input: AdvertiseWelfareVacanciesInput!) { advertiseWelfareVacancies(input: $input) {
    __typename ...Refusal ... on AdvertiseWelfareVacanciesSuccess { posting { id kind openings postSubsidy communities { code } } } } }`,
  [Refusal],
);

const today = todayInShanghai();
let serial = 0;
/** A fresh, well-formed resident ID number. */
const newId = () => {
  const first17 = `52263219800101${String(900 + serial++).padStart(3, "0")}`;
  return `${first17}${residentIdCheck(first17)}`;
};

const welfare = async (code: string, on?: string) => present((await s.gql(FIGURES, { code, on })).data?.community, code).welfare;
const vacantPosts = async (code: string, on: string) => (await welfare(code, on)).posts.filter((p) => p.holder === null);

/** The public fields of a type, by introspection. */
async function fieldNames(type: string): Promise<string[]> {
  const res = await s.gql(`query { __type(name: "${type}") { fields { name } } }`);
  return (res.data?.__type?.fields ?? []).map((f: { name: string }) => f.name);
}

/** Held on a day, counted from the rows directly: started on or before it, not out yet. */
async function heldInDb(code: string, on: string) {
  const tenures = await s.db.welfareTenure.findMany({ where: { post: { community: { code } } } });
  return tenures.filter((t) => t.startsOn <= on && (t.endedOn === null || t.endedOn > on)).length;
}

beforeAll(async () => {
  s = await startTestServer();
  countyEditor = await s.tokenFor("COUNTY_EDITOR", { county: "RJ" });
  fuminEditor = await s.tokenFor("COMMUNITY_EDITOR", { communities: ["RJ-FUMIN"] });
  teheEditor = await s.tokenFor("COMMUNITY_EDITOR", { communities: ["RJ-TEHE"] });
});
afterAll(() => s.close());

describe("vacancies, derived on a day", () => {
  it("are the quota minus the holders on fixed dates, per community and for the county", async () => {
    const shares = await s.db.welfareQuotaShare.findMany({ include: { community: true } });
    for (const on of ["2025-10-31", "2025-11-01", "2026-03-31", "2026-09-15", "2026-11-26", "2026-12-01"]) {
      const county = present((await s.gql(COUNTY, { on })).data?.county).welfare;
      let held = 0;
      for (const row of county.communities) {
        const quota = shares.find((x) => x.community.code === row.community.code)?.posts ?? 0;
        const inDb = await heldInDb(row.community.code, on);
        expect(row.figures, `${row.community.code} on ${on}`).toEqual({ quota, held: inDb, vacant: quota - inDb });
        held += inDb;
      }
      expect(county.figures).toMatchObject({ quota: 180, held, vacant: 180 - held });
    }
    // Before the first holders start, every approved post is vacant; 180 in all.
    const before = present((await s.gql(COUNTY, { on: "2025-10-31" })).data?.county).welfare;
    expect(before.figures).toMatchObject({ quota: 180, held: 0, vacant: 180, posts: 178 });
    expect(before.quota?.total).toBe(180);
  });

  it("count someone on notice as on notice, not in post, until the day they start", async () => {
    // 特和 published a notice on 2026-11-20 for a holder starting 2026-12-01 (prisma/seed/welfare.ts).
    const waiting = await welfare("RJ-TEHE", "2026-11-30");
    const started = await welfare("RJ-TEHE", "2026-12-01");
    expect(waiting.figures.onNotice).toBe(1);
    expect(started.figures.onNotice).toBe(0);
    expect(started.figures.held).toBe(waiting.figures.held + 1);
    const post = present(waiting.posts.find((p) => p.holder?.status === "NOTICE"));
    expect(post.holder?.startsOn).toBe("2026-12-01");
  });

  it("sum the turnover of a month from its joins and exits", async () => {
    const county = present((await s.gql(COUNTY, { on: "2026-11-26" })).data?.county).welfare;
    expect(county.turnover).toHaveLength(12);
    for (const [i, m] of county.turnover.entries()) {
      const previous = county.turnover[i - 1];
      if (previous) expect(m.heldAtEnd).toBe(previous.heldAtEnd + m.joins - m.exits);
    }
    expect(county.turnover.reduce((n, m) => n + m.exits, 0)).toBeGreaterThan(10);
  });
});

describe("appointments", () => {
  it("publish the names masked, after a seven-day window, and refuse one person on two posts at once", async () => {
    const startsOn = addDays(today, 14);
    const [fuminPost, secondFumin] = await vacantPosts("RJ-FUMIN", startsOn);
    const [tehePost] = await vacantPosts("RJ-TEHE", addDays(startsOn, 30));
    const id = newId();
    const name = "测天试福";
    const first = member(
      (
        await s.gql(
          APPOINT,
          { input: { communityCode: "RJ-FUMIN", startsOn, holders: [{ postId: present(fuminPost).id, name, residentId: id }] } },
          fuminEditor,
        )
      ).data?.appointWelfareHolders,
      "AppointWelfareHoldersSuccess",
    ).appointment;
    expect(first).toMatchObject({ noticeFrom: today, noticeUntil: addDays(today, 6), startsOn });
    expect(first.disclosure.category.code).toBe("JOBS");
    expect(first.disclosure.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(first.disclosure.body).toContain(maskName(name));
    expect(first.disclosure.body).not.toContain(name);
    expect(first.disclosure.body).not.toContain(id);
    expect(first.tenures[0]?.maskedName).toBe("测*福");

    // The same person on a 特和 post a month later: still in the 富民 post then.
    const later = addDays(startsOn, 30);
    const twice = {
      communityCode: "RJ-TEHE",
      startsOn: later,
      holders: [{ postId: present(tehePost).id, name, residentId: id }],
    };
    const refused = refusal((await s.gql(APPOINT, { input: twice }, teheEditor)).data?.appointWelfareHolders);
    expect(refused).toMatchObject({ code: "VALIDATION_FAILED", field: "input.holders.0.residentId" });
    expect(refused.message).toContain("不能同时担任两个公益性岗位");

    // Leaving the 富民 post on that day frees the person from it: the handover day is theirs to start.
    const tenureId = present(first.tenures[0]).id;
    member(
      (await s.gql(END, { id: tenureId, endedOn: later, reason: "OTHER_EMPLOYMENT" }, fuminEditor)).data?.endWelfareTenure,
      "EndWelfareTenureSuccess",
    );
    const dayEarly = { ...twice, startsOn: addDays(later, -1) };
    expect(refusal((await s.gql(APPOINT, { input: dayEarly }, teheEditor)).data?.appointWelfareHolders)).toMatchObject({
      field: "input.holders.0.residentId",
    });
    member((await s.gql(APPOINT, { input: twice }, teheEditor)).data?.appointWelfareHolders, "AppointWelfareHoldersSuccess");

    // One person twice in one notice, or one post twice, is refused too.
    const both = {
      communityCode: "RJ-FUMIN",
      startsOn: addDays(later, 60),
      holders: [
        { postId: present(secondFumin).id, name: "甲乙丙", residentId: newId() },
        { postId: present(secondFumin).id, name: "丁戊己", residentId: newId() },
      ],
    };
    expect(refusal((await s.gql(APPOINT, { input: both }, fuminEditor)).data?.appointWelfareHolders)).toMatchObject({
      field: "input.holders.1.postId",
    });
    // A post with a holder from that day is not vacant.
    const taken = {
      ...twice,
      startsOn: addDays(later, 5),
      holders: [{ postId: present(tehePost).id, name, residentId: newId() }],
    };
    expect(refusal((await s.gql(APPOINT, { input: taken }, teheEditor)).data?.appointWelfareHolders)).toMatchObject({
      field: "input.holders.0.postId",
    });
  });

  it("refuse a start inside the notice window", async () => {
    const [post] = await vacantPosts("RJ-WOLONG", addDays(today, 6));
    const input = {
      communityCode: "RJ-WOLONG",
      startsOn: addDays(today, 6),
      holders: [{ postId: present(post).id, name: "窗口期", residentId: newId() }],
    };
    const refused = refusal((await s.gql(APPOINT, { input }, countyEditor)).data?.appointWelfareHolders);
    expect(refused).toMatchObject({ code: "VALIDATION_FAILED", field: "input.startsOn" });
    expect(refused.message).toContain(addDays(today, 7));
  });
});

describe("what the public can read", () => {
  it("has no field that carries a holder's full name or ID number", async () => {
    const names = await fieldNames("WelfareTenure");
    expect(names).toContain("maskedName");
    for (const hidden of ["holderName", "name", "holderKey", "residentId", "exitNote"]) expect(names).not.toContain(hidden);
  });

  it("masks every stored holder in every notice and answer", async () => {
    const tenures = await s.db.welfareTenure.findMany({ include: { appointment: { include: { disclosure: true } } } });
    expect(tenures.length).toBeGreaterThan(200);
    for (const t of tenures) {
      expect(t.appointment.disclosure.body).toContain(maskName(t.holderName));
      expect(t.appointment.disclosure.body).not.toContain(t.holderName);
    }
    const all = JSON.stringify(await Promise.all(["RJ-FUMIN", "RJ-TEHE", "SC-TONGLUOWAN"].map((c) => welfare(c, "2026-11-26"))));
    for (const t of tenures) expect(all).not.toContain(t.holderName);
  });

  it("gives subsidies as counts and totals per community, never per person", async () => {
    const county = present((await s.gql(COUNTY, { on: "2026-11-26" })).data?.county).welfare;
    const october = present(county.subsidies.find((m) => m.month === "2026-10"));
    const rows = await s.db.welfareSubsidyPayment.findMany({
      where: { month: "2026-10", community: { code: { startsWith: "RJ-" } } },
    });
    expect(october).toEqual({
      month: "2026-10",
      communities: 7,
      holders: rows.reduce((n, r) => n + r.holders, 0),
      total: (rows.reduce((n, r) => n + r.total, 0) / 100).toFixed(2),
    });
    const names = await fieldNames("WelfareSubsidyPayment");
    expect(names.sort()).toEqual(["disclosure", "holders", "id", "month", "monthLabel", "paidOn", "total"]);
    const notices = await s.db.welfareSubsidyPayment.findMany({ include: { disclosure: true } });
    for (const n of notices) expect(n.disclosure.body).not.toMatch(/\*/);
  });
});

describe("subsidy records", () => {
  it("are checked against the month's holders, published once, and named field by field", async () => {
    // 凤凰's November has not been paid in the demo.
    const base = { communityCode: "RJ-FENGHUANG", month: "2026-11", holders: 10, total: "9000.00", paidOn: today };
    const held = await s.db.welfareTenure.count({
      where: {
        post: { community: { code: "RJ-FENGHUANG" } },
        startsOn: { lte: "2026-11-30" },
        OR: [{ endedOn: null }, { endedOn: { gt: "2026-11-01" } }],
      },
    });
    const cases: [Partial<typeof base>, string][] = [
      { holders: held + 1 } as Partial<typeof base>,
      { total: "999999.00" },
      { month: "2026-13" },
      { paidOn: "2026-10-31" },
      { paidOn: addDays(today, 1) },
      { holders: 0 },
      { total: "12.345" },
    ].map((change, i) => [
      change,
      [
        "input.holders",
        "input.total",
        "input.month",
        "input.paidOn",
        "input.paidOn",
        "input.total",
        "input.total",
        "input.communityCode",
      ][i] as string,
    ]);
    const before = await s.db.disclosure.count();
    for (const [change, field] of cases) {
      const refused = refusal((await s.gql(SUBSIDY, { input: { ...base, ...change } }, countyEditor)).data?.recordWelfareSubsidy);
      expect(refused, JSON.stringify(change)).toMatchObject({ code: "VALIDATION_FAILED", field });
    }
    expect(await s.db.disclosure.count()).toBe(before);
    const ok = member(
      (await s.gql(SUBSIDY, { input: base }, countyEditor)).data?.recordWelfareSubsidy,
      "RecordWelfareSubsidySuccess",
    );
    expect(ok.payment).toMatchObject({ month: "2026-11", holders: 10, total: "9000.00" });
    expect(ok.payment.disclosure.body).toContain("发放人数：10 人");
    expect(ok.payment.disclosure.body).toContain("发放总额：9000.00 元");
    const again = refusal((await s.gql(SUBSIDY, { input: base }, countyEditor)).data?.recordWelfareSubsidy);
    expect(again.code).toBe("WELFARE_SUBSIDY_EXISTS");
  });
});

describe("the quota, posts and vacancy postings", () => {
  it("keep the shares adding up to the quota and never below the posts set up", async () => {
    const shares = (
      await s.db.welfareQuotaShare.findMany({
        where: { community: { code: { startsWith: "RJ-" } } },
        include: { community: true },
      })
    ).map((x) => ({ communityCode: x.community.code, posts: x.posts }));
    const input = { countyCode: "RJ", total: 180, basis: "测试依据", shares };
    const sum = refusal((await s.gql(QUOTA, { input: { ...input, total: 181 } }, countyEditor)).data?.setWelfareQuota);
    expect(sum).toMatchObject({ code: "VALIDATION_FAILED", field: "input.shares" });
    const fumin = shares.findIndex((x) => x.communityCode === "RJ-FUMIN");
    const lowered = shares.map((x, i) =>
      i === fumin ? { ...x, posts: 10 } : i === (fumin + 1) % shares.length ? { ...x, posts: x.posts + 30 } : x,
    );
    expect(
      refusal((await s.gql(QUOTA, { input: { ...input, shares: lowered } }, countyEditor)).data?.setWelfareQuota),
    ).toMatchObject({
      field: `input.shares.${fumin}.posts`,
    });
    const foreign = [...shares.slice(1), { communityCode: "SC-TONGLUOWAN", posts: shares[0]?.posts ?? 0 }];
    expect(
      refusal((await s.gql(QUOTA, { input: { ...input, shares: foreign } }, countyEditor)).data?.setWelfareQuota),
    ).toMatchObject({
      field: `input.shares.${shares.length - 1}.communityCode`,
    });
    member((await s.gql(QUOTA, { input }, countyEditor)).data?.setWelfareQuota, "SetWelfareQuotaSuccess");
  });

  it("set up posts only within the community's share, field by field", async () => {
    const base = {
      communityCode: "RJ-FUMIN",
      kind: "CLEANING" as const,
      title: "楼栋保洁",
      monthlySubsidy: "900.00",
      hours: "每天 4 小时",
      openedOn: today,
      count: 2,
    };
    const cases: [Record<string, unknown>, string][] = [
      [{ count: 3 }, "input.count"],
      [{ count: 0 }, "input.count"],
      [{ monthlySubsidy: "0" }, "input.monthlySubsidy"],
      [{ monthlySubsidy: "九百" }, "input.monthlySubsidy"],
      [{ title: " " }, "input.title"],
      [{ hours: "" }, "input.hours"],
      [{ openedOn: "2026-02-30" }, "input.openedOn"],
      [{ kind: "OTHER" }, "input.duties"],
    ];
    for (const [change, field] of cases) {
      const refused = refusal(
        (await s.gql(POSTS, { input: { ...base, ...change } as typeof base }, fuminEditor)).data?.createWelfarePosts,
      );
      expect(refused, JSON.stringify(change)).toMatchObject({ code: "VALIDATION_FAILED", field });
    }
    const made = member((await s.gql(POSTS, { input: base }, fuminEditor)).data?.createWelfarePosts, "CreateWelfarePostsSuccess");
    expect(made.posts.map((p) => p.code)).toEqual(["RJ-FUMIN-GY-039", "RJ-FUMIN-GY-040"]);
    // The share is full now.
    expect(refusal((await s.gql(POSTS, { input: { ...base, count: 1 } }, fuminEditor)).data?.createWelfarePosts)).toMatchObject({
      field: "input.count",
    });
  });

  it("advertise vacant posts through the jobs service, and refuse held ones", async () => {
    const employer = await s.db.employer.findFirstOrThrow({ where: { name: "榕江县城市管理局" } });
    const posts = (await vacantPosts("RJ-WOLONG", today)).slice(0, 1);
    const [held] = (await welfare("RJ-WOLONG", today)).posts.filter((p) => p.holder?.status === "IN_POST");
    const input = {
      postIds: posts.map((p) => p.id),
      employerId: employer.id,
      validFrom: today,
      validUntil: addDays(today, 30),
      termMonths: 12,
      applyContact: "卧龙社区就业窗口",
      applyPhone: "0855-6626301",
      applyPlace: "卧龙社区服务中心",
    };
    const refused = refusal(
      (await s.gql(ADVERTISE, { input: { ...input, postIds: [present(held).id] } }, countyEditor)).data
        ?.advertiseWelfareVacancies,
    );
    expect(refused).toMatchObject({ code: "VALIDATION_FAILED", field: "input.postIds.0" });
    expect(
      refusal(
        (await s.gql(ADVERTISE, { input: { ...input, validUntil: addDays(today, -1) } }, countyEditor)).data
          ?.advertiseWelfareVacancies,
      ),
    ).toMatchObject({ field: "input.validUntil" });
    expect(
      refusal(
        (await s.gql(ADVERTISE, { input: { ...input, applyPhone: "call me" } }, countyEditor)).data?.advertiseWelfareVacancies,
      ),
    ).toMatchObject({
      field: "input.applyPhone",
    });
    const posting = member(
      (await s.gql(ADVERTISE, { input }, countyEditor)).data?.advertiseWelfareVacancies,
      "AdvertiseWelfareVacanciesSuccess",
    ).posting;
    expect(posting).toMatchObject({
      kind: "PUBLIC_WELFARE",
      openings: 1,
      postSubsidy: posts[0]?.monthlySubsidy,
      communities: [{ code: "RJ-WOLONG" }],
    });
  });

  it("close a post only once nobody holds it, and end a tenure only once, after it started", async () => {
    const [held] = (await welfare("RJ-YANGGUANG", today)).posts.filter((p) => p.holder?.status === "IN_POST");
    const post = present(held);
    expect(
      refusal((await s.gql(CLOSE, { id: post.id, closedOn: today, reason: "岗位合并调整" }, countyEditor)).data?.closeWelfarePost)
        .code,
    ).toBe("WELFARE_POST_HELD");
    const tenureId = present(post.holder).id;
    const cases: [VariablesOf<typeof END>, string][] = [
      [{ id: tenureId, endedOn: "2025-11-01", reason: "RESIGNED" }, "endedOn"],
      [{ id: tenureId, endedOn: "2026/11/01", reason: "RESIGNED" }, "endedOn"],
      [{ id: tenureId, endedOn: today, reason: "OTHER" }, "note"],
    ];
    for (const [args, field] of cases) {
      expect(refusal((await s.gql(END, args, countyEditor)).data?.endWelfareTenure), JSON.stringify(args)).toMatchObject({
        field,
      });
    }
    member(
      (await s.gql(END, { id: tenureId, endedOn: today, reason: "TERM_ENDED" }, countyEditor)).data?.endWelfareTenure,
      "EndWelfareTenureSuccess",
    );
    expect(
      refusal((await s.gql(END, { id: tenureId, endedOn: today, reason: "TERM_ENDED" }, countyEditor)).data?.endWelfareTenure)
        .code,
    ).toBe("WELFARE_TENURE_ENDED");
    expect(
      refusal(
        (await s.gql(CLOSE, { id: post.id, closedOn: "2025-09-01", reason: "岗位合并调整" }, countyEditor)).data
          ?.closeWelfarePost,
      ),
    ).toMatchObject({
      field: "closedOn",
    });
    member(
      (await s.gql(CLOSE, { id: post.id, closedOn: today, reason: "岗位合并调整" }, countyEditor)).data?.closeWelfarePost,
      "CloseWelfarePostSuccess",
    );
  });
});

describe("authorization", () => {
  it("refuses every mutation to the anonymous and to another community's editor, and writes nothing", async () => {
    const fumin = await welfare("RJ-FUMIN", today);
    const post = present(fumin.posts.find((p) => p.holder?.status === "IN_POST"));
    const tenureId = present(post.holder).id;
    const attempts: [string, (token?: string) => Promise<unknown>][] = [
      [
        "setWelfareQuota",
        async (t) =>
          (await s.gql(QUOTA, { input: { countyCode: "RJ", total: 1, basis: "x", shares: [] } }, t)).data?.setWelfareQuota,
      ],
      [
        "createWelfarePosts",
        async (t) =>
          (
            await s.gql(
              POSTS,
              {
                input: {
                  communityCode: "RJ-FUMIN",
                  kind: "CLEANING",
                  title: "x",
                  monthlySubsidy: "1",
                  hours: "x",
                  openedOn: today,
                },
              },
              t,
            )
          ).data?.createWelfarePosts,
      ],
      [
        "closeWelfarePost",
        async (t) => (await s.gql(CLOSE, { id: post.id, closedOn: today, reason: "无权撤岗" }, t)).data?.closeWelfarePost,
      ],
      [
        "appointWelfareHolders",
        async (t) =>
          (await s.gql(APPOINT, { input: { communityCode: "RJ-FUMIN", startsOn: addDays(today, 8), holders: [] } }, t)).data
            ?.appointWelfareHolders,
      ],
      [
        "endWelfareTenure",
        async (t) => (await s.gql(END, { id: tenureId, endedOn: today, reason: "RESIGNED" }, t)).data?.endWelfareTenure,
      ],
      [
        "recordWelfareSubsidy",
        async (t) =>
          (
            await s.gql(
              SUBSIDY,
              { input: { communityCode: "RJ-FUMIN", month: "2026-11", holders: 1, total: "1", paidOn: today } },
              t,
            )
          ).data?.recordWelfareSubsidy,
      ],
      [
        "advertiseWelfareVacancies",
        async (t) =>
          (
            await s.gql(
              ADVERTISE,
              {
                input: {
                  postIds: [post.id],
                  employerId: "x",
                  validFrom: today,
                  validUntil: today,
                  termMonths: 1,
                  applyContact: "x",
                  applyPhone: "12345",
                  applyPlace: "x",
                },
              },
              t,
            )
          ).data?.advertiseWelfareVacancies,
      ],
    ];
    const counts = async () => ({
      posts: await s.db.welfarePost.count(),
      tenures: await s.db.welfareTenure.count(),
      ended: await s.db.welfareTenure.count({ where: { endedOn: { not: null } } }),
      closed: await s.db.welfarePost.count({ where: { closedOn: { not: null } } }),
      subsidies: await s.db.welfareSubsidyPayment.count(),
      links: await s.db.welfareVacancyLink.count(),
      disclosures: await s.db.disclosure.count(),
      quota: (await s.db.welfareQuota.findMany()).map((q) => q.total),
    });
    const before = await counts();
    expect(attempts).toHaveLength(7);
    for (const [name, attempt] of attempts) {
      expect(await attempt(), `${name} anonymous`).toMatchObject({ code: "UNAUTHENTICATED" });
      expect(await attempt(teheEditor), `${name} by 特和's editor`).toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await counts()).toEqual(before);
  });
});
