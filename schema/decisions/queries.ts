import { builder } from "../builder.ts";

/** A decision is public from its first stage: before the Party organization's proposal it is only an entry. */
const started = { stages: { some: {} } };

builder.queryFields((t) => ({
  decision: t.prismaField({
    type: "Decision",
    nullable: true,
    description: "A decision and its 四议两公开 trail; null until its first stage is recorded",
    args: { id: t.arg.id({ required: true, description: "The decision" }) },
    resolve: (query, _root, { id }, ctx) => ctx.db.decision.findFirst({ ...query, where: { id: String(id), ...started } }),
  }),
}));

builder.prismaObjectField("Community", "decisions", (t) =>
  t.relation("decisions", {
    description: "重大事项决策 (四议两公开) of the community, newest first, from their first stage on",
    query: { where: started, orderBy: [{ createdAt: "desc" }, { id: "desc" }] },
  }),
);
