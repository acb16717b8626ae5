import { totalsByKind } from "../../api/assistance/totals.ts";
import { builder } from "../builder.ts";
import { AssistanceKindEnum, AssistanceKindTotalRef } from "./types.ts";

const newestFirst = [{ period: "desc" as const }, { createdAt: "desc" as const }, { id: "asc" as const }];
const byPlace = [
  { province: "asc" as const },
  { county: "asc" as const },
  { township: "asc" as const },
  { name: "asc" as const },
];

builder.prismaObjectField("Community", "assistanceLists", (t) =>
  t.relation("assistanceLists", {
    description:
      "救助和帮扶公示: the community's published assistance lists, newest period first, corrections beside what they correct",
    args: { kind: t.arg({ type: AssistanceKindEnum, description: "Only lists of this kind" }) },
    query: ({ kind }) => ({ where: kind ? { kind } : {}, orderBy: newestFirst }),
  }),
);

builder.prismaObjectField("Community", "assistanceTotals", (t) =>
  t.field({
    type: [AssistanceKindTotalRef],
    description: "The community's standing assistance lists (corrections replace what they correct) added up by kind",
    select: {
      assistanceLists: {
        select: {
          kind: true,
          correctedBy: { select: { id: true } },
          rows: { select: { householdSize: true, amount: true, reason: true } },
        },
      },
    },
    resolve: (c) => totalsByKind(c.assistanceLists.map((l) => ({ ...l, superseded: l.correctedBy !== null }))),
  }),
);

builder.prismaObjectField("County", "originVillages", (t) =>
  t.relation("originVillages", {
    description: "The villages of origin this county's editors keep in the register",
    query: { orderBy: byPlace },
  }),
);

builder.prismaObjectField("OriginVillage", "assistanceLists", (t) =>
  t.prismaField({
    type: ["AssistanceList"],
    description:
      "Every published list with a household from this village, whatever community it moved to, newest period first: the same notices, with the same hashes, as the communities show",
    resolve: (query, v, _a, ctx) =>
      ctx.db.assistanceList.findMany({ ...query, where: { rows: { some: { villageId: v.id } } }, orderBy: newestFirst }),
  }),
);

builder.queryFields((t) => ({
  assistanceList: t.prismaField({
    type: "AssistanceList",
    nullable: true,
    description: "A published assistance list by id",
    args: { id: t.arg.id({ required: true, description: "The list's id" }) },
    resolve: (query, _root, { id }, ctx) => ctx.db.assistanceList.findUnique({ ...query, where: { id } }),
  }),
  originVillages: t.prismaField({
    type: ["OriginVillage"],
    description: "迁出村名录: every registered village of origin, by province, county, township and name",
    resolve: (query, _root, _a, ctx) => ctx.db.originVillage.findMany({ ...query, orderBy: byPlace }),
  }),
  originVillage: t.prismaField({
    type: "OriginVillage",
    nullable: true,
    description: "A village of origin by its public code",
    args: { code: t.arg.string({ required: true, description: "The village's code, e.g. RJ-V-PINGYANG" }) },
    resolve: (query, _root, { code }, ctx) => ctx.db.originVillage.findUnique({ ...query, where: { code } }),
  }),
}));
