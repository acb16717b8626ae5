import { builder } from "../builder.ts";

builder.queryFields((t) => ({
  feeItem: t.prismaField({
    type: "FeeItem",
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, { id }, ctx) => ctx.db.feeItem.findUnique({ ...query, where: { id: String(id) } }),
  }),
}));
