import type { FinancePeriod, LedgerCategory } from "../../api/db/generated/client.ts";
import { assetStatus, leaseOn } from "../../api/finance/assets.ts";
import { loadPeriodForSeal, periodCanonical, storedSeal } from "../../api/finance/canonical.ts";
import {
  ASSET_KIND_LABELS,
  ASSET_STATUS_LABELS,
  DIRECTION_LABELS,
  OPINION_LABELS,
  PERIOD_STATUS_LABELS,
} from "../../api/finance/labels.ts";
import { periodHashVerified } from "../../api/finance/publication.ts";
import { monthLabel } from "../../api/finance/render.ts";
import { type CategoryTotal, categoryTotals, totalsOfPeriod } from "../../api/finance/totals.ts";
import { formatDecimal, yuan } from "../../api/money.ts";
import { todayInShanghai } from "../../api/periods.ts";
import { builder, labelledValues } from "../builder.ts";

export const LedgerDirection = builder.enumType("LedgerDirection", { values: labelledValues(DIRECTION_LABELS) });
export const FinancePeriodStatus = builder.enumType("FinancePeriodStatus", { values: labelledValues(PERIOD_STATUS_LABELS) });
export const ReviewOpinion = builder.enumType("ReviewOpinion", { values: labelledValues(OPINION_LABELS) });
export const AssetKind = builder.enumType("AssetKind", { values: labelledValues(ASSET_KIND_LABELS) });
const AssetStatus = builder.enumType("AssetStatus", { values: labelledValues(ASSET_STATUS_LABELS) });

builder.prismaObject("LedgerCategory", {
  description: "收支科目: an income or expenditure category of a community's books",
  fields: (t) => ({
    id: t.exposeID("id"),
    code: t.exposeString("code"),
    name: t.exposeString("name"),
    direction: t.expose("direction", { type: LedgerDirection }),
    directionLabel: t.string({ resolve: (c) => DIRECTION_LABELS[c.direction] }),
    assetIncome: t.exposeBoolean("assetIncome", { description: "Rent from collective assets (集体资产收益)" }),
    retired: t.boolean({ description: "停用: kept on past months, takes no new entries", resolve: (c) => c.retiredAt !== null }),
  }),
});

const CategoryTotalRef = builder.objectRef<CategoryTotal<LedgerCategory>>("CategoryTotal").implement({
  description: "The sum of a category's entries over a month or a year",
  fields: (t) => ({
    code: t.string({ resolve: (x) => x.category.code }),
    name: t.string({ resolve: (x) => x.category.name }),
    direction: t.field({ type: LedgerDirection, resolve: (x) => x.category.direction }),
    amount: t.string({ description: "Exact decimal yuan", resolve: (x) => yuan(x.amount) }),
  }),
});

builder.prismaObject("ReviewSignature", {
  description: "A supervision-committee member who signed the review, with their own account",
  fields: (t) => ({
    name: t.exposeString("name", { description: "The member's name as signed" }),
    role: t.exposeString("role", { description: "The member's role on the committee as signed" }),
    signedAt: t.expose("signedAt", {
      type: "DateTime",
      nullable: true,
      description: "When the member signed; null on months signed before each member signed for themselves",
    }),
    opinion: t.expose("opinion", { type: ReviewOpinion, nullable: true, description: "The member's own opinion" }),
    opinionLabel: t.string({
      nullable: true,
      description: "同意 or 有异议",
      resolve: (s) => (s.opinion ? OPINION_LABELS[s.opinion] : null),
    }),
    opinionText: t.exposeString("opinionText", { nullable: true, description: "What the member wrote" }),
    period: t.relation("period", { description: "The month signed" }),
  }),
});

builder.prismaObject("FinanceQuery", {
  description: "质询: a question raised during review, and the staff's answer; published with the month",
  fields: (t) => ({
    id: t.exposeID("id"),
    // By id, batched, and only when there is one (see LedgerEntry.adjusts).
    entry: t.prismaField({
      type: "LedgerEntry",
      nullable: true,
      description: "The entry asked about, if any",
      select: { entryId: true },
      resolve: (query, q, _a, ctx) => (q.entryId ? ctx.db.ledgerEntry.findUnique({ ...query, where: { id: q.entryId } }) : null),
    }),
    question: t.exposeString("question"),
    askedAt: t.expose("askedAt", { type: "DateTime" }),
    askedBy: t.exposeString("askedByName"),
    askedByRole: t.exposeString("askedByRole", { description: "居务监督委员会 or 社区工作人员" }),
    answer: t.exposeString("answer", { nullable: true }),
    answeredAt: t.expose("answeredAt", { type: "DateTime", nullable: true }),
    answeredBy: t.exposeString("answeredByName", { nullable: true }),
  }),
});

/** Adjusting entries shown publicly are those in published months. */
const publishedAdjustments = { where: { period: { status: "PUBLISHED" } }, orderBy: { createdAt: "asc" } } as const;

builder.prismaObject("LedgerEntry", {
  description: "记账凭证: one entry of a month's books",
  fields: (t) => ({
    id: t.exposeID("id"),
    sequence: t.exposeInt("sequence"),
    date: t.exposeString("date"),
    voucherNo: t.exposeString("voucherNo", { description: "凭证号" }),
    category: t.relation("category"),
    direction: t.field({
      type: LedgerDirection,
      select: { category: { select: { direction: true } } },
      resolve: (e) => e.category.direction,
    }),
    amount: t.string({ description: "Exact decimal yuan; negative only for a 红字 reversal", resolve: (e) => yuan(e.amount) }),
    counterparty: t.exposeString("counterparty"),
    description: t.exposeString("description", { description: "摘要" }),
    attachmentRef: t.exposeString("attachmentRef", { nullable: true }),
    asset: t.relation("asset", { nullable: true }),
    // Looked up by key rather than joined: Prisma batches the lookups of one tick into one
    // statement, and a list with no entries in it (no adjustments, the usual case) costs none,
    // where a nested selection would still run `IN (NULL)`.
    month: t.string({
      description: "The month this entry is booked in",
      select: { periodId: true },
      resolve: async (e, _a, ctx) =>
        (await ctx.db.financePeriod.findUniqueOrThrow({ where: { id: e.periodId }, select: { month: true } })).month,
    }),
    adjusts: t.prismaField({
      type: "LedgerEntry",
      nullable: true,
      description: "调整分录: the earlier entry this one adjusts",
      select: { adjustsId: true },
      resolve: (query, e, _a, ctx) =>
        e.adjustsId ? ctx.db.ledgerEntry.findUnique({ ...query, where: { id: e.adjustsId } }) : null,
    }),
    adjustmentReason: t.exposeString("adjustmentReason", { nullable: true }),
    adjustedBy: t.relation("adjustedBy", {
      description: "Later entries, in published months, that adjust this one (when and where it was adjusted)",
      query: publishedAdjustments,
    }),
  }),
});

interface FinanceReview {
  opinion: keyof typeof OPINION_LABELS;
  opinionText: string | null;
  reviewedAt: Date;
  recordedBy: string | null;
}

const FinanceReviewRef = builder.objectRef<FinanceReview>("FinanceReview").implement({
  description: "The supervision committee's review (民主理财审核)",
  fields: (t) => ({
    opinion: t.field({ type: ReviewOpinion, resolve: (r) => r.opinion }),
    opinionLabel: t.string({ resolve: (r) => OPINION_LABELS[r.opinion] }),
    opinionText: t.exposeString("opinionText", { nullable: true }),
    reviewedAt: t.expose("reviewedAt", { type: "DateTime" }),
    recordedBy: t.exposeString("recordedBy", { nullable: true, description: "The committee member whose token recorded it" }),
  }),
});

export const FinancePeriodRef = builder.prismaObject("FinancePeriod", {
  description: "A month of a community's books: OPEN → SUBMITTED → REVIEWED → PUBLISHED",
  fields: (t) => ({
    id: t.exposeID("id"),
    month: t.exposeString("month"),
    label: t.string({ resolve: (p) => monthLabel(p.month) }),
    status: t.expose("status", { type: FinancePeriodStatus }),
    statusLabel: t.string({ resolve: (p) => PERIOD_STATUS_LABELS[p.status] }),
    community: t.relation("community"),
    openingBalance: t.string({
      description: "期初余额: the previous month's closing balance",
      resolve: (p) => yuan(p.openingBalance),
    }),
    incomeTotal: t.string({ resolve: async (p, _a, ctx) => yuan((await totalsOfPeriod(ctx.db, p)).income) }),
    expenseTotal: t.string({ resolve: async (p, _a, ctx) => yuan((await totalsOfPeriod(ctx.db, p)).expense) }),
    closingBalance: t.string({
      description: "期末余额",
      resolve: async (p, _a, ctx) => yuan((await totalsOfPeriod(ctx.db, p)).closing),
    }),
    categoryTotals: t.field({
      type: [CategoryTotalRef],
      description: "Totals by category, income first, in chart order",
      resolve: (p, _a, ctx) => categoryTotals(ctx.db, { periodId: p.id }),
    }),
    entries: t.relatedConnection("entries", {
      cursor: "id",
      totalCount: true,
      description: "The month's entries in booking order",
      query: { orderBy: { sequence: "asc" } },
    }),
    submittedAt: t.expose("submittedAt", { type: "DateTime", nullable: true }),
    submittedBy: t.exposeString("submittedByName", { nullable: true }),
    review: t.field({
      type: FinanceReviewRef,
      nullable: true,
      description: "null until the committee has signed off",
      resolve: (p) =>
        p.reviewedAt && p.opinion
          ? { opinion: p.opinion, opinionText: p.opinionText, reviewedAt: p.reviewedAt, recordedBy: p.reviewedByName }
          : null,
    }),
    signatures: t.relation("signatures", {
      description: "Chair first, as on the committee",
      query: { orderBy: { posting: { sortOrder: "asc" } } },
    }),
    queries: t.relation("queries", { description: "质询 and answers, oldest first", query: { orderBy: { askedAt: "asc" } } }),
    unansweredQueries: t.relationCount("queries", { where: { answer: null } }),
    publishedAt: t.expose("publishedAt", { type: "DateTime", nullable: true }),
    publisher: t.exposeString("publisherName", { nullable: true }),
    disclosure: t.relation("disclosure", { nullable: true, description: "The finance disclosure that published this month" }),
    chainHash: t.exposeString("chainHash", {
      nullable: true,
      description: "SHA-256 (hex) of canonicalContent; covers every entry and the previous month's hash",
    }),
    previousHash: t.exposeString("previousHash", { nullable: true, description: "chainHash of the previous published month" }),
    canonicalContent: t.string({
      nullable: true,
      description: "The exact UTF-8 text chainHash covers (null until published)",
      resolve: async (p, _a, ctx) => {
        const seal = storedSeal(p);
        return seal ? periodCanonical(await loadPeriodForSeal(ctx.db, p.id), seal) : null;
      },
    }),
    hashVerified: t.boolean({
      nullable: true,
      description:
        "Whether the month's rows as stored now still hash to chainHash, and chainHash is the hash its published notice printed (null until published)",
      resolve: (p, _a, ctx) => periodHashVerified(ctx.db, p),
    }),
    adjustedLater: t.prismaField({
      type: ["LedgerEntry"],
      description: "Entries in later published months that adjust this month's entries",
      resolve: (query, p, _a, ctx) =>
        ctx.db.ledgerEntry.findMany({
          ...query,
          where: { adjusts: { periodId: p.id }, period: { status: "PUBLISHED" } },
          orderBy: { createdAt: "asc" },
        }),
    }),
  }),
});

const AssetLeaseRef = builder.prismaObject("AssetLease", {
  description: "A lease of a collective asset",
  fields: (t) => ({
    lesseeBusiness: t.exposeString("lesseeBusiness", { description: "The business the lessee runs there" }),
    monthlyRent: t.string({ resolve: (l) => yuan(l.monthlyRent) }),
    leaseFrom: t.exposeString("leaseFrom"),
    leaseTo: t.exposeString("leaseTo"),
    contractNo: t.exposeString("contractNo", { nullable: true }),
  }),
});

builder.prismaObject("CollectiveAsset", {
  description: "集体资产: a leasable asset of the community, whose rent is booked as asset income",
  fields: (t) => ({
    id: t.exposeID("id"),
    code: t.exposeString("code"),
    name: t.exposeString("name"),
    kind: t.expose("kind", { type: AssetKind }),
    kindLabel: t.string({ resolve: (a) => ASSET_KIND_LABELS[a.kind] }),
    location: t.exposeString("location"),
    area: t.string({
      nullable: true,
      description: "m², two decimals",
      resolve: (a) => (a.area === null ? null : formatDecimal(a.area, 2)),
    }),
    leases: t.relation("leases", { description: "Every lease, newest first", query: { orderBy: { leaseFrom: "desc" } } }),
    selfOperated: t.exposeBoolean("selfOperated", { description: "社区自营: run by the community itself, not let" }),
    currentLease: t.field({
      type: AssetLeaseRef,
      nullable: true,
      description: "The lease in force today (Asia/Shanghai), or null",
      select: { leases: true },
      resolve: (a) => leaseOn(a.leases, todayInShanghai()),
    }),
    status: t.field({
      type: AssetStatus,
      description: "Today (Asia/Shanghai): let, run by the community itself, or standing empty (空置)",
      select: { leases: true },
      resolve: (a) => assetStatus(a, todayInShanghai()),
    }),
    statusLabel: t.string({
      select: { leases: true },
      resolve: (a) => ASSET_STATUS_LABELS[assetStatus(a, todayInShanghai())],
    }),
    incomeInYear: t.string({
      description: "Rent booked for this asset in the year's published months, exact decimal yuan",
      args: { year: t.arg.int({ required: true }) },
      resolve: async (a, { year }, ctx) => {
        const sum = await ctx.db.ledgerEntry.aggregate({
          where: { assetId: a.id, period: { status: "PUBLISHED", month: { startsWith: `${year}-` } } },
          _sum: { amount: true },
        });
        return yuan(sum._sum.amount ?? 0);
      },
    }),
  }),
});

builder.prismaObject("AssetIncomeUse", {
  fields: (t) => ({
    purpose: t.exposeString("purpose"),
    amount: t.string({ resolve: (u) => yuan(u.amount) }),
    decision: t.exposeString("decision", { nullable: true, description: "The meeting or decision that approved the use" }),
  }),
});

builder.prismaObject("AssetIncomeStatement", {
  description: "资产收益使用情况: a year's asset income and how it was used",
  fields: (t) => ({
    year: t.exposeInt("year"),
    incomeTotal: t.string({ resolve: (s) => yuan(s.incomeTotal) }),
    usedTotal: t.string({
      select: { uses: { select: { amount: true } } },
      resolve: (s) => yuan(s.uses.reduce((n, u) => n + u.amount, 0)),
    }),
    balance: t.string({
      description: "结余",
      select: { uses: { select: { amount: true } } },
      resolve: (s) => yuan(s.incomeTotal - s.uses.reduce((n, u) => n + u.amount, 0)),
    }),
    uses: t.relation("uses", { query: { orderBy: { position: "asc" } } }),
    disclosure: t.relation("disclosure"),
  }),
});

export interface FinanceYear {
  communityId: string;
  year: number;
  periods: FinancePeriod[];
}

export const FinanceYearRef = builder.objectRef<FinanceYear>("FinanceYear").implement({
  description: "A year of a community's published books",
  fields: (t) => ({
    year: t.exposeInt("year"),
    months: t.field({ type: [FinancePeriodRef], description: "Published months, oldest first", resolve: (y) => y.periods }),
    openingBalance: t.string({ nullable: true, resolve: (y) => (y.periods[0] ? yuan(y.periods[0].openingBalance) : null) }),
    closingBalance: t.string({
      nullable: true,
      resolve: (y) => (y.periods.at(-1) ? yuan(y.periods.at(-1)?.closingBalance ?? 0) : null),
    }),
    incomeTotal: t.string({ resolve: (y) => yuan(y.periods.reduce((s, p) => s + (p.incomeTotal ?? 0), 0)) }),
    expenseTotal: t.string({ resolve: (y) => yuan(y.periods.reduce((s, p) => s + (p.expenseTotal ?? 0), 0)) }),
    categoryTotals: t.field({
      type: [CategoryTotalRef],
      description: "Year-to-date totals by category over the published months",
      resolve: (y, _a, ctx) => categoryTotals(ctx.db, { periodId: { in: y.periods.map((p) => p.id) } }),
    }),
  }),
});
