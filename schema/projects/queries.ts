import { builder } from "../builder.ts";
import { FundedProjectRef } from "./types.ts";

const byApproval = [{ createdAt: "desc" as const }, { id: "asc" as const }];

builder.prismaObjectField("Community", "projects", (t) =>
  t.relation("fundedProjects", {
    description: "资助项目: the community's funded projects, newest first",
    query: { orderBy: byApproval },
  }),
);

builder.prismaObjectField("County", "projects", (t) =>
  t.prismaField({
    type: ["FundedProject"],
    description: "Every funded project of the county's communities, newest first",
    select: { id: true },
    resolve: (query, county, _a, ctx) =>
      ctx.db.fundedProject.findMany({
        ...query,
        where: { community: { township: { countyId: county.id } } },
        orderBy: byApproval,
      }),
  }),
);

builder.prismaObjectField("LedgerEntry", "project", (t) =>
  t.prismaField({
    type: FundedProjectRef,
    nullable: true,
    description: "The funded project this expense was spent on, if it is linked to one",
    // Looked up by id (batched by Prisma) only for linked entries: a month without links costs no `IN (NULL)`.
    select: { projectLink: { select: { projectId: true } } },
    resolve: (query, e, _args, ctx) =>
      e.projectLink ? ctx.db.fundedProject.findUnique({ ...query, where: { id: e.projectLink.projectId } }) : null,
  }),
);

builder.queryFields((t) => ({
  fundedProject: t.prismaField({
    type: "FundedProject",
    nullable: true,
    description: "A funded project by id",
    args: { id: t.arg.id({ required: true, description: "The project's id" }) },
    resolve: (query, _root, { id }, ctx) => ctx.db.fundedProject.findUnique({ ...query, where: { id } }),
  }),
}));
