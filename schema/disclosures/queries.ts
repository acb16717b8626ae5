import type { ArgBuilder } from "@pothos/core";
import { canEditCommunities } from "../../api/auth/viewer.ts";
import type { Prisma } from "../../api/db/generated/client.ts";
import { targetCommunityCodes } from "../../api/disclosures/service.ts";
import { parsePeriod } from "../../api/periods.ts";
import { builder, type SchemaTypesOf } from "../builder.ts";

builder.queryFields((t) => ({
  categories: t.prismaField({
    type: ["DisclosureCategory"],
    resolve: (query, _root, _args, ctx) => ctx.db.disclosureCategory.findMany({ ...query, orderBy: { sortOrder: "asc" } }),
  }),
  disclosure: t.prismaField({
    type: "Disclosure",
    nullable: true,
    description: "A published or withdrawn disclosure; a draft only for the editors of its communities",
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, { id }, ctx) => {
      const found = await ctx.db.disclosure.findUnique({ ...query, where: { id: String(id) } });
      if (found?.status !== "DRAFT") return found;
      const codes = await targetCommunityCodes(ctx.db, found.id);
      return codes && (await canEditCommunities(ctx.db, ctx.viewer, codes)) ? found : null;
    },
  }),
}));

interface PublicFilter {
  category?: string | null;
  period?: string | null;
  currentOnly?: boolean | null;
}

/** The one definition of "publicly visible" plus the public filters, shared by every list. */
function publicWhere(args: PublicFilter): Prisma.DisclosureWhereInput {
  const where: Prisma.DisclosureWhereInput = {
    status: args.currentOnly ? "PUBLISHED" : { in: ["PUBLISHED", "WITHDRAWN"] },
  };
  if (args.currentOnly) where.correctedBy = { is: null };
  if (args.category) where.categoryCode = args.category;
  if (args.period) {
    const p = parsePeriod(args.period);
    // An unreadable period matches nothing rather than everything.
    where.AND = p ? [{ periodStart: { lte: p.end } }, { periodEnd: { gte: p.start } }] : [{ id: { in: [] } }];
  }
  return where;
}

const filterArgs = (arg: ArgBuilder<SchemaTypesOf<typeof builder>>) => ({
  category: arg.string({ description: "Category code, e.g. PARTY_AFFAIRS" }),
  period: arg.string({ description: "Only items whose period overlaps this one: 2026-03, 2026-Q1, 2026 …" }),
  currentOnly: arg.boolean({ description: "Leave out superseded and withdrawn items", defaultValue: false }),
});

const newestFirst = [{ publishedAt: "desc" }, { id: "desc" }] satisfies Prisma.DisclosureOrderByWithRelationInput[];

builder.queryField("disclosures", (t) =>
  t.prismaConnection({
    type: "Disclosure",
    cursor: "id",
    description: "Everything published in any community, newest first (withdrawn items included)",
    args: filterArgs(t.arg),
    resolve: (query, _root, args, ctx) =>
      ctx.db.disclosure.findMany({ ...query, where: publicWhere(args), orderBy: newestFirst }),
  }),
);

builder.prismaObjectField("Community", "disclosures", (t) =>
  t.prismaConnection({
    type: "Disclosure",
    cursor: "id",
    description: "What this community has published, newest first (withdrawn items included, with their reason)",
    args: filterArgs(t.arg),
    resolve: async (query, community, args, ctx) => {
      // The ids first, from the community's targets: filtering disclosures by `targets: { some }`
      // (a correlated EXISTS), or by status beside the ids, makes SQLite walk every published
      // disclosure of every community, so the page's time grew with the whole province's size.
      const targets = await ctx.db.disclosureTarget.findMany({
        where: { communityId: community.id, disclosure: publicWhere(args) },
        select: { disclosureId: true },
      });
      return ctx.db.disclosure.findMany({
        ...query,
        where: { id: { in: targets.map((t) => t.disclosureId) } },
        orderBy: newestFirst,
      });
    },
  }),
);

builder.prismaObjectField("Community", "drafts", (t) =>
  t.prismaField({
    type: ["Disclosure"],
    description: "Unpublished drafts; editors of this community only",
    authScopes: (community) => ({ editorOf: [community.code] }),
    resolve: (query, community, _args, ctx) =>
      ctx.db.disclosure.findMany({
        ...query,
        where: { status: "DRAFT", targets: { some: { communityId: community.id } } },
        orderBy: { updatedAt: "desc" },
      }),
  }),
);
