import { builder } from "./builder.ts";
import { CommunityRef } from "./communities/types.ts";

const Role = builder.enumType("Role", {
  values: {
    ADMIN: { description: "平台管理员" },
    COUNTY_EDITOR: { description: "县级编辑：本县所有社区" },
    COMMUNITY_EDITOR: { description: "社区编辑：指定社区" },
    SUPERVISOR: { description: "居务监督委员会成员：一个社区" },
  },
});

builder.prismaObject("User", {
  description: "A staff account; visible to itself (me) and to platform admins (users)",
  fields: (t) => ({
    name: t.exposeString("name"),
    role: t.expose("role", { type: Role }),
    county: t.relation("county", { nullable: true }),
    communities: t.field({
      type: [CommunityRef],
      select: (_args, _ctx, nested) => ({ communities: { select: { community: nested(true) } } }),
      resolve: (u) => u.communities.map((c) => c.community),
    }),
  }),
});

builder.queryFields((t) => ({
  me: t.prismaField({
    type: "User",
    nullable: true,
    description: "The account behind the request's token, or null without one",
    resolve: (query, _root, _args, ctx) =>
      ctx.viewer ? ctx.db.user.findUnique({ ...query, where: { id: ctx.viewer.userId } }) : null,
  }),
}));
