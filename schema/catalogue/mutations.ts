import { catalogueItemScope, suspensionCommunities } from "../../api/catalogue/access.ts";
import {
  createCommunityCatalogueItem,
  createCountyCatalogueItem,
  resumeCatalogueItem,
  retireCatalogueItem,
  suspendCatalogueItem,
} from "../../api/catalogue/service.ts";
import { type Context, signedIn } from "../../api/context.ts";
import { builder, type SchemaTypesOf, sentFields } from "../builder.ts";
import { writeResult } from "../errors.ts";
import { CatalogueCadence, CatalogueDueAnchor, CatalogueItemRef, CatalogueSource, CatalogueSuspensionRef } from "./types.ts";

type InputFields = PothosSchemaTypes.InputFieldBuilder<SchemaTypesOf<typeof builder>, "InputObject">;

/** The fields of an item, the same for a county default and a community's own. */
const itemFields = (t: InputFields) => ({
  name: t.string({ required: true, description: "What is published, e.g. 党支部委员会会议情况" }),
  categoryCode: t.string({
    required: true,
    description: "Disclosure category code: PARTY_AFFAIRS, COMMUNITY_AFFAIRS, FINANCE …",
  }),
  basis: t.string({ required: true, description: "Legal or policy basis (公开依据)" }),
  cadence: t.field({ type: CatalogueCadence, required: true, description: "How often" }),
  dueAnchor: t.field({ type: CatalogueDueAnchor, description: "What the due day is counted from; default PERIOD_END" }),
  dueDays: t.int({
    required: true,
    description:
      "N: the Nth day after the period (PERIOD_END) or of it (PERIOD_START); days after the event for WITHIN_DAYS; 0 for PER_EVENT",
  }),
  responsible: t.string({ required: true, description: "The responsible organization (责任主体)" }),
  source: t.field({ type: CatalogueSource, description: "What satisfies it; default DISCLOSURE (disclosures that name it)" }),
  effectiveFrom: t.string({ description: "ISO date it takes effect (default today, Asia/Shanghai)" }),
  sortOrder: t.int({ description: "Order within its category" }),
});

const CreateCountyCatalogueItemInput = builder.inputType("CreateCountyCatalogueItemInput", {
  description: "An item of a county's default catalogue",
  fields: (t) => ({ countyCode: t.string({ required: true, description: "The county, e.g. RJ" }), ...itemFields(t) }),
});

const CreateCommunityCatalogueItemInput = builder.inputType("CreateCommunityCatalogueItemInput", {
  description: "An item of a community's own, beside what it inherits",
  fields: (t) => ({ communityCode: t.string({ required: true, description: "The community, e.g. RJ-FUMIN" }), ...itemFields(t) }),
});

const SuspendCatalogueItemInput = builder.inputType("SuspendCatalogueItemInput", {
  description: "Suspending an inherited item in one community, with a public reason",
  fields: (t) => ({
    itemId: t.id({ required: true, description: "The inherited item" }),
    communityCode: t.string({ required: true, description: "The community suspending it" }),
    reason: t.string({ required: true, description: "Why (shown publicly)" }),
  }),
});

const reload = (ctx: Context, id: string) =>
  ctx.db.catalogueItem.findUniqueOrThrow({ where: { id }, include: { category: true } });

builder.mutationFields((t) => ({
  createCountyCatalogueItem: t.field({
    type: CatalogueItemRef,
    description: "Add an item to a county's default catalogue, which every community of the county inherits",
    errors: writeResult("CreateCountyCatalogueItem", "item"),
    extensions: { changesPortal: true },
    args: { input: t.arg({ type: CreateCountyCatalogueItemInput, required: true, description: "The item" }) },
    authScopes: (_root, { input }) => ({ countyEditorOf: input.countyCode }),
    resolve: async (_root, { input }, ctx) =>
      reload(ctx, (await createCountyCatalogueItem(ctx.db, signedIn(ctx), sentFields(input))).id),
  }),
  createCommunityCatalogueItem: t.field({
    type: CatalogueItemRef,
    description: "Add an item of a community's own to its catalogue",
    errors: writeResult("CreateCommunityCatalogueItem", "item"),
    extensions: { changesPortal: true },
    args: { input: t.arg({ type: CreateCommunityCatalogueItemInput, required: true, description: "The item" }) },
    authScopes: (_root, { input }) => ({ editorOf: [input.communityCode] }),
    resolve: async (_root, { input }, ctx) =>
      reload(ctx, (await createCommunityCatalogueItem(ctx.db, signedIn(ctx), sentFields(input))).id),
  }),
  retireCatalogueItem: t.field({
    type: CatalogueItemRef,
    description: "Retire an item (county default: county editors; a community's own: its editors); it stays on record",
    errors: writeResult("RetireCatalogueItem", "item"),
    extensions: { changesPortal: true },
    args: {
      id: t.arg.id({ required: true, description: "The item" }),
      reason: t.arg.string({ required: true, description: "Why it is retired" }),
    },
    authScopes: (_root, { id }, ctx) => catalogueItemScope(ctx.db, id),
    resolve: async (_root, args, ctx) => reload(ctx, (await retireCatalogueItem(ctx.db, signedIn(ctx), args)).id),
  }),
  suspendCatalogueItem: t.field({
    type: CatalogueSuspensionRef,
    description: "Suspend an inherited item in a community (暂停公开), with a reason shown publicly",
    errors: writeResult("SuspendCatalogueItem", "suspension"),
    extensions: { changesPortal: true },
    args: { input: t.arg({ type: SuspendCatalogueItemInput, required: true, description: "What, where and why" }) },
    authScopes: (_root, { input }) => ({ editorOf: [input.communityCode] }),
    resolve: (_root, { input }, ctx) => suspendCatalogueItem(ctx.db, signedIn(ctx), sentFields(input)),
  }),
  resumeCatalogueItem: t.field({
    type: CatalogueSuspensionRef,
    description: "End a suspension: the item is owed again from the period now running",
    errors: writeResult("ResumeCatalogueItem", "suspension"),
    extensions: { changesPortal: true },
    args: {
      suspensionId: t.arg.id({ required: true, description: "The suspension to end" }),
      reason: t.arg.string({ description: "Why it is resumed" }),
    },
    authScopes: async (_root, { suspensionId }, ctx) => ({ editorOf: await suspensionCommunities(ctx.db, suspensionId) }),
    resolve: (_root, args, ctx) => resumeCatalogueItem(ctx.db, signedIn(ctx), args),
  }),
}));
