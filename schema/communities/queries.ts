import { builder } from "../builder.ts";

builder.queryFields((t) => ({
  counties: t.prismaField({
    type: ["County"],
    description: "Every county, with its townships and communities",
    resolve: (query, _root, _args, ctx) => ctx.db.county.findMany({ ...query, orderBy: { code: "asc" } }),
  }),
  county: t.prismaField({
    type: "County",
    nullable: true,
    args: { code: t.arg.string({ required: true }) },
    resolve: (query, _root, { code }, ctx) => ctx.db.county.findUnique({ ...query, where: { code } }),
  }),
  communities: t.prismaConnection({
    type: "Community",
    cursor: "code",
    args: { countyCode: t.arg.string({ description: "Only communities of this county" }) },
    resolve: (query, _root, { countyCode }, ctx) =>
      ctx.db.community.findMany({
        ...query,
        where: countyCode ? { township: { county: { code: countyCode } } } : {},
        orderBy: { code: "asc" },
      }),
  }),
  community: t.prismaField({
    type: "Community",
    nullable: true,
    args: { code: t.arg.string({ required: true }) },
    resolve: (query, _root, { code }, ctx) => ctx.db.community.findUnique({ ...query, where: { code } }),
  }),
}));
