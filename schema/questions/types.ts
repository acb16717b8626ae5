import { canEditCommunities, isSupervisorOf } from "../../api/auth/viewer.ts";
import type { Context } from "../../api/context.ts";
import type { QuestionAnswer, QuestionOpinion } from "../../api/db/generated/client.ts";
import { maskName } from "../../api/names.ts";
import { QUESTION_STANDING_LABELS, QUESTION_STATUS_LABELS } from "../../api/questions/labels.ts";
import type { QuestionRow, QuestionSummary } from "../../api/questions/read.ts";
import { answerCanonical } from "../../api/questions/service.ts";
import { dueOnOf, standingOf } from "../../api/questions/status.ts";
import {
  loadSubjects,
  SUBJECT_KIND_LABELS,
  SUBJECT_KINDS,
  type SubjectInfo,
  type SubjectKindCode,
} from "../../api/questions/subjects.ts";
import { builder, labelledValues } from "../builder.ts";

export const QuestionStatus = builder.enumType("QuestionStatus", {
  description: "Where a question is in moderation",
  values: labelledValues(QUESTION_STATUS_LABELS),
});

export const QuestionStanding = builder.enumType("QuestionStanding", {
  description: "Where a question stands on a day: answered (on time or late), awaiting an answer, overdue, or hidden",
  values: labelledValues(QUESTION_STANDING_LABELS),
});

const AS_OF = "The instant to judge on (its Asia/Shanghai day); default: when the request arrived";

/**
 * Who sees everything about a community's questions (hidden text, text awaiting moderation, the
 * asker's full name and contact): its editors and its supervision committee. Decided once per
 * request and community.
 */
const privilege = new WeakMap<Context, Map<string, Promise<boolean>>>();
export function seesAll(ctx: Context, communityCode: string): Promise<boolean> {
  if (!ctx.viewer) return Promise.resolve(false);
  const known = privilege.get(ctx) ?? new Map<string, Promise<boolean>>();
  privilege.set(ctx, known);
  let answer = known.get(communityCode);
  if (!answer) {
    answer = Promise.all([
      canEditCommunities(ctx.db, ctx.viewer, [communityCode]),
      isSupervisorOf(ctx.db, ctx.viewer, communityCode),
    ]).then(([edits, supervises]) => edits || supervises);
    known.set(communityCode, answer);
  }
  return answer;
}

/** Subjects of the questions resolved in one turn of a request, loaded together. */
const subjectBatches = new WeakMap<
  Context,
  { refs: { subjectKind: string; subjectId: string }[]; result: Promise<Map<string, SubjectInfo>> }
>();
async function subjectOf(ctx: Context, q: QuestionRow): Promise<SubjectInfo | null> {
  let batch = subjectBatches.get(ctx);
  if (!batch) {
    const refs: { subjectKind: string; subjectId: string }[] = [];
    const result = new Promise((resolve) => setImmediate(resolve)).then(() => {
      subjectBatches.delete(ctx);
      return loadSubjects(ctx.db, refs);
    });
    batch = { refs, result };
    subjectBatches.set(ctx, batch);
  }
  batch.refs.push(q);
  return (await batch.result).get(`${q.subjectKind}:${q.subjectId}`) ?? null;
}

const requestTimes = new WeakMap<Context, Date>();
export const asOfOf = (ctx: Context, asOf: Date | null | undefined) => {
  if (asOf) return asOf;
  const now = requestTimes.get(ctx) ?? new Date();
  requestTimes.set(ctx, now);
  return now;
};

const QuestionAnswerRef = builder.objectRef<{ answer: QuestionAnswer; question: QuestionRow }>("QuestionAnswer").implement({
  description: "The community's answer, published beside the question; never edited",
  fields: (t) => ({
    text: t.string({ description: "The answer", resolve: (a) => a.answer.text }),
    answeredAt: t.field({ type: "DateTime", description: "When it was answered", resolve: (a) => a.answer.answeredAt }),
    answeredByName: t.string({
      description: "The editor whose own account gave the answer, by that account's name at the time",
      resolve: (a) => a.answer.answeredByName,
    }),
    contentHash: t.string({
      description: "SHA-256 (hex) of canonicalContent: the question as published, the answer, who and when",
      resolve: (a) => a.answer.contentHash,
    }),
    canonicalContent: t.string({
      description: "The exact text the hash covers (RFC 8785 JSON)",
      resolve: (a) => answerCanonical(a.question, a.answer),
    }),
  }),
});

const QuestionOpinionRef = builder.objectRef<QuestionOpinion>("QuestionOpinion").implement({
  description: "A supervision-committee member's opinion on a question, recorded with the member's own token",
  fields: (t) => ({
    name: t.exposeString("name", { description: "The member, as posted on the committee" }),
    role: t.exposeString("role", { description: "The member's role on the committee, e.g. 主任" }),
    opinion: t.exposeString("opinion", { description: "The opinion" }),
    recordedAt: t.expose("recordedAt", { type: "DateTime", description: "When it was recorded" }),
  }),
});

export const QuestionRef = builder.objectRef<QuestionRow>("Question").implement({
  description:
    "居民质询: a resident's question about a published record, and the community's answer. Every question is counted publicly from its arrival; its text is public once published, and hidden text never is.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "Stable id" }),
    subjectKind: t.exposeString("subjectKind", {
      description: `What kind of record it is about: ${Object.keys(SUBJECT_KINDS).join(", ")}`,
    }),
    subjectKindLabel: t.string({
      description: "The kind in words, e.g. 财务公开（月度）",
      resolve: (q) => SUBJECT_KIND_LABELS[q.subjectKind as SubjectKindCode] ?? q.subjectKind,
    }),
    subjectId: t.exposeID("subjectId", { description: "The record's id" }),
    subjectTitle: t.string({
      nullable: true,
      description: "How residents know the record, e.g. its title",
      resolve: async (q, _a, ctx) => (await subjectOf(ctx, q))?.title ?? null,
    }),
    subjectPath: t.string({
      nullable: true,
      description: "The record's portal page, e.g. /c/RJ-FUMIN/finance/2026-03/",
      resolve: async (q, _a, ctx) => (await subjectOf(ctx, q))?.path ?? null,
    }),
    communityCode: t.string({ description: "The community that answers", resolve: (q) => q.community.code }),
    communityName: t.string({ description: "The community that answers, by name", resolve: (q) => q.community.name }),
    status: t.expose("status", { type: QuestionStatus, description: "Awaiting moderation, published or hidden" }),
    statusLabel: t.string({ description: "The moderation status in words", resolve: (q) => QUESTION_STATUS_LABELS[q.status] }),
    text: t.string({
      nullable: true,
      description:
        "The question: public once published; null while awaiting moderation and when hidden (editors and the committee always see it)",
      resolve: async (q, _a, ctx) => (q.status === "PUBLISHED" || (await seesAll(ctx, q.community.code)) ? q.text : null),
    }),
    askerLabel: t.string({
      description: "Who asked, as published: 匿名, or the name they gave masked (张*芳)",
      resolve: (q) => (q.askerName ? maskName(q.askerName) : "匿名"),
    }),
    askerName: t.string({
      nullable: true,
      description: "The name the asker gave, in full: editors and the committee only (null otherwise, and when anonymous)",
      resolve: async (q, _a, ctx) => ((await seesAll(ctx, q.community.code)) ? q.askerName : null),
    }),
    contact: t.string({
      nullable: true,
      description: "How to reach the asker: editors and the committee only, never public",
      resolve: async (q, _a, ctx) => ((await seesAll(ctx, q.community.code)) ? q.contact : null),
    }),
    askedAt: t.expose("askedAt", { type: "DateTime", description: "When it arrived" }),
    dueOn: t.string({
      description:
        "ISO date: the last working day to answer (N working days after the day it arrived; QUESTION_ANSWER_WORKING_DAYS)",
      resolve: dueOnOf,
    }),
    standing: t.field({
      type: QuestionStanding,
      description: "Answered, awaiting, overdue or hidden, on a day",
      args: { asOf: t.arg({ type: "DateTime", description: AS_OF }) },
      resolve: (q, { asOf }, ctx) => standingOf(q, asOfOf(ctx, asOf)),
    }),
    standingLabel: t.string({
      description: "The standing in words, e.g. 已逾期未答复",
      args: { asOf: t.arg({ type: "DateTime", description: AS_OF }) },
      resolve: (q, { asOf }, ctx) => QUESTION_STANDING_LABELS[standingOf(q, asOfOf(ctx, asOf))],
    }),
    hiddenReason: t.exposeString("hiddenReason", { nullable: true, description: "Why moderation hid it (public)" }),
    moderatedAt: t.expose("moderatedAt", { type: "DateTime", nullable: true, description: "When it was published or hidden" }),
    answer: t.field({
      type: QuestionAnswerRef,
      nullable: true,
      description: "The community's answer, if given",
      resolve: (q) => (q.answer ? { answer: q.answer, question: q } : null),
    }),
    opinions: t.field({
      type: [QuestionOpinionRef],
      description: "The supervision committee's opinions, each a member's own",
      resolve: (q) => q.opinions,
    }),
    isSample: t.exposeBoolean("isSample", { description: "示例数据: demo data" }),
  }),
});

export const QuestionSummaryRef = builder
  .objectRef<QuestionSummary & { answerWorkingDays: number }>("QuestionSummary")
  .implement({
    description: "A community's questions counted on a day; hidden ones and those awaiting moderation count too",
    fields: (t) => ({
      total: t.exposeInt("total", { description: "Every question received" }),
      received: t.exposeInt("received", { description: "Awaiting moderation (text not yet public)" }),
      published: t.exposeInt("published", { description: "Published" }),
      hidden: t.exposeInt("hidden", { description: "Hidden by moderation, each with its public reason" }),
      answered: t.exposeInt("answered", { description: "Answered" }),
      answeredLate: t.exposeInt("answeredLate", { description: "Answered after the time limit" }),
      awaiting: t.exposeInt("awaiting", { description: "Unanswered, within the time limit" }),
      overdue: t.exposeInt("overdue", { description: "Unanswered past the time limit" }),
      answerWorkingDays: t.exposeInt("answerWorkingDays", { description: "The time limit in working days" }),
    }),
  });
