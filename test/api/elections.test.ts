import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../../api/auth/viewer.ts";
import { createElection } from "../../api/elections/service.ts";
import { ValidationError } from "../../api/errors.ts";
import { graphql, member, present, Refusal, refusal, type VariablesOf } from "../support/graphql.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

let s: TestServer;
let teheEditor: string;
let fuminEditor: string;

const ElectionFields = graphql(`
  fragment ElectionFields on Election @_unmask {
    id body bodyLabel organization { name electedOn } electionDay voterListPublishedOn leadDays seats status statusLabel
    voterCount voterGroups { group count } voters { maskedName group }
    candidates { id name post votes voteShare elected resultLabel reElected }
    ballotsCast invalidBallots turnout resultsRecordedAt
    voterListNotice { id title body category { code } contentHash hashVerified }
    resultsNotice { id title body category { code } contentHash hashVerified }
  }
`);
const ELECTIONS = graphql(`query Elections($code: String!) { community(code: $code) { elections { ...ElectionFields } } }`, [
  ElectionFields,
]);
const ELECTION = graphql(`query Election($id: ID!) { election(id: $id) { ...ElectionFields } }`, [ElectionFields]);
const COUNTDOWN = graphql(
  `query Countdown($id: ID!, $asOf: DateTime) { election(id: $id) { countdown(asOf: $asOf) { on daysLeft text } } }`,
);
const ROSTER = graphql(`query Roster($code: String!) { community(code: $code) {
  organizations { kind electedOn postings { id name role startedOn endedOn } } } }`);
const PRINT = graphql(`query Print($id: ID!) { electionVoterListPrint(electionId: $id) }`);
const CREATE = graphql(
  `mutation CreateElection($input: CreateElectionInput!) { createElection(input: $input) {
    __typename ...Refusal ... on CreateElectionSuccess { election { id status leadDays voterCount candidates { id name } } } } }`,
  [Refusal],
);
const RESULTS = graphql(
  `mutation RecordResults($input: RecordElectionResultsInput!) { recordElectionResults(input: $input) {
    __typename ...Refusal ... on RecordElectionResultsSuccess { election { id status turnout organization { electedOn } } } } }`,
  [Refusal],
);

type CreateInput = VariablesOf<typeof CREATE>["input"];
type ResultsInput = VariablesOf<typeof RESULTS>["input"];

const voters = (n: number, prefix = "测试") =>
  Array.from({ length: n }, (_, k) => ({
    name: `${prefix}选民${String(k).padStart(3, "0")}号`,
    group: `第${(k % 3) + 1}居民小组`,
  }));

const teheCommittee = async () => {
  const orgs = present((await s.gql(ROSTER, { code: "RJ-TEHE" })).data?.community).organizations;
  return present(orgs.find((o) => o.kind === "SUPERVISION_COMMITTEE"));
};

/** 特和's supervision committee, re-elected: its three members stand again beside a newcomer. */
const committeeElection = async (over: Partial<CreateInput> = {}): Promise<CreateInput> => ({
  communityCode: "RJ-TEHE",
  body: "SUPERVISION_COMMITTEE",
  voterListPublishedOn: "2026-10-01",
  electionDay: "2026-10-21",
  seats: 3,
  voters: voters(40),
  candidates: [
    ...(await teheCommittee()).postings.map((p) => ({ name: p.name, post: p.role })),
    { name: "测试新人", post: "委员" },
  ],
  ...over,
});

const fields = (res: { data?: { createElection?: unknown; recordElectionResults?: unknown } | null }) => {
  const r = refusal((res.data?.createElection ?? res.data?.recordElectionResults) as { code: string; message: string });
  return ((r as { issues?: { field: string; message: string }[] }).issues ?? []).map((i) => i.field);
};

beforeAll(async () => {
  s = await startTestServer();
  teheEditor = await s.tokenFor("COMMUNITY_EDITOR", { communities: ["RJ-TEHE"] });
  fuminEditor = await s.tokenFor("COMMUNITY_EDITOR", { communities: ["RJ-FUMIN"] });
});
afterAll(() => s?.close());

describe("demo elections", () => {
  it("has every community's 2024 residents' committee election, whose results are the committee in office", async () => {
    const elections = present((await s.gql(ELECTIONS, { code: "RJ-WOLONG" })).data?.community).elections;
    const rc = present(elections.find((e) => e.body === "RESIDENTS_COMMITTEE"));
    expect(rc).toMatchObject({
      status: "COMPLETED",
      electionDay: "2024-09-20",
      voterListPublishedOn: "2024-08-26",
      leadDays: 25,
    });
    expect(rc.organization.electedOn).toBe("2024-09-20");
    expect(rc.voterListNotice.hashVerified).toBe(true);
    expect(rc.resultsNotice?.category.code).toBe("COMMUNITY_AFFAIRS");
    const elected = rc.candidates.filter((c) => c.elected).map((c) => c.name);
    const roster = present((await s.gql(ROSTER, { code: "RJ-WOLONG" })).data?.community).organizations;
    const committee = present(roster.find((o) => o.kind === "RESIDENTS_COMMITTEE"));
    expect(committee.postings.map((p) => p.name).sort()).toEqual([...elected].sort());
    expect(committee.postings.every((p) => p.startedOn === "2024-09-20" && p.endedOn === null)).toBe(true);
    // The 2021 term stays on record, ended on election day.
    const ended = await s.db.memberPosting.count({
      where: { organization: { kind: "RESIDENTS_COMMITTEE", community: { code: "RJ-WOLONG" } }, endedOn: "2024-09-20" },
    });
    expect(ended).toBe(5);
  });

  it("has 丰乐's Party branch election ahead, its voter list posted at least 20 days before", async () => {
    const elections = present((await s.gql(ELECTIONS, { code: "RJ-FENGLE" })).data?.community).elections;
    const party = present(elections.find((e) => e.body === "PARTY_ORGANIZATION"));
    expect(party.status).toBe("VOTER_LIST_POSTED");
    expect(party.leadDays).toBeGreaterThanOrEqual(20);
    expect(party.voterListNotice.category.code).toBe("PARTY_AFFAIRS");
    expect(party.candidates.every((c) => c.votes === null && c.resultLabel === "待选举")).toBe(true);
    expect(party.voterGroups.reduce((n, g) => n + g.count, 0)).toBe(party.voterCount);
    // The notice fulfils the elections item of the county's disclosure catalogue.
    const notice = await s.db.disclosure.findUniqueOrThrow({
      where: { id: party.voterListNotice.id },
      include: { catalogueItem: true },
    });
    expect(notice.catalogueItem?.name).toBe("换届选举选民名单和选举结果");
  });
});

describe("the 20-day rule and the day it counts on", () => {
  it("refuses an election day 19 days after the voter list and accepts one 20 days after", async () => {
    const early = await s.gql(CREATE, { input: await committeeElection({ electionDay: "2026-10-20" }) }, teheEditor);
    expect(fields(early)).toEqual(["input.electionDay"]);
    expect(refusal(early.data?.createElection).message).toContain("选举日最早为 2026-10-21");
    const ok = await s.gql(CREATE, { input: await committeeElection() }, teheEditor);
    expect(member(ok.data?.createElection, "CreateElectionSuccess").election).toMatchObject({ leadDays: 20, voterCount: 40 });
    // One election of a body at a time, until its results are in.
    const again = await s.gql(CREATE, { input: await committeeElection({ electionDay: "2026-12-30" }) }, teheEditor);
    expect(refusal(again.data?.createElection).code).toBe("ELECTION_PENDING");
  });

  it("counts the days on the Asia/Shanghai calendar", async () => {
    const fengle = present((await s.gql(ELECTIONS, { code: "RJ-FENGLE" })).data?.community).elections;
    const id = present(fengle.find((e) => e.body === "RESIDENTS_COMMITTEE")).id;
    const before = present((await s.gql(COUNTDOWN, { id, asOf: "2024-09-18T15:59:59Z" })).data?.election).countdown;
    const after = present((await s.gql(COUNTDOWN, { id, asOf: "2024-09-18T16:00:00Z" })).data?.election).countdown;
    expect(before).toEqual({ on: "2024-09-18", daysLeft: 2, text: "距选举日还有 2 天" });
    expect(after).toEqual({ on: "2024-09-19", daysLeft: 1, text: "距选举日还有 1 天" });
    const day = present((await s.gql(COUNTDOWN, { id, asOf: "2024-09-19T16:00:00Z" })).data?.election).countdown;
    expect(day.text).toBe("今天是选举日");
  });
});

describe("the voter list's posting day, on the Asia/Shanghai calendar", () => {
  // "Today" is the server's clock, which no request can set: this one case calls the service with
  // the instant it judges on, just before and at Shanghai midnight (16:00 UTC).
  it("refuses a posting day after today until Shanghai's midnight, whatever UTC says", async () => {
    const user = await s.db.user.create({ data: { name: "测试管理员", role: "ADMIN" } });
    const staff: Viewer = {
      userId: user.id,
      tokenId: "",
      name: user.name,
      role: "ADMIN",
      countyId: null,
      communityIds: new Set(),
    };
    const input = {
      ...(await committeeElection({ communityCode: "RJ-FENGHUANG", body: "RESIDENTS_COMMITTEE", seats: 1 })),
      candidates: [{ name: "凤凰候选", post: "主任" }],
      voterListPublishedOn: "2030-03-02",
      electionDay: "2030-03-22",
    };
    const early = await createElection(s.db, staff, input, new Date("2030-03-01T15:59:59Z")).catch((e: unknown) => e);
    expect(early).toBeInstanceOf(ValidationError);
    expect((early as ValidationError).issues.map((i) => i.field)).toEqual(["input.voterListPublishedOn"]);
    const made = await createElection(s.db, staff, input, new Date("2030-03-01T16:00:00Z"));
    expect(made).toMatchObject({ voterListPublishedOn: "2030-03-02", electionDay: "2030-03-22" });
  });
});

describe("results", () => {
  const pending = async () => {
    const list = present((await s.gql(ELECTIONS, { code: "RJ-TEHE" })).data?.community).elections;
    return present(list.find((e) => e.body === "SUPERVISION_COMMITTEE" && e.status === "AWAITING_RESULTS"));
  };
  const count = async (over: (rows: ResultsInput["results"]) => ResultsInput["results"] = (r) => r): Promise<ResultsInput> => {
    const e = await pending();
    const committee = await teheCommittee();
    return {
      electionId: e.id,
      ballotsCast: 36,
      invalidBallots: 1,
      results: over(
        e.candidates.map((c, n) => {
          // The newcomer takes the last member's seat.
          const incumbent = committee.postings.find((p) => p.name === c.name);
          const elected = n !== 2;
          return {
            candidateId: c.id,
            votes: elected ? 30 - n : 12,
            elected,
            duties: elected ? "监督居务公开和财务收支" : null,
            continuesPostingId: elected && incumbent ? incumbent.id : null,
          };
        }),
      ),
    };
  };

  it("writes nothing when a late step fails: the roster, the election and the notices stay as they were", async () => {
    const before = await teheCommittee();
    const postings = await s.db.memberPosting.count();
    const disclosures = await s.db.disclosure.count();
    const wolong = present((await s.gql(ROSTER, { code: "RJ-WOLONG" })).data?.community).organizations;
    const elsewhere = present(wolong.find((o) => o.kind === "SUPERVISION_COMMITTEE")).postings[0]?.id;
    // The last row names a posting of another body: found only after the old term was ended and the first postings made.
    const res = await s.gql(
      RESULTS,
      { input: await count((rows) => rows.map((r, n) => (n === 1 ? { ...r, continuesPostingId: elsewhere ?? null } : r))) },
      teheEditor,
    );
    expect(fields(res)).toEqual(["input.results.1.continuesPostingId"]);
    expect(await teheCommittee()).toEqual(before);
    expect(await s.db.memberPosting.count()).toBe(postings);
    expect(await s.db.disclosure.count()).toBe(disclosures);
    expect(await pending()).toMatchObject({ ballotsCast: null, resultsNotice: null, status: "AWAITING_RESULTS" });
  });

  it("ends the previous term and starts the elected members' postings on election day, in one transaction", async () => {
    const previous = await teheCommittee();
    // Ordered like the committee's postings: without orderBy, PostgreSQL returns rows in no set order.
    const accounts = await s.db.memberPosting.findMany({
      where: { id: { in: previous.postings.map((p) => p.id) } },
      orderBy: { sortOrder: "asc" },
    });
    const input = await count();
    const res = await s.gql(RESULTS, { input }, teheEditor);
    const election = member(res.data?.recordElectionResults, "RecordElectionResultsSuccess").election;
    expect(election).toMatchObject({ status: "COMPLETED", turnout: "90.00%", organization: { electedOn: "2026-10-21" } });

    const now = await teheCommittee();
    expect(now.electedOn).toBe("2026-10-21");
    expect(now.postings.map((p) => p.name)).toEqual([previous.postings[0]?.name, previous.postings[1]?.name, "测试新人"]);
    expect(now.postings.every((p) => p.startedOn === "2026-10-21")).toBe(true);
    // The previous term stays on record, ended on election day.
    const ended = await s.db.memberPosting.findMany({ where: { id: { in: previous.postings.map((p) => p.id) } } });
    expect(ended.every((p) => p.endedOn === "2026-10-21")).toBe(true);
    // Re-elected members keep their own accounts (their signatures stay theirs); the newcomer has none yet.
    const fresh = await s.db.memberPosting.findMany({
      where: { id: { in: now.postings.map((p) => p.id) } },
      orderBy: { sortOrder: "asc" },
    });
    expect(fresh.map((p) => p.userId)).toEqual([accounts[0]?.userId, accounts[1]?.userId, null].map((u) => u ?? null));
    expect(fresh[0]?.userId).not.toBeNull();

    const full = present((await s.gql(ELECTION, { id: election.id })).data?.election);
    expect(full.candidates.map((c) => c.resultLabel)).toEqual(["当选", "当选", "未当选", "当选"]);
    expect(full.candidates.map((c) => c.reElected)).toEqual([true, true, false, false]);
    expect(full.resultsNotice?.body).toContain("投票率 90.00%");
    expect(full.resultsNotice?.hashVerified).toBe(true);

    const twice = await s.gql(RESULTS, { input }, teheEditor);
    expect(refusal(twice.data?.recordElectionResults).code).toBe("ELECTION_COUNTED");
  });

  it("refuses results before election day and a count that does not add up, naming the field", async () => {
    const fengle = present((await s.gql(ELECTIONS, { code: "RJ-FENGLE" })).data?.community).elections;
    const ahead = present(fengle.find((e) => e.status === "VOTER_LIST_POSTED"));
    const fengleEditor = await s.tokenFor("COMMUNITY_EDITOR", { communities: ["RJ-FENGLE"] });
    const rows = ahead.candidates.map((c) => ({ candidateId: c.id, votes: 20, elected: true, duties: "党建" }));
    const early = await s.gql(RESULTS, { input: { electionId: ahead.id, ballotsCast: 25, results: rows } }, fengleEditor);
    expect(refusal(early.data?.recordElectionResults).code).toBe("ELECTION_NOT_HELD");

    const done = present(fengle.find((e) => e.status === "COMPLETED"));
    const counted = await s.gql(RESULTS, { input: { electionId: done.id, ballotsCast: 25, results: rows } }, fengleEditor);
    expect(refusal(counted.data?.recordElectionResults).code).toBe("ELECTION_COUNTED");

    // A fresh election held in the past, to count wrongly in every way.
    const created = await s.gql(
      CREATE,
      {
        input: {
          communityCode: "RJ-FENGLE",
          body: "SUPERVISION_COMMITTEE",
          voterListPublishedOn: "2026-09-01",
          electionDay: "2026-09-25",
          seats: 2,
          voters: voters(10, "丰乐"),
          candidates: [
            { name: "候选甲", post: "主任" },
            { name: "候选乙", post: "委员" },
            { name: "候选丙", post: "委员" },
          ],
        },
      },
      fengleEditor,
    );
    const e = member(created.data?.createElection, "CreateElectionSuccess").election;
    const [a, b, c] = e.candidates.map((x) => x.id) as [string, string, string];
    const bad = async (input: ResultsInput) => fields(await s.gql(RESULTS, { input }, fengleEditor));
    const row = (candidateId: string, votes: number, elected: boolean) => ({
      candidateId,
      votes,
      elected,
      duties: elected ? "监督" : null,
    });
    const good = [row(a, 8, true), row(b, 7, true), row(c, 2, false)];
    expect(await bad({ electionId: e.id, ballotsCast: 11, results: good })).toEqual(["input.ballotsCast"]); // more than registered
    expect(await bad({ electionId: e.id, ballotsCast: 5, results: good })).toEqual([
      "input.results.0.votes",
      "input.results.1.votes",
    ]);
    expect(
      await bad({ electionId: e.id, ballotsCast: 4, results: [row(a, 4, true), row(b, 3, true), row(c, 1, false)] }),
    ).toEqual(["input.ballotsCast"]); // not more than half voted
    expect(await bad({ electionId: e.id, ballotsCast: 9, invalidBallots: 10, results: good })).toContain("input.invalidBallots");
    expect(
      await bad({ electionId: e.id, ballotsCast: 9, results: [row(a, 8, true), row(b, 4, true), row(c, 2, false)] }),
    ).toEqual(["input.results.1.elected"]); // elected without more than half
    expect(
      await bad({ electionId: e.id, ballotsCast: 9, results: [row(a, 7, true), row(b, 5, true), row(c, 6, false)] }),
    ).toEqual(["input.results.1.elected"]); // a candidate with more votes left out
    expect(await bad({ electionId: e.id, ballotsCast: 9, results: [row(a, 8, true), row(b, 7, true)] })).toEqual([
      "input.results",
    ]);
    expect(await bad({ electionId: e.id, ballotsCast: 9, results: [...good, row(a, 1, false)] })).toEqual(["input.results"]);
    expect(
      await bad({
        electionId: e.id,
        ballotsCast: 9,
        results: [row(a, 8, true), { candidateId: b, votes: 7, elected: true }, row(c, 2, false)],
      }),
    ).toEqual(["input.results.1.duties"]);
    expect(await bad({ electionId: e.id, ballotsCast: 9, results: [row(a, 8, true), row(b, 7, true), row(c, 9, true)] })).toEqual(
      ["input.results"],
    ); // more elected than seats (and more votes than ballots allow)
    expect(
      member(
        (await s.gql(RESULTS, { input: { electionId: e.id, ballotsCast: 9, results: good } }, fengleEditor)).data
          ?.recordElectionResults,
        "RecordElectionResultsSuccess",
      ).election.turnout,
    ).toBe("90.00%");
  });
});

describe("bad input and authorization", () => {
  it("names every bad field of a new election", async () => {
    const res = await s.gql(
      CREATE,
      {
        input: {
          communityCode: "RJ-TEHE",
          body: "RESIDENTS_COMMITTEE",
          voterListPublishedOn: "2026-02-30",
          electionDay: "明年",
          seats: 0,
          voters: [{ name: "", group: "第一组" }],
          candidates: [
            { name: "同名", post: "" },
            { name: "同名", post: "委员" },
          ],
        },
      },
      teheEditor,
    );
    expect(fields(res).sort()).toEqual(
      [
        "input.voterListPublishedOn",
        "input.electionDay",
        "input.seats",
        "input.voters.0.name",
        "input.candidates.0.post",
        "input.candidates", // the same name twice
      ].sort(),
    );
    const base = await committeeElection({
      communityCode: "RJ-DINGWEI",
      body: "RESIDENTS_COMMITTEE",
      electionDay: "2099-01-01",
      seats: 1,
      candidates: [{ name: "定威候选", post: "主任" }],
    });
    const dingweiEditor = await s.tokenFor("COMMUNITY_EDITOR", { communities: ["RJ-DINGWEI"] });
    const one = async (over: Partial<CreateInput>) => fields(await s.gql(CREATE, { input: { ...base, ...over } }, dingweiEditor));
    expect(await one({ voterListPublishedOn: "2098-01-01" })).toEqual(["input.voterListPublishedOn"]); // not posted yet
    expect(await one({ voters: [] })).toEqual(["input.voters"]);
    expect(await one({ seats: 5, candidates: [{ name: "甲", post: "主任" }] })).toEqual(["input.candidates"]);
    expect(
      await one({
        candidates: [
          { name: "甲", post: "主任" },
          { name: "甲", post: "委员" },
          { name: "乙", post: "委员" },
        ],
      }),
    ).toEqual(["input.candidates"]);
    // Only an admin gets past the scope check to hear that a community does not exist.
    const admin = await s.tokenFor("ADMIN");
    expect(fields(await s.gql(CREATE, { input: { ...base, communityCode: "RJ-NOPE" } }, admin))).toEqual(["input.communityCode"]);
    // More seats than the body's size rule allows (residents' committee: at most 9).
    const many = Array.from({ length: 10 }, (_, i) => ({ name: `候选${i}号`, post: "委员" }));
    expect(await one({ seats: 10, candidates: many })).toEqual(["input.seats"]);
    // 定威 has no owners' committee to elect.
    expect(await one({ body: "OWNERS_COMMITTEE" })).toEqual(["input.body"]);
  });

  it("lets only the community's editors enter elections and record results", async () => {
    const input = await committeeElection({ communityCode: "RJ-YANGGUANG", electionDay: "2099-01-01" });
    expect(refusal((await s.gql(CREATE, { input })).data?.createElection).code).toBe("UNAUTHENTICATED");
    expect(refusal((await s.gql(CREATE, { input }, fuminEditor)).data?.createElection).code).toBe("FORBIDDEN");
    const supervisor = (await s.memberTokens("RJ-YANGGUANG"))[0]?.token;
    expect(refusal((await s.gql(CREATE, { input }, supervisor)).data?.createElection).code).toBe("FORBIDDEN");

    const wolong = present((await s.gql(ELECTIONS, { code: "RJ-WOLONG" })).data?.community).elections[0];
    const results = { electionId: present(wolong).id, ballotsCast: 1, results: [] };
    expect(refusal((await s.gql(RESULTS, { input: results })).data?.recordElectionResults).code).toBe("UNAUTHENTICATED");
    expect(refusal((await s.gql(RESULTS, { input: results }, fuminEditor)).data?.recordElectionResults).code).toBe("FORBIDDEN");
    const unknown = await s.gql(
      RESULTS,
      { input: { ...results, electionId: "nope", results: [{ candidateId: "x", votes: 0, elected: false }] } },
      fuminEditor,
    );
    expect(refusal(unknown.data?.recordElectionResults).code).toBe("NOT_FOUND");
  });
});

describe("voter names", () => {
  it("never appear in full in a public answer: masked beside the group, full only in the editors' print file", async () => {
    const stored = await s.db.electionVoter.findMany({ include: { election: { include: { candidates: true } } } });
    expect(stored.length).toBeGreaterThan(300);
    const communities = await s.db.community.findMany({ select: { code: true } });
    let everything = "";
    for (const { code } of communities) everything += JSON.stringify((await s.gql(ELECTIONS, { code })).data);
    const notices = await s.allDisclosures(
      graphql(`query All($after: String) { disclosures(first: 100, after: $after) {
        pageInfo { hasNextPage endCursor } edges { node { title body bodyHtml canonicalContent } } } }`),
    );
    everything += JSON.stringify(notices);
    // A voter who stands as a candidate is published by name as a candidate, as the law requires.
    const leaked = stored.filter((v) => !v.election.candidates.some((c) => c.name === v.name) && everything.includes(v.name));
    expect(leaked.map((v) => v.name)).toEqual([]);
    expect(everything).toContain(`"maskedName":"${stored[0]?.name.slice(0, 1)}*${stored[0]?.name.slice(-1)}"`);

    const wolong = present(present((await s.gql(ELECTIONS, { code: "RJ-WOLONG" })).data?.community).elections[0]);
    const anonymous = await s.gql(PRINT, { id: wolong.id });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(anonymous.data?.electionVoterListPrint ?? null).toBeNull();
    const other = await s.gql(PRINT, { id: wolong.id }, fuminEditor);
    expect(other.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const supervisor = (await s.memberTokens("RJ-WOLONG"))[0]?.token;
    expect((await s.gql(PRINT, { id: wolong.id }, supervisor)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const wolongEditor = await s.tokenFor("COMMUNITY_EDITOR", { communities: ["RJ-WOLONG"] });
    const html = present((await s.gql(PRINT, { id: wolong.id }, wolongEditor)).data?.electionVoterListPrint);
    const own = stored.filter((v) => v.electionId === wolong.id);
    expect(own.every((v) => html.includes(v.name))).toBe(true);
    expect(html).toContain("不得在互联网上公布");
  });
});
