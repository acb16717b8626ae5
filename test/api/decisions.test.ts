import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql, member, present, Refusal, refusal, type VariablesOf } from "../support/graphql.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

let s: TestServer;
let teheEditor: string;
let fuminEditor: string;
let teheSupervisor: string;

const NoticeFields = graphql(`
  fragment NoticeFields on Disclosure @_unmask {
    id title status contentHash hashVerified category { code } catalogueItem { name } correctionReason corrects { id }
  }
`);
const DecisionFields = graphql(
  `fragment DecisionFields on Decision @_unmask {
    id subject amount status statusLabel
    currentStage { id kind outcome }
    stages { id kind kindLabel outcome outcomeLabel heldOn members present votesFor votesAgainst votesAbstain
      superseded correctionReason corrects { id } notice { id } opinions { name role opinion } }
    resolutionNotice { ...NoticeFields }
    result { actualAmount completedOn outcome notice { ...NoticeFields } }
    ledgerEntries { id amount decisions { id } }
    linkedSpendingTotal
    feePrices { id decision { id } }
    assetIncomeStatements { year decisions { id } }
  }`,
  [NoticeFields],
);

const DECISIONS = graphql(`query Decisions($code: String!) { community(code: $code) { decisions { ...DecisionFields } } }`, [
  DecisionFields,
]);
const DECISION = graphql(`query Decision($id: ID!) { decision(id: $id) { ...DecisionFields } }`, [DecisionFields]);

const CREATE = graphql(
  `mutation CreateDecision($input: CreateDecisionInput!) { createDecision(input: $input) {
    __typename ...Refusal ... on CreateDecisionSuccess { decision { id amount status } } } }`,
  [Refusal],
);
const STAGE = graphql(
  `mutation RecordStage($input: RecordDecisionStageInput!) { recordDecisionStage(input: $input) {
    __typename ...Refusal ... on RecordDecisionStageSuccess { stage { id kind outcome notice { id contentHash } } } } }`,
  [Refusal],
);
const CORRECT = graphql(
  `mutation CorrectStage($id: ID!, $meeting: DecisionMeetingInput!, $reason: String!) {
    correctDecisionStage(id: $id, meeting: $meeting, reason: $reason) {
    __typename ...Refusal ... on CorrectDecisionStageSuccess { stage { id present corrects { id } notice { id } } } } }`,
  [Refusal],
);
const RESULT = graphql(
  `mutation RecordResult($input: RecordDecisionResultInput!) { recordDecisionResult(input: $input) {
    __typename ...Refusal ... on RecordDecisionResultSuccess { decision { id status result { actualAmount } } } } }`,
  [Refusal],
);
const OPINION = graphql(
  `mutation Opinion($input: DecisionOpinionInput!) { addDecisionOpinion(input: $input) {
    __typename ...Refusal ... on AddDecisionOpinionSuccess { opinion { name role opinion } } } }`,
  [Refusal],
);
const PROJECT_DECISIONS = graphql(`
  query ProjectDecisions($code: String!) {
    community(code: $code) {
      decisions { id subject status projects { id name } }
      projects { id name decision { id subject } }
    }
  }
`);

const LINK = graphql(
  `mutation Link($input: LinkDecisionInput!) { linkDecision(input: $input) {
    __typename ...Refusal ... on LinkDecisionSuccess { decision { id ledgerEntries { id } } } } }`,
  [Refusal],
);

type Meeting = VariablesOf<typeof STAGE>["input"]["meeting"];
const meeting = (m: Partial<Meeting> = {}): Meeting => ({
  heldOn: "2026-10-10",
  members: 9,
  present: 8,
  summary: "会议纪要摘要",
  ...m,
});

/** Everything a refused decision write could have touched. */
const snapshot = async () => ({
  decisions: await s.db.decision.count(),
  stages: await s.db.decisionStage.count(),
  results: await s.db.decisionResult.count(),
  opinions: await s.db.decisionOpinion.count(),
  links: (await s.db.decisionLedgerLink.count()) + (await s.db.decisionFeePriceLink.count()),
  disclosures: await s.db.disclosure.count(),
});

const create = async (token = teheEditor, code = "RJ-TEHE") =>
  member(
    (await s.gql(CREATE, { input: { communityCode: code, subject: "测试事项", amount: "12000.50" } }, token)).data
      ?.createDecision,
    "CreateDecisionSuccess",
  ).decision.id;

const record = async (input: VariablesOf<typeof STAGE>["input"], token = teheEditor) =>
  (await s.gql(STAGE, { input }, token)).data?.recordDecisionStage;

/** Records the first three stages, passed. */
async function upToResolution(decisionId: string) {
  await record({ decisionId, kind: "PARTY_PROPOSAL", outcome: "PASSED", meeting: meeting({ heldOn: "2026-10-01" }) });
  await record({ decisionId, kind: "JOINT_MEETING", outcome: "PASSED", meeting: meeting({ heldOn: "2026-10-03" }) });
  await record({
    decisionId,
    kind: "PARTY_MEMBERS_REVIEW",
    outcome: "PASSED",
    meeting: meeting({ heldOn: "2026-10-05", members: 36, present: 30, votesFor: 25, votesAgainst: 3, votesAbstain: 2 }),
  });
}

beforeAll(async () => {
  s = await startTestServer();
  teheEditor = await s.tokenFor("COMMUNITY_EDITOR", { communities: ["RJ-TEHE"] });
  fuminEditor = await s.tokenFor("COMMUNITY_EDITOR", { communities: ["RJ-FUMIN"] });
  teheSupervisor = await s.tokenFor("SUPERVISOR", { communities: ["RJ-TEHE"] });
});
afterAll(() => s.close());

describe("the demo decisions", () => {
  it("lists each community's decisions at their stages, with the two notices hashed", async () => {
    const res = await s.gql(DECISIONS, { code: "RJ-FUMIN" });
    expect(res.errors).toBeUndefined();
    const list = present(res.data?.community).decisions;
    const by = (subject: string) =>
      present(
        list.find((d) => d.subject.includes(subject)),
        subject,
      );
    // 富民 has a fifth: the workshop its funded project carries out (prisma/seed/decisions.ts).
    expect(list.map((d) => d.status).sort()).toEqual(["IMPLEMENTED", "RESOLVED", "RESOLVED", "STOPPED", "STOPPED"]);
    const fund = by("为民服务专项经费");
    expect(fund).toMatchObject({ amount: "50000.00", statusLabel: "已实施，结果已公开" });
    expect(fund.stages.map((x) => x.kind)).toEqual([
      "PARTY_PROPOSAL",
      "JOINT_MEETING",
      "PARTY_MEMBERS_REVIEW",
      "RESIDENTS_RESOLUTION",
    ]);
    // The finance demo's query answer points at this meeting.
    expect(fund.stages[3]).toMatchObject({ heldOn: "2026-03-18", outcome: "PASSED" });
    for (const notice of [fund.resolutionNotice, fund.result?.notice]) {
      expect(notice).toMatchObject({ status: "PUBLISHED", hashVerified: true, category: { code: "COMMUNITY_AFFAIRS" } });
      expect(notice?.contentHash).toMatch(/^[0-9a-f]{64}$/);
    }
    // Money sums: the result's actual amount is the linked spending, entry by entry.
    const sum = fund.ledgerEntries.reduce((n, e) => n + Math.round(Number(e.amount) * 100), 0);
    expect(fund.ledgerEntries.length).toBeGreaterThan(0);
    expect(fund.linkedSpendingTotal).toBe((sum / 100).toFixed(2));
    expect(fund.result?.actualAmount).toBe(fund.linkedSpendingTotal);
    expect(fund.stages[3]?.opinions).toHaveLength(1);

    const parking = by("停车位");
    expect(parking.currentStage).toMatchObject({ kind: "PARTY_MEMBERS_REVIEW", outcome: "FAILED" });
    expect(parking.resolutionNotice).toBeNull();
    const charging = by("充电桩");
    expect(charging.currentStage).toMatchObject({ kind: "RESIDENTS_RESOLUTION", outcome: "NO_QUORUM" });
    expect(charging.resolutionNotice).toBeNull();
    expect(charging.stages[3]?.opinions[0]?.opinion).toContain("未达法定人数");
  });

  it("shows each link from both sides", async () => {
    const list = present((await s.gql(DECISIONS, { code: "RJ-WOLONG" })).data?.community).decisions;
    const fund = present(list.find((d) => d.subject.includes("为民服务")));
    for (const e of fund.ledgerEntries) expect(e.decisions.map((d) => d.id)).toContain(fund.id);
    const fee = present(list.find((d) => d.subject.includes("物业服务费")));
    expect(fee.feePrices).toHaveLength(1);
    expect(fee.feePrices[0]?.decision?.id).toBe(fee.id);
    expect(fee.assetIncomeStatements).toEqual([{ year: 2025, decisions: [{ id: fee.id }] }]);
    // Where the community's catalogue has the major-matters item, the notices name it.
    expect(fund.result?.notice.catalogueItem?.name).toBe("涉及居民切身利益的重大事项");
  });

  it("links 富民's workshop decision and the funded project that carries it out, both ways", async () => {
    const res = await s.gql(PROJECT_DECISIONS, { code: "RJ-FUMIN" });
    const community = present(res.data?.community);
    const workshop = present(community.decisions.find((d) => d.subject.includes("帮扶车间")));
    expect(workshop.status).toBe("RESOLVED");
    const project = present(community.projects.find((p) => p.name.includes("帮扶车间")));
    expect(workshop.projects).toEqual([{ id: project.id, name: project.name }]);
    expect(project.decision).toEqual({ id: workshop.id, subject: workshop.subject });
    // The community's other projects carry out no decision on record.
    expect(community.projects.filter((p) => p.decision !== null)).toHaveLength(1);
  });
});

describe("四议 in order, with quorum and majority", () => {
  it("refuses stages out of order, and claimed passes the figures do not support, writing nothing", async () => {
    const id = await create();
    expect((await s.gql(DECISION, { id })).data?.decision, "no stage yet: not public").toBeNull();
    const before = await snapshot();
    const skip = refusal(await record({ decisionId: id, kind: "JOINT_MEETING", outcome: "PASSED", meeting: meeting() }));
    expect(skip).toMatchObject({ code: "DECISION_STAGE_ORDER" });
    expect(skip.message).toContain("党组织提议");
    await upToResolution(id);
    const mid = await snapshot();
    expect(mid.stages).toBe(before.stages + 3);

    const noQuorum = refusal(
      await record({
        decisionId: id,
        kind: "RESIDENTS_RESOLUTION",
        outcome: "PASSED",
        meeting: meeting({ members: 40, present: 20, votesFor: 20, votesAgainst: 0, votesAbstain: 0 }),
      }),
    );
    expect(noQuorum).toMatchObject({ code: "VALIDATION_FAILED", field: "input.meeting.present" });
    expect(noQuorum.message).toContain("过半数出席");
    const noMajority = refusal(
      await record({
        decisionId: id,
        kind: "RESIDENTS_RESOLUTION",
        outcome: "PASSED",
        meeting: meeting({ members: 40, present: 30, votesFor: 15, votesAgainst: 10, votesAbstain: 5 }),
      }),
    );
    expect(noMajority).toMatchObject({ code: "VALIDATION_FAILED", field: "input.meeting.votesFor" });
    expect(noMajority.message).toContain("到会人员过半数通过");
    const noVote = refusal(
      await record({
        decisionId: id,
        kind: "RESIDENTS_RESOLUTION",
        outcome: "PASSED",
        meeting: meeting({ members: 40, present: 30 }),
      }),
    );
    expect(noVote).toMatchObject({ field: "input.meeting.votesFor" });
    const notInquorate = refusal(
      await record({
        decisionId: id,
        kind: "RESIDENTS_RESOLUTION",
        outcome: "NO_QUORUM",
        meeting: meeting({ members: 40, present: 30 }),
      }),
    );
    expect(notInquorate).toMatchObject({ field: "input.outcome" });
    expect(await snapshot()).toEqual(mid);

    // A meeting without a quorum is recorded as such, and the decision stops there.
    const recorded = member(
      await record({
        decisionId: id,
        kind: "RESIDENTS_RESOLUTION",
        outcome: "NO_QUORUM",
        meeting: meeting({ heldOn: "2026-10-08", members: 40, present: 20 }),
      }),
      "RecordDecisionStageSuccess",
    ).stage;
    expect(recorded).toMatchObject({ outcome: "NO_QUORUM", notice: null });
    const after = await snapshot();
    expect(after.disclosures).toBe(mid.disclosures);
    expect(present((await s.gql(DECISION, { id })).data?.decision)).toMatchObject({ status: "STOPPED", statusLabel: "已终止" });
    const again = refusal(
      await record({
        decisionId: id,
        kind: "RESIDENTS_RESOLUTION",
        outcome: "PASSED",
        meeting: meeting({ members: 40, present: 30, votesFor: 25, votesAgainst: 5, votesAbstain: 0 }),
      }),
    );
    expect(again).toMatchObject({ code: "DECISION_STOPPED" });
    const result = await s.gql(
      RESULT,
      { input: { decisionId: id, outcome: "已完成", actualAmount: "1.00", completedOn: "2026-10-20" } },
      teheEditor,
    );
    expect(refusal(result.data?.recordDecisionResult)).toMatchObject({ code: "DECISION_NOT_RESOLVED" });
    expect(await snapshot()).toEqual(after);
  });

  it("counts the Party members' majority against those entitled, not those present", async () => {
    const id = await create();
    await record({ decisionId: id, kind: "PARTY_PROPOSAL", outcome: "PASSED", meeting: meeting() });
    await record({ decisionId: id, kind: "JOINT_MEETING", outcome: "PASSED", meeting: meeting() });
    // 16 of 20 present is a majority of those present, but not more than half of the 36 entitled.
    const refused = refusal(
      await record({
        decisionId: id,
        kind: "PARTY_MEMBERS_REVIEW",
        outcome: "PASSED",
        meeting: meeting({ members: 36, present: 20, votesFor: 16, votesAgainst: 4, votesAbstain: 0 }),
      }),
    );
    expect(refused.message).toContain("应到会有表决权党员半数");
    const failed = await record({
      decisionId: id,
      kind: "PARTY_MEMBERS_REVIEW",
      outcome: "FAILED",
      meeting: meeting({ members: 36, present: 20, votesFor: 16, votesAgainst: 4, votesAbstain: 0 }),
    });
    expect(member(failed, "RecordDecisionStageSuccess").stage.outcome).toBe("FAILED");
  });
});

describe("两公开: the resolution and the result", () => {
  it("publishes the resolution at once and the result once, and corrects by a new record", async () => {
    const id = await create();
    await upToResolution(id);
    const resolution = member(
      await record({
        decisionId: id,
        kind: "RESIDENTS_RESOLUTION",
        outcome: "PASSED",
        meeting: meeting({ heldOn: "2026-10-10", members: 41, present: 35, votesFor: 30, votesAgainst: 3, votesAbstain: 2 }),
      }),
      "RecordDecisionStageSuccess",
    ).stage;
    expect(resolution.notice?.contentHash).toMatch(/^[0-9a-f]{64}$/);
    const done = await s.gql(
      RESULT,
      { input: { decisionId: id, outcome: "已完成维修", actualAmount: "11800.00", completedOn: "2026-10-20" } },
      teheEditor,
    );
    expect(member(done.data?.recordDecisionResult, "RecordDecisionResultSuccess").decision).toMatchObject({
      status: "IMPLEMENTED",
      result: { actualAmount: "11800.00" },
    });
    const twice = await s.gql(
      RESULT,
      { input: { decisionId: id, outcome: "再次", actualAmount: "1.00", completedOn: "2026-10-21" } },
      teheEditor,
    );
    expect(refusal(twice.data?.recordDecisionResult)).toMatchObject({ code: "DECISION_RESULT_EXISTS" });

    const corrected = await s.gql(
      CORRECT,
      {
        id: resolution.id,
        meeting: meeting({ heldOn: "2026-10-10", members: 41, present: 36, votesFor: 31, votesAgainst: 3, votesAbstain: 2 }),
        reason: "实到人数漏记一人",
      },
      teheEditor,
    );
    const correction = member(corrected.data?.correctDecisionStage, "CorrectDecisionStageSuccess").stage;
    expect(correction).toMatchObject({ present: 36, corrects: { id: resolution.id } });
    const d = present((await s.gql(DECISION, { id })).data?.decision);
    // Both records stay; the standing notice is the correction, pointing at the original.
    expect(d.stages.filter((x) => x.kind === "RESIDENTS_RESOLUTION").map((x) => x.superseded)).toEqual([true, false]);
    expect(d.resolutionNotice).toMatchObject({
      id: correction.notice?.id,
      corrects: { id: resolution.notice?.id },
      correctionReason: "实到人数漏记一人",
    });
    expect(d.result?.notice.catalogueItem?.name).toBe("涉及居民切身利益的重大事项");
    // Nor move the meeting before the stage it follows.
    const early = await s.gql(
      CORRECT,
      {
        id: correction.id,
        meeting: meeting({ heldOn: "2026-10-01", members: 41, present: 36, votesFor: 31, votesAgainst: 3, votesAbstain: 2 }),
        reason: "日期写错",
      },
      teheEditor,
    );
    expect(refusal(early.data?.correctDecisionStage)).toMatchObject({ field: "meeting.heldOn" });
    // A correction cannot turn a pass into what the figures do not support.
    const bad = await s.gql(
      CORRECT,
      { id: correction.id, meeting: meeting({ members: 41, present: 10 }), reason: "改成未到会" },
      teheEditor,
    );
    expect(refusal(bad.data?.correctDecisionStage)).toMatchObject({ field: "meeting.present" });
  });
});

describe("who may do what", () => {
  it("keeps editors to their own community and supervisors to opinions, each their own", async () => {
    const id = await create();
    await record({ decisionId: id, kind: "PARTY_PROPOSAL", outcome: "PASSED", meeting: meeting() });
    const stageId = present(present((await s.gql(DECISION, { id })).data?.decision).currentStage).id;
    const before = await snapshot();
    const foreign = await record({ decisionId: id, kind: "JOINT_MEETING", outcome: "PASSED", meeting: meeting() }, fuminEditor);
    expect(refusal(foreign)).toMatchObject({ code: "FORBIDDEN" });
    expect(
      refusal(await record({ decisionId: id, kind: "JOINT_MEETING", outcome: "PASSED", meeting: meeting() }, teheSupervisor)),
    ).toMatchObject({ code: "FORBIDDEN" });
    const staffOpinion = await s.gql(OPINION, { input: { stageId, opinion: "员工代签的意见" } }, teheEditor);
    expect(refusal(staffOpinion.data?.addDecisionOpinion)).toMatchObject({ code: "FORBIDDEN" });
    // A supervisor's token that is not a committee member's own account cannot speak for one.
    const notMember = await s.gql(OPINION, { input: { stageId, opinion: "以监委会名义提出" } }, teheSupervisor);
    expect(refusal(notMember.data?.addDecisionOpinion)).toMatchObject({ code: "FORBIDDEN" });
    const [fuminMember] = await s.memberTokens("RJ-FUMIN");
    const otherCommittee = await s.gql(OPINION, { input: { stageId, opinion: "别的社区的意见" } }, present(fuminMember).token);
    expect(refusal(otherCommittee.data?.addDecisionOpinion)).toMatchObject({ code: "FORBIDDEN" });
    expect(await snapshot()).toEqual(before);

    const [first, second] = await s.memberTokens("RJ-TEHE");
    const mine = await s.gql(OPINION, { input: { stageId, opinion: "提议程序符合规定" } }, present(first).token);
    expect(member(mine.data?.addDecisionOpinion, "AddDecisionOpinionSuccess").opinion).toMatchObject({
      name: present(first).name,
    });
    const twice = await s.gql(OPINION, { input: { stageId, opinion: "再说一次意见" } }, present(first).token);
    expect(refusal(twice.data?.addDecisionOpinion)).toMatchObject({ code: "DECISION_OPINION_EXISTS" });
    const theirs = await s.gql(OPINION, { input: { stageId, opinion: "同意提议" } }, present(second).token);
    expect(member(theirs.data?.addDecisionOpinion, "AddDecisionOpinionSuccess").opinion.name).toBe(present(second).name);
  });
});

describe("bad input, field by field", () => {
  it("names the field", async () => {
    const before = await snapshot();
    const created = async (input: VariablesOf<typeof CREATE>["input"]) =>
      refusal((await s.gql(CREATE, { input }, teheEditor)).data?.createDecision);
    expect(await created({ communityCode: "RJ-TEHE", subject: " ", amount: "1.00" })).toMatchObject({ field: "input.subject" });
    expect(await created({ communityCode: "RJ-TEHE", subject: "事项", amount: "1.005" })).toMatchObject({
      field: "input.amount",
    });
    expect(await created({ communityCode: "RJ-TEHE", subject: "事项", amount: "-3" })).toMatchObject({ field: "input.amount" });

    const id = await create();
    const stage = async (m: Partial<Meeting>) =>
      refusal(await record({ decisionId: id, kind: "PARTY_PROPOSAL", outcome: "PASSED", meeting: meeting(m) }));
    expect(await stage({ present: 10 })).toMatchObject({ field: "input.meeting.present" });
    expect(await stage({ members: 0, present: 0 })).toMatchObject({ field: "input.meeting.members" });
    expect(await stage({ votesFor: 5 })).toMatchObject({ field: "input.meeting.votesAgainst" });
    expect(await stage({ votesFor: 5, votesAgainst: 3, votesAbstain: 2 })).toMatchObject({ field: "input.meeting.votesFor" });
    expect(await stage({ heldOn: "2026-13-01" })).toMatchObject({ field: "input.meeting.heldOn" });
    expect(await stage({ heldOn: "2099-01-01" })).toMatchObject({ field: "input.meeting.heldOn" });
    expect(await stage({ summary: "" })).toMatchObject({ field: "input.meeting.summary" });

    const resolved = present(
      present((await s.gql(DECISIONS, { code: "RJ-TEHE" })).data?.community).decisions.find((d) => d.status === "IMPLEMENTED"),
    );
    const link = async (input: Omit<VariablesOf<typeof LINK>["input"], "decisionId">) =>
      refusal((await s.gql(LINK, { input: { decisionId: resolved.id, ...input } }, teheEditor)).data?.linkDecision);
    const fuminEntry = await s.db.ledgerEntry.findFirstOrThrow({ where: { period: { community: { code: "RJ-FUMIN" } } } });
    expect(await link({ ledgerEntryId: fuminEntry.id })).toMatchObject({ field: "input.ledgerEntryId" });
    expect(await link({ ledgerEntryId: fuminEntry.id, feePriceId: "x" })).toMatchObject({ field: "input.ledgerEntryId" });
    const fuminProject = await s.db.fundedProject.findFirstOrThrow({ where: { community: { code: "RJ-FUMIN" } } });
    expect(await link({ projectId: fuminProject.id })).toMatchObject({ field: "input.projectId" });
    expect(await link({ projectId: "no-such-project" })).toMatchObject({ field: "input.projectId" });
    expect(await snapshot()).toEqual({ ...before, decisions: before.decisions + 1 });
  });
});
