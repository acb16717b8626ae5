import { CATALOGUE_CADENCE_LABELS } from "../../api/catalogue/labels.ts";
import { yuan } from "../../api/money.ts";
import {
  PARTY_APPRAISAL_GRADE_LABELS,
  PARTY_DEVELOPMENT_STAGE_LABELS,
  PARTY_GENDER_LABELS,
  PARTY_MEETING_LABELS,
  PARTY_NOTICE_TITLES,
  PARTY_NOTICE_WINDOW_LABELS,
} from "../../api/party/labels.ts";
import { meetingLine } from "../../api/party/render.ts";
import { MEETING_SCHEDULE, type MeetingSchedule } from "../../api/party/rules.ts";
import { closesAt, type WindowState, windowState } from "../../api/party/window.ts";
import { parsePeriod, periodLabel } from "../../api/periods.ts";
import { builder, labelledValues } from "../builder.ts";

export const PartyMeetingKind = builder.enumType("PartyMeetingKind", {
  description: "A kind of Party meeting (三会一课, 主题党日, 组织生活会)",
  values: labelledValues(PARTY_MEETING_LABELS),
});
export const PartyDevelopmentStage = builder.enumType("PartyDevelopmentStage", {
  description: "The member-development stage a notice is about",
  values: labelledValues(PARTY_DEVELOPMENT_STAGE_LABELS),
});
export const PartyCandidateGender = builder.enumType("PartyCandidateGender", {
  description: "Gender as printed on a development notice",
  values: labelledValues(PARTY_GENDER_LABELS),
});
export const PartyNoticeWindow = builder.enumType("PartyNoticeWindow", {
  description: "Where a notice's window stands on a day",
  values: labelledValues(PARTY_NOTICE_WINDOW_LABELS),
});
export const PartyAppraisalGrade = builder.enumType("PartyAppraisalGrade", {
  description: "A grade of 民主评议党员",
  values: labelledValues(PARTY_APPRAISAL_GRADE_LABELS),
});

/** 2026-09-18 → 2026-Q3 */
const quarterOf = (date: string) => `${date.slice(0, 4)}-Q${Math.ceil(Number(date.slice(5, 7)) / 3)}`;
const labelOf = (code: string) => {
  const p = parsePeriod(code);
  return p ? periodLabel(p) : code;
};

builder.prismaObject("PartyMeeting", {
  description: "A Party meeting as held (三会一课 and the rest), published as a notice; never edited, corrected by a new record",
  fields: (t) => ({
    id: t.exposeID("id", { description: "Stable id" }),
    community: t.relation("community", { description: "The community whose Party organization met" }),
    kind: t.expose("kind", { type: PartyMeetingKind, description: "Which kind of meeting" }),
    kindLabel: t.string({ description: "Which kind of meeting, in words", resolve: (m) => PARTY_MEETING_LABELS[m.kind] }),
    heldOn: t.exposeString("heldOn", { description: "ISO date it was held (Asia/Shanghai)" }),
    quarter: t.string({ description: "The quarter it was held in, e.g. 2026-Q3", resolve: (m) => quarterOf(m.heldOn) }),
    quarterLabel: t.string({
      description: "The quarter in words, e.g. 2026年第三季度",
      resolve: (m) => labelOf(quarterOf(m.heldOn)),
    }),
    topic: t.exposeString("topic", { description: "主题" }),
    members: t.exposeInt("members", { description: "Expected to attend (应到)" }),
    present: t.exposeInt("present", { description: "Present (实到); never more than members" }),
    text: t.string({ description: "The meeting in words: date, kind, attendance", resolve: meetingLine }),
    summary: t.exposeString("summary", { description: "会议情况摘要" }),
    recordedAt: t.expose("recordedAt", { type: "DateTime", description: "When it was recorded and published" }),
    corrects: t.relation("corrects", { nullable: true, description: "The record this one corrects" }),
    correctedBy: t.relation("correctedBy", { nullable: true, description: "The record correcting this one, if any" }),
    superseded: t.boolean({
      description: "Corrected by a later record (kept and shown)",
      select: { correctedBy: { select: { id: true } } },
      resolve: (m) => m.correctedBy !== null,
    }),
    correctionReason: t.exposeString("correctionReason", { nullable: true, description: "Why it corrects the earlier record" }),
    notice: t.relation("disclosure", { description: "The published notice (hashed, immutable)" }),
  }),
});

const ScheduleRef = builder.objectRef<{ kind: keyof typeof PARTY_MEETING_LABELS } & MeetingSchedule>("PartyMeetingSchedule");
ScheduleRef.implement({
  description:
    "The default frequency of a kind of meeting (configurable through the disclosure catalogue: an item of this name with another cadence)",
  fields: (t) => ({
    kind: t.field({ type: PartyMeetingKind, description: "The kind of meeting", resolve: (s) => s.kind }),
    kindLabel: t.string({ description: "The kind in words", resolve: (s) => PARTY_MEETING_LABELS[s.kind] }),
    catalogueItem: t.string({ description: "The catalogue item its records satisfy", resolve: (s) => s.catalogueItem }),
    cadenceLabel: t.string({
      description: "How often, in words (每月, 每季度, 每年)",
      resolve: (s) => CATALOGUE_CADENCE_LABELS[s.cadence],
    }),
    dueDays: t.int({ description: "Days after the period by which its record is due", resolve: (s) => s.dueDays }),
    basis: t.string({ description: "Where the rule comes from", resolve: (s) => s.basis }),
  }),
});

builder.queryField("partyMeetingSchedule", (t) =>
  t.field({
    type: [ScheduleRef],
    description: "The default frequency of each kind of Party meeting, as the county default catalogue adopts it",
    resolve: () =>
      Object.entries(MEETING_SCHEDULE).map(([kind, s]) => ({ kind: kind as keyof typeof PARTY_MEETING_LABELS, ...s })),
  }),
);

const WindowRef = builder.objectRef<WindowState>("PartyNoticeWindowState");
WindowRef.implement({
  description: "A notice's window on a day: open or not, and how long is left",
  fields: (t) => ({
    status: t.field({ type: PartyNoticeWindow, description: "Where the window stands", resolve: (w) => w.status }),
    statusLabel: t.string({ description: "Where it stands, in words", resolve: (w) => PARTY_NOTICE_WINDOW_LABELS[w.status] }),
    isOpen: t.boolean({ description: "Whether objections may be raised on that day", resolve: (w) => w.isOpen }),
    asOfDate: t.string({ description: "The Asia/Shanghai day this was computed for", resolve: (w) => w.asOfDate }),
    workingDaysLeft: t.int({
      description: "Working days left, that day included; 0 unless open",
      resolve: (w) => w.workingDaysLeft,
    }),
    daysUntilOpen: t.int({ description: "Calendar days until it opens; 0 once it has", resolve: (w) => w.daysUntilOpen }),
    text: t.string({
      description: "The state in words, e.g. 公示中（还剩 3 个工作日）",
      resolve: (w) =>
        w.status === "OPEN"
          ? `公示中（含当日还剩 ${w.workingDaysLeft} 个工作日）`
          : w.status === "NOT_YET_OPEN"
            ? `尚未开始（${w.daysUntilOpen} 天后开始）`
            : "公示期已满",
    }),
  }),
});

builder.prismaObject("PartyDevelopmentNotice", {
  description: "A member-development notice (发展对象公示 / 预备党员公示) with its window of working days",
  fields: (t) => ({
    id: t.exposeID("id", { description: "Stable id; the portal's page is /c/<code>/party/notices/<id>/" }),
    community: t.relation("community", { description: "The community whose Party organization publishes it" }),
    stage: t.expose("stage", { type: PartyDevelopmentStage, description: "Which stage it is about" }),
    stageLabel: t.string({ description: "The stage in words", resolve: (n) => PARTY_DEVELOPMENT_STAGE_LABELS[n.stage] }),
    title: t.string({ description: "发展对象公示 or 预备党员公示", resolve: (n) => PARTY_NOTICE_TITLES[n.stage] }),
    opensOn: t.exposeString("opensOn", { description: "ISO date, the window's first day (Asia/Shanghai)" }),
    closesOn: t.exposeString("closesOn", { description: "ISO date, the window's last day, open until 24:00 Beijing time" }),
    closesAt: t.field({ type: "DateTime", description: "The instant the window closes", resolve: (n) => closesAt(n.closesOn) }),
    workingDays: t.exposeInt("workingDays", { description: "Length of the window in working days (Monday to Friday)" }),
    contact: t.exposeString("contact", { description: "How to raise an objection besides the questions channel" }),
    window: t.field({
      type: WindowRef,
      description: "Where the window stands",
      args: { asOf: t.arg({ type: "DateTime", description: "The instant to judge on (its Asia/Shanghai day); default: now" }) },
      resolve: (n, { asOf }) => windowState(n, asOf ?? new Date()),
    }),
    candidates: t.relation("candidates", {
      description: "The people named: name, gender, birth year — nothing more",
      query: { orderBy: { sortOrder: "asc" } },
    }),
    publishedAt: t.expose("publishedAt", { type: "DateTime", description: "When it was published" }),
    notice: t.relation("disclosure", { description: "The published notice (hashed, immutable)" }),
  }),
});

builder.prismaObject("PartyDevelopmentCandidate", {
  description: "A person named on a development notice, as the Party organization publishes them",
  fields: (t) => ({
    name: t.exposeString("name", { description: "Name as published" }),
    gender: t.expose("gender", { type: PartyCandidateGender, description: "Gender" }),
    genderLabel: t.string({ description: "Gender in words", resolve: (c) => PARTY_GENDER_LABELS[c.gender] }),
    birthYear: t.exposeInt("birthYear", { description: "Year of birth" }),
  }),
});

const GradeRef = builder.objectRef<{ grade: keyof typeof PARTY_APPRAISAL_GRADE_LABELS; count: number }>("PartyAppraisalCount");
GradeRef.implement({
  description: "How many members got one grade",
  fields: (t) => ({
    grade: t.field({ type: PartyAppraisalGrade, description: "The grade", resolve: (g) => g.grade }),
    gradeLabel: t.string({ description: "The grade in words", resolve: (g) => PARTY_APPRAISAL_GRADE_LABELS[g.grade] }),
    count: t.int({ description: "Members", resolve: (g) => g.count }),
  }),
});

builder.prismaObject("PartyAppraisal", {
  description: "A year's democratic appraisal of members (民主评议党员): counts per grade, never names",
  fields: (t) => ({
    id: t.exposeID("id", { description: "Stable id" }),
    year: t.exposeInt("year", { description: "The year appraised" }),
    participants: t.exposeInt("participants", { description: "Members appraised (参评党员)" }),
    grades: t.field({
      type: [GradeRef],
      description: "Counts per grade, from 优秀 to 不合格",
      resolve: (a) => [
        { grade: "EXCELLENT" as const, count: a.excellent },
        { grade: "QUALIFIED" as const, count: a.qualified },
        { grade: "BASICALLY_QUALIFIED" as const, count: a.basicallyQualified },
        { grade: "UNQUALIFIED" as const, count: a.unqualified },
      ],
    }),
    recordedAt: t.expose("recordedAt", { type: "DateTime", description: "When it was published" }),
    corrects: t.relation("corrects", { nullable: true, description: "The record this one corrects" }),
    correctedBy: t.relation("correctedBy", { nullable: true, description: "The record correcting this one, if any" }),
    superseded: t.boolean({
      description: "Corrected by a later record (kept and shown)",
      select: { correctedBy: { select: { id: true } } },
      resolve: (a) => a.correctedBy !== null,
    }),
    correctionReason: t.exposeString("correctionReason", { nullable: true, description: "Why it corrects the earlier record" }),
    notice: t.relation("disclosure", { description: "The published notice (hashed, immutable)" }),
  }),
});

builder.prismaObject("PartyFeeMonth", {
  description: "A month's Party fees (党费) as totals: what was collected and how many paid; never per person",
  fields: (t) => ({
    month: t.exposeString("month", { description: "YYYY-MM" }),
    monthLabel: t.string({ description: "The month in words, e.g. 2026年10月", resolve: (m) => labelOf(m.month) }),
    amount: t.string({ description: "Total collected, exact decimal yuan", resolve: (m) => yuan(m.amount) }),
    payers: t.exposeInt("payers", { description: "Members who paid" }),
    members: t.exposeInt("members", { description: "Members liable to pay" }),
    notice: t.relation("disclosure", { description: "The published notice (hashed, immutable)" }),
  }),
});
