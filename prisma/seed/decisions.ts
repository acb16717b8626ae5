import type { Viewer } from "../../api/auth/viewer.ts";
import type { Db } from "../../api/db/client.ts";
import {
  addDecisionOpinion,
  createDecision,
  linkDecision,
  type RecordDecisionStageInput,
  recordDecisionResult,
  recordDecisionStage,
} from "../../api/decisions/service.ts";
import { yuan } from "../../api/money.ts";
import { at } from "./calendar.ts";
import { COMMUNITIES, type CommunitySpec } from "./places.ts";

/**
 * Demo decisions (示例数据), four per community at different stages of 四议两公开: the year's
 * service-fund plan carried out with its spending linked and its result published; the 2025
 * property-fee and asset-income plan, resolved and linked to the fee price and the statement it
 * set; a car-park plan stopped by the Party members' meeting; and a charging-point plan whose
 * residents' meeting lacked a quorum, recorded as it happened. Figures are invented.
 */

/** The subject of 富民's workshop decision, which the funded-projects demo links its project to. */
export const WORKSHOP_DECISION = "利用社区闲置厂房建设东西部协作帮扶车间";

type Meeting = RecordDecisionStageInput["meeting"];
type Kind = RecordDecisionStageInput["kind"];

/** The committee members' own accounts (the finance demo gives each one): opinions are theirs. */
async function committee(db: Db, communityId: string): Promise<Viewer[]> {
  const org = await db.organization.findUniqueOrThrow({
    where: { communityId_kind: { communityId, kind: "SUPERVISION_COMMITTEE" } },
    include: { postings: { orderBy: { sortOrder: "asc" }, include: { user: true } } },
  });
  return org.postings.flatMap((p) =>
    p.user
      ? [
          {
            userId: p.user.id,
            tokenId: "seed",
            name: p.user.name,
            role: p.user.role,
            countyId: null,
            communityIds: new Set([communityId]),
          },
        ]
      : [],
  );
}

export async function seedDecisions(db: Db, staff: Viewer): Promise<number> {
  let published = 0;
  for (const [i, spec] of COMMUNITIES.entries()) {
    const community = await db.community.findUniqueOrThrow({ where: { code: spec.code } });
    const members = await committee(db, community.id);
    const decide = async (subject: string, description: string, amount: string) =>
      (await createDecision(db, staff, { communityCode: spec.code, subject, description, amount })).id;
    const stage = async (decisionId: string, kind: Kind, outcome: "PASSED" | "FAILED" | "NO_QUORUM", meeting: Meeting) => {
      const s = await recordDecisionStage(db, staff, { decisionId, kind, outcome, meeting }, at(`${meeting.heldOn}T18:00:00`));
      if (s.disclosureId) published++;
      return s;
    };
    const fourStages = (spec: CommunitySpec, dates: [string, string, string, string], what: string) => ({
      proposal: { heldOn: dates[0], members: 5, present: 5, votesFor: null, summary: `党支部委员会研究，提议${what}。` },
      joint: { heldOn: dates[1], members: 9, present: 8, votesFor: null, summary: `两委联席会议商议，形成${what}的初步方案。` },
      partyMembers: {
        heldOn: dates[2],
        members: spec.partyMembers,
        present: Math.ceil(spec.partyMembers * 0.8),
        votesFor: Math.ceil(spec.partyMembers * 0.7),
        votesAgainst: 2,
        votesAbstain: Math.ceil(spec.partyMembers * 0.8) - Math.ceil(spec.partyMembers * 0.7) - 2,
        summary: "党员大会审议，同意提交居民代表会议表决。",
      },
    });
    const representatives = 40 + i;

    // 1. The year's service fund: four stages, spending linked, result published.
    //    RJ-FUMIN's plan ran to June (its catalogue took effect on 1 July, after everything it published here).
    const fundEnd = spec.code === "RJ-FUMIN" ? "2026-06-30" : "2026-10-31";
    const fund = await decide(
      "2026年度为民服务专项经费使用计划",
      "为民服务专项经费 5 万元，用于“四点半课堂”、就业技能培训服务物资和走访慰问困难群众。",
      "50000.00",
    );
    const f = fourStages(spec, ["2026-03-09", "2026-03-11", "2026-03-14", "2026-03-18"], "为民服务专项经费使用计划");
    await stage(fund, "PARTY_PROPOSAL", "PASSED", f.proposal);
    await stage(fund, "JOINT_MEETING", "PASSED", f.joint);
    await stage(fund, "PARTY_MEMBERS_REVIEW", "PASSED", f.partyMembers);
    const fundResolution = await stage(fund, "RESIDENTS_RESOLUTION", "PASSED", {
      heldOn: "2026-03-18",
      members: representatives,
      present: representatives - 4,
      votesFor: representatives - 8,
      votesAgainst: 2,
      votesAbstain: 2,
      summary: "居民代表会议表决通过使用计划，经费使用情况按月随财务公开。",
    });
    const spending = await db.ledgerEntry.findMany({
      where: {
        period: { communityId: community.id, status: "PUBLISHED" },
        date: { gte: "2026-03-18", lte: fundEnd },
        OR: [{ category: { code: "RESIDENT_SERVICE" } }, { description: "中秋走访慰问独居老人" }],
      },
      orderBy: { date: "asc" },
    });
    for (const entry of spending) await linkDecision(db, staff, { decisionId: fund, ledgerEntryId: entry.id });
    const chair = members[0];
    if (chair) {
      await addDecisionOpinion(
        db,
        chair,
        { stageId: fundResolution.id, opinion: "监委会列席会议，到会人数和表决程序符合规定。" },
        at("2026-03-19T10:00:00"),
      );
    }
    await recordDecisionResult(
      db,
      staff,
      {
        decisionId: fund,
        outcome: `已按计划开展“四点半课堂”、技能培训和走访慰问，支出共 ${spending.length} 笔，明细见财务公开。`,
        actualAmount: yuan(spending.reduce((n, e) => n + e.amount, 0)),
        completedOn: fundEnd,
      },
      at(`${fundEnd}T17:00:00`),
    );
    published++;

    // 2. The 2025-11-15 residents' meeting that set the 2026 property fee and the asset-income uses.
    const statement = await db.assetIncomeStatement.findUnique({
      where: { communityId_year: { communityId: community.id, year: 2025 } },
      include: { uses: true },
    });
    const fee = await decide(
      "2026年物业服务费标准调整及2025年资产收益使用方案",
      "物业服务费补贴期满后分步调整至全额标准；2025年集体资产收益用于公共设施维修和临时救助。",
      yuan(statement?.uses.reduce((n, u) => n + u.amount, 0) ?? 0),
    );
    const p = fourStages(spec, ["2025-10-10", "2025-10-14", "2025-10-17", "2025-11-15"], "物业服务费调整和资产收益使用方案");
    await stage(fee, "PARTY_PROPOSAL", "PASSED", p.proposal);
    await stage(fee, "JOINT_MEETING", "PASSED", p.joint);
    await stage(fee, "PARTY_MEMBERS_REVIEW", "PASSED", p.partyMembers);
    // The figures fees.ts quotes in the price's residentsDecision text.
    await stage(fee, "RESIDENTS_RESOLUTION", "PASSED", {
      heldOn: "2025-11-15",
      members: 40 + i,
      present: 37 + i,
      votesFor: 33 + i,
      votesAgainst: 2,
      votesAbstain: 2,
      summary: "居民代表会议表决通过物业服务费调整方案（征求意见后补贴期延长至2028年底）和资产收益使用方案。",
    });
    const price = await db.feePrice.findFirst({
      where: { effectiveFrom: "2026-01-01", feeItem: { communityId: community.id, code: "PROPERTY" } },
    });
    if (price) await linkDecision(db, staff, { decisionId: fee, feePriceId: price.id });
    if (statement) await linkDecision(db, staff, { decisionId: fee, assetIncomeStatementId: statement.id });

    // 3. A car park the Party members' meeting did not back: recorded, and the matter stops there.
    const parking = await decide(
      "利用广场空地增设收费停车位",
      "拟在文化广场东侧空地划设收费停车位40个，收入纳入集体资产收益。",
      "80000.00",
    );
    const k = fourStages(spec, ["2026-06-02", "2026-06-05", "2026-06-12", "2026-06-12"], "增设收费停车位");
    await stage(parking, "PARTY_PROPOSAL", "PASSED", k.proposal);
    await stage(parking, "JOINT_MEETING", "PASSED", k.joint);
    const present = Math.ceil(spec.partyMembers * 0.75);
    await stage(parking, "PARTY_MEMBERS_REVIEW", "FAILED", {
      heldOn: "2026-06-12",
      members: spec.partyMembers,
      present,
      votesFor: Math.floor(spec.partyMembers * 0.4),
      votesAgainst: present - Math.floor(spec.partyMembers * 0.4) - 3,
      votesAbstain: 3,
      summary: "多数党员认为占用广场将减少居民活动场地，方案未获通过，不提交居民代表会议。",
    });

    // 4. Charging points: the residents' meeting lacked a quorum; recorded honestly, no resolution.
    const charging = await decide(
      "小区加装电动自行车集中充电桩",
      "在各楼栋架空层加装集中充电桩，解决电动自行车“飞线充电”安全隐患。",
      "120000.00",
    );
    const c = fourStages(spec, ["2026-08-24", "2026-08-27", "2026-09-04", "2026-09-20"], "加装电动自行车集中充电桩");
    await stage(charging, "PARTY_PROPOSAL", "PASSED", c.proposal);
    await stage(charging, "JOINT_MEETING", "PASSED", c.joint);
    await stage(charging, "PARTY_MEMBERS_REVIEW", "PASSED", c.partyMembers);
    const noQuorum = await stage(charging, "RESIDENTS_RESOLUTION", "NO_QUORUM", {
      heldOn: "2026-09-20",
      members: representatives,
      present: Math.floor(representatives / 2) - 3,
      votesFor: null,
      summary: "到会居民代表不足半数，会议未作决定。",
    });
    const second = members[1] ?? chair;
    if (second) {
      await addDecisionOpinion(
        db,
        second,
        { stageId: noQuorum.id, opinion: "会议未达法定人数，不能作出决议；建议入户征求意见后重新召集居民代表会议。" },
        at("2026-09-21T09:30:00"),
      );
    }

    // 5. 富民 only: the idle ground floor turned into the east–west cooperation workshop, the funded
    //    project prisma/seed/projects.ts links to this decision.
    if (spec.code === "RJ-FUMIN") {
      const workshop = await decide(
        WORKSHOP_DECISION,
        "将社区一层闲置厂房约 1200 平方米交由东西部协作项目改造为帮扶车间，建成后优先吸纳本社区搬迁群众就近就业。",
        "860000.00",
      );
      const w = fourStages(spec, ["2026-03-23", "2026-03-26", "2026-03-30", "2026-04-08"], "利用闲置厂房建设帮扶车间");
      await stage(workshop, "PARTY_PROPOSAL", "PASSED", w.proposal);
      await stage(workshop, "JOINT_MEETING", "PASSED", w.joint);
      await stage(workshop, "PARTY_MEMBERS_REVIEW", "PASSED", w.partyMembers);
      await stage(workshop, "RESIDENTS_RESOLUTION", "PASSED", {
        heldOn: "2026-04-08",
        members: representatives,
        present: representatives - 3,
        votesFor: representatives - 6,
        votesAgainst: 1,
        votesAbstain: 2,
        summary: "居民代表会议表决通过，同意利用闲置厂房建设帮扶车间。",
      });
    }
  }
  return published;
}
