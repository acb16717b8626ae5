import { type Context, signedIn } from "../../api/context.ts";
import { questionCommunities, questionCommunity } from "../../api/questions/access.ts";
import { MODERATION_ACTION_LABELS } from "../../api/questions/labels.ts";
import { loadQuestion } from "../../api/questions/read.ts";
import { addQuestionOpinion, answerQuestion, askQuestion, moderateQuestion } from "../../api/questions/service.ts";
import { SUBJECT_KINDS } from "../../api/questions/subjects.ts";
import { builder, labelledValues, sentFields } from "../builder.ts";
import { writeResult } from "../errors.ts";
import { QuestionRef } from "./types.ts";

const ModerationAction = builder.enumType("ModerationAction", {
  description: "What moderation does with a question",
  values: labelledValues(MODERATION_ACTION_LABELS),
});

const AskQuestionInput = builder.inputType("AskQuestionInput", {
  description: "A resident's question about a published record; anyone may ask, no token needed",
  fields: (t) => ({
    subjectKind: t.string({
      required: true,
      description: `What kind of record: ${Object.keys(SUBJECT_KINDS).join(", ")}`,
    }),
    subjectId: t.id({ required: true, description: "The record's id" }),
    communityCode: t.string({ description: "The community asked, where the record is published in several" }),
    text: t.string({ required: true, description: "The question (5 to QUESTION_MAX_CHARS characters, default 500)" }),
    name: t.string({ description: "A name to sign with (published masked, e.g. 张*芳); leave out to ask anonymously" }),
    contact: t.string({ description: "How to reach you (phone …): kept private, seen only by the community and its committee" }),
  }),
});

const QuestionOpinionInput = builder.inputType("QuestionOpinionInput", {
  description: "A supervision-committee member's own opinion on a question",
  fields: (t) => ({
    questionId: t.id({ required: true, description: "The question" }),
    opinion: t.string({ required: true, description: "The opinion (at least 4 characters)" }),
  }),
});

const reload = async (ctx: Context, id: string) => {
  const q = await loadQuestion(ctx.db, id);
  if (!q) throw new Error(`question ${id} vanished`);
  return q;
};

builder.mutationFields((t) => ({
  askQuestion: t.field({
    type: QuestionRef,
    description:
      "Ask a question about a published record, anonymously or with a name. It is counted at once; its text is public once the community publishes or answers it. Rate-limited per address (QUESTION_RATE_LIMIT_PER_HOUR).",
    errors: writeResult("AskQuestion", "question"),
    args: { input: t.arg({ type: AskQuestionInput, required: true, description: "The question" }) },
    resolve: async (_root, { input }, ctx) => reload(ctx, (await askQuestion(ctx.db, ctx.viewer, sentFields(input))).id),
  }),
  moderateQuestion: t.field({
    type: QuestionRef,
    description: "Publish a question's text, or hide abusive text or personal data with a public reason (community editors)",
    errors: writeResult("ModerateQuestion", "question"),
    extensions: { changesPortal: true },
    args: {
      id: t.arg.id({ required: true, description: "The question" }),
      action: t.arg({ type: ModerationAction, required: true, description: "PUBLISH or HIDE" }),
      reason: t.arg.string({ description: "Why it is hidden (required to hide; published)" }),
    },
    authScopes: async (_root, { id }, ctx) => ({ editorOf: await questionCommunities(ctx.db, id) }),
    resolve: async (_root, args, ctx) => reload(ctx, (await moderateQuestion(ctx.db, signedIn(ctx), args)).id),
  }),
  answerQuestion: t.field({
    type: QuestionRef,
    description: "The community's answer, published beside the question under the answering editor's own account; once",
    errors: writeResult("AnswerQuestion", "question"),
    extensions: { changesPortal: true },
    args: {
      id: t.arg.id({ required: true, description: "The question" }),
      text: t.arg.string({ required: true, description: "The answer (5 to 2000 characters)" }),
    },
    authScopes: async (_root, { id }, ctx) => ({ editorOf: await questionCommunities(ctx.db, id) }),
    resolve: async (_root, args, ctx) => reload(ctx, (await answerQuestion(ctx.db, signedIn(ctx), args)).questionId),
  }),
  addQuestionOpinion: t.field({
    type: QuestionRef,
    description: "A supervision-committee member's opinion on a question, with their own token (their own act)",
    errors: writeResult("AddQuestionOpinion", "question"),
    extensions: { changesPortal: true },
    args: { input: t.arg({ type: QuestionOpinionInput, required: true, description: "The opinion" }) },
    authScopes: async (_root, { input }, ctx) => ({ supervisorOf: await questionCommunity(ctx.db, String(input.questionId)) }),
    resolve: async (_root, { input }, ctx) => reload(ctx, (await addQuestionOpinion(ctx.db, signedIn(ctx), input)).questionId),
  }),
}));
