import { ValidationError } from "../../api/errors.ts";
import { BILLING_UNIT_LABELS, FEE_COLLECTOR_LABELS, FEE_KIND_LABELS } from "../../api/fees/labels.ts";
import { currentRows, type FeeMonth, toMonths } from "../../api/fees/months.ts";
import { tierLabel } from "../../api/fees/render.ts";
import { percentage, unitPrice, yuan } from "../../api/money.ts";
import { dayBefore, isDate, periodLabel, todayInShanghai } from "../../api/periods.ts";
import { builder, labelledValues } from "../builder.ts";

export const FeeKind = builder.enumType("FeeKind", { values: labelledValues(FEE_KIND_LABELS) });
export const FeeCollector = builder.enumType("FeeCollector", { values: labelledValues(FEE_COLLECTOR_LABELS) });
export const BillingUnit = builder.enumType("BillingUnit", { values: labelledValues(BILLING_UNIT_LABELS) });

const FeeTier = builder
  .objectRef<{
    position: number;
    upTo: number | null;
    unitPrice: number;
    all: { upTo: number | null }[];
    unit: keyof typeof BILLING_UNIT_LABELS;
  }>("FeeTier")
  .implement({
    description: "One tier of a (possibly tiered) price; quantities are per month",
    fields: (t) => ({
      from: t.int({ resolve: (x) => (x.position === 0 ? 0 : (x.all[x.position - 1]?.upTo ?? 0)) }),
      upTo: t.exposeInt("upTo", { nullable: true, description: "null: no upper bound" }),
      unitPrice: t.string({
        description: "Exact decimal yuan per billing unit, e.g. 0.4556",
        resolve: (x) => unitPrice(x.unitPrice),
      }),
      label: t.string({ resolve: (x) => tierLabel(x.all, x.position, x.unit) }),
    }),
  });

const Subsidy = builder.objectRef<{ perUnit: number; source: string | null; endsOn: string | null }>("FeeSubsidy").implement({
  description: "补贴: paid for residents per billing unit until `endsOn`",
  fields: (t) => ({
    perUnit: t.string({ resolve: (s) => unitPrice(s.perUnit) }),
    source: t.exposeString("source", { nullable: true }),
    endsOn: t.exposeString("endsOn", { nullable: true }),
  }),
});

const Consultation = builder
  .objectRef<{ from: string; to: string; opinionsSummary: string | null; response: string | null }>("FeeConsultation")
  .implement({
    description: "征求意见: the window residents had to comment, what they said, and the response",
    fields: (t) => ({
      from: t.exposeString("from"),
      to: t.exposeString("to"),
      opinionsSummary: t.exposeString("opinionsSummary", { nullable: true }),
      response: t.exposeString("response", { nullable: true }),
    }),
  });

export const FeePriceRef = builder.prismaObject("FeePrice", {
  description: "A version of a fee's price, in force from effectiveFrom until the next version",
  fields: (t) => ({
    id: t.exposeID("id"),
    effectiveFrom: t.exposeString("effectiveFrom"),
    effectiveTo: t.string({
      nullable: true,
      description: "Last day in force (the day before the next version), or null while current",
      select: { feeItem: { select: { prices: { select: { effectiveFrom: true } } } } },
      resolve: (p) => {
        const later = p.feeItem.prices
          .map((x) => x.effectiveFrom)
          .filter((d) => d > p.effectiveFrom)
          .sort()[0];
        return later ? dayBefore(later) : null;
      },
    }),
    tiers: t.field({
      type: [FeeTier],
      select: { tiers: { orderBy: { position: "asc" } }, feeItem: { select: { billingUnit: true } } },
      resolve: (p) => p.tiers.map((x) => ({ ...x, all: p.tiers, unit: p.feeItem.billingUnit })),
    }),
    basisDocument: t.exposeString("basisDocument", { description: "定价文件文号" }),
    basisAuthority: t.exposeString("basisAuthority", { description: "定价机关" }),
    approvedOn: t.exposeString("approvedOn"),
    residentsDecision: t.exposeString("residentsDecision", { nullable: true, description: "居民（代表）会议决定" }),
    subsidy: t.field({
      type: Subsidy,
      nullable: true,
      resolve: (p) =>
        p.subsidyPerUnit === null ? null : { perUnit: p.subsidyPerUnit, source: p.subsidySource, endsOn: p.subsidyEndsOn },
    }),
    consultation: t.field({
      type: Consultation,
      nullable: true,
      resolve: (p) =>
        p.consultationFrom && p.consultationTo
          ? {
              from: p.consultationFrom,
              to: p.consultationTo,
              opinionsSummary: p.opinionsSummary,
              response: p.consultationResponse,
            }
          : null,
    }),
    disclosure: t.relation("disclosure", { nullable: true, description: "The fee disclosure that published this price" }),
  }),
});

const FeeCollectionRow = builder.prismaObject("FeeCollection", {
  description: "Collection status of one building (or the whole community) for one month: counts only",
  fields: (t) => ({
    building: t.exposeString("building", { nullable: true, description: "null: the whole community" }),
    householdsBilled: t.exposeInt("householdsBilled"),
    householdsPaid: t.exposeInt("householdsPaid"),
    householdsInArrears: t.exposeInt("householdsInArrears"),
    amountDue: t.string({ resolve: (r) => yuan(r.amountDue) }),
    amountCollected: t.string({ resolve: (r) => yuan(r.amountCollected) }),
    householdRate: t.string({ nullable: true, resolve: (r) => percentage(r.householdsPaid, r.householdsBilled) }),
    note: t.exposeString("note", { nullable: true }),
  }),
});

export const FeeMonthRef = builder.objectRef<FeeMonth>("FeeMonth").implement({
  description: "A fee's collection status for one month, rolled up for the community",
  fields: (t) => ({
    month: t.exposeString("month"),
    label: t.string({ resolve: (m) => periodLabel({ kind: "MONTH", start: `${m.month}-01`, end: `${m.month}-01` }) }),
    householdsBilled: t.int({ resolve: (m) => m.totals.householdsBilled }),
    householdsPaid: t.int({ resolve: (m) => m.totals.householdsPaid }),
    householdsInArrears: t.int({ resolve: (m) => m.totals.householdsInArrears }),
    amountDue: t.string({ description: "Exact decimal yuan", resolve: (m) => yuan(m.totals.amountDue) }),
    amountCollected: t.string({ resolve: (m) => yuan(m.totals.amountCollected) }),
    householdRate: t.string({
      nullable: true,
      description: "收缴率: households paid ÷ households billed, percent with two decimals (rounded half up)",
      resolve: (m) => percentage(m.totals.householdsPaid, m.totals.householdsBilled),
    }),
    amountRate: t.string({
      nullable: true,
      description: "Amount collected ÷ amount due, percent with two decimals",
      resolve: (m) => percentage(m.totals.amountCollected, m.totals.amountDue),
    }),
    buildings: t.field({
      type: [FeeCollectionRow],
      resolve: (m) => [...m.rows].sort((a, b) => (a.building ?? "").localeCompare(b.building ?? "", "zh-CN", { numeric: true })),
    }),
    corrected: t.boolean({
      description: "This month's figures are a correction (更正)",
      resolve: (m) => m.disclosure.correctsId !== null,
    }),
    disclosureId: t.id({ resolve: (m) => m.disclosure.id }),
    contentHash: t.string({ nullable: true, resolve: (m) => m.disclosure.contentHash }),
  }),
});

const priceAsOf = (date: string) => ({
  where: { effectiveFrom: { lte: date } },
  orderBy: { effectiveFrom: "desc" as const },
  take: 1,
});

export const FeeItemRef = builder.prismaObject("FeeItem", {
  description: "A fee residents pay: 物业管理费, 水费, 电费, 网络电视费, 燃气费 …",
  fields: (t) => ({
    id: t.exposeID("id"),
    code: t.exposeString("code"),
    kind: t.expose("kind", { type: FeeKind }),
    kindLabel: t.string({ resolve: (f) => FEE_KIND_LABELS[f.kind] }),
    name: t.exposeString("name"),
    collector: t.expose("collector", { type: FeeCollector }),
    collectorLabel: t.string({ resolve: (f) => FEE_COLLECTOR_LABELS[f.collector] }),
    collectorName: t.exposeString("collectorName"),
    billingUnit: t.expose("billingUnit", { type: BillingUnit }),
    unitLabel: t.string({ description: "e.g. 元/吨", resolve: (f) => BILLING_UNIT_LABELS[f.billingUnit] }),
    community: t.relation("community"),
    prices: t.relation("prices", { description: "Every version, newest first", query: { orderBy: { effectiveFrom: "desc" } } }),
    priceOn: t.field({
      type: FeePriceRef,
      nullable: true,
      description: "The price in force on a date (YYYY-MM-DD), or null if none had started",
      args: { date: t.arg.string({ required: true }) },
      select: (args, _ctx, nested) => ({ prices: nested(priceAsOf(args.date)) }),
      resolve: (f, { date }) => {
        if (!isDate(date)) throw new ValidationError([{ field: "date", message: "日期应为 YYYY-MM-DD 格式" }]);
        return f.prices[0] ?? null;
      },
    }),
    currentPrice: t.field({
      type: FeePriceRef,
      nullable: true,
      description: "The price in force today (Asia/Shanghai)",
      select: (_args, _ctx, nested) => ({ prices: nested(priceAsOf(todayInShanghai())) }),
      resolve: (f) => f.prices[0] ?? null,
    }),
    months: t.field({
      type: [FeeMonthRef],
      description: "Published monthly collection status, newest first (corrections replace what they correct)",
      args: { year: t.arg.int() },
      select: (args) => ({
        collections: {
          where: { ...currentRows, ...(args.year ? { month: { startsWith: `${args.year}-` } } : {}) },
          include: { disclosure: true },
        },
      }),
      resolve: (f) => toMonths(f.collections),
    }),
  }),
});

builder.prismaObjectField("Community", "feeItems", (t) =>
  t.relation("feeItems", { description: "The fees residents of this community pay", query: { orderBy: { code: "asc" } } }),
);
