import { z } from "zod";
import type { Viewer } from "../auth/viewer.ts";
import { ownCommitteePosting } from "../communities/postings.ts";
import { type Db, inTransaction, type Tx } from "../db/client.ts";
import type { Decision, DecisionOpinion, DecisionResult, DecisionStage } from "../db/generated/client.ts";
import { correct, publishNotice } from "../disclosures/service.ts";
import { NotFoundError, StateConflictError, ValidationError } from "../errors.ts";
import { decimalString, FEN } from "../money.ts";
import { isoDate, todayInShanghai } from "../periods.ts";
import { enumOf, optionalText, parseInput, requiredText } from "../validation.ts";
import { DECISION_OUTCOME_LABELS, DECISION_STAGE_LABELS, type DecisionStageKind } from "./labels.ts";
import { resolutionMarkdown, resultMarkdown, type StageContent } from "./render.ts";
import { hasMajority, hasQuorum, MEETING_RULES, outcomeOf, STAGE_ORDER } from "./rules.ts";
import { currentStages } from "./status.ts";

/** The catalogue item (公开目录) the two notices fulfil, where the community's catalogue has it. */
export const MAJOR_MATTERS_ITEM = "涉及居民切身利益的重大事项";

const createInput = z.object({
  communityCode: requiredText("社区代码", 50),
  subject: requiredText("事项名称", 100),
  description: optionalText("事项说明", 2000),
  amount: decimalString(FEN, "涉及金额"),
});

const headcount = (label: string) =>
  z.number().int(`${label}应为整数`).nonnegative(`${label}不能为负`).max(100_000, `${label}不能超过 100000`);
const votes = (label: string) =>
  headcount(label)
    .nullish()
    .transform((v) => v ?? null);

/** A meeting as held: its figures must add up, whatever its outcome. */
const meeting = z
  .object({
    heldOn: isoDate("会议日期"),
    members: headcount("应到人数").min(1, "应到人数至少为 1"),
    present: headcount("实到人数"),
    votesFor: votes("赞成票"),
    votesAgainst: votes("反对票"),
    votesAbstain: votes("弃权票"),
    summary: requiredText("会议纪要摘要", 2000),
  })
  .superRefine((m, ctx) => {
    if (m.present > m.members) ctx.addIssue({ code: "custom", path: ["present"], message: "实到人数不能多于应到人数" });
    const given = [m.votesFor, m.votesAgainst, m.votesAbstain].filter((v) => v !== null);
    if (given.length > 0 && given.length < 3) {
      for (const key of ["votesFor", "votesAgainst", "votesAbstain"] as const) {
        if (m[key] === null)
          ctx.addIssue({ code: "custom", path: [key], message: "表决时赞成、反对、弃权票数都要填写（没有填 0）" });
      }
    }
    if (given.length === 3 && (m.votesFor ?? 0) + (m.votesAgainst ?? 0) + (m.votesAbstain ?? 0) > m.present) {
      ctx.addIssue({ code: "custom", path: ["votesFor"], message: "赞成、反对、弃权票数之和不能多于实到人数" });
    }
  });

const stageInput = z.object({
  decisionId: requiredText("事项", 50),
  kind: enumOf(DECISION_STAGE_LABELS, "议事阶段"),
  outcome: enumOf(DECISION_OUTCOME_LABELS, "会议结果"),
  meeting,
});

const correctionArgs = z.object({
  id: z.string(),
  meeting,
  reason: z.string().trim().min(4, "请说明更正原因（至少 4 个字）").max(500, "原因不能超过 500 个字"),
});

const resultInput = z.object({
  decisionId: requiredText("事项", 50),
  outcome: requiredText("实施情况", 2000),
  actualAmount: decimalString(FEN, "实际金额"),
  completedOn: isoDate("完成日期"),
});

const opinionInput = z.object({
  stageId: requiredText("议事阶段", 50),
  opinion: requiredText("监督意见", 2000).refine((s) => [...s].length >= 4, "监督意见至少 4 个字"),
});

const linkInput = z
  .object({
    decisionId: requiredText("事项", 50),
    ledgerEntryId: optionalText("账目分录", 50),
    feePriceId: optionalText("收费价格", 50),
    assetIncomeStatementId: optionalText("资产收益公开", 50),
    projectId: optionalText("资助项目", 50),
  })
  .superRefine((l, ctx) => {
    const n = [l.ledgerEntryId, l.feePriceId, l.assetIncomeStatementId, l.projectId].filter(Boolean).length;
    if (n !== 1) {
      ctx.addIssue({
        code: "custom",
        path: ["ledgerEntryId"],
        message: "每次关联一项：账目分录、收费价格、资产收益公开或资助项目，只填其中一个",
      });
    }
  });

export type CreateDecisionInput = z.input<typeof createInput>;
export type RecordDecisionStageInput = z.input<typeof stageInput>;
export type CorrectDecisionStageArgs = z.input<typeof correctionArgs>;
export type RecordDecisionResultInput = z.input<typeof resultInput>;
export type DecisionOpinionInput = z.input<typeof opinionInput>;
export type LinkDecisionInput = z.input<typeof linkInput>;

type Meeting = z.output<typeof meeting>;

async function loadDecision(tx: Tx, id: string, field = "input.decisionId") {
  const d = await tx.decision.findUnique({
    where: { id },
    include: { community: true, stages: { include: { correctedBy: { select: { id: true } } } }, result: true },
  });
  if (!d) throw new ValidationError([{ field, message: "事项不存在" }]);
  return d;
}

function notInFuture(date: string, at: Date, field: string, label: string) {
  if (date > todayInShanghai(at)) throw new ValidationError([{ field, message: `${label}不能晚于今天` }]);
}

/**
 * The outcome a meeting claims must be the one its figures support. A claimed pass without a
 * quorum or a majority is refused with the rule named; a failed or inquorate meeting is recorded
 * as what it was, and the decision stops there.
 */
function checkOutcome(kind: DecisionStageKind, claimed: keyof typeof DECISION_OUTCOME_LABELS, m: Meeting, root: string) {
  const rule = MEETING_RULES[kind];
  const stage = DECISION_STAGE_LABELS[kind];
  if (claimed === "PASSED") {
    if (!hasQuorum(kind, m)) {
      throw new ValidationError([
        {
          field: `${root}.present`,
          message: `未达法定人数，不能记为通过：${stage}须${rule.text.quorum}（应到 ${m.members} 人，实到 ${m.present} 人）`,
        },
      ]);
    }
    if (m.votesFor === null && rule.voteRequired) {
      throw new ValidationError([{ field: `${root}.votesFor`, message: `${stage}须表决，请填写赞成、反对、弃权票数` }]);
    }
    if (m.votesFor !== null && !hasMajority(kind, m)) {
      const base = rule.majority.base === "PRESENT" ? `实到 ${m.present} 人` : `应到 ${m.members} 人`;
      throw new ValidationError([
        {
          field: `${root}.votesFor`,
          message: `赞成票未过半数，不能记为通过：${stage}${rule.text.majority}（赞成 ${m.votesFor} 票，${base}）`,
        },
      ]);
    }
    return;
  }
  const supported = outcomeOf(kind, m);
  if (supported !== claimed) {
    throw new ValidationError([
      {
        field: "input.outcome",
        message: `按会议人数和票数，结果应为“${DECISION_OUTCOME_LABELS[supported]}”，不能记为“${DECISION_OUTCOME_LABELS[claimed]}”（${rule.text.quorum}；${rule.text.majority}）`,
      },
    ]);
  }
}

const stageContent = (s: DecisionStage): StageContent => ({
  kind: s.kind,
  heldOn: s.heldOn,
  members: s.members,
  present: s.present,
  votesFor: s.votesFor,
  votesAgainst: s.votesAgainst,
  votesAbstain: s.votesAbstain,
  outcome: s.outcome,
  summary: s.summary,
});

/** The community's catalogue item for major matters, when its catalogue (own or inherited) has one in force. */
async function majorMattersItem(tx: Tx, community: { id: string; townshipId: string }, at: Date): Promise<string | null> {
  const township = await tx.township.findUniqueOrThrow({ where: { id: community.townshipId }, select: { countyId: true } });
  const item = await tx.catalogueItem.findFirst({
    where: {
      name: MAJOR_MATTERS_ITEM,
      source: "DISCLOSURE",
      retiredAt: null,
      effectiveFrom: { lte: todayInShanghai(at) },
      OR: [{ communityId: community.id }, { countyId: township.countyId }],
      suspensions: { none: { communityId: community.id, endedAt: null } },
    },
    orderBy: { communityId: { sort: "desc", nulls: "last" } },
    select: { id: true },
  });
  return item?.id ?? null;
}

export async function createDecision(db: Db, viewer: Viewer, raw: CreateDecisionInput): Promise<Decision> {
  const input = parseInput(createInput, raw);
  const community = await db.community.findUnique({ where: { code: input.communityCode } });
  if (!community) throw new ValidationError([{ field: "input.communityCode", message: `社区不存在：${input.communityCode}` }]);
  const { communityCode: _, ...fields } = input;
  return db.decision.create({ data: { ...fields, communityId: community.id, createdByName: viewer.name } });
}

/**
 * Records the next of the four deliberations, in order. A passed residents' resolution publishes
 * the resolution notice (决议公开) in the same transaction.
 */
export async function recordDecisionStage(
  db: Db,
  viewer: Viewer,
  raw: RecordDecisionStageInput,
  at = new Date(),
): Promise<DecisionStage> {
  const input = parseInput(stageInput, raw);
  return inTransaction(db, async (tx) => {
    const decision = await loadDecision(tx, input.decisionId);
    const stages = currentStages(decision.stages);
    const last = stages.at(-1);
    if (last && last.outcome !== "PASSED") {
      throw new StateConflictError(
        "DECISION_STOPPED",
        `该事项已在“${DECISION_STAGE_LABELS[last.kind]}”阶段终止（${DECISION_OUTCOME_LABELS[last.outcome]}），不能继续`,
      );
    }
    const expected = STAGE_ORDER[stages.length];
    if (!expected) throw new StateConflictError("DECISION_STAGES_COMPLETE", "四个议事阶段已全部完成");
    if (input.kind !== expected) {
      throw new StateConflictError(
        "DECISION_STAGE_ORDER",
        `“四议”须依次进行：下一步应为“${DECISION_STAGE_LABELS[expected]}”，不能记录“${DECISION_STAGE_LABELS[input.kind]}”`,
      );
    }
    notInFuture(input.meeting.heldOn, at, "input.meeting.heldOn", "会议日期");
    if (last && input.meeting.heldOn < last.heldOn) {
      throw new ValidationError([
        {
          field: "input.meeting.heldOn",
          message: `会议日期不能早于上一阶段（${DECISION_STAGE_LABELS[last.kind]}，${last.heldOn}）`,
        },
      ]);
    }
    checkOutcome(input.kind, input.outcome, input.meeting, "input.meeting");
    const row = {
      ...input.meeting,
      kind: input.kind,
      outcome: input.outcome,
      decisionId: decision.id,
      recordedAt: at,
      recordedByName: viewer.name,
    };
    let disclosureId: string | null = null;
    if (input.kind === "RESIDENTS_RESOLUTION" && input.outcome === "PASSED") {
      const notice = await publishNotice(
        tx,
        viewer,
        {
          communityCodes: [decision.community.code],
          categoryCode: "COMMUNITY_AFFAIRS",
          title: `${decision.subject}决议公开`,
          body: resolutionMarkdown({ ...decision, communityName: decision.community.name }, [
            ...stages.map(stageContent),
            stageContent({ ...row, id: "", correctsId: null, correctionReason: null, disclosureId: null }),
          ]),
          catalogueItemId: await majorMattersItem(tx, decision.community, at),
          isSample: decision.community.isSample,
        },
        at,
      );
      disclosureId = notice.id;
    }
    return tx.decisionStage.create({ data: { ...row, disclosureId } });
  });
}

/**
 * Corrects a recorded stage's figures, date or summary: a new stage pointing at the one it corrects,
 * both kept. The outcome cannot change by correction (later stages rest on it). A stage that
 * published the resolution notice has that notice corrected too.
 */
export async function correctDecisionStage(
  db: Db,
  viewer: Viewer,
  args: CorrectDecisionStageArgs,
  at = new Date(),
): Promise<DecisionStage> {
  const { id, meeting: m, reason } = parseInput(correctionArgs, args, "");
  return inTransaction(db, async (tx) => {
    const original = await tx.decisionStage.findUnique({ where: { id }, include: { correctedBy: { select: { id: true } } } });
    if (!original) throw new NotFoundError(id, "议事阶段不存在");
    if (original.correctedBy) {
      throw new StateConflictError(
        "DECISION_STAGE_CORRECTED",
        `该记录已被更正，请对最新的更正（${original.correctedBy.id}）进行更正`,
      );
    }
    notInFuture(m.heldOn, at, "meeting.heldOn", "会议日期");
    checkOutcome(original.kind, original.outcome, m, "meeting");
    const decision = await loadDecision(tx, original.decisionId, "id");
    // The corrected date keeps the stages in order: not before the one before, not after the one after.
    const standing = currentStages(decision.stages);
    const place = standing.findIndex((s) => s.id === original.id);
    const before = standing[place - 1];
    const after = standing[place + 1];
    if ((before && m.heldOn < before.heldOn) || (after && m.heldOn > after.heldOn)) {
      throw new ValidationError([
        {
          field: "meeting.heldOn",
          message: `会议日期应在上一阶段（${before?.heldOn ?? "—"}）和下一阶段（${after?.heldOn ?? "—"}）之间`,
        },
      ]);
    }
    let disclosureId: string | null = null;
    if (original.disclosureId) {
      const stages = currentStages(decision.stages).map((s) => (s.id === original.id ? { ...s, ...m } : s));
      const notice = await correct(
        tx,
        viewer,
        {
          id: original.disclosureId,
          input: {
            title: `${decision.subject}决议公开（更正）`,
            body: resolutionMarkdown({ ...decision, communityName: decision.community.name }, stages.map(stageContent)),
            reason,
          },
        },
        at,
      );
      disclosureId = notice.id;
    }
    return tx.decisionStage.create({
      data: {
        ...m,
        kind: original.kind,
        outcome: original.outcome,
        decisionId: original.decisionId,
        recordedAt: at,
        recordedByName: viewer.name,
        correctsId: original.id,
        correctionReason: reason,
        disclosureId,
      },
    });
  });
}

/** 实施结果公开: once a resolution has passed, what was done, for how much and when, published at once. */
export async function recordDecisionResult(
  db: Db,
  viewer: Viewer,
  raw: RecordDecisionResultInput,
  at = new Date(),
): Promise<DecisionResult> {
  const input = parseInput(resultInput, raw);
  return inTransaction(db, async (tx) => {
    const decision = await loadDecision(tx, input.decisionId);
    const resolution = currentStages(decision.stages).find((s) => s.kind === "RESIDENTS_RESOLUTION" && s.outcome === "PASSED");
    if (!resolution) {
      throw new StateConflictError("DECISION_NOT_RESOLVED", "居民会议（居民代表会议）决议通过后，才能公开实施结果");
    }
    if (decision.result) throw new StateConflictError("DECISION_RESULT_EXISTS", "实施结果已公开，不能修改或重复公开");
    notInFuture(input.completedOn, at, "input.completedOn", "完成日期");
    if (input.completedOn < resolution.heldOn) {
      throw new ValidationError([{ field: "input.completedOn", message: `完成日期不能早于决议日期（${resolution.heldOn}）` }]);
    }
    const notice = await publishNotice(
      tx,
      viewer,
      {
        communityCodes: [decision.community.code],
        categoryCode: "COMMUNITY_AFFAIRS",
        title: `${decision.subject}实施结果公开`,
        body: resultMarkdown(
          { ...decision, communityName: decision.community.name },
          { ...input, resolvedOn: resolution.heldOn },
        ),
        catalogueItemId: await majorMattersItem(tx, decision.community, at),
        isSample: decision.community.isSample,
      },
      at,
    );
    return tx.decisionResult.create({
      data: { ...input, recordedAt: at, recordedByName: viewer.name, disclosureId: notice.id },
    });
  });
}

/**
 * A supervision-committee member's opinion on a stage, with their own account: the opinion is
 * theirs, named with the posting their account is registered to. One per member and stage.
 */
export async function addDecisionOpinion(
  db: Db,
  viewer: Viewer,
  raw: DecisionOpinionInput,
  at = new Date(),
): Promise<DecisionOpinion> {
  const input = parseInput(opinionInput, raw);
  return inTransaction(db, async (tx) => {
    const stage = await tx.decisionStage.findUnique({ where: { id: input.stageId }, include: { decision: true } });
    if (!stage) throw new ValidationError([{ field: "input.stageId", message: "议事阶段不存在" }]);
    const own = await ownCommitteePosting(tx, stage.decision.communityId, viewer, at);
    const existing = await tx.decisionOpinion.findUnique({
      where: { stageId_postingId: { stageId: stage.id, postingId: own.id } },
    });
    if (existing) throw new StateConflictError("DECISION_OPINION_EXISTS", "您已对该阶段提出意见；意见公开后不能修改或重复提出");
    return tx.decisionOpinion.create({
      data: {
        stageId: stage.id,
        postingId: own.id,
        userId: viewer.userId,
        name: own.name,
        role: own.role,
        opinion: input.opinion,
        recordedAt: at,
      },
    });
  });
}

/**
 * Links a resolved decision to what carries it out: spending in the books, a fee price it set, an
 * asset-income statement whose uses it approved, or a funded project it approved (one decision per
 * price and per project). Only records of the decision's own community.
 */
export async function linkDecision(db: Db, _viewer: Viewer, raw: LinkDecisionInput): Promise<Decision> {
  const input = parseInput(linkInput, raw);
  return inTransaction(db, async (tx) => {
    const decision = await loadDecision(tx, input.decisionId);
    if (!currentStages(decision.stages).some((s) => s.kind === "RESIDENTS_RESOLUTION" && s.outcome === "PASSED")) {
      throw new StateConflictError("DECISION_NOT_RESOLVED", "只有决议通过的事项才能关联账目、收费价格、资产收益或资助项目");
    }
    const elsewhere = (field: string, what: string) =>
      new ValidationError([{ field: `input.${field}`, message: `${what}不存在或不属于${decision.community.name}` }]);
    if (input.ledgerEntryId) {
      const entry = await tx.ledgerEntry.findUnique({ where: { id: input.ledgerEntryId }, include: { period: true } });
      if (entry?.period.communityId !== decision.communityId) throw elsewhere("ledgerEntryId", "账目分录");
      await tx.decisionLedgerLink.upsert({
        where: { decisionId_entryId: { decisionId: decision.id, entryId: entry.id } },
        create: { decisionId: decision.id, entryId: entry.id },
        update: {},
      });
    }
    if (input.feePriceId) {
      const price = await tx.feePrice.findUnique({
        where: { id: input.feePriceId },
        include: { feeItem: true, decisionLinks: true },
      });
      if (price?.feeItem.communityId !== decision.communityId) throw elsewhere("feePriceId", "收费价格");
      const other = price.decisionLinks.find((l) => l.decisionId !== decision.id);
      if (other) throw new StateConflictError("FEE_PRICE_LINKED", "该收费价格已关联到另一项决议");
      if (!price.decisionLinks.length)
        await tx.decisionFeePriceLink.create({ data: { decisionId: decision.id, feePriceId: price.id } });
    }
    if (input.assetIncomeStatementId) {
      const statement = await tx.assetIncomeStatement.findUnique({ where: { id: input.assetIncomeStatementId } });
      if (statement?.communityId !== decision.communityId) throw elsewhere("assetIncomeStatementId", "资产收益公开");
      await tx.decisionAssetIncomeLink.upsert({
        where: { decisionId_statementId: { decisionId: decision.id, statementId: statement.id } },
        create: { decisionId: decision.id, statementId: statement.id },
        update: {},
      });
    }
    if (input.projectId) {
      const project = await tx.fundedProject.findUnique({ where: { id: input.projectId }, include: { decisionLink: true } });
      if (project?.communityId !== decision.communityId) throw elsewhere("projectId", "资助项目");
      if (project.decisionLink && project.decisionLink.decisionId !== decision.id)
        throw new StateConflictError("PROJECT_LINKED", "该资助项目已关联到另一项决议");
      if (!project.decisionLink)
        await tx.decisionProjectLink.create({ data: { decisionId: decision.id, projectId: project.id } });
    }
    return decision;
  });
}
