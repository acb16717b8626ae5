import { loadCommunityQuestions, loadCountyOverdueQuestions, loadQuestion, summarize } from "../../api/questions/read.ts";
import { questionSettings } from "../../api/questions/settings.ts";
import { builder } from "../builder.ts";
import { asOfOf, QuestionRef, QuestionSummaryRef } from "./types.ts";

builder.prismaObjectField("Community", "questions", (t) =>
  t.field({
    type: [QuestionRef],
    description: "居民质询: the questions residents asked about this community's records, newest first",
    args: {
      subjectKind: t.arg.string({ description: "Only those about this kind of record, e.g. FINANCE_PERIOD" }),
      subjectId: t.arg.id({ description: "Only those about this record (with subjectKind)" }),
    },
    select: { id: true },
    resolve: (c, { subjectKind, subjectId }, ctx) =>
      loadCommunityQuestions(ctx.db, c.id, subjectKind ? { subjectKind, subjectId } : undefined),
  }),
);

builder.prismaObjectField("Community", "questionSummary", (t) =>
  t.field({
    type: QuestionSummaryRef,
    description: "The community's questions counted on a day: answered, awaiting, overdue, hidden",
    args: { asOf: t.arg({ type: "DateTime", description: "The instant to judge on; default: when the request arrived" }) },
    select: { id: true },
    resolve: async (c, { asOf }, ctx) => ({
      ...summarize(await loadCommunityQuestions(ctx.db, c.id), asOfOf(ctx, asOf)),
      answerWorkingDays: questionSettings().answerWorkingDays,
    }),
  }),
);

const CommunityOverdueQuestionsRef = builder
  .objectRef<Awaited<ReturnType<typeof loadCountyOverdueQuestions>>[number]>("CommunityOverdueQuestions")
  .implement({
    description: "A community and its questions unanswered past the time limit",
    fields: (t) => ({
      communityCode: t.string({ description: "The community's code", resolve: (r) => r.community.code }),
      communityName: t.string({ description: "The community's name", resolve: (r) => r.community.name }),
      overdueCount: t.int({ description: "How many questions are overdue", resolve: (r) => r.overdue.length }),
      overdue: t.field({ type: [QuestionRef], description: "The overdue questions, oldest first", resolve: (r) => r.overdue }),
    }),
  });

builder.prismaObjectField("County", "overdueQuestions", (t) =>
  t.field({
    type: [CommunityOverdueQuestionsRef],
    description: "Every community of the county ranked by its number of questions unanswered past the time limit, most first",
    args: { asOf: t.arg({ type: "DateTime", description: "The instant to judge on; default: when the request arrived" }) },
    select: { id: true },
    resolve: (county, { asOf }, ctx) => loadCountyOverdueQuestions(ctx.db, county.id, asOfOf(ctx, asOf)),
  }),
);

builder.queryField("question", (t) =>
  t.field({
    type: QuestionRef,
    nullable: true,
    description: "One resident's question by id",
    args: { id: t.arg.id({ required: true, description: "The question" }) },
    resolve: (_root, { id }, ctx) => loadQuestion(ctx.db, id),
  }),
);
