import { builder } from "../builder.ts";

builder.queryFields((t) => ({
  users: t.prismaField({
    type: ["User"],
    description: "Every staff account, oldest first; platform admins only",
    authScopes: { admin: true },
    resolve: (query, _root, _args, ctx) => ctx.db.user.findMany({ ...query, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
  }),
}));
