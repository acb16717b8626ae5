import { electionCommunities } from "../../api/elections/access.ts";
import { voterListPrintHtml } from "../../api/elections/render.ts";
import { voterListFor } from "../../api/elections/service.ts";
import { builder } from "../builder.ts";

builder.queryFields((t) => ({
  election: t.prismaField({
    type: "Election",
    nullable: true,
    description: "An election (换届选举): every election is public from its voter list's publication",
    args: { id: t.arg.id({ required: true, description: "The election" }) },
    resolve: (query, _root, { id }, ctx) => ctx.db.election.findUnique({ ...query, where: { id: String(id) } }),
  }),
  electionVoterListPrint: t.string({
    description:
      "The full voter list as printable HTML for the notice board — the community's editors only; never published on the web",
    args: { electionId: t.arg.id({ required: true, description: "The election" }) },
    authScopes: async (_root, { electionId }, ctx) => ({ editorOf: await electionCommunities(ctx.db, String(electionId)) }),
    resolve: async (_root, { electionId }, ctx) => {
      const { heading, voters } = await voterListFor(ctx.db, String(electionId));
      return voterListPrintHtml(heading, voters);
    },
  }),
}));

builder.prismaObjectField("Community", "elections", (t) =>
  t.prismaField({
    type: ["Election"],
    description: "换届选举 of the community's bodies, latest election day first",
    select: { id: true },
    resolve: (query, c, _args, ctx) =>
      ctx.db.election.findMany({
        ...query,
        where: { organization: { communityId: c.id } },
        orderBy: [{ electionDay: "desc" }, { id: "desc" }],
      }),
  }),
);
