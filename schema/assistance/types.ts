import {
  ASSISTANCE_KIND_LABELS,
  ASSISTANCE_REASON_LABELS,
  ASSISTANCE_WINDOW_LABELS,
  type AssistanceKind as Kind,
  type AssistanceReason as Reason,
} from "../../api/assistance/labels.ts";
import { villagePlace } from "../../api/assistance/notice.ts";
import { type AssistanceFigures, figuresOf, totalsByReason } from "../../api/assistance/totals.ts";
import { type AssistanceWindow, assistanceWindow, windowText } from "../../api/assistance/window.ts";
import { canEditCommunities } from "../../api/auth/viewer.ts";
import type { Context } from "../../api/context.ts";
import { yuan } from "../../api/money.ts";
import { maskName } from "../../api/names.ts";
import { parsePeriod, periodLabel } from "../../api/periods.ts";
import { builder, labelledValues } from "../builder.ts";

export const AssistanceKindEnum = builder.enumType("AssistanceKind", {
  description: "A kind of social assistance or targeted support (救助类别)",
  values: labelledValues(ASSISTANCE_KIND_LABELS),
});
export const AssistanceReasonEnum = builder.enumType("AssistanceReason", {
  description: "Why a household receives it, from a fixed list (no free-text health or family details are published)",
  values: labelledValues(ASSISTANCE_REASON_LABELS),
});
export const AssistanceWindowStatusEnum = builder.enumType("AssistanceWindowStatus", {
  description: "Where a list's notice window (公示期) stands on a day",
  values: labelledValues(ASSISTANCE_WINDOW_LABELS),
});

/** The request's own "now", so every field of one request judges on the same instant. */
const requestTimes = new WeakMap<Context, Date>();
export const asOfOf = (ctx: Context, asOf: Date | null | undefined) => {
  if (asOf) return asOf;
  const now = requestTimes.get(ctx) ?? new Date();
  requestTimes.set(ctx, now);
  return now;
};
export const AS_OF = "The instant to judge on (Asia/Shanghai calendar day); the request's time when left out";

export const AssistanceWindowRef = builder.objectRef<AssistanceWindow>("AssistanceWindow").implement({
  description: "A list's notice window (公示期) on one day: objections are taken while it is open; once closed the list is final",
  fields: (t) => ({
    startsOn: t.exposeString("startsOn", { description: "ISO date of its first day" }),
    endsOn: t.exposeString("endsOn", { description: "ISO date of its last day (inclusive)" }),
    days: t.exposeInt("days", { description: "Its length in calendar days (7 by default)" }),
    on: t.exposeString("on", { description: "The ISO date (Asia/Shanghai) it was judged on" }),
    status: t.field({ type: AssistanceWindowStatusEnum, description: "Upcoming, open or closed", resolve: (w) => w.status }),
    statusLabel: t.string({ description: "The status in words", resolve: (w) => ASSISTANCE_WINDOW_LABELS[w.status] }),
    daysLeft: t.exposeInt("daysLeft", {
      nullable: true,
      description: "Open: days left after this day (0 = last day); upcoming: days until it opens; closed: null",
    }),
    text: t.string({
      description: "The window in words, e.g. 2026-11-02 至 2026-11-08（7 天），公示中，还剩 3 天",
      resolve: windowText,
    }),
  }),
});

export const AssistanceReasonTotalRef = builder
  .objectRef<AssistanceFigures & { reason: Reason }>("AssistanceReasonTotal")
  .implement({
    description: "A list's households, people and amount for one reason",
    fields: (t) => ({
      reason: t.field({ type: AssistanceReasonEnum, description: "The reason", resolve: (r) => r.reason }),
      reasonLabel: t.string({ description: "The reason in words", resolve: (r) => ASSISTANCE_REASON_LABELS[r.reason] }),
      households: t.exposeInt("households", { description: "Households" }),
      people: t.exposeInt("people", { description: "People in those households" }),
      amount: t.string({ description: "Amount, exact decimal yuan", resolve: (r) => yuan(r.amount) }),
    }),
  });

export const AssistanceTotalsRef = builder.objectRef<AssistanceFigures>("AssistanceTotals").implement({
  description: "Households, people and amount added up",
  fields: (t) => ({
    households: t.exposeInt("households", { description: "Households" }),
    people: t.exposeInt("people", { description: "People in those households" }),
    amount: t.string({ description: "Amount, exact decimal yuan", resolve: (r) => yuan(r.amount) }),
  }),
});

export const AssistanceKindTotalRef = builder
  .objectRef<AssistanceFigures & { kind: Kind; lists: number }>("AssistanceKindTotal")
  .implement({
    description: "A community's standing lists of one kind, added up",
    fields: (t) => ({
      kind: t.field({ type: AssistanceKindEnum, description: "The kind", resolve: (r) => r.kind }),
      kindLabel: t.string({ description: "The kind in words", resolve: (r) => ASSISTANCE_KIND_LABELS[r.kind] }),
      lists: t.exposeInt("lists", { description: "How many standing lists" }),
      households: t.exposeInt("households", { description: "Households, over those lists" }),
      people: t.exposeInt("people", { description: "People, over those lists" }),
      amount: t.string({ description: "Amount, exact decimal yuan", resolve: (r) => yuan(r.amount) }),
    }),
  });

export const OriginVillageRef = builder.prismaObject("OriginVillage", {
  description:
    "迁出村: a village relocated residents came from (often in another county). Assistance lists are published on its page too, with the same hash",
  fields: (t) => ({
    id: t.exposeID("id", { description: "Stable id" }),
    code: t.exposeString("code", { description: "Stable public code, the page's address: /v/<code>/" }),
    name: t.exposeString("name", { description: "The village, e.g. 平阳村" }),
    township: t.exposeString("township", { description: "Its township (乡镇)" }),
    county: t.exposeString("county", { description: "Its county (县、市、区)" }),
    province: t.exposeString("province", { description: "Its province" }),
    place: t.string({ description: "Where it is, in full: 贵州省榕江县平阳乡平阳村", resolve: villagePlace }),
    keptBy: t.relation("keptBy", { description: "The county whose editors keep this entry of the register" }),
    isSample: t.exposeBoolean("isSample", { description: "示例数据: part of the demo dataset" }),
  }),
});

export const AssistanceRowRef = builder.prismaObject("AssistanceRow", {
  description:
    "One household on a list. The public sees the name masked (张*芳); no ID number, phone or address is stored at all",
  fields: (t) => ({
    id: t.exposeID("id", { description: "Stable id (an objection names it)" }),
    sequence: t.exposeInt("sequence", { description: "Its number on the list, from 1" }),
    recipient: t.string({
      description: "The recipient's name, masked: surname, an asterisk, the last character (张*芳)",
      select: { recipientName: true },
      resolve: (r) => maskName(r.recipientName),
    }),
    recipientFullName: t.string({
      nullable: true,
      description: "The full name: only for the editors of the list's community; null for everyone else",
      select: { recipientName: true, list: { select: { community: { select: { code: true } } } } },
      resolve: async (r, _a, ctx) =>
        ctx.viewer && (await canEditCommunities(ctx.db, ctx.viewer, [r.list.community.code])) ? r.recipientName : null,
    }),
    village: t.relation("village", { description: "The village of origin (迁出村) of the household" }),
    residentGroup: t.exposeString("residentGroup", {
      description: "Residents' group or building (居民小组或楼栋), never the room",
    }),
    householdSize: t.exposeInt("householdSize", { description: "People in the household" }),
    amount: t.string({ description: "Amount, exact decimal yuan", select: { amount: true }, resolve: (r) => yuan(r.amount) }),
    reason: t.expose("reason", { type: AssistanceReasonEnum, description: "Why, from the fixed list" }),
    reasonLabel: t.string({
      description: "Why, in words",
      select: { reason: true },
      resolve: (r) => ASSISTANCE_REASON_LABELS[r.reason],
    }),
    list: t.relation("list", { description: "The list it is on" }),
  }),
});

const rowFigures = { rows: { select: { householdSize: true, amount: true, reason: true } } } as const;

export const AssistanceListRef = builder.prismaObject("AssistanceList", {
  description:
    "救助和帮扶公示: a published assistance list, immutable and hashed through its notice, shown in the destination community and in every origin village of its rows",
  fields: (t) => ({
    id: t.exposeID("id", { description: "Stable id; the list's page is /c/<community>/assistance/<id>/" }),
    community: t.relation("community", { description: "The destination community (迁入地社区) that published it" }),
    kind: t.expose("kind", { type: AssistanceKindEnum, description: "The kind of assistance" }),
    kindLabel: t.string({
      description: "The kind in words",
      select: { kind: true },
      resolve: (l) => ASSISTANCE_KIND_LABELS[l.kind],
    }),
    period: t.exposeString("period", { description: "The period it covers, as a code: 2026-10, 2026-Q4, 2026 …" }),
    periodLabel: t.string({
      description: "The period in words: 2026年10月",
      select: { period: true },
      resolve: (l) => {
        const p = parsePeriod(l.period);
        return p ? periodLabel(p) : l.period;
      },
    }),
    approvingAuthority: t.exposeString("approvingAuthority", { description: "The approving authority (审批机关)" }),
    basis: t.exposeString("basis", { description: "The policy basis (政策依据)" }),
    window: t.field({
      type: AssistanceWindowRef,
      description: "The notice window (公示期) on a day: objections during it; final after it",
      args: { asOf: t.arg({ type: "DateTime", description: AS_OF }) },
      select: { windowStartsOn: true, windowDays: true },
      resolve: (l, { asOf }, ctx) => assistanceWindow(l, asOfOf(ctx, asOf)),
    }),
    rows: t.relation("rows", {
      description: "Every household in list order, or only those from one village of origin",
      args: { villageCode: t.arg.string({ description: "Only the households from this village (its code)" }) },
      query: ({ villageCode }) => ({
        where: villageCode ? { village: { code: villageCode } } : {},
        orderBy: { sequence: "asc" as const },
      }),
    }),
    totals: t.field({
      type: AssistanceTotalsRef,
      description: "The whole list added up, or only the households from one village of origin",
      args: { villageCode: t.arg.string({ description: "Only the households from this village (its code)" }) },
      select: ({ villageCode }) => ({
        rows: {
          where: villageCode ? { village: { code: villageCode } } : {},
          select: { householdSize: true, amount: true },
        },
      }),
      resolve: (l) => figuresOf(l.rows),
    }),
    totalsByReason: t.field({
      type: [AssistanceReasonTotalRef],
      description: "The list added up by reason",
      select: rowFigures,
      resolve: (l) => totalsByReason(l.rows),
    }),
    villages: t.field({
      type: [OriginVillageRef],
      description: "The villages of origin it is published in (迁出村同步公开), by place",
      select: { rows: { select: { village: true } } },
      resolve: (l) =>
        [...new Map(l.rows.map((r) => [r.village.id, r.village])).values()].sort((a, b) =>
          villagePlace(a).localeCompare(villagePlace(b), "zh"),
        ),
    }),
    notice: t.relation("disclosure", {
      description: "The published notice (公示) with its SHA-256 hash: the same in every place it is shown",
    }),
    corrects: t.relation("corrects", { nullable: true, description: "The list this one corrects" }),
    correctedBy: t.relation("correctedBy", { nullable: true, description: "The list that corrects this one, if any" }),
    correctionReason: t.exposeString("correctionReason", { nullable: true, description: "Why this correction was made" }),
    current: t.boolean({
      description: "Whether this list stands (no correction supersedes it)",
      select: { correctedBy: { select: { id: true } } },
      resolve: (l) => l.correctedBy === null,
    }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was published" }),
    isSample: t.exposeBoolean("isSample", { description: "示例数据: part of the demo dataset" }),
  }),
});
