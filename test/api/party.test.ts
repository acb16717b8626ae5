import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql, member, present, Refusal, refusal, type VariablesOf } from "../support/graphql.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

let s: TestServer;
const tokens: Record<"tehe" | "fumin" | "county" | "otherCounty" | "admin" | "supervisor", string> = {
  tehe: "",
  fumin: "",
  county: "",
  otherCounty: "",
  admin: "",
  supervisor: "",
};

const NOTICE = graphql(`
  query PartyNotice($id: ID!, $asOf: DateTime) { partyNotice(id: $id) {
    id title opensOn closesOn closesAt workingDays contact
    window(asOf: $asOf) { status statusLabel isOpen asOfDate workingDaysLeft daysUntilOpen text }
    candidates { name gender genderLabel birthYear }
    notice { id title status contentHash hashVerified catalogueItem { name } period { label } }
  } }
`);
const PARTY = graphql(`
  query Party($code: String!) { community(code: $code) {
    partyMeetings { id kind heldOn members present superseded corrects { id } correctedBy { id } notice { id } }
    partyNotices { id opensOn closesOn }
    partyAppraisals { id year participants superseded grades { grade count } }
    partyFeeMonths { month amount payers members }
  } }
`);
const CATALOGUE = graphql(`
  query PartyCatalogue($code: String!, $asOf: DateTime) { community(code: $code) { catalogue(asOf: $asOf) {
    item { name cadence } status statusText periodLabel dueOn daysLeft overdueDays lastPublication { title periodLabel }
  } } }
`);

const MEETING = graphql(
  `mutation RecordMeeting($input: RecordPartyMeetingInput!) { recordPartyMeeting(input: $input) {
    __typename ...Refusal ... on RecordPartyMeetingSuccess { meeting { id kind quarter present members
      notice { id title status hashVerified catalogueItem { name } period { label } } } } } }`,
  [Refusal],
);
const CORRECT_MEETING = graphql(
  `mutation CorrectMeeting($id: ID!, $meeting: PartyMeetingInput!, $reason: String!) {
    correctPartyMeeting(id: $id, meeting: $meeting, reason: $reason) {
    __typename ...Refusal ... on CorrectPartyMeetingSuccess { meeting { id present correctionReason corrects { id }
      notice { id corrects { id } correctionReason } } } } }`,
  [Refusal],
);
const PUBLISH_NOTICE = graphql(
  `mutation PublishNotice($input: PublishPartyNoticeInput!) { publishPartyNotice(input: $input) {
    __typename ...Refusal ... on PublishPartyNoticeSuccess { notice { id opensOn closesOn workingDays
      window { status isOpen } notice { id catalogueItem { name } } } } } }`,
  [Refusal],
);
const APPRAISAL = graphql(
  `mutation Appraisal($input: PublishPartyAppraisalInput!) { publishPartyAppraisal(input: $input) {
    __typename ...Refusal ... on PublishPartyAppraisalSuccess { appraisal { id year participants grades { gradeLabel count } } } } }`,
  [Refusal],
);
const CORRECT_APPRAISAL = graphql(
  `mutation CorrectAppraisal($id: ID!, $counts: PartyAppraisalCountsInput!, $reason: String!) {
    correctPartyAppraisal(id: $id, counts: $counts, reason: $reason) {
    __typename ...Refusal ... on CorrectPartyAppraisalSuccess { appraisal { id corrects { id } grades { count } notice { corrects { id } } } } } }`,
  [Refusal],
);
const FEES = graphql(
  `mutation Fees($input: PublishPartyFeesInput!) { publishPartyFees(input: $input) {
    __typename ...Refusal ... on PublishPartyFeesSuccess { months { month monthLabel amount payers members notice { title period { label } } } } } }`,
  [Refusal],
);

type MeetingInput = VariablesOf<typeof MEETING>["input"]["meeting"];
const meeting = (m: Partial<MeetingInput> = {}): MeetingInput => ({
  heldOn: "2026-09-25",
  topic: "学习上级精神",
  members: 36,
  present: 30,
  summary: "传达学习上级会议精神。",
  ...m,
});
const counts = { participants: 30, excellent: 5, qualified: 24, basicallyQualified: 1, unqualified: 0 };

/** Everything a refused Party-affairs write could have touched. */
const snapshot = async () => ({
  meetings: await s.db.partyMeeting.count(),
  notices: await s.db.partyDevelopmentNotice.count(),
  candidates: await s.db.partyDevelopmentCandidate.count(),
  appraisals: await s.db.partyAppraisal.count(),
  fees: await s.db.partyFeeMonth.count(),
  disclosures: await s.db.disclosure.count(),
});

const issuesOf = (r: unknown) => (refusal(r) as { issues?: { field: string }[] }).issues?.map((i) => i.field) ?? [];
const party = async (code: string) => present((await s.gql(PARTY, { code })).data?.community);
const entry = async (code: string, name: string, asOf?: string) =>
  present(
    present((await s.gql(CATALOGUE, { code, asOf })).data?.community).catalogue.find((e) => e.item.name === name),
    name,
  );

/** An ISO date `n` days after today in Asia/Shanghai. */
const shanghaiDay = (n = 0) => {
  const d = new Date(Date.now() + 8 * 3600_000);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};
const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();
const plusDays = (iso: string, n: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};
/** The first day from tomorrow on that falls on this weekday (0 = Sunday). */
const next = (day: number) => {
  let d = shanghaiDay(1);
  while (weekday(d) !== day) d = plusDays(d, 1);
  return d;
};

beforeAll(async () => {
  s = await startTestServer();
  tokens.tehe = await s.tokenFor("COMMUNITY_EDITOR", { communities: ["RJ-TEHE"] });
  tokens.fumin = await s.tokenFor("COMMUNITY_EDITOR", { communities: ["RJ-FUMIN"] });
  tokens.county = await s.tokenFor("COUNTY_EDITOR", { county: "RJ" });
  tokens.otherCounty = await s.tokenFor("COUNTY_EDITOR", { county: "SC" });
  tokens.admin = await s.tokenFor("ADMIN");
  tokens.supervisor = await s.tokenFor("SUPERVISOR", { communities: ["RJ-TEHE"] });
});
afterAll(() => s.close());

describe("member-development notices and their windows (Asia/Shanghai, working days)", () => {
  it("opens at Beijing midnight, runs five working days and closes at 24:00 of the last", async () => {
    const fumin = present((await party("RJ-FUMIN")).partyNotices.find((n) => n.opensOn === "2026-11-09"));
    const at = async (asOf: string) => present((await s.gql(NOTICE, { id: fumin.id, asOf })).data?.partyNotice);
    // 2026-11-09 is a Monday: Monday to Friday.
    const before = await at("2026-11-08T15:59:59Z");
    expect(before).toMatchObject({ opensOn: "2026-11-09", closesOn: "2026-11-13", workingDays: 5 });
    expect(before.closesAt).toBe("2026-11-13T16:00:00.000Z");
    expect(before.window).toMatchObject({ status: "NOT_YET_OPEN", isOpen: false, asOfDate: "2026-11-08", daysUntilOpen: 1 });
    expect((await at("2026-11-08T16:00:00Z")).window).toMatchObject({
      status: "OPEN",
      isOpen: true,
      workingDaysLeft: 5,
      text: "公示中（含当日还剩 5 个工作日）",
    });
    expect((await at("2026-11-13T15:59:59Z")).window).toMatchObject({ status: "OPEN", workingDaysLeft: 1 });
    const after = await at("2026-11-13T16:00:00Z");
    expect(after.window).toMatchObject({ status: "CLOSED", statusLabel: "公示期已满", isOpen: false, workingDaysLeft: 0 });
    // The published notice names the catalogue item, states the window and the contact, and is hashed.
    expect(after.notice).toMatchObject({
      status: "PUBLISHED",
      hashVerified: true,
      catalogueItem: { name: "发展党员和预备党员转正公示" },
      period: { label: "2026年11月9日至11月13日" },
    });
    expect(after.candidates.map((c) => Object.keys(c).sort())).toEqual(
      after.candidates.map(() => ["birthYear", "gender", "genderLabel", "name"]),
    );
  });

  it("counts working days over a weekend, from a window opening on a Thursday or a Saturday", async () => {
    const thursday = next(4);
    const publish = async (opensOn: string, workingDays?: number) =>
      member(
        (
          await s.gql(
            PUBLISH_NOTICE,
            {
              input: {
                communityCode: "RJ-TEHE",
                stage: "DEVELOPMENT_TARGET",
                opensOn,
                workingDays,
                contact: "特和社区党支部，电话 0855-6630001",
                candidates: [{ name: "王小明", gender: "MALE", birthYear: 1995 }],
              },
            },
            tokens.tehe,
          )
        ).data?.publishPartyNotice,
        "PublishPartyNoticeSuccess",
      ).notice;
    // Thursday, Friday, Monday, Tuesday, Wednesday.
    const fromThursday = await publish(thursday);
    expect(fromThursday).toMatchObject({ opensOn: thursday, closesOn: plusDays(thursday, 6), workingDays: 5 });
    expect(fromThursday.window).toMatchObject({ status: "NOT_YET_OPEN", isOpen: false });
    expect(fromThursday.notice.catalogueItem?.name).toBe("发展党员和预备党员转正公示");
    // A Saturday is not counted: Monday to Friday.
    const saturday = next(6);
    expect(await publish(saturday)).toMatchObject({ closesOn: plusDays(saturday, 6) });
    // Seven working days from a Thursday end on the Friday of the next week.
    expect(await publish(thursday, 7)).toMatchObject({ closesOn: plusDays(thursday, 8), workingDays: 7 });
    // Opening today, it is open today.
    expect((await publish(shanghaiDay())).window).toMatchObject({ status: "OPEN", isOpen: true });
  });

  it("names every bad field of a notice, in Chinese, and writes nothing", async () => {
    const before = await snapshot();
    const res = await s.gql(
      PUBLISH_NOTICE,
      {
        input: {
          communityCode: "RJ-TEHE",
          stage: "PROBATIONARY_MEMBER",
          opensOn: "2026-02-30",
          workingDays: 4,
          contact: " ",
          candidates: [{ name: "王", gender: "FEMALE", birthYear: 1890 }],
        },
      },
      tokens.tehe,
    );
    expect(issuesOf(res.data?.publishPartyNotice).sort()).toEqual([
      "input.candidates.0.birthYear",
      "input.candidates.0.name",
      "input.contact",
      "input.opensOn",
      "input.workingDays",
    ]);
    expect(refusal(res.data?.publishPartyNotice).message).toContain("公示期不能少于 5 个工作日");
    const past = await s.gql(
      PUBLISH_NOTICE,
      {
        input: {
          communityCode: "RJ-TEHE",
          stage: "PROBATIONARY_MEMBER",
          opensOn: shanghaiDay(-1),
          contact: "电话 0855-6630001",
          candidates: [{ name: "王小红", gender: "FEMALE", birthYear: Number(shanghaiDay().slice(0, 4)) - 17 }],
        },
      },
      tokens.tehe,
    );
    expect(refusal(past.data?.publishPartyNotice)).toMatchObject({ code: "VALIDATION_FAILED", field: "input.opensOn" });
    const young = await s.gql(
      PUBLISH_NOTICE,
      {
        input: {
          communityCode: "RJ-TEHE",
          stage: "PROBATIONARY_MEMBER",
          opensOn: shanghaiDay(),
          contact: "电话 0855-6630001",
          candidates: [{ name: "王小红", gender: "FEMALE", birthYear: Number(shanghaiDay().slice(0, 4)) - 17 }],
        },
      },
      tokens.tehe,
    );
    expect(refusal(young.data?.publishPartyNotice)).toMatchObject({ field: "input.candidates.0.birthYear" });
    const none = await s.gql(
      PUBLISH_NOTICE,
      {
        input: {
          communityCode: "RJ-TEHE",
          stage: "PROBATIONARY_MEMBER",
          opensOn: shanghaiDay(),
          contact: "电话",
          candidates: [],
        },
      },
      tokens.tehe,
    );
    expect(refusal(none.data?.publishPartyNotice)).toMatchObject({ field: "input.candidates" });
    expect(await snapshot()).toEqual(before);
  });
});

describe("meetings and the catalogue's frequency", () => {
  it("shows 卧龙 late on its third-quarter members' meeting from Beijing midnight after the due day", async () => {
    const name = "党员大会召开情况";
    expect(await entry("RJ-WOLONG", name, "2026-10-15T15:59:59Z")).toMatchObject({
      status: "DUE_SOON",
      periodLabel: "2026年第三季度",
      dueOn: "2026-10-15",
      daysLeft: 0,
      // Its second-quarter meeting was published before the catalogue was adopted (2026-07-01), so it names no item.
      lastPublication: null,
    });
    expect(await entry("RJ-WOLONG", name, "2026-10-15T16:00:00Z")).toMatchObject({ status: "OVERDUE", overdueDays: 1 });
    // The others held theirs; every kind of meeting has an item, each on time where meetings were held.
    expect(await entry("RJ-FUMIN", name, "2026-11-26T04:00:00Z")).toMatchObject({
      status: "ON_TIME",
      periodLabel: "2026年第四季度",
    });
    for (const item of ["党小组会召开情况", "主题党日活动情况"]) {
      expect(await entry("RJ-FUMIN", item, "2026-11-26T04:00:00Z")).toMatchObject({
        item: { cadence: "MONTHLY" },
        status: "ON_TIME",
        periodLabel: "2026年11月",
        lastPublication: { periodLabel: "2026年10月" },
      });
    }
    expect(await entry("RJ-FUMIN", "组织生活会召开情况", "2026-11-26T04:00:00Z")).toMatchObject({
      item: { cadence: "YEARLY" },
      dueOn: "2027-03-31",
    });
  });

  it("publishes a late meeting as a notice counted toward its catalogue item, by the quarter it was held in", async () => {
    const res = await s.gql(
      MEETING,
      { input: { communityCode: "RJ-WOLONG", kind: "MEMBERS_MEETING", meeting: meeting({ members: 112, present: 97 }) } },
      tokens.county,
    );
    const held = member(res.data?.recordPartyMeeting, "RecordPartyMeetingSuccess").meeting;
    expect(held).toMatchObject({
      kind: "MEMBERS_MEETING",
      quarter: "2026-Q3",
      notice: {
        status: "PUBLISHED",
        hashVerified: true,
        catalogueItem: { name: "党员大会召开情况" },
        period: { label: "2026年第三季度" },
      },
    });
    expect(held.notice.title).toBe("卧龙社区2026年9月支部党员大会召开情况");
    const after = await entry("RJ-WOLONG", "党员大会召开情况");
    expect(after).toMatchObject({ periodLabel: "2026年第四季度", lastPublication: { periodLabel: "2026年第三季度" } });
  });

  it("names each bad field of a meeting, attendance included, and writes nothing", async () => {
    const before = await snapshot();
    const tried = async (m: Partial<MeetingInput>, code = "RJ-TEHE") =>
      (await s.gql(MEETING, { input: { communityCode: code, kind: "PARTY_LESSON", meeting: meeting(m) } }, tokens.admin)).data
        ?.recordPartyMeeting;
    expect(refusal(await tried({ present: 37 }))).toMatchObject({
      code: "VALIDATION_FAILED",
      field: "input.meeting.present",
      message: expect.stringContaining("实到人数不能多于应到人数"),
    });
    expect(issuesOf(await tried({ members: 0, present: -1 })).sort()).toEqual(["input.meeting.members", "input.meeting.present"]);
    expect(refusal(await tried({ heldOn: "2026-13-01" }))).toMatchObject({ field: "input.meeting.heldOn" });
    expect(refusal(await tried({ heldOn: shanghaiDay(1) }))).toMatchObject({
      field: "input.meeting.heldOn",
      message: expect.stringContaining("不能晚于今天"),
    });
    expect(refusal(await tried({ topic: "  " }))).toMatchObject({ field: "input.meeting.topic" });
    expect(refusal(await tried({}, "RJ-NOWHERE"))).toMatchObject({ field: "input.communityCode" });
    expect(await snapshot()).toEqual(before);
  });

  it("corrects a meeting with a new record and a corrected notice, both kept", async () => {
    const original = present((await party("RJ-TEHE")).partyMeetings.find((m) => m.kind === "MEMBERS_MEETING"));
    const res = await s.gql(
      CORRECT_MEETING,
      {
        id: original.id,
        meeting: meeting({ heldOn: original.heldOn, members: original.members, present: 20 }),
        reason: "实到人数录入有误",
      },
      tokens.tehe,
    );
    const fixed = member(res.data?.correctPartyMeeting, "CorrectPartyMeetingSuccess").meeting;
    expect(fixed).toMatchObject({ present: 20, correctionReason: "实到人数录入有误", corrects: { id: original.id } });
    expect(fixed.notice).toMatchObject({ corrects: { id: original.notice.id }, correctionReason: "实到人数录入有误" });
    // A year's meetings only, when asked.
    const YEAR = graphql(`query PartyYear($code: String!) { community(code: $code) {
      partyMeetings(year: 2025) { heldOn } partyFeeMonths(year: 2025) { month } } }`);
    const year = present((await s.gql(YEAR, { code: "RJ-TEHE" })).data?.community);
    expect(year.partyMeetings.length).toBeGreaterThan(0);
    expect(year.partyMeetings.every((m) => m.heldOn.startsWith("2025-"))).toBe(true);
    expect(year.partyFeeMonths.map((m) => m.month)).toEqual(["2025-12", "2025-11"]);
    const both = (await party("RJ-TEHE")).partyMeetings.filter((m) => m.id === original.id || m.id === fixed.id);
    expect(both.map((m) => m.superseded).sort()).toEqual([false, true]);
    const again = await s.gql(
      CORRECT_MEETING,
      { id: original.id, meeting: meeting({ heldOn: original.heldOn }), reason: "再次更正原因" },
      tokens.tehe,
    );
    expect(refusal(again.data?.correctPartyMeeting)).toMatchObject({ code: "PARTY_RECORD_CORRECTED" });
  });
});

describe("democratic appraisal and Party fees: counts and totals only", () => {
  it("checks that the grades add up, field by field, and corrects a year with a new record", async () => {
    const before = await snapshot();
    const tried = async (input: VariablesOf<typeof APPRAISAL>["input"]) =>
      (await s.gql(APPRAISAL, { input }, tokens.tehe)).data?.publishPartyAppraisal;
    expect(refusal(await tried({ communityCode: "RJ-TEHE", year: 2026, counts: { ...counts, excellent: 6 } }))).toMatchObject({
      field: "input.counts.participants",
      message: expect.stringContaining("各等次人数之和（31）应等于参评党员人数（30）"),
    });
    expect(issuesOf(await tried({ communityCode: "RJ-TEHE", year: 2026, counts: { ...counts, unqualified: -1 } }))).toContain(
      "input.counts.unqualified",
    );
    expect(refusal(await tried({ communityCode: "RJ-TEHE", year: 2999, counts }))).toMatchObject({ field: "input.year" });
    expect(refusal(await tried({ communityCode: "RJ-TEHE", year: 2025, counts }))).toMatchObject({
      code: "PARTY_APPRAISAL_EXISTS",
    });
    expect(await snapshot()).toEqual(before);

    const y2025 = present((await party("RJ-TEHE")).partyAppraisals.find((a) => a.year === 2025));
    const res = await s.gql(
      CORRECT_APPRAISAL,
      {
        id: y2025.id,
        counts: { ...counts, participants: y2025.participants, qualified: y2025.participants - 6 },
        reason: "基本合格人数统计有误",
      },
      tokens.tehe,
    );
    const fixed = member(res.data?.correctPartyAppraisal, "CorrectPartyAppraisalSuccess").appraisal;
    expect(fixed.corrects?.id).toBe(y2025.id);
    expect(fixed.notice.corrects).not.toBeNull();
    expect(
      (await party("RJ-TEHE")).partyAppraisals
        .filter((a) => a.year === 2025)
        .map((a) => a.superseded)
        .sort(),
    ).toEqual([false, true]);
  });

  it("publishes fee totals per month, checks them field by field, and has no field for a person", async () => {
    const thisMonth = shanghaiDay().slice(0, 7);
    const before = await snapshot();
    const tried = async (months: VariablesOf<typeof FEES>["input"]["months"]) =>
      (await s.gql(FEES, { input: { communityCode: "RJ-TEHE", months } }, tokens.tehe)).data?.publishPartyFees;
    expect(
      issuesOf(
        await tried([
          { month: "2026-11", amount: "12.345", payers: 30, members: 29 },
          { month: "2026-11", amount: "0", payers: 3, members: 29 },
        ]),
      ).sort(),
    ).toEqual(["input.months.0.amount", "input.months.0.payers", "input.months.1.amount", "input.months.1.month"]);
    expect(refusal(await tried([{ month: "2026-10", amount: "100.00", payers: 20, members: 29 }]))).toMatchObject({
      code: "PARTY_FEES_EXIST",
    });
    expect(refusal(await tried([{ month: "2999-01", amount: "100.00", payers: 20, members: 29 }]))).toMatchObject({
      field: "input.months.0.month",
    });
    expect(await snapshot()).toEqual(before);

    const ok = member(await tried([{ month: thisMonth, amount: "265.50", payers: 27, members: 29 }]), "PublishPartyFeesSuccess");
    expect(ok.months).toEqual([expect.objectContaining({ month: thisMonth, amount: "265.50", payers: 27, members: 29 })]);
    // The public types have no field for a person: totals and counts only.
    const INTROSPECT = `query { fee: __type(name: "PartyFeeMonth") { fields { name } }
      input: __type(name: "PartyFeeMonthInput") { inputFields { name } }
      appraisal: __type(name: "PartyAppraisal") { fields { name } } }`;
    const types = (await s.gql(INTROSPECT)).data as Record<
      string,
      { fields?: { name: string }[]; inputFields?: { name: string }[] }
    >;
    expect(types.fee?.fields?.map((f) => f.name).sort()).toEqual([
      "amount",
      "members",
      "month",
      "monthLabel",
      "notice",
      "payers",
    ]);
    expect(types.input?.inputFields?.map((f) => f.name).sort()).toEqual(["amount", "members", "month", "payers"]);
    expect(types.appraisal?.fields?.map((f) => f.name)).not.toContain("name");
  });
});

describe("who may write Party affairs", () => {
  const calls = {
    meeting: (code: string, token?: string) =>
      s
        .gql(MEETING, { input: { communityCode: code, kind: "THEME_DAY", meeting: meeting({ heldOn: shanghaiDay() }) } }, token)
        .then((r) => r.data?.recordPartyMeeting),
    notice: (code: string, token?: string) =>
      s
        .gql(
          PUBLISH_NOTICE,
          {
            input: {
              communityCode: code,
              stage: "DEVELOPMENT_TARGET",
              opensOn: shanghaiDay(),
              contact: "电话 0855-6630001",
              candidates: [{ name: "李四海", gender: "MALE", birthYear: 1990 }],
            },
          },
          token,
        )
        .then((r) => r.data?.publishPartyNotice),
    appraisal: (code: string, token?: string, year = 2024) =>
      s.gql(APPRAISAL, { input: { communityCode: code, year, counts } }, token).then((r) => r.data?.publishPartyAppraisal),
    fees: (code: string, token?: string, month = "2024-01") =>
      s
        .gql(FEES, { input: { communityCode: code, months: [{ month, amount: "100.00", payers: 20, members: 29 }] } }, token)
        .then((r) => r.data?.publishPartyFees),
  };

  it("refuses the anonymous, other communities' editors, other counties' editors and supervisors, writing nothing", async () => {
    const before = await snapshot();
    for (const call of Object.values(calls)) {
      expect(refusal(await call("RJ-TEHE"))).toMatchObject({ code: "UNAUTHENTICATED" });
      for (const token of [tokens.fumin, tokens.otherCounty, tokens.supervisor]) {
        expect(refusal(await call("RJ-TEHE", token))).toMatchObject({ code: "FORBIDDEN" });
      }
    }
    const { partyMeetings, partyAppraisals } = await party("RJ-TEHE");
    const meetingId = present(partyMeetings.find((m) => !m.superseded)).id;
    const appraisalId = present(partyAppraisals.find((a) => !a.superseded)).id;
    for (const token of [undefined, tokens.fumin, tokens.otherCounty, tokens.supervisor]) {
      const m = await s.gql(CORRECT_MEETING, { id: meetingId, meeting: meeting(), reason: "更正原因说明" }, token);
      expect(refusal(m.data?.correctPartyMeeting).code).toBe(token ? "FORBIDDEN" : "UNAUTHENTICATED");
      const a = await s.gql(CORRECT_APPRAISAL, { id: appraisalId, counts, reason: "更正原因说明" }, token);
      expect(refusal(a.data?.correctPartyAppraisal).code).toBe(token ? "FORBIDDEN" : "UNAUTHENTICATED");
    }
    expect(await snapshot()).toEqual(before);
  });

  it("lets the community's editors, the county's editors and admins write", async () => {
    for (const [n, token] of [tokens.tehe, tokens.county, tokens.admin].entries()) {
      expect((await calls.meeting("RJ-TEHE", token))?.__typename).toBe("RecordPartyMeetingSuccess");
      expect((await calls.notice("RJ-TEHE", token))?.__typename).toBe("PublishPartyNoticeSuccess");
      expect((await calls.appraisal("RJ-TEHE", token, 2022 + n))?.__typename).toBe("PublishPartyAppraisalSuccess");
      expect((await calls.fees("RJ-TEHE", token, `2024-0${n + 1}`))?.__typename).toBe("PublishPartyFeesSuccess");
    }
  });
});
