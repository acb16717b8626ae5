import { type Context, signedIn } from "../../api/context.ts";
import { financeCommunities, financeCommunityCode } from "../../api/finance/access.ts";
import { addAssetLease, createCollectiveAsset, publishAssetIncomeStatement } from "../../api/finance/assets.ts";
import { importLedgerEntries } from "../../api/finance/import.ts";
import {
  createLedgerCategory,
  deleteLedgerEntry,
  openFinancePeriod,
  recordLedgerEntry,
  renameLedgerCategory,
  retireLedgerCategory,
} from "../../api/finance/ledger.ts";
import { publishFinancePeriod } from "../../api/finance/publication.ts";
import { answerFinanceQuery, raiseFinanceQuery, signOffFinancePeriod, submitFinancePeriod } from "../../api/finance/review.ts";
import { builder, selection, sentFields } from "../builder.ts";
import { writeResult } from "../errors.ts";
import { AssetKind, LedgerDirection, ReviewOpinion } from "./types.ts";

const CreateLedgerCategoryInput = builder.inputType("CreateLedgerCategoryInput", {
  fields: (t) => ({
    communityCode: t.string({ required: true }),
    code: t.string({ required: true, description: "Stable within the community, e.g. ASSET_RENT_SHOP" }),
    name: t.string({ required: true }),
    direction: t.field({ type: LedgerDirection, required: true }),
    assetIncome: t.boolean({ description: "Rent from collective assets (income categories only)" }),
  }),
});

const OpenFinancePeriodInput = builder.inputType("OpenFinancePeriodInput", {
  fields: (t) => ({
    communityCode: t.string({ required: true }),
    month: t.string({ required: true, description: "2026-03" }),
    openingBalance: t.string({
      description: "Only for the first month kept here; later months carry the closing balance forward",
    }),
  }),
});

const LedgerEntryInput = builder.inputType("LedgerEntryInput", {
  fields: (t) => ({
    periodId: t.id({ required: true }),
    date: t.string({ required: true }),
    voucherNo: t.string({ required: true, description: "凭证号, unique within the month" }),
    categoryId: t.id({ required: true }),
    amount: t.string({ required: true, description: "Exact decimal yuan; negative only in an adjusting entry (红字)" }),
    counterparty: t.string({ required: true }),
    description: t.string({ required: true }),
    attachmentRef: t.string(),
    assetId: t.id({ description: "The collective asset whose rent this is" }),
    adjustsEntryId: t.id({ description: "调整分录: the entry of a frozen month this one adjusts" }),
    adjustmentReason: t.string({ description: "Required with adjustsEntryId" }),
  }),
});

const RaiseFinanceQueryInput = builder.inputType("RaiseFinanceQueryInput", {
  fields: (t) => ({
    periodId: t.id({ required: true }),
    entryId: t.id({ description: "Leave out for a question on the month as a whole" }),
    question: t.string({ required: true }),
  }),
});

const SignOffInput = builder.inputType("SignOffFinancePeriodInput", {
  fields: (t) => ({
    periodId: t.id({ required: true }),
    opinion: t.field({ type: ReviewOpinion, required: true }),
    opinionText: t.string({ description: "Required for OBJECTION (有异议)" }),
  }),
});

const CreateCollectiveAssetInput = builder.inputType("CreateCollectiveAssetInput", {
  fields: (t) => ({
    communityCode: t.string({ required: true }),
    code: t.string({ required: true, description: "e.g. SHOP-01" }),
    name: t.string({ required: true }),
    kind: t.field({ type: AssetKind, required: true }),
    location: t.string({ required: true }),
    area: t.string({ description: "m², up to two decimals" }),
    selfOperated: t.boolean({ description: "Run by the community itself (社区自营), not let" }),
  }),
});

const AddAssetLeaseInput = builder.inputType("AddAssetLeaseInput", {
  fields: (t) => ({
    assetId: t.id({ required: true }),
    lesseeBusiness: t.string({ required: true }),
    monthlyRent: t.string({ required: true, description: "Exact decimal yuan" }),
    leaseFrom: t.string({ required: true }),
    leaseTo: t.string({ required: true }),
    contractNo: t.string(),
  }),
});

const AssetIncomeUseInput = builder.inputType("AssetIncomeUseInput", {
  fields: (t) => ({
    purpose: t.string({ required: true }),
    amount: t.string({ required: true }),
    decision: t.string(),
  }),
});

const AssetIncomeStatementInput = builder.inputType("AssetIncomeStatementInput", {
  fields: (t) => ({
    communityCode: t.string({ required: true }),
    year: t.int({ required: true }),
    uses: t.field({ type: [AssetIncomeUseInput], required: true }),
  }),
});

const periodRecord = (ctx: Context, query: object, id: string) =>
  ctx.db.financePeriod.findUniqueOrThrow({ ...selection(query), where: { id } });

builder.mutationFields((t) => ({
  createLedgerCategory: t.prismaField({
    type: "LedgerCategory",
    description: "Add a category to a community's chart (the defaults are created with the first month)",
    errors: writeResult("CreateLedgerCategory", "category"),
    args: { input: t.arg({ type: CreateLedgerCategoryInput, required: true }) },
    authScopes: (_root, { input }) => ({ editorOf: [input.communityCode] }),
    resolve: async (query, _root, { input }, ctx) => {
      const created = await createLedgerCategory(ctx.db, signedIn(ctx), sentFields(input));
      return ctx.db.ledgerCategory.findUniqueOrThrow({ ...selection(query), where: { id: created.id } });
    },
  }),
  renameLedgerCategory: t.prismaField({
    type: "LedgerCategory",
    description: "Rename a category not yet used in a submitted month",
    errors: writeResult("RenameLedgerCategory", "category"),
    args: { id: t.arg.id({ required: true }), name: t.arg.string({ required: true }) },
    authScopes: async (_root, { id }, ctx) => ({ editorOf: await financeCommunities(ctx.db, { category: id }) }),
    resolve: async (query, _root, { id, name }, ctx) => {
      await renameLedgerCategory(ctx.db, signedIn(ctx), { id, name });
      return ctx.db.ledgerCategory.findUniqueOrThrow({ ...selection(query), where: { id: id } });
    },
  }),
  retireLedgerCategory: t.prismaField({
    type: "LedgerCategory",
    description: "Retire a category (停用): it stays on past months and takes no new entries",
    errors: writeResult("RetireLedgerCategory", "category"),
    args: { id: t.arg.id({ required: true }) },
    authScopes: async (_root, { id }, ctx) => ({ editorOf: await financeCommunities(ctx.db, { category: id }) }),
    resolve: async (query, _root, { id }, ctx) => {
      await retireLedgerCategory(ctx.db, signedIn(ctx), { id });
      return ctx.db.ledgerCategory.findUniqueOrThrow({ ...selection(query), where: { id: id } });
    },
  }),
  openFinancePeriod: t.prismaField({
    type: "FinancePeriod",
    description: "Start keeping a month's books; months follow one another with the balance carried forward",
    errors: writeResult("OpenFinancePeriod", "period"),
    args: { input: t.arg({ type: OpenFinancePeriodInput, required: true }) },
    authScopes: (_root, { input }) => ({ editorOf: [input.communityCode] }),
    resolve: async (query, _root, { input }, ctx) =>
      periodRecord(ctx, query, (await openFinancePeriod(ctx.db, signedIn(ctx), sentFields(input))).id),
  }),
  recordLedgerEntry: t.prismaField({
    type: "LedgerEntry",
    description: "Record an entry in an open month, or an adjusting entry (调整分录) for a frozen one",
    errors: writeResult("RecordLedgerEntry", "entry"),
    args: { input: t.arg({ type: LedgerEntryInput, required: true }) },
    authScopes: async (_root, { input }, ctx) => ({
      editorOf: await financeCommunities(ctx.db, { period: input.periodId }),
    }),
    resolve: async (query, _root, { input }, ctx) => {
      const entry = await recordLedgerEntry(ctx.db, signedIn(ctx), sentFields(input));
      return ctx.db.ledgerEntry.findUniqueOrThrow({ ...selection(query), where: { id: entry.id } });
    },
  }),
  deleteLedgerEntry: t.prismaField({
    type: "FinancePeriod",
    description: "Delete a mistyped entry while its month is still open",
    errors: writeResult("DeleteLedgerEntry", "period"),
    args: { id: t.arg.id({ required: true }) },
    authScopes: async (_root, { id }, ctx) => ({ editorOf: await financeCommunities(ctx.db, { entry: id }) }),
    resolve: async (query, _root, { id }, ctx) =>
      periodRecord(ctx, query, (await deleteLedgerEntry(ctx.db, signedIn(ctx), { id })).periodId),
  }),
  importLedgerEntries: t.prismaField({
    type: "FinancePeriod",
    description: "Add a month's entries from a CSV or XLSX (template at /templates/ledger-entries.xlsx); all rows or none",
    errors: writeResult("ImportLedgerEntries", "period"),
    args: {
      periodId: t.arg.id({ required: true }),
      fileName: t.arg.string({ required: true, description: "Its extension (.csv or .xlsx) says how to read it" }),
      contentBase64: t.arg.string({ required: true }),
    },
    authScopes: async (_root, { periodId }, ctx) => ({
      editorOf: await financeCommunities(ctx.db, { period: periodId }),
    }),
    resolve: async (query, _root, args, ctx) => {
      await importLedgerEntries(ctx.db, signedIn(ctx), args);
      return periodRecord(ctx, query, args.periodId);
    },
  }),
  submitFinancePeriod: t.prismaField({
    type: "FinancePeriod",
    description: "Freeze an open month for the supervision committee's review",
    errors: writeResult("SubmitFinancePeriod", "period"),
    args: { periodId: t.arg.id({ required: true }) },
    authScopes: async (_root, { periodId }, ctx) => ({
      editorOf: await financeCommunities(ctx.db, { period: periodId }),
    }),
    resolve: async (query, _root, { periodId }, ctx) =>
      periodRecord(ctx, query, (await submitFinancePeriod(ctx.db, signedIn(ctx), { periodId })).id),
  }),
  raiseFinanceQuery: t.prismaField({
    type: "FinanceQuery",
    description: "质询: a committee member or staff asks about a month under review or one of its entries",
    errors: writeResult("RaiseFinanceQuery", "query"),
    args: { input: t.arg({ type: RaiseFinanceQueryInput, required: true }) },
    authScopes: async (_root, { input }, ctx) => {
      const community = await financeCommunityCode(ctx.db, { period: input.periodId });
      return { $any: { editorOf: community === null ? null : [community], supervisorOf: community } };
    },
    resolve: async (query, _root, { input }, ctx) => {
      const created = await raiseFinanceQuery(ctx.db, signedIn(ctx), sentFields(input));
      return ctx.db.financeQuery.findUniqueOrThrow({ ...selection(query), where: { id: created.id } });
    },
  }),
  answerFinanceQuery: t.prismaField({
    type: "FinanceQuery",
    description: "Staff answer a query; the answer is published with the month",
    errors: writeResult("AnswerFinanceQuery", "query"),
    args: { queryId: t.arg.id({ required: true }), answer: t.arg.string({ required: true }) },
    authScopes: async (_root, { queryId }, ctx) => ({ editorOf: await financeCommunities(ctx.db, { query: queryId }) }),
    resolve: async (query, _root, { queryId, answer }, ctx) => {
      await answerFinanceQuery(ctx.db, signedIn(ctx), { queryId, answer });
      return ctx.db.financeQuery.findUniqueOrThrow({ ...selection(query), where: { id: queryId } });
    },
  }),
  signOffFinancePeriod: t.prismaField({
    type: "FinancePeriod",
    description:
      "A supervision-committee member signs a month under review with their own token: 同意, or 有异议 with the objection. The month is REVIEWED once more than half of the members have signed; any objection is the month's",
    errors: writeResult("SignOffFinancePeriod", "period"),
    args: { input: t.arg({ type: SignOffInput, required: true }) },
    authScopes: async (_root, { input }, ctx) => ({
      supervisorOf: await financeCommunityCode(ctx.db, { period: input.periodId }),
    }),
    resolve: async (query, _root, { input }, ctx) => {
      const signed = await signOffFinancePeriod(ctx.db, signedIn(ctx), sentFields(input));
      return periodRecord(ctx, query, signed.id);
    },
  }),
  publishFinancePeriod: t.prismaField({
    type: "FinancePeriod",
    description: "Publish a signed-off month as a finance disclosure and seal it into the hash chain",
    errors: writeResult("PublishFinancePeriod", "period"),
    extensions: { changesPortal: true },
    args: { periodId: t.arg.id({ required: true }) },
    authScopes: async (_root, { periodId }, ctx) => ({
      editorOf: await financeCommunities(ctx.db, { period: periodId }),
    }),
    resolve: async (query, _root, { periodId }, ctx) =>
      periodRecord(ctx, query, (await publishFinancePeriod(ctx.db, signedIn(ctx), { periodId })).id),
  }),
  createCollectiveAsset: t.prismaField({
    type: "CollectiveAsset",
    description: "Register a leasable collective asset (集体资产)",
    errors: writeResult("CreateCollectiveAsset", "asset"),
    extensions: { changesPortal: true },
    args: { input: t.arg({ type: CreateCollectiveAssetInput, required: true }) },
    authScopes: (_root, { input }) => ({ editorOf: [input.communityCode] }),
    resolve: async (query, _root, { input }, ctx) => {
      const asset = await createCollectiveAsset(ctx.db, signedIn(ctx), sentFields(input));
      return ctx.db.collectiveAsset.findUniqueOrThrow({ ...selection(query), where: { id: asset.id } });
    },
  }),
  addAssetLease: t.prismaField({
    type: "CollectiveAsset",
    description: "Record a lease of an asset; leases of one asset may not overlap",
    errors: writeResult("AddAssetLease", "asset"),
    extensions: { changesPortal: true },
    args: { input: t.arg({ type: AddAssetLeaseInput, required: true }) },
    authScopes: async (_root, { input }, ctx) => ({
      editorOf: await financeCommunities(ctx.db, { asset: input.assetId }),
    }),
    resolve: async (query, _root, { input }, ctx) => {
      const lease = await addAssetLease(ctx.db, signedIn(ctx), sentFields(input));
      return ctx.db.collectiveAsset.findUniqueOrThrow({ ...selection(query), where: { id: lease.assetId } });
    },
  }),
  publishAssetIncomeStatement: t.prismaField({
    type: "AssetIncomeStatement",
    description: "Publish a year's asset income (from the published books) and how it was used",
    errors: writeResult("PublishAssetIncomeStatement", "statement"),
    extensions: { changesPortal: true },
    args: { input: t.arg({ type: AssetIncomeStatementInput, required: true }) },
    authScopes: (_root, { input }) => ({ editorOf: [input.communityCode] }),
    resolve: async (query, _root, { input }, ctx) => {
      const statement = await publishAssetIncomeStatement(ctx.db, signedIn(ctx), sentFields(input));
      return ctx.db.assetIncomeStatement.findUniqueOrThrow({ ...selection(query), where: { id: statement.id } });
    },
  }),
}));
