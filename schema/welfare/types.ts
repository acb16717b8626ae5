import { ValidationError } from "../../api/errors.ts";
import { yuan } from "../../api/money.ts";
import { maskName } from "../../api/names.ts";
import { isDate, parsePeriod, periodLabel, todayInShanghai } from "../../api/periods.ts";
import {
  type WelfareExitReason as ExitReasonCode,
  WELFARE_EXIT_REASON_LABELS,
  WELFARE_POST_KIND_LABELS,
  WELFARE_TENURE_STATUS_LABELS,
} from "../../api/welfare/labels.ts";
import { holderOn, type TurnoverMonth, tenureStatus, type WelfareFigures } from "../../api/welfare/programme.ts";
import { builder, labelledValues } from "../builder.ts";

export const WelfarePostKind = builder.enumType("WelfarePostKind", {
  description: "What a public-welfare post does (岗位类别)",
  values: labelledValues(WELFARE_POST_KIND_LABELS),
});
export const WelfareExitReason = builder.enumType("WelfareExitReason", {
  description: "Why a holder left a post (退岗原因), from a fixed list",
  values: labelledValues(WELFARE_EXIT_REASON_LABELS),
});
export const WelfareTenureStatus = builder.enumType("WelfareTenureStatus", {
  description: "A holder's standing on a day",
  values: labelledValues(WELFARE_TENURE_STATUS_LABELS),
});

export const ON_ARG = "ISO date (Asia/Shanghai calendar) the figures are taken on; default today";

/** The day a query asks about: an ISO date, or today in Asia/Shanghai. */
export function dayOf(on: string | null | undefined): string {
  if (on === null || on === undefined) return todayInShanghai();
  if (!isDate(on)) throw new ValidationError([{ field: "on", message: "日期应为 YYYY-MM-DD 格式" }]);
  return on;
}

const monthLabel = (month: string) => {
  const period = parsePeriod(month);
  return period ? periodLabel(period) : month;
};

export const WelfareFiguresRef = builder.objectRef<WelfareFigures>("WelfareFigures").implement({
  description: "Public-welfare posts counted on a day: quota, posts set up, held, vacant",
  fields: (t) => ({
    quota: t.exposeInt("quota", { description: "Posts approved (核定岗位): the community's share of the county quota" }),
    posts: t.exposeInt("posts", { description: "Posts set up and existing on the day (已设岗位)" }),
    held: t.exposeInt("held", { description: "Posts held on the day (在岗人数)" }),
    onNotice: t.exposeInt("onNotice", { description: "People on a published notice who have not started yet (公示中)" }),
    vacant: t.exposeInt("vacant", { description: "quota − held (空缺): approved places nobody holds on the day" }),
    openPosts: t.exposeInt("openPosts", { description: "Posts set up but not held on the day: what can be advertised" }),
  }),
});

const ExitReasonCountRef = builder.objectRef<{ reason: ExitReasonCode; count: number }>("WelfareExitReasonCount").implement({
  description: "How many holders left for one reason",
  fields: (t) => ({
    reason: t.expose("reason", { type: WelfareExitReason, description: "The reason" }),
    reasonLabel: t.string({ description: "The reason in words", resolve: (r) => WELFARE_EXIT_REASON_LABELS[r.reason] }),
    count: t.exposeInt("count", { description: "How many left for it" }),
  }),
});

export const TurnoverMonthRef = builder.objectRef<TurnoverMonth>("WelfareTurnoverMonth").implement({
  description: "Joins and exits of public-welfare posts in one month (the current month up to the day asked about)",
  fields: (t) => ({
    month: t.exposeString("month", { description: "YYYY-MM" }),
    monthLabel: t.string({ description: "The month in words, e.g. 2026年10月", resolve: (m) => monthLabel(m.month) }),
    joins: t.exposeInt("joins", { description: "Holders who started in the month (上岗)" }),
    exits: t.exposeInt("exits", {
      description: "Holders out of their post from a day in the month (退岗): endedOn, the first day out, falls in it",
    }),
    exitReasons: t.field({ type: [ExitReasonCountRef], description: "The exits by reason", resolve: (m) => m.exitReasons }),
    heldAtEnd: t.exposeInt("heldAtEnd", { description: "Posts held on the month's last day (or on the day asked about)" }),
  }),
});

export const WelfareTenureRef = builder.prismaObject("WelfareTenure", {
  description: "A person's time on a public-welfare post. Only the masked name is public (张*芳), as on assistance lists",
  fields: (t) => ({
    id: t.exposeID("id", { description: "Its id, for endWelfareTenure" }),
    maskedName: t.string({
      description: "The holder's name masked: surname, an asterisk, the last character (张*芳)",
      resolve: (h) => maskName(h.holderName),
    }),
    startsOn: t.exposeString("startsOn", { description: "ISO date the holder starts (after the notice window)" }),
    endedOn: t.exposeString("endedOn", { nullable: true, description: "ISO date of the first day out of the post, if it ended" }),
    exitReason: t.expose("exitReason", { type: WelfareExitReason, nullable: true, description: "Why the holder left" }),
    exitReasonLabel: t.string({
      nullable: true,
      description: "Why the holder left, in words",
      resolve: (h) => (h.exitReason ? WELFARE_EXIT_REASON_LABELS[h.exitReason] : null),
    }),
    status: t.field({
      type: WelfareTenureStatus,
      description: "On notice, in post or left, on a day",
      args: { on: t.arg.string({ description: ON_ARG }) },
      resolve: (h, { on }) => tenureStatus(h, dayOf(on)),
    }),
    statusLabel: t.string({
      description: "The standing in words",
      args: { on: t.arg.string({ description: ON_ARG }) },
      resolve: (h, { on }) => WELFARE_TENURE_STATUS_LABELS[tenureStatus(h, dayOf(on))],
    }),
    post: t.relation("post", { description: "The post" }),
    appointment: t.relation("appointment", {
      description: "The appointment notice (公示) that named the holder before they started",
    }),
  }),
});

export const WelfarePostRef = builder.prismaObject("WelfarePost", {
  description: "公益性岗位: one post set up in a community",
  fields: (t) => ({
    id: t.exposeID("id", { description: "Its id" }),
    code: t.exposeString("code", { description: "Public code, e.g. RJ-FUMIN-GY-001" }),
    kind: t.expose("kind", { type: WelfarePostKind, description: "What it does" }),
    kindLabel: t.string({ description: "What it does, in words", resolve: (p) => WELFARE_POST_KIND_LABELS[p.kind] }),
    title: t.exposeString("title", { description: "The post's name, e.g. 楼栋保洁" }),
    duties: t.exposeString("duties", { nullable: true, description: "Its duties" }),
    monthlySubsidy: t.string({
      description: "Monthly subsidy (岗位补贴), exact decimal yuan",
      resolve: (p) => yuan(p.monthlySubsidy),
    }),
    hours: t.exposeString("hours", { description: "Working time, in words" }),
    openedOn: t.exposeString("openedOn", { description: "ISO date it was set up" }),
    closedOn: t.exposeString("closedOn", { nullable: true, description: "ISO date it ceased to exist, if it was closed" }),
    closeReason: t.exposeString("closeReason", { nullable: true, description: "Why it was closed" }),
    isSample: t.exposeBoolean("isSample", { description: "Demo data (示例数据)" }),
    community: t.relation("community", { description: "The community it serves" }),
    holder: t.field({
      type: WelfareTenureRef,
      nullable: true,
      description: "Who holds it on the day, else who is on notice to start next; null when vacant",
      args: { on: t.arg.string({ description: ON_ARG }) },
      select: { tenures: true },
      resolve: (p, { on }) => holderOn(p, dayOf(on)),
    }),
    tenures: t.relation("tenures", {
      description: "Everyone who held or is to hold it, oldest first",
      query: { orderBy: [{ startsOn: "asc" }, { id: "asc" }] },
    }),
    vacancyPostings: t.relation("vacancyLinks", {
      description: "The job postings that advertised it while vacant",
      query: { orderBy: { createdAt: "asc" } },
    }),
  }),
});

export const WelfareAppointmentRef = builder.prismaObject("WelfareAppointment", {
  description: "An appointment notice (拟聘人员公示): the people a community means to appoint, masked, before they start",
  fields: (t) => ({
    id: t.exposeID("id", { description: "Its id" }),
    noticeFrom: t.exposeString("noticeFrom", { description: "ISO date the notice went up" }),
    noticeUntil: t.exposeString("noticeUntil", { description: "ISO date, last day of the notice window" }),
    startsOn: t.exposeString("startsOn", { description: "ISO date the people named start" }),
    disclosure: t.relation("disclosure", { description: "The published notice" }),
    tenures: t.relation("tenures", { description: "The appointments it announced", query: { orderBy: { id: "asc" } } }),
  }),
});

export const WelfareSubsidyRef = builder.prismaObject("WelfareSubsidyPayment", {
  description: "A month's public-welfare subsidy paid in a community: how many people and how much in all, never per person",
  fields: (t) => ({
    id: t.exposeID("id", { description: "Its id" }),
    month: t.exposeString("month", { description: "YYYY-MM" }),
    monthLabel: t.string({ description: "The month in words", resolve: (s) => monthLabel(s.month) }),
    holders: t.exposeInt("holders", { description: "People paid" }),
    total: t.string({ description: "Total paid, exact decimal yuan", resolve: (s) => yuan(s.total) }),
    paidOn: t.exposeString("paidOn", { description: "ISO date it was paid" }),
    disclosure: t.relation("disclosure", { description: "The published notice" }),
  }),
});

export const WelfareQuotaRef = builder.prismaObject("WelfareQuota", {
  description: "A county's quota of public-welfare posts (核定岗位总数) and where it comes from",
  fields: (t) => ({
    total: t.exposeInt("total", { description: "Posts approved for the county, e.g. 180" }),
    basis: t.exposeString("basis", { description: "Where the number comes from" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime", description: "When it was last set" }),
    updatedByName: t.exposeString("updatedByName", { description: "Who set it" }),
  }),
});

builder.prismaObject("WelfareVacancyLink", {
  description: "A job posting that advertised a vacant public-welfare post",
  fields: (t) => ({
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When the post was advertised" }),
    jobPosting: t.relation("jobPosting", { description: "The posting (kind PUBLIC_WELFARE)" }),
  }),
});
