import { type Context, signedIn } from "../../api/context.ts";
import { decisionCommunities, stageCommunities, stageCommunity } from "../../api/decisions/access.ts";
import {
  addDecisionOpinion,
  correctDecisionStage,
  createDecision,
  linkDecision,
  recordDecisionResult,
  recordDecisionStage,
} from "../../api/decisions/service.ts";
import { builder, selection, sentFields } from "../builder.ts";
import { writeResult } from "../errors.ts";
import { DecisionOutcome, DecisionStageKind } from "./types.ts";

const CreateDecisionInput = builder.inputType("CreateDecisionInput", {
  description: "A major matter (重大事项) to take through 四议两公开",
  fields: (t) => ({
    communityCode: t.string({ required: true, description: "The community, e.g. RJ-FUMIN" }),
    subject: t.string({ required: true, description: "The matter, e.g. 3栋电梯维修" }),
    description: t.string({ description: "What it is about" }),
    amount: t.string({ required: true, description: "Amount involved, exact decimal yuan, e.g. 186000.00" }),
  }),
});

const DecisionMeetingInput = builder.inputType("DecisionMeetingInput", {
  description: "A meeting as held: the figures must add up whatever its outcome",
  fields: (t) => ({
    heldOn: t.string({ required: true, description: "ISO date it was held (not after today)" }),
    members: t.int({ required: true, description: "Entitled to attend (应到)" }),
    present: t.int({ required: true, description: "Present (实到)" }),
    votesFor: t.int({ description: "赞成; leave the three votes out where the meeting took no vote" }),
    votesAgainst: t.int({ description: "反对" }),
    votesAbstain: t.int({ description: "弃权" }),
    summary: t.string({ required: true, description: "会议纪要摘要" }),
  }),
});

const RecordDecisionStageInput = builder.inputType("RecordDecisionStageInput", {
  description: "The next of the four deliberations, with the outcome its figures support",
  fields: (t) => ({
    decisionId: t.id({ required: true, description: "The decision" }),
    kind: t.field({ type: DecisionStageKind, required: true, description: "Which deliberation (must be the next in order)" }),
    outcome: t.field({
      type: DecisionOutcome,
      required: true,
      description: "PASSED is refused when the figures lack a quorum or a majority; FAILED and NO_QUORUM stop the decision",
    }),
    meeting: t.field({ type: DecisionMeetingInput, required: true, description: "The meeting" }),
  }),
});

const RecordDecisionResultInput = builder.inputType("RecordDecisionResultInput", {
  description: "实施结果: what was done after the resolution",
  fields: (t) => ({
    decisionId: t.id({ required: true, description: "The decision (its resolution must have passed)" }),
    outcome: t.string({ required: true, description: "What was done" }),
    actualAmount: t.string({ required: true, description: "Actual amount, exact decimal yuan" }),
    completedOn: t.string({ required: true, description: "ISO date completed (not after today)" }),
  }),
});

const DecisionOpinionInput = builder.inputType("DecisionOpinionInput", {
  description: "A supervision-committee member's own opinion on a stage",
  fields: (t) => ({
    stageId: t.id({ required: true, description: "The stage" }),
    opinion: t.string({ required: true, description: "The opinion (at least 4 characters)" }),
  }),
});

const LinkDecisionInput = builder.inputType("LinkDecisionInput", {
  description: "One record of the decision's community that carries a resolved decision out; exactly one of the four",
  fields: (t) => ({
    decisionId: t.id({ required: true, description: "The decision (its resolution must have passed)" }),
    ledgerEntryId: t.id({ description: "A ledger entry (spending)" }),
    feePriceId: t.id({ description: "A fee price the decision set" }),
    assetIncomeStatementId: t.id({ description: "An asset-income statement whose uses it approved" }),
    projectId: t.id({ description: "A funded project it approved (资助项目; one decision per project)" }),
  }),
});

const reload = (query: object, ctx: Context, id: string) =>
  ctx.db.decision.findUniqueOrThrow({ ...selection(query), where: { id } });
const reloadStage = (query: object, ctx: Context, id: string) =>
  ctx.db.decisionStage.findUniqueOrThrow({ ...selection(query), where: { id } });

builder.mutationFields((t) => ({
  createDecision: t.prismaField({
    type: "Decision",
    description: "Enter a major matter; it is public from its first stage (the Party organization's proposal)",
    errors: writeResult("CreateDecision", "decision"),
    args: { input: t.arg({ type: CreateDecisionInput, required: true, description: "The matter" }) },
    authScopes: (_root, { input }) => ({ editorOf: [input.communityCode] }),
    resolve: async (query, _root, { input }, ctx) =>
      reload(query, ctx, (await createDecision(ctx.db, signedIn(ctx), sentFields(input))).id),
  }),
  recordDecisionStage: t.prismaField({
    type: "DecisionStage",
    description: "Record the next deliberation in order; a passed residents' resolution publishes 决议公开 at once",
    errors: writeResult("RecordDecisionStage", "stage"),
    extensions: { changesPortal: true },
    args: { input: t.arg({ type: RecordDecisionStageInput, required: true, description: "The stage" }) },
    authScopes: async (_root, { input }, ctx) => ({ editorOf: await decisionCommunities(ctx.db, String(input.decisionId)) }),
    resolve: async (query, _root, { input }, ctx) =>
      reloadStage(query, ctx, (await recordDecisionStage(ctx.db, signedIn(ctx), sentFields(input))).id),
  }),
  correctDecisionStage: t.prismaField({
    type: "DecisionStage",
    description: "Correct a stage's figures, date or summary (更正): a new record; the original stays visible",
    errors: writeResult("CorrectDecisionStage", "stage"),
    extensions: { changesPortal: true },
    args: {
      id: t.arg.id({ required: true, description: "The stage record to correct (the latest of its chain)" }),
      meeting: t.arg({ type: DecisionMeetingInput, required: true, description: "The meeting as it really was" }),
      reason: t.arg.string({ required: true, description: "Why (published)" }),
    },
    authScopes: async (_root, { id }, ctx) => ({ editorOf: await stageCommunities(ctx.db, String(id)) }),
    resolve: async (query, _root, { id, meeting, reason }, ctx) =>
      reloadStage(
        query,
        ctx,
        (await correctDecisionStage(ctx.db, signedIn(ctx), { id: String(id), meeting: sentFields(meeting), reason })).id,
      ),
  }),
  recordDecisionResult: t.prismaField({
    type: "Decision",
    description: "Record and publish the implementation result (实施结果公开); once, after the resolution",
    errors: writeResult("RecordDecisionResult", "decision"),
    extensions: { changesPortal: true },
    args: { input: t.arg({ type: RecordDecisionResultInput, required: true, description: "The result" }) },
    authScopes: async (_root, { input }, ctx) => ({ editorOf: await decisionCommunities(ctx.db, String(input.decisionId)) }),
    resolve: async (query, _root, { input }, ctx) =>
      reload(query, ctx, (await recordDecisionResult(ctx.db, signedIn(ctx), sentFields(input))).decisionId),
  }),
  addDecisionOpinion: t.prismaField({
    type: "DecisionOpinion",
    description: "A supervision-committee member's opinion on a stage, with their own token (their own act)",
    errors: writeResult("AddDecisionOpinion", "opinion"),
    extensions: { changesPortal: true },
    args: { input: t.arg({ type: DecisionOpinionInput, required: true, description: "The opinion" }) },
    authScopes: async (_root, { input }, ctx) => ({ supervisorOf: await stageCommunity(ctx.db, String(input.stageId)) }),
    resolve: async (query, _root, { input }, ctx) => {
      const opinion = await addDecisionOpinion(ctx.db, signedIn(ctx), sentFields(input));
      return ctx.db.decisionOpinion.findUniqueOrThrow({ ...selection(query), where: { id: opinion.id } });
    },
  }),
  linkDecision: t.prismaField({
    type: "Decision",
    description: "Link a resolved decision to spending, a fee price or an asset-income statement of its community",
    errors: writeResult("LinkDecision", "decision"),
    extensions: { changesPortal: true },
    args: { input: t.arg({ type: LinkDecisionInput, required: true, description: "The link" }) },
    authScopes: async (_root, { input }, ctx) => ({ editorOf: await decisionCommunities(ctx.db, String(input.decisionId)) }),
    resolve: async (query, _root, { input }, ctx) =>
      reload(query, ctx, (await linkDecision(ctx.db, signedIn(ctx), sentFields(input))).id),
  }),
}));
