import { seesUnpublishedBooks, visiblePeriods } from "../../api/finance/access.ts";
import { builder } from "../builder.ts";
import { type FinanceYear, FinanceYearRef } from "./types.ts";

builder.queryFields((t) => ({
  financePeriod: t.prismaField({
    type: "FinancePeriod",
    nullable: true,
    description: "A month of the books: published, or any state for its community's editors and supervision committee",
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, { id }, ctx) => {
      const found = await ctx.db.financePeriod.findUnique({ ...query, where: { id: String(id) } });
      if (!found || found.status === "PUBLISHED") return found;
      const community = await ctx.db.community.findUniqueOrThrow({ where: { id: found.communityId }, select: { code: true } });
      return (await seesUnpublishedBooks(ctx.db, ctx.viewer, community.code)) ? found : null;
    },
  }),
}));

builder.prismaObjectFields("Community", (t) => ({
  ledgerCategories: t.relation("ledgerCategories", {
    description: "收支科目 of the community's books, income first, in chart order",
    args: { includeRetired: t.arg.boolean({ defaultValue: false }) },
    query: (args) => ({
      where: args.includeRetired ? {} : { retiredAt: null },
      orderBy: [{ direction: "asc" }, { sortOrder: "asc" }],
    }),
  }),
  financePeriods: t.prismaConnection({
    type: "FinancePeriod",
    cursor: "id",
    description: "Months of the books, newest first: published ones for everyone, all for editors and the committee",
    args: { year: t.arg.int() },
    resolve: async (query, community, { year }, ctx) =>
      ctx.db.financePeriod.findMany({
        ...query,
        where: {
          communityId: community.id,
          ...(await visiblePeriods(ctx.db, ctx.viewer, community.code)),
          ...(year ? { month: { startsWith: `${year}-` } } : {}),
        },
        orderBy: { month: "desc" },
      }),
  }),
  financePeriod: t.prismaField({
    type: "FinancePeriod",
    nullable: true,
    args: { month: t.arg.string({ required: true, description: "2026-03" }) },
    resolve: async (query, community, { month }, ctx) =>
      ctx.db.financePeriod.findFirst({
        ...query,
        where: { communityId: community.id, month, ...(await visiblePeriods(ctx.db, ctx.viewer, community.code)) },
      }),
  }),
  financeYears: t.field({
    type: ["Int"],
    description: "Years with published months, newest first",
    resolve: async (community, _a, ctx) => {
      const months = await ctx.db.financePeriod.findMany({
        where: { communityId: community.id, status: "PUBLISHED" },
        select: { month: true },
      });
      return [...new Set(months.map((m) => Number(m.month.slice(0, 4))))].sort((a, b) => b - a);
    },
  }),
  financeYear: t.field({
    type: FinanceYearRef,
    description: "A year's published months with year-to-date totals",
    args: { year: t.arg.int({ required: true }) },
    resolve: async (community, { year }, ctx): Promise<FinanceYear> => ({
      communityId: community.id,
      year,
      periods: await ctx.db.financePeriod.findMany({
        where: { communityId: community.id, status: "PUBLISHED", month: { startsWith: `${year}-` } },
        orderBy: { month: "asc" },
      }),
    }),
  }),
  collectiveAssets: t.relation("collectiveAssets", { description: "集体资产 register", query: { orderBy: { code: "asc" } } }),
  assetIncomeStatements: t.relation("assetStatements", {
    description: "资产收益使用情况, newest year first",
    query: { orderBy: { year: "desc" } },
  }),
}));

builder.prismaObjectFields("User", (t) => ({
  reviewSignatures: t.relation("signatures", {
    description:
      "The months this account signed as a supervision-committee member, newest first; User is only reachable through `me` (its owner) and `users` (platform admins)",
    args: { first: t.arg.int({ defaultValue: 50, description: "How many, at most 100" }) },
    query: ({ first }) => ({
      where: { signedAt: { not: null } },
      orderBy: [{ signedAt: "desc" }, { id: "desc" }],
      take: Math.min(Math.max(first ?? 50, 0), 100),
    }),
  }),
}));
