import { benefitsText, payText } from "../../api/jobs/board.ts";
import { courseJsonLd, jobPostingJsonLd, scriptJson } from "../../api/jobs/jsonld.ts";
import {
  EMPLOYER_KIND_LABELS,
  JOB_KIND_LABELS,
  LOCATION_SCOPE_LABELS,
  PAY_KIND_LABELS,
  POSTING_STATUS_LABELS,
  TRADE_LABELS,
} from "../../api/jobs/labels.ts";
import { placeOfWorkText, placeRecorded } from "../../api/jobs/places.ts";
import { yuan } from "../../api/money.ts";
import { todayInShanghai } from "../../api/periods.ts";
import { builder, labelledValues } from "../builder.ts";
import { CommunityRef } from "../communities/types.ts";

export const EmployerKind = builder.enumType("EmployerKind", { values: labelledValues(EMPLOYER_KIND_LABELS) });
export const LocationScope = builder.enumType("LocationScope", { values: labelledValues(LOCATION_SCOPE_LABELS) });
export const JobKind = builder.enumType("JobKind", { values: labelledValues(JOB_KIND_LABELS) });
export const PayKind = builder.enumType("PayKind", { values: labelledValues(PAY_KIND_LABELS) });
export const PostingStatus = builder.enumType("PostingStatus", { values: labelledValues(POSTING_STATUS_LABELS) });
export const Trade = builder.enumType("Trade", { values: labelledValues(TRADE_LABELS) });

const money = (fen: number | null) => (fen === null ? null : yuan(fen));

builder.prismaObject("Employer", {
  description: "用工单位",
  fields: (t) => ({
    id: t.exposeID("id"),
    name: t.exposeString("name"),
    kind: t.expose("kind", { type: EmployerKind }),
    kindLabel: t.string({ resolve: (e) => EMPLOYER_KIND_LABELS[e.kind] }),
    verified: t.exposeBoolean("verified", { description: "Checked by the county employment office" }),
    contactPhone: t.exposeString("contactPhone", { nullable: true }),
    address: t.exposeString("address", { nullable: true }),
  }),
});

const countyForLd = { county: { select: { name: true, province: true } }, employer: true } as const;

builder.prismaObject("JobPosting", {
  description: "招聘岗位",
  fields: (t) => ({
    id: t.exposeID("id"),
    title: t.exposeString("title"),
    kind: t.expose("kind", { type: JobKind }),
    kindLabel: t.string({ resolve: (p) => JOB_KIND_LABELS[p.kind] }),
    employer: t.relation("employer"),
    openings: t.exposeInt("openings"),
    ageMin: t.exposeInt("ageMin", { nullable: true }),
    ageMax: t.exposeInt("ageMax", { nullable: true }),
    education: t.exposeString("education", { nullable: true }),
    skills: t.exposeString("skills", { nullable: true }),
    health: t.exposeString("health", { nullable: true }),
    workProvince: t.exposeString("workProvince", {
      nullable: true,
      description: "Province of the place of work; null for a posting from before it was recorded (see placeOfWork)",
    }),
    workCity: t.exposeString("workCity", { nullable: true, description: "City of the place of work" }),
    workDistrict: t.exposeString("workDistrict", { nullable: true, description: "District or county of the place of work" }),
    workAddress: t.exposeString("workAddress", {
      description:
        "Address of the place of work within its district. On a posting without workProvince (from before the place of work was recorded) it is the text then typed, which may be where to register",
    }),
    placeOfWork: t.string({
      description: "The place of work in words: 浙江省宁波市慈溪市 慈东工业区…, or 未注明 where the posting does not say",
      resolve: placeOfWorkText,
    }),
    placeOfWorkRecorded: t.boolean({
      description: "Whether the posting says where the work is (postings from before this was recorded may not)",
      resolve: placeRecorded,
    }),
    locationScope: t.expose("locationScope", { type: LocationScope }),
    locationScopeLabel: t.string({ resolve: (p) => LOCATION_SCOPE_LABELS[p.locationScope] }),
    payKind: t.expose("payKind", { type: PayKind }),
    payMin: t.string({ description: "Exact decimal yuan per month", resolve: (p) => yuan(p.payMin) }),
    payMax: t.string({ resolve: (p) => yuan(p.payMax) }),
    pieceRate: t.exposeString("pieceRate", { nullable: true }),
    payText: t.string({ description: "Pay as a job seeker reads it", resolve: payText }),
    socialInsurance: t.exposeBoolean("socialInsurance"),
    meals: t.exposeBoolean("meals"),
    housing: t.exposeBoolean("housing"),
    transport: t.exposeBoolean("transport"),
    benefitsText: t.string({ resolve: benefitsText }),
    hours: t.exposeString("hours"),
    flexible: t.exposeBoolean("flexible"),
    homeBased: t.exposeBoolean("homeBased"),
    postSubsidy: t.string({
      nullable: true,
      description: "A public-welfare post's monthly subsidy, decimal yuan",
      resolve: (p) => money(p.postSubsidy),
    }),
    termMonths: t.exposeInt("termMonths", { nullable: true }),
    exportSubsidy: t.string({
      nullable: true,
      description: "One-off labour-export subsidy, decimal yuan",
      resolve: (p) => money(p.exportSubsidy),
    }),
    applyContact: t.exposeString("applyContact"),
    applyPhone: t.exposeString("applyPhone"),
    applyPlace: t.exposeString("applyPlace", { description: "Where to register or gather, not the place of work" }),
    validFrom: t.exposeString("validFrom"),
    validUntil: t.exposeString("validUntil"),
    status: t.expose("status", { type: PostingStatus }),
    statusLabel: t.string({ description: "招聘中, 已招满 or 已停止", resolve: (p) => POSTING_STATUS_LABELS[p.status] }),
    isOpen: t.boolean({
      description: "Recruiting and within its dates today (Asia/Shanghai): expiry follows from the dates",
      resolve: (p) => {
        const today = todayInShanghai();
        return p.status === "OPEN" && p.validFrom <= today && today <= p.validUntil;
      },
    }),
    isSample: t.exposeBoolean("isSample"),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
    communities: t.field({
      type: [CommunityRef],
      select: (_args, _ctx, nested) => ({ targets: { select: { community: nested(true) } } }),
      resolve: (p) => p.targets.map((x) => x.community),
    }),
    jsonLd: t.string({
      description: "schema.org JobPosting as JSON (`<` escaped, safe inside a script element)",
      select: countyForLd,
      resolve: (p) => scriptJson(jobPostingJsonLd(p, p.county)),
    }),
  }),
});

builder.prismaObject("TrainingCourse", {
  description: "技能培训课程",
  fields: (t) => ({
    id: t.exposeID("id"),
    title: t.exposeString("title"),
    trade: t.expose("trade", { type: Trade }),
    tradeLabel: t.string({ resolve: (c) => TRADE_LABELS[c.trade] }),
    provider: t.exposeString("provider"),
    startsOn: t.exposeString("startsOn"),
    endsOn: t.exposeString("endsOn"),
    sessions: t.exposeString("sessions"),
    place: t.exposeString("place"),
    capacity: t.exposeInt("capacity"),
    enrolled: t.exposeInt("enrolled"),
    cost: t.string({ description: "Paid by the trainee, decimal yuan", resolve: (c) => yuan(c.cost) }),
    trainingSubsidy: t.string({ nullable: true, resolve: (c) => money(c.trainingSubsidy) }),
    livingAllowancePerDay: t.string({ nullable: true, resolve: (c) => money(c.livingAllowancePerDay) }),
    eligibility: t.exposeString("eligibility"),
    certificate: t.exposeString("certificate", { nullable: true }),
    howToRegister: t.exposeString("howToRegister"),
    registrationDeadline: t.exposeString("registrationDeadline"),
    status: t.expose("status", { type: PostingStatus }),
    statusLabel: t.string({ description: "招聘中, 已招满 or 已停止", resolve: (c) => POSTING_STATUS_LABELS[c.status] }),
    isOpen: t.boolean({
      description: "Taking registrations today (Asia/Shanghai)",
      resolve: (c) => c.status === "OPEN" && todayInShanghai() <= c.registrationDeadline,
    }),
    isSample: t.exposeBoolean("isSample"),
    communities: t.field({
      type: [CommunityRef],
      select: (_args, _ctx, nested) => ({ targets: { select: { community: nested(true) } } }),
      resolve: (c) => c.targets.map((x) => x.community),
    }),
    jsonLd: t.string({
      description: "schema.org Course as JSON (`<` escaped, safe inside a script element)",
      resolve: (c) => scriptJson(courseJsonLd(c)),
    }),
  }),
});

builder.prismaObject("JobBoard", {
  description: "每月公开: a community's frozen monthly board of jobs and courses",
  fields: (t) => ({
    month: t.exposeString("month"),
    postings: t.exposeInt("postings", { description: "How many postings it froze" }),
    courses: t.exposeInt("courses"),
    disclosure: t.relation("disclosure"),
  }),
});

builder.prismaObjectField("Community", "jobBoards", (t) =>
  t.relation("jobBoards", { description: "Monthly boards, newest first", query: { orderBy: { month: "desc" } } }),
);
