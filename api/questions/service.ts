import { createHash } from "node:crypto";
import canonicalize from "canonicalize";
import { z } from "zod";
import type { Viewer } from "../auth/viewer.ts";
import { ownCommitteePosting } from "../communities/postings.ts";
import { type Db, inTransaction } from "../db/client.ts";
import type { Question, QuestionAnswer, QuestionOpinion } from "../db/generated/client.ts";
import { NotFoundError, StateConflictError, ValidationError } from "../errors.ts";
import { enumOf, optionalText, parseInput, requiredText } from "../validation.ts";
import { MODERATION_ACTION_LABELS } from "./labels.ts";
import { questionSettings } from "./settings.ts";
import { isSubjectKind, SUBJECT_KINDS, type SubjectKind } from "./subjects.ts";

/** The question form's and askQuestion's input; the text's limit is QUESTION_MAX_CHARS. */
const askInput = (maxTextChars: number) =>
  z.object({
    subjectKind: z.string().trim().refine(isSubjectKind, "质询对象类型不正确"),
    subjectId: requiredText("质询对象", 50),
    communityCode: optionalText("社区", 50),
    text: requiredText("问题内容", maxTextChars).refine((s) => [...s].length >= 5, "问题内容至少 5 个字"),
    name: optionalText("称呼", 20),
    contact: optionalText("联系方式", 50),
  });

const moderateArgs = z
  .object({
    id: requiredText("问题", 50),
    action: enumOf(MODERATION_ACTION_LABELS, "审核操作"),
    reason: optionalText("隐藏原因", 200),
  })
  .superRefine((m, ctx) => {
    if (m.action === "HIDE" && (!m.reason || [...m.reason].length < 4)) {
      ctx.addIssue({ code: "custom", path: ["reason"], message: "隐藏问题须说明原因（至少 4 个字），原因将公开" });
    }
  });

const answerArgs = z.object({
  id: requiredText("问题", 50),
  text: requiredText("答复内容", 2000).refine((s) => [...s].length >= 5, "答复内容至少 5 个字"),
});

const opinionInput = z.object({
  questionId: requiredText("问题", 50),
  opinion: requiredText("监督意见", 1000).refine((s) => [...s].length >= 4, "监督意见至少 4 个字"),
});

export type AskQuestionInput = z.input<ReturnType<typeof askInput>>;
export type ModerateQuestionArgs = z.input<typeof moderateArgs>;
export type AnswerQuestionArgs = z.input<typeof answerArgs>;
export type QuestionOpinionInput = z.input<typeof opinionInput>;

/**
 * A resident's question about a public record, from anyone (signed in or not). It arrives as
 * RECEIVED: counted publicly at once, its text public once an editor publishes it (or answers
 * it); the time to answer runs from its arrival either way. `root` is "input" for the API and ""
 * for the form, so the field names match what each sent.
 */
export async function askQuestion(
  db: Db,
  _viewer: Viewer | null,
  raw: AskQuestionInput,
  at = new Date(),
  root = "input",
): Promise<Question> {
  const input = parseInput(askInput(questionSettings().maxTextChars), raw, root);
  const field = (name: string) => (root ? `${root}.${name}` : name);
  const kind: SubjectKind = SUBJECT_KINDS[input.subjectKind as keyof typeof SUBJECT_KINDS];
  const subject = (await kind.load(db, [input.subjectId])).get(input.subjectId);
  if (!subject) throw new ValidationError([{ field: field("subjectId"), message: `${kind.label}不存在或尚未公开` }]);
  let community = subject.communities[0];
  if (input.communityCode) {
    community = subject.communities.find((c) => c.code === input.communityCode);
    if (!community) throw new ValidationError([{ field: field("communityCode"), message: `该${kind.label}未在此社区公开` }]);
  } else if (subject.communities.length > 1) {
    throw new ValidationError([
      { field: field("communityCode"), message: `该${kind.label}在多个社区公开，请选择向哪个社区提问` },
    ]);
  }
  if (!community) throw new ValidationError([{ field: field("subjectId"), message: `${kind.label}没有所属社区` }]);
  const sample = await db.community.findUnique({ where: { id: community.id }, select: { isSample: true } });
  return db.question.create({
    data: {
      communityId: community.id,
      subjectKind: input.subjectKind,
      subjectId: input.subjectId,
      text: input.text,
      askerName: input.name,
      contact: input.contact,
      askedAt: at,
      isSample: sample?.isSample ?? false,
    },
  });
}

/**
 * Moderation by the community's editors: PUBLISH makes a received question's text public; HIDE
 * hides abusive text or personal data with a public reason (the question stays counted, and a
 * hidden question is owed no answer). A hidden question stays hidden; an answered one can no longer be hidden.
 */
export async function moderateQuestion(db: Db, viewer: Viewer, raw: ModerateQuestionArgs, at = new Date()): Promise<Question> {
  const input = parseInput(moderateArgs, raw, "");
  return inTransaction(db, async (tx) => {
    const q = await tx.question.findUnique({ where: { id: input.id } });
    if (!q) throw new NotFoundError(input.id, "问题不存在");
    if (q.status === "HIDDEN") throw new StateConflictError("QUESTION_HIDDEN", "该问题已隐藏，不能再审核");
    // An answer is hashed over the question as published: hiding it afterwards would change what
    // the printed hash covers.
    if (input.action === "HIDE" && (await tx.questionAnswer.count({ where: { questionId: q.id } })) > 0) {
      throw new StateConflictError("QUESTION_ANSWERED", "该问题已答复并与答复一并公开，不能再隐藏");
    }
    if (input.action === "PUBLISH" && q.status === "PUBLISHED") {
      throw new StateConflictError("QUESTION_ALREADY_PUBLISHED", "该问题已公开");
    }
    return tx.question.update({
      where: { id: q.id },
      data: {
        status: input.action === "HIDE" ? "HIDDEN" : "PUBLISHED",
        hiddenReason: input.action === "HIDE" ? input.reason : null,
        moderatedAt: at,
        moderatedByName: viewer.name,
      },
    });
  });
}

/** The text an answer's hash covers: the question as the public sees it, the answer, who and when. */
export function answerCanonical(q: Question, a: Pick<QuestionAnswer, "text" | "answeredAt" | "answeredByName">): string {
  return canonicalize({
    question: {
      id: q.id,
      subjectKind: q.subjectKind,
      subjectId: q.subjectId,
      askedAt: q.askedAt.toISOString(),
      text: q.status === "HIDDEN" ? null : q.text,
      hiddenReason: q.hiddenReason,
    },
    answer: { text: a.text, answeredAt: a.answeredAt.toISOString(), answeredByName: a.answeredByName },
  }) as string;
}

/**
 * The community's answer, once, named as given by the editor's own account at that time, and
 * hashed. Answering a question still awaiting moderation publishes it with its answer.
 */
export async function answerQuestion(db: Db, viewer: Viewer, raw: AnswerQuestionArgs, at = new Date()): Promise<QuestionAnswer> {
  const input = parseInput(answerArgs, raw, "");
  return inTransaction(db, async (tx) => {
    const found = await tx.question.findUnique({ where: { id: input.id }, include: { answer: true } });
    if (!found) throw new NotFoundError(input.id, "问题不存在");
    if (found.answer) throw new StateConflictError("QUESTION_ALREADY_ANSWERED", "该问题已答复；答复公开后不能修改或重复答复");
    const q =
      found.status === "RECEIVED"
        ? await tx.question.update({
            where: { id: found.id },
            data: { status: "PUBLISHED", moderatedAt: at, moderatedByName: viewer.name },
          })
        : found;
    const answer = { text: input.text, answeredAt: at, answeredByName: viewer.name };
    const contentHash = createHash("sha256").update(answerCanonical(q, answer)).digest("hex");
    return tx.questionAnswer.create({ data: { ...answer, questionId: q.id, answeredById: viewer.userId, contentHash } });
  });
}

/** A supervision-committee member's opinion on a question, with their own token: one per member and question. */
export async function addQuestionOpinion(
  db: Db,
  viewer: Viewer,
  raw: QuestionOpinionInput,
  at = new Date(),
): Promise<QuestionOpinion> {
  const input = parseInput(opinionInput, raw);
  return inTransaction(db, async (tx) => {
    const q = await tx.question.findUnique({ where: { id: input.questionId } });
    if (!q) throw new ValidationError([{ field: "input.questionId", message: "问题不存在" }]);
    const own = await ownCommitteePosting(tx, q.communityId, viewer, at);
    const existing = await tx.questionOpinion.findUnique({
      where: { questionId_postingId: { questionId: q.id, postingId: own.id } },
    });
    if (existing) throw new StateConflictError("QUESTION_OPINION_EXISTS", "您已对该问题提出意见；意见公开后不能修改或重复提出");
    return tx.questionOpinion.create({
      data: {
        questionId: q.id,
        postingId: own.id,
        userId: viewer.userId,
        name: own.name,
        role: own.role,
        opinion: input.opinion,
        recordedAt: at,
      },
    });
  });
}
