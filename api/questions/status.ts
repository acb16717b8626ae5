import type { Question, QuestionAnswer } from "../db/generated/client.ts";
import { todayInShanghai } from "../periods.ts";
import type { QuestionStanding } from "./labels.ts";
import { questionSettings } from "./settings.ts";
import { answerDueOn } from "./workdays.ts";

/** The last day to answer, from the day the question arrived (Asia/Shanghai) and today's settings. */
export const dueOnOf = (q: Pick<Question, "askedAt">): string => answerDueOn(todayInShanghai(q.askedAt), questionSettings());

/**
 * Where a question stands on a day: a hidden one is owed no answer; an answered one was answered
 * on time or late; an unanswered one is overdue from the day after its last day to answer.
 */
export function standingOf(
  q: Pick<Question, "askedAt" | "status"> & { answer: Pick<QuestionAnswer, "answeredAt"> | null },
  asOf: Date,
): QuestionStanding {
  const due = dueOnOf(q);
  if (q.answer) return todayInShanghai(q.answer.answeredAt) > due ? "ANSWERED_LATE" : "ANSWERED";
  if (q.status === "HIDDEN") return "HIDDEN";
  return todayInShanghai(asOf) > due ? "OVERDUE" : "AWAITING";
}
