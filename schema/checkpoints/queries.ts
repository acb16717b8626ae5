import { builder } from "../builder.ts";
import { CheckpointLogRef } from "./types.ts";

builder.queryFields((t) => ({
  checkpointLogs: t.field({
    type: [CheckpointLogRef],
    description: "Every county's checkpoint log, by county code",
    resolve: (_root, _args, ctx) => ctx.db.county.findMany({ orderBy: { code: "asc" } }),
  }),
  checkpointLog: t.field({
    type: CheckpointLogRef,
    nullable: true,
    description: "One county's checkpoint log; null if there is no such county",
    args: { countyCode: t.arg.string({ required: true, description: "The county's code, e.g. RJ" }) },
    resolve: (_root, { countyCode }, ctx) => ctx.db.county.findUnique({ where: { code: countyCode } }),
  }),
}));
