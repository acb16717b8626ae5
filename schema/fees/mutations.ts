import { type Context, signedIn } from "../../api/context.ts";
import type { Prisma } from "../../api/db/generated/client.ts";
import { currentRows, toMonths } from "../../api/fees/months.ts";
import {
  correctFeeCollection,
  createFeeItem,
  feeItemCommunities,
  importFeeCollection,
  publishFeeCollection,
  publishFeePrice,
} from "../../api/fees/service.ts";
import { builder, selection, sentFields } from "../builder.ts";
import { writeResult } from "../errors.ts";
import { BillingUnit, FeeCollector, FeeKind, FeeMonthRef } from "./types.ts";

const CreateFeeItemInput = builder.inputType("CreateFeeItemInput", {
  fields: (t) => ({
    communityCode: t.string({ required: true }),
    code: t.string({ required: true, description: "Stable within the community, e.g. WATER" }),
    kind: t.field({ type: FeeKind, required: true }),
    name: t.string({ required: true }),
    collector: t.field({ type: FeeCollector, required: true }),
    collectorName: t.string({ required: true }),
    billingUnit: t.field({ type: BillingUnit, required: true }),
  }),
});

const FeeTierInput = builder.inputType("FeeTierInput", {
  fields: (t) => ({
    upTo: t.int({ description: "Upper bound of monthly quantity; leave out on the last tier" }),
    unitPrice: t.string({ required: true, description: "Exact decimal yuan, up to 4 decimals: 0.4556" }),
  }),
});

const FeeSubsidyInput = builder.inputType("FeeSubsidyInput", {
  fields: (t) => ({
    perUnit: t.string({ required: true, description: "Decimal yuan per billing unit" }),
    source: t.string({ required: true }),
    endsOn: t.string({ required: true }),
  }),
});

const FeeConsultationInput = builder.inputType("FeeConsultationInput", {
  fields: (t) => ({
    from: t.string({ required: true }),
    to: t.string({ required: true }),
    opinionsSummary: t.string(),
    response: t.string(),
  }),
});

const PublishFeePriceInput = builder.inputType("PublishFeePriceInput", {
  fields: (t) => ({
    feeItemId: t.id({ required: true }),
    effectiveFrom: t.string({ required: true }),
    tiers: t.field({ type: [FeeTierInput], required: true }),
    basisDocument: t.string({ required: true }),
    basisAuthority: t.string({ required: true }),
    approvedOn: t.string({ required: true }),
    residentsDecision: t.string(),
    subsidy: t.field({ type: FeeSubsidyInput }),
    consultation: t.field({ type: FeeConsultationInput }),
  }),
});

const FeeCollectionRowInput = builder.inputType("FeeCollectionRowInput", {
  fields: (t) => ({
    building: t.string({ description: "Leave out for a single whole-community row" }),
    householdsBilled: t.int({ required: true }),
    householdsPaid: t.int({ required: true }),
    householdsInArrears: t.int({ required: true }),
    amountDue: t.string({ required: true, description: "Exact decimal yuan" }),
    amountCollected: t.string({ required: true }),
    note: t.string(),
  }),
});

const FeeCollectionInput = builder.inputType("FeeCollectionInput", {
  fields: (t) => ({
    feeItemId: t.id({ required: true }),
    month: t.string({ required: true, description: "2026-03" }),
    rows: t.field({ type: [FeeCollectionRowInput], required: true }),
  }),
});

/** Reads a month back as the API shows it, with the rows it was just given. */
async function monthOf(ctx: Context, feeItemId: string, month: string) {
  const rows = await ctx.db.feeCollection.findMany({
    where: { feeItemId, month, ...currentRows },
    include: { disclosure: true },
  });
  const [result] = toMonths(rows);
  if (!result) throw new Error(`month ${month} of ${feeItemId} vanished`);
  return result;
}

const reloadItem = (query: Omit<Prisma.FeeItemFindUniqueArgs, "where">, ctx: Context, id: string) =>
  ctx.db.feeItem.findUniqueOrThrow({ ...selection(query), where: { id } });

builder.mutationFields((t) => ({
  createFeeItem: t.prismaField({
    type: "FeeItem",
    description: "Register a fee residents of a community pay",
    errors: writeResult("CreateFeeItem", "feeItem"),
    args: { input: t.arg({ type: CreateFeeItemInput, required: true }) },
    authScopes: (_root, { input }) => ({ editorOf: [input.communityCode] }),
    resolve: async (query, _root, { input }, ctx) =>
      reloadItem(query, ctx, (await createFeeItem(ctx.db, signedIn(ctx), sentFields(input))).id),
  }),
  publishFeePrice: t.prismaField({
    type: "FeePrice",
    description: "Publish a new price version from its effective date (a fee disclosure); earlier versions stay",
    errors: writeResult("PublishFeePrice", "price"),
    extensions: { changesPortal: true },
    args: { input: t.arg({ type: PublishFeePriceInput, required: true }) },
    authScopes: async (_root, { input }, ctx) => ({ editorOf: await feeItemCommunities(ctx.db, input.feeItemId) }),
    resolve: async (query, _root, { input }, ctx) => {
      const price = await publishFeePrice(ctx.db, signedIn(ctx), sentFields(input));
      return ctx.db.feePrice.findUniqueOrThrow({ ...selection(query), where: { id: price.id } });
    },
  }),
  publishFeeCollection: t.field({
    type: FeeMonthRef,
    description: "Publish a month's collection status, per building or for the whole community",
    errors: writeResult("PublishFeeCollection", "month"),
    extensions: { changesPortal: true },
    args: { input: t.arg({ type: FeeCollectionInput, required: true }) },
    authScopes: async (_root, { input }, ctx) => ({ editorOf: await feeItemCommunities(ctx.db, input.feeItemId) }),
    resolve: async (_root, { input }, ctx) => {
      await publishFeeCollection(ctx.db, signedIn(ctx), sentFields(input));
      return monthOf(ctx, input.feeItemId, input.month);
    },
  }),
  correctFeeCollection: t.field({
    type: FeeMonthRef,
    description: "Correct a published month (更正): new figures under a correction; the original stays visible",
    errors: writeResult("CorrectFeeCollection", "month"),
    extensions: { changesPortal: true },
    args: { input: t.arg({ type: FeeCollectionInput, required: true }), reason: t.arg.string({ required: true }) },
    authScopes: async (_root, { input }, ctx) => ({ editorOf: await feeItemCommunities(ctx.db, input.feeItemId) }),
    resolve: async (_root, { input, reason }, ctx) => {
      await correctFeeCollection(ctx.db, signedIn(ctx), { input: sentFields(input), reason });
      return monthOf(ctx, input.feeItemId, input.month);
    },
  }),
  importFeeCollection: t.field({
    type: FeeMonthRef,
    description:
      "Publish a month's per-building status from a CSV or XLSX (template at /templates/fee-collection.xlsx); all rows or none",
    errors: writeResult("ImportFeeCollection", "month"),
    extensions: { changesPortal: true },
    args: {
      feeItemId: t.arg.id({ required: true }),
      month: t.arg.string({ required: true }),
      fileName: t.arg.string({ required: true, description: "Its extension (.csv or .xlsx) says how to read it" }),
      contentBase64: t.arg.string({ required: true }),
    },
    authScopes: async (_root, { feeItemId }, ctx) => ({ editorOf: await feeItemCommunities(ctx.db, feeItemId) }),
    resolve: async (_root, args, ctx) => {
      await importFeeCollection(ctx.db, signedIn(ctx), args);
      return monthOf(ctx, args.feeItemId, args.month);
    },
  }),
}));
