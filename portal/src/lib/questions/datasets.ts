import { defineColumns, defineDataset, newest, textColumn } from "~/lib/data/dataset.ts";
import { todayInShanghai } from "~api/periods.ts";
import { loadQuestions, questionsAsOf } from "./load.ts";

const COLUMNS = defineColumns([
  textColumn("id", "编号", 28),
  textColumn("subjectKind", "关于", 12),
  textColumn("subject", "公开内容", 30),
  textColumn("page", "网页", 30),
  textColumn("standing", "答复情况", 14),
  textColumn("asker", "提问人", 10),
  textColumn("askedAt", "提问时间", 22),
  textColumn("dueOn", "答复期限", 12),
  textColumn("text", "问题", 40),
  textColumn("hiddenReason", "隐藏原因", 30),
  textColumn("answer", "答复", 40),
  textColumn("answeredBy", "答复人", 10),
  textColumn("answeredAt", "答复时间", 22),
  textColumn("answerHash", "答复 SHA-256 校验值", 66),
  textColumn("asOf", "答复情况计算日期", 12),
]);

/**
 * Residents' questions as the public sees them: the asker's name masked or 匿名, the text only once
 * moderation published it, a hidden question's reason but not its text, and never the asker's contact.
 */
export const QUESTION_DATASETS = [
  defineDataset({
    id: "questions",
    title: "居民提问和答复",
    description:
      "居民对公开内容的每个提问：关于哪项公开、提问和答复时间、答复期限、是否逾期，已公开的问题原文和社区答复（提问人姓名部分隐去）。",
    frequency: "CONT",
    scope: "community",
    columns: COLUMNS,
    sheetName: "居民提问",
    async load(code) {
      const { questions } = await loadQuestions(code);
      const asOf = todayInShanghai(new Date(questionsAsOf()));
      const rows = questions.map((q) => ({
        id: q.id,
        subjectKind: q.subjectKindLabel,
        subject: q.subjectTitle,
        page: q.subjectPath,
        standing: q.standingLabel,
        asker: q.askerLabel,
        askedAt: q.askedAt,
        dueOn: q.answer || q.status === "HIDDEN" ? null : q.dueOn,
        text: q.text,
        hiddenReason: q.hiddenReason,
        answer: q.answer?.text ?? null,
        answeredBy: q.answer?.answeredByName ?? null,
        answeredAt: q.answer?.answeredAt ?? null,
        answerHash: q.answer?.contentHash ?? null,
        asOf,
      }));
      return { rows, modified: newest(questions.flatMap((q) => [q.askedAt, q.answer?.answeredAt])) };
    },
  }),
];
