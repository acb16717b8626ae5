import type { Context } from "../../api/context.ts";
import type { Community, WelfareQuota } from "../../api/db/generated/client.ts";
import { yuan } from "../../api/money.ts";
import { communityFigures, postActiveOn, sumFigures, turnover, type WelfareFigures } from "../../api/welfare/programme.ts";
import { TURNOVER_MONTHS } from "../../api/welfare/rules.ts";
import { builder } from "../builder.ts";
import { CommunityRef } from "../communities/types.ts";
import { dayOf, ON_ARG, TurnoverMonthRef, WelfareFiguresRef, WelfareQuotaRef } from "./types.ts";

interface CommunityScope {
  communityId: string;
  on: string;
}
interface CountyScope {
  countyId: string;
  on: string;
}

const CommunityWelfareRef = builder.objectRef<CommunityScope>("CommunityWelfare").implement({
  description:
    "A community's public-welfare posts (公益性岗位) on a day: counts, posts and holders (masked), turnover, subsidies",
  fields: (t) => ({
    on: t.exposeString("on", { description: "ISO date the figures are taken on" }),
    figures: t.field({
      type: WelfareFiguresRef,
      description: "Quota, posts, held and vacant on the day",
      resolve: async (s, _args, ctx) =>
        (await communityFigures(ctx.db, [s.communityId], s.on)).get(s.communityId) as WelfareFigures,
    }),
    posts: t.prismaField({
      type: ["WelfarePost"],
      description: "The posts existing on the day, by code",
      resolve: (query, s, _args, ctx) =>
        ctx.db.welfarePost.findMany({
          ...query,
          where: { communityId: s.communityId, ...postActiveOn(s.on) },
          orderBy: { code: "asc" },
        }),
    }),
    appointments: t.prismaField({
      type: ["WelfareAppointment"],
      description: "Appointment notices published up to the day, newest first",
      resolve: (query, s, _args, ctx) =>
        ctx.db.welfareAppointment.findMany({
          ...query,
          where: { communityId: s.communityId, noticeFrom: { lte: s.on } },
          orderBy: [{ noticeFrom: "desc" }, { id: "asc" }],
        }),
    }),
    exits: t.prismaField({
      type: ["WelfareTenure"],
      description: "Holders who left in the twelve months up to the day, most recent first",
      resolve: (query, s, _args, ctx) =>
        ctx.db.welfareTenure.findMany({
          ...query,
          where: {
            post: { communityId: s.communityId },
            endedOn: { lte: s.on, gt: `${Number(s.on.slice(0, 4)) - 1}${s.on.slice(4)}` },
          },
          orderBy: [{ endedOn: "desc" }, { id: "asc" }],
        }),
    }),
    turnover: t.field({
      type: [TurnoverMonthRef],
      description: `Joins and exits per month, oldest first: the ${TURNOVER_MONTHS} months up to the day's month`,
      resolve: (s, _args, ctx) => turnover(ctx.db, [s.communityId], s.on),
    }),
    subsidies: t.prismaField({
      type: ["WelfareSubsidyPayment"],
      description: "Subsidy paid per month (counts and totals), newest first, published up to the day",
      resolve: (query, s, _args, ctx) =>
        ctx.db.welfareSubsidyPayment.findMany({
          ...query,
          where: { communityId: s.communityId, paidOn: { lte: s.on } },
          orderBy: { month: "desc" },
          take: TURNOVER_MONTHS,
        }),
    }),
  }),
});

builder.prismaObjectField("Community", "welfare", (t) =>
  t.field({
    type: CommunityWelfareRef,
    description: "公益性岗位: the community's public-welfare posts on a day",
    args: { on: t.arg.string({ description: ON_ARG }) },
    select: { id: true },
    resolve: (c, { on }) => ({ communityId: c.id, on: dayOf(on) }),
  }),
);

interface CommunityRow {
  community: Community;
  figures: WelfareFigures;
}

const CommunityFiguresRef = builder.objectRef<CommunityRow>("CommunityWelfareFigures").implement({
  description: "A community of the county and its public-welfare post figures on the day",
  fields: (t) => ({
    community: t.field({ type: CommunityRef, description: "The community", resolve: (r) => r.community }),
    figures: t.field({ type: WelfareFiguresRef, description: "Its figures", resolve: (r) => r.figures }),
  }),
});

interface SubsidyMonth {
  month: string;
  communities: number;
  holders: number;
  total: number;
}

const SubsidyMonthRef = builder.objectRef<SubsidyMonth>("WelfareSubsidyMonth").implement({
  description: "A month's public-welfare subsidies across a county: counts and totals of the communities that published",
  fields: (t) => ({
    month: t.exposeString("month", { description: "YYYY-MM" }),
    communities: t.exposeInt("communities", { description: "Communities that published the month" }),
    holders: t.exposeInt("holders", { description: "People paid, summed over those communities" }),
    total: t.string({ description: "Total paid, exact decimal yuan", resolve: (m) => yuan(m.total) }),
  }),
});

const communitiesOf = (ctx: Context, countyId: string) =>
  ctx.db.community.findMany({ where: { township: { countyId } }, orderBy: { code: "asc" } });

const CountyWelfareRef = builder.objectRef<CountyScope>("CountyWelfare").implement({
  description: "A county's public-welfare post programme on a day: its quota, each community's figures, turnover and subsidies",
  fields: (t) => ({
    on: t.exposeString("on", { description: "ISO date the figures are taken on" }),
    quota: t.field({
      type: WelfareQuotaRef,
      nullable: true,
      description: "The county's quota and its basis; null when none is set",
      resolve: (s, _args, ctx): Promise<WelfareQuota | null> =>
        ctx.db.welfareQuota.findUnique({ where: { countyId: s.countyId } }),
    }),
    communities: t.field({
      type: [CommunityFiguresRef],
      description: "Each community with its figures, by code",
      resolve: async (s, _args, ctx) => {
        const communities = await communitiesOf(ctx, s.countyId);
        const figures = await communityFigures(
          ctx.db,
          communities.map((c) => c.id),
          s.on,
        );
        return communities.map((community) => ({ community, figures: figures.get(community.id) as WelfareFigures }));
      },
    }),
    figures: t.field({
      type: WelfareFiguresRef,
      description: "The county's figures: the communities' summed",
      resolve: async (s, _args, ctx) => {
        const communities = await communitiesOf(ctx, s.countyId);
        const figures = await communityFigures(
          ctx.db,
          communities.map((c) => c.id),
          s.on,
        );
        return sumFigures(figures.values());
      },
    }),
    turnover: t.field({
      type: [TurnoverMonthRef],
      description: `Joins and exits per month across the county, oldest first (${TURNOVER_MONTHS} months)`,
      resolve: async (s, _args, ctx) =>
        turnover(
          ctx.db,
          (await communitiesOf(ctx, s.countyId)).map((c) => c.id),
          s.on,
        ),
    }),
    subsidies: t.field({
      type: [SubsidyMonthRef],
      description: "Subsidies per month across the county (counts and totals), newest first, published up to the day",
      resolve: async (s, _args, ctx) => {
        const rows = await ctx.db.welfareSubsidyPayment.groupBy({
          by: ["month"],
          where: { community: { township: { countyId: s.countyId } }, paidOn: { lte: s.on } },
          _count: true,
          _sum: { holders: true, total: true },
          orderBy: { month: "desc" },
          take: TURNOVER_MONTHS,
        });
        return rows.map((r) => ({
          month: r.month,
          communities: r._count,
          holders: r._sum.holders ?? 0,
          total: r._sum.total ?? 0,
        }));
      },
    }),
  }),
});

builder.prismaObjectField("County", "welfare", (t) =>
  t.field({
    type: CountyWelfareRef,
    description: "公益性岗位: the county's public-welfare post programme on a day",
    args: { on: t.arg.string({ description: ON_ARG }) },
    select: { id: true },
    resolve: (c, { on }) => ({ countyId: c.id, on: dayOf(on) }),
  }),
);
