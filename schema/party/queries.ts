import { builder } from "../builder.ts";

builder.queryField("partyNotice", (t) =>
  t.prismaField({
    type: "PartyDevelopmentNotice",
    nullable: true,
    description: "A member-development notice by its stable id",
    args: { id: t.arg.id({ required: true, description: "The notice" }) },
    resolve: (query, _root, { id }, ctx) => ctx.db.partyDevelopmentNotice.findUnique({ ...query, where: { id: String(id) } }),
  }),
);

builder.prismaObjectFields("Community", (t) => ({
  partyMeetings: t.relation("partyMeetings", {
    description: "Party meetings as held, newest first; corrected records included (see superseded)",
    args: { year: t.arg.int({ description: "Only meetings held in this year" }) },
    query: ({ year }) => ({
      where: year ? { heldOn: { gte: `${year}-01-01`, lte: `${year}-12-31` } } : {},
      orderBy: [{ heldOn: "desc" }, { recordedAt: "desc" }],
    }),
  }),
  partyNotices: t.relation("partyNotices", {
    description: "Member-development notices (发展对象公示, 预备党员公示), newest window first",
    query: { orderBy: [{ opensOn: "desc" }, { publishedAt: "desc" }] },
  }),
  partyAppraisals: t.relation("partyAppraisals", {
    description: "Democratic appraisal results per year, newest first; corrected records included (see superseded)",
    query: { orderBy: [{ year: "desc" }, { recordedAt: "desc" }] },
  }),
  partyFeeMonths: t.relation("partyFeeMonths", {
    description: "Party-fee totals per month, newest first",
    args: { year: t.arg.int({ description: "Only months of this year" }) },
    query: ({ year }) => ({
      where: year ? { month: { startsWith: `${year}-` } } : {},
      orderBy: { month: "desc" },
    }),
  }),
}));
