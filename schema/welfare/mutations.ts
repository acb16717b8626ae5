import { signedIn } from "../../api/context.ts";
import { postCommunities, postsCommunities, tenureCommunities } from "../../api/welfare/access.ts";
import {
  advertiseWelfareVacancies,
  appointWelfareHolders,
  closeWelfarePost,
  createWelfarePosts,
  endWelfareTenure,
  recordWelfareSubsidy,
  setWelfareQuota,
} from "../../api/welfare/service.ts";
import { builder, selection, sentFields } from "../builder.ts";
import { writeResult } from "../errors.ts";
import {
  WelfareAppointmentRef,
  WelfareExitReason,
  WelfarePostKind,
  WelfarePostRef,
  WelfareQuotaRef,
  WelfareSubsidyRef,
  WelfareTenureRef,
} from "./types.ts";

const QuotaShareInput = builder.inputType("WelfareQuotaShareInput", {
  description: "One community's share of the county quota",
  fields: (t) => ({
    communityCode: t.string({ required: true, description: "The community, e.g. RJ-FUMIN" }),
    posts: t.int({ required: true, description: "Posts approved for it" }),
  }),
});

const SetWelfareQuotaInput = builder.inputType("SetWelfareQuotaInput", {
  description: "A county's quota of public-welfare posts and its split over the communities (the shares add up to the total)",
  fields: (t) => ({
    countyCode: t.string({ required: true, description: "The county, e.g. RJ" }),
    total: t.int({ required: true, description: "Posts approved for the county, e.g. 180" }),
    basis: t.string({ required: true, description: "Where the number comes from (核定依据)" }),
    shares: t.field({ type: [QuotaShareInput], required: true, description: "Every community's share" }),
  }),
});

const CreateWelfarePostsInput = builder.inputType("CreateWelfarePostsInput", {
  description: "Posts to set up in a community (设岗), within its share of the quota; `count` identical posts at once",
  fields: (t) => ({
    communityCode: t.string({ required: true, description: "The community" }),
    kind: t.field({ type: WelfarePostKind, required: true, description: "What the posts do" }),
    title: t.string({ required: true, description: "The post's name, e.g. 楼栋保洁" }),
    duties: t.string({ description: "Duties; required for kind OTHER" }),
    monthlySubsidy: t.string({ required: true, description: "Monthly subsidy, decimal yuan, e.g. 800.00" }),
    hours: t.string({ required: true, description: "Working time in words, e.g. 每天 4 小时" }),
    openedOn: t.string({ required: true, description: "ISO date the posts are set up" }),
    count: t.int({ description: "How many identical posts (default 1, at most 100)" }),
  }),
});

const HolderInput = builder.inputType("WelfareHolderInput", {
  description: "A person to appoint to a vacant post. The name is published only masked; the ID number never",
  fields: (t) => ({
    postId: t.id({ required: true, description: "The vacant post" }),
    name: t.string({ required: true, description: "Full name (published masked: 张*芳)" }),
    residentId: t.string({
      required: true,
      description: "Resident ID number (18 characters); only its digest is kept, to refuse two posts at once",
    }),
  }),
});

const AppointWelfareHoldersInput = builder.inputType("AppointWelfareHoldersInput", {
  description: "People a community means to appoint: published as a notice now, starting after the notice window",
  fields: (t) => ({
    communityCode: t.string({ required: true, description: "The community" }),
    startsOn: t.string({ required: true, description: "ISO date they start: at least 7 days after today (the notice window)" }),
    holders: t.field({ type: [HolderInput], required: true, description: "Who, on which post" }),
  }),
});

const RecordWelfareSubsidyInput = builder.inputType("RecordWelfareSubsidyInput", {
  description: "What a community paid in subsidies for a month: how many people and the total, never per person",
  fields: (t) => ({
    communityCode: t.string({ required: true, description: "The community" }),
    month: t.string({ required: true, description: "YYYY-MM" }),
    holders: t.int({ required: true, description: "People paid" }),
    total: t.string({ required: true, description: "Total paid, decimal yuan" }),
    paidOn: t.string({ required: true, description: "ISO date it was paid" }),
  }),
});

const AdvertiseWelfareVacanciesInput = builder.inputType("AdvertiseWelfareVacanciesInput", {
  description: "Vacant posts of one community, kind, subsidy and working time, advertised as one job posting",
  fields: (t) => ({
    postIds: t.idList({ required: true, description: "The vacant posts" }),
    employerId: t.id({
      required: true,
      description: "The employer of record (registered in the county), e.g. the service centre",
    }),
    validFrom: t.string({ required: true, description: "ISO date the posting opens" }),
    validUntil: t.string({ required: true, description: "ISO date it closes (inclusive)" }),
    termMonths: t.int({ required: true, description: "Term of the post in months" }),
    ageMin: t.int({ description: "Youngest age accepted" }),
    ageMax: t.int({ description: "Oldest age accepted" }),
    health: t.string({ description: "Health requirement" }),
    applyContact: t.string({ required: true, description: "Whom to contact" }),
    applyPhone: t.string({ required: true, description: "Their phone" }),
    applyPlace: t.string({ required: true, description: "Where to apply" }),
  }),
});

builder.mutationFields((t) => ({
  setWelfareQuota: t.field({
    type: WelfareQuotaRef,
    description: "Set a county's quota of public-welfare posts and its split over the communities (county editors)",
    errors: writeResult("SetWelfareQuota", "quota"),
    extensions: { changesPortal: true },
    args: { input: t.arg({ type: SetWelfareQuotaInput, required: true, description: "The quota" }) },
    authScopes: (_root, { input }) => ({ countyEditorOf: input.countyCode }),
    resolve: (_root, { input }, ctx) => setWelfareQuota(ctx.db, signedIn(ctx), sentFields(input)),
  }),
  createWelfarePosts: t.field({
    type: [WelfarePostRef],
    description: "Set up posts in a community (设岗), within its share of the county quota",
    errors: writeResult("CreateWelfarePosts", "posts"),
    extensions: { changesPortal: true },
    args: { input: t.arg({ type: CreateWelfarePostsInput, required: true, description: "The posts" }) },
    authScopes: (_root, { input }) => ({ editorOf: [input.communityCode] }),
    resolve: (_root, { input }, ctx) => createWelfarePosts(ctx.db, signedIn(ctx), sentFields(input)),
  }),
  closeWelfarePost: t.field({
    type: WelfarePostRef,
    description: "Close a post from a day on (撤岗), once nobody holds it from that day",
    errors: writeResult("CloseWelfarePost", "post"),
    extensions: { changesPortal: true },
    args: {
      id: t.arg.id({ required: true, description: "The post" }),
      closedOn: t.arg.string({ required: true, description: "ISO date, first day it no longer exists" }),
      reason: t.arg.string({ required: true, description: "Why (shown publicly)" }),
    },
    authScopes: async (_root, { id }, ctx) => ({ editorOf: await postCommunities(ctx.db, id) }),
    resolve: (_root, args, ctx) => closeWelfarePost(ctx.db, signedIn(ctx), args),
  }),
  appointWelfareHolders: t.field({
    type: WelfareAppointmentRef,
    description: "Publish the notice of people to appoint (names masked) and record their tenures from after the window",
    errors: writeResult("AppointWelfareHolders", "appointment"),
    extensions: { changesPortal: true },
    args: { input: t.arg({ type: AppointWelfareHoldersInput, required: true, description: "Who, where, from when" }) },
    authScopes: (_root, { input }) => ({ editorOf: [input.communityCode] }),
    resolve: (_root, { input }, ctx) => appointWelfareHolders(ctx.db, signedIn(ctx), sentFields(input)),
  }),
  endWelfareTenure: t.field({
    type: WelfareTenureRef,
    description: "Record that a holder leaves a post (退岗), with the reason from the fixed list",
    errors: writeResult("EndWelfareTenure", "tenure"),
    extensions: { changesPortal: true },
    args: {
      id: t.arg.id({ required: true, description: "The tenure" }),
      endedOn: t.arg.string({ required: true, description: "ISO date, first day out of the post" }),
      reason: t.arg({ type: WelfareExitReason, required: true, description: "Why" }),
      note: t.arg.string({ description: "A note for the office; required for OTHER; never published" }),
    },
    authScopes: async (_root, { id }, ctx) => ({ editorOf: await tenureCommunities(ctx.db, id) }),
    resolve: (_root, args, ctx) => endWelfareTenure(ctx.db, signedIn(ctx), args),
  }),
  recordWelfareSubsidy: t.field({
    type: WelfareSubsidyRef,
    description: "Record and publish a month's subsidy paid in a community: count and total only",
    errors: writeResult("RecordWelfareSubsidy", "payment"),
    extensions: { changesPortal: true },
    args: { input: t.arg({ type: RecordWelfareSubsidyInput, required: true, description: "The month's totals" }) },
    authScopes: (_root, { input }) => ({ editorOf: [input.communityCode] }),
    resolve: (_root, { input }, ctx) => recordWelfareSubsidy(ctx.db, signedIn(ctx), input),
  }),
  advertiseWelfareVacancies: t.prismaField({
    type: "JobPosting",
    description: "Advertise vacant posts as a public-welfare job posting (through the jobs service)",
    errors: writeResult("AdvertiseWelfareVacancies", "posting"),
    extensions: { changesPortal: true },
    args: { input: t.arg({ type: AdvertiseWelfareVacanciesInput, required: true, description: "The posts and the posting" }) },
    authScopes: async (_root, { input }, ctx) => ({ editorOf: await postsCommunities(ctx.db, input.postIds) }),
    resolve: async (query, _root, { input }, ctx) => {
      const { id } = await advertiseWelfareVacancies(ctx.db, signedIn(ctx), sentFields(input));
      return ctx.db.jobPosting.findUniqueOrThrow({ ...selection(query), where: { id } });
    },
  }),
}));
