import { type Context, signedIn } from "../../api/context.ts";
import { partyAppraisalCommunities, partyMeetingCommunities } from "../../api/party/access.ts";
import {
  correctPartyAppraisal,
  correctPartyMeeting,
  publishPartyAppraisal,
  publishPartyFees,
  publishPartyNotice,
  recordPartyMeeting,
} from "../../api/party/service.ts";
import { builder, selection, sentFields } from "../builder.ts";
import { writeResult } from "../errors.ts";
import { PartyCandidateGender, PartyDevelopmentStage, PartyMeetingKind } from "./types.ts";

const PartyMeetingInput = builder.inputType("PartyMeetingInput", {
  description: "A Party meeting as held",
  fields: (t) => ({
    heldOn: t.string({ required: true, description: "ISO date it was held (not after today, Asia/Shanghai)" }),
    topic: t.string({ required: true, description: "主题" }),
    members: t.int({ required: true, description: "Expected to attend (应到), at least 1" }),
    present: t.int({ required: true, description: "Present (实到), not more than members" }),
    summary: t.string({ required: true, description: "会议情况摘要 (published)" }),
  }),
});

const RecordPartyMeetingInput = builder.inputType("RecordPartyMeetingInput", {
  description: "A meeting of a community's Party organization, published at once",
  fields: (t) => ({
    communityCode: t.string({ required: true, description: "The community, e.g. RJ-FUMIN" }),
    kind: t.field({ type: PartyMeetingKind, required: true, description: "Which kind of meeting" }),
    meeting: t.field({ type: PartyMeetingInput, required: true, description: "The meeting" }),
  }),
});

const PartyCandidateInput = builder.inputType("PartyCandidateInput", {
  description: "A person named on a development notice: nothing beyond name, gender and birth year",
  fields: (t) => ({
    name: t.string({ required: true, description: "Name as the Party organization publishes it" }),
    gender: t.field({ type: PartyCandidateGender, required: true, description: "Gender" }),
    birthYear: t.int({ required: true, description: "Year of birth (at least 18 years before this year)" }),
  }),
});

const PublishPartyNoticeInput = builder.inputType("PublishPartyNoticeInput", {
  description: "A member-development notice (发展对象公示 / 预备党员公示) and its window",
  fields: (t) => ({
    communityCode: t.string({ required: true, description: "The community, e.g. RJ-FUMIN" }),
    stage: t.field({ type: PartyDevelopmentStage, required: true, description: "Which stage it is about" }),
    opensOn: t.string({ required: true, description: "ISO date the window opens: today or up to 30 days ahead" }),
    workingDays: t.int({ description: "Length of the window in working days (Monday to Friday); 5 to 20, default 5" }),
    contact: t.string({ required: true, description: "How to raise an objection: the Party organization's phone and address" }),
    candidates: t.field({ type: [PartyCandidateInput], required: true, description: "The people named, 1 to 50" }),
  }),
});

const PartyAppraisalCountsInput = builder.inputType("PartyAppraisalCountsInput", {
  description: "Counts per grade; they must add up to the members appraised",
  fields: (t) => ({
    participants: t.int({ required: true, description: "Members appraised (参评党员)" }),
    excellent: t.int({ required: true, description: "优秀" }),
    qualified: t.int({ required: true, description: "合格" }),
    basicallyQualified: t.int({ required: true, description: "基本合格" }),
    unqualified: t.int({ required: true, description: "不合格" }),
  }),
});

const PublishPartyAppraisalInput = builder.inputType("PublishPartyAppraisalInput", {
  description: "A year's democratic appraisal results (民主评议党员), published once per year",
  fields: (t) => ({
    communityCode: t.string({ required: true, description: "The community, e.g. RJ-FUMIN" }),
    year: t.int({ required: true, description: "The year appraised (not after this year)" }),
    counts: t.field({ type: PartyAppraisalCountsInput, required: true, description: "Counts per grade" }),
  }),
});

const PartyFeeMonthInput = builder.inputType("PartyFeeMonthInput", {
  description: "A month's Party-fee totals; there is no field for a person",
  fields: (t) => ({
    month: t.string({ required: true, description: "YYYY-MM, not after this month" }),
    amount: t.string({ required: true, description: "Total collected, exact decimal yuan, e.g. 1260.50" }),
    payers: t.int({ required: true, description: "Members who paid" }),
    members: t.int({ required: true, description: "Members liable to pay" }),
  }),
});

const PublishPartyFeesInput = builder.inputType("PublishPartyFeesInput", {
  description: "Party-fee totals of one or more months, published in one notice; each month once",
  fields: (t) => ({
    communityCode: t.string({ required: true, description: "The community, e.g. RJ-FUMIN" }),
    months: t.field({ type: [PartyFeeMonthInput], required: true, description: "1 to 12 months, each once" }),
  }),
});

const reloadMeeting = (query: object, ctx: Context, id: string) =>
  ctx.db.partyMeeting.findUniqueOrThrow({ ...selection(query), where: { id } });
const reloadAppraisal = (query: object, ctx: Context, id: string) =>
  ctx.db.partyAppraisal.findUniqueOrThrow({ ...selection(query), where: { id } });

builder.mutationFields((t) => ({
  recordPartyMeeting: t.prismaField({
    type: "PartyMeeting",
    description: "Record a Party meeting as held; it is published at once and counts toward its catalogue item",
    errors: writeResult("RecordPartyMeeting", "meeting"),
    extensions: { changesPortal: true },
    args: { input: t.arg({ type: RecordPartyMeetingInput, required: true, description: "The meeting" }) },
    authScopes: (_root, { input }) => ({ editorOf: [input.communityCode] }),
    resolve: async (query, _root, { input }, ctx) =>
      reloadMeeting(query, ctx, (await recordPartyMeeting(ctx.db, signedIn(ctx), sentFields(input))).id),
  }),
  correctPartyMeeting: t.prismaField({
    type: "PartyMeeting",
    description: "Correct a meeting record (更正): a new record and a corrected notice; the original stays visible",
    errors: writeResult("CorrectPartyMeeting", "meeting"),
    extensions: { changesPortal: true },
    args: {
      id: t.arg.id({ required: true, description: "The record to correct (the latest of its chain)" }),
      meeting: t.arg({ type: PartyMeetingInput, required: true, description: "The meeting as it really was" }),
      reason: t.arg.string({ required: true, description: "Why (published)" }),
    },
    authScopes: async (_root, { id }, ctx) => ({ editorOf: await partyMeetingCommunities(ctx.db, String(id)) }),
    resolve: async (query, _root, { id, meeting, reason }, ctx) =>
      reloadMeeting(
        query,
        ctx,
        (await correctPartyMeeting(ctx.db, signedIn(ctx), { id: String(id), meeting: sentFields(meeting), reason })).id,
      ),
  }),
  publishPartyNotice: t.prismaField({
    type: "PartyDevelopmentNotice",
    description: "Publish a member-development notice with its window of working days",
    errors: writeResult("PublishPartyNotice", "notice"),
    extensions: { changesPortal: true },
    args: { input: t.arg({ type: PublishPartyNoticeInput, required: true, description: "The notice" }) },
    authScopes: (_root, { input }) => ({ editorOf: [input.communityCode] }),
    resolve: async (query, _root, { input }, ctx) => {
      const notice = await publishPartyNotice(ctx.db, signedIn(ctx), {
        ...sentFields(input),
        candidates: input.candidates.map(sentFields),
      });
      return ctx.db.partyDevelopmentNotice.findUniqueOrThrow({ ...selection(query), where: { id: notice.id } });
    },
  }),
  publishPartyAppraisal: t.prismaField({
    type: "PartyAppraisal",
    description: "Publish a year's democratic appraisal results as counts per grade",
    errors: writeResult("PublishPartyAppraisal", "appraisal"),
    extensions: { changesPortal: true },
    args: { input: t.arg({ type: PublishPartyAppraisalInput, required: true, description: "The results" }) },
    authScopes: (_root, { input }) => ({ editorOf: [input.communityCode] }),
    resolve: async (query, _root, { input }, ctx) =>
      reloadAppraisal(query, ctx, (await publishPartyAppraisal(ctx.db, signedIn(ctx), sentFields(input))).id),
  }),
  correctPartyAppraisal: t.prismaField({
    type: "PartyAppraisal",
    description: "Correct a year's appraisal counts (更正): a new record and a corrected notice; the original stays visible",
    errors: writeResult("CorrectPartyAppraisal", "appraisal"),
    extensions: { changesPortal: true },
    args: {
      id: t.arg.id({ required: true, description: "The record to correct (the latest of its chain)" }),
      counts: t.arg({ type: PartyAppraisalCountsInput, required: true, description: "The counts as they really were" }),
      reason: t.arg.string({ required: true, description: "Why (published)" }),
    },
    authScopes: async (_root, { id }, ctx) => ({ editorOf: await partyAppraisalCommunities(ctx.db, String(id)) }),
    resolve: async (query, _root, { id, counts, reason }, ctx) =>
      reloadAppraisal(query, ctx, (await correctPartyAppraisal(ctx.db, signedIn(ctx), { id: String(id), counts, reason })).id),
  }),
  publishPartyFees: t.prismaField({
    type: ["PartyFeeMonth"],
    description: "Publish Party-fee totals of one or more months in one notice (never per person)",
    errors: writeResult("PublishPartyFees", "months"),
    extensions: { changesPortal: true },
    args: { input: t.arg({ type: PublishPartyFeesInput, required: true, description: "The months" }) },
    authScopes: (_root, { input }) => ({ editorOf: [input.communityCode] }),
    resolve: async (query, _root, { input }, ctx) => {
      const months = await publishPartyFees(ctx.db, signedIn(ctx), sentFields(input));
      return ctx.db.partyFeeMonth.findMany({
        ...selection(query),
        where: { id: { in: months.map((m) => m.id) } },
        orderBy: { month: "asc" },
      });
    },
  }),
}));
