import { type Context, signedIn } from "../../api/context.ts";
import type { Prisma } from "../../api/db/generated/client.ts";
import { correct, createDraft, publish, targetCommunityCodes, updateDraft, withdraw } from "../../api/disclosures/service.ts";
import { builder, selection, sentFields } from "../builder.ts";
import { writeResult } from "../errors.ts";

/**
 * Input types carry only the shape; the rules (lengths, period format, existence of communities
 * and categories) live in the service's zod schemas so that every caller gets the same checks.
 */
const CreateDisclosureInput = builder.inputType("CreateDisclosureInput", {
  fields: (t) => ({
    communityCodes: t.stringList({ required: true, description: "Where it is published: one or several communities" }),
    categoryCode: t.string({ required: true }),
    title: t.string({ required: true }),
    body: t.string({ required: true, description: "Markdown" }),
    period: t.string({ description: "2026-03, 2026-Q1, 2026 or 2026-03-01/2026-03-15" }),
    catalogueItemId: t.id({
      description:
        "The disclosure-catalogue item (公开目录) this disclosure fulfils; it must be in the catalogue of one of its communities",
    }),
  }),
});

const UpdateDisclosureInput = builder.inputType("UpdateDisclosureInput", {
  description: "Fields to change on a draft; omitted fields stay as they are",
  fields: (t) => ({
    communityCodes: t.stringList(),
    categoryCode: t.string(),
    title: t.string(),
    body: t.string(),
    period: t.string({ description: "null clears the period" }),
  }),
});

const CorrectDisclosureInput = builder.inputType("CorrectDisclosureInput", {
  fields: (t) => ({
    title: t.string({ required: true }),
    body: t.string({ required: true }),
    period: t.string(),
    reason: t.string({ required: true, description: "Why the correction was needed (更正说明), shown to residents" }),
  }),
});

/**
 * Services return the bare row; reading it back with the client's selection lets nested fields
 * (communities, correction links) load in the same query as the row itself.
 */
const reload = async (query: Omit<Prisma.DisclosureFindUniqueArgs, "where">, ctx: Context, pending: Promise<{ id: string }>) => {
  const { id } = await pending;
  return ctx.db.disclosure.findUniqueOrThrow({ ...selection(query), where: { id } });
};

builder.mutationFields((t) => ({
  createDisclosure: t.prismaField({
    type: "Disclosure",
    description: "Create a draft in one or several communities",
    errors: writeResult("CreateDisclosure", "disclosure"),
    args: { input: t.arg({ type: CreateDisclosureInput, required: true }) },
    authScopes: (_root, { input }) => ({ editorOf: input.communityCodes }),
    resolve: (query, _root, { input }, ctx) => reload(query, ctx, createDraft(ctx.db, signedIn(ctx), sentFields(input))),
  }),
  updateDisclosureDraft: t.prismaField({
    type: "Disclosure",
    description: "Edit a draft. Published disclosures are immutable: use correctDisclosure",
    errors: writeResult("UpdateDisclosureDraft", "disclosure"),
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateDisclosureInput, required: true }) },
    // The editor must hold both the communities the draft reaches now and those it is moved to.
    authScopes: async (_root, { id, input }, ctx) => {
      const current = await targetCommunityCodes(ctx.db, id);
      return { editorOf: current && [...current, ...(input.communityCodes ?? [])] };
    },
    resolve: (query, _root, { id, input }, ctx) =>
      reload(query, ctx, updateDraft(ctx.db, signedIn(ctx), { id, input: sentFields(input) })),
  }),
  publishDisclosure: t.prismaField({
    type: "Disclosure",
    description: "Publish a draft: it becomes immutable and gets its SHA-256 hash",
    extensions: { changesPortal: true },
    errors: writeResult("PublishDisclosure", "disclosure"),
    args: { id: t.arg.id({ required: true }) },
    authScopes: async (_root, { id }, ctx) => ({ editorOf: await targetCommunityCodes(ctx.db, id) }),
    resolve: (query, _root, { id }, ctx) => reload(query, ctx, publish(ctx.db, signedIn(ctx), { id })),
  }),
  correctDisclosure: t.prismaField({
    type: "Disclosure",
    description: "Publish a correction (更正): a new disclosure that supersedes this one; both stay visible",
    extensions: { changesPortal: true },
    errors: writeResult("CorrectDisclosure", "disclosure"),
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: CorrectDisclosureInput, required: true }) },
    authScopes: async (_root, { id }, ctx) => ({ editorOf: await targetCommunityCodes(ctx.db, id) }),
    resolve: (query, _root, { id, input }, ctx) =>
      reload(query, ctx, correct(ctx.db, signedIn(ctx), { id, input: sentFields(input) })),
  }),
  withdrawDisclosure: t.prismaField({
    type: "Disclosure",
    description: "Withdraw (撤回) a published disclosure; it stays visible with the reason",
    extensions: { changesPortal: true },
    errors: writeResult("WithdrawDisclosure", "disclosure"),
    args: { id: t.arg.id({ required: true }), reason: t.arg.string({ required: true }) },
    authScopes: async (_root, { id }, ctx) => ({ editorOf: await targetCommunityCodes(ctx.db, id) }),
    resolve: (query, _root, { id, reason }, ctx) => reload(query, ctx, withdraw(ctx.db, signedIn(ctx), { id, reason })),
  }),
}));
