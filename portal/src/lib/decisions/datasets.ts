import { countColumn, defineColumns, defineDataset, moneyColumn, newest, textColumn, yesNoColumn } from "~/lib/data/dataset.ts";
import { newestPublication } from "~/lib/data/published.ts";
import { fenOf, fenOrNone } from "~/lib/format.ts";
import { type Decision, loadDecisions } from "./load.ts";

const DECISION_COLUMNS = defineColumns([
  textColumn("id", "编号", 28),
  textColumn("subject", "事项", 30),
  textColumn("description", "内容", 40),
  moneyColumn("amount", "涉及金额"),
  textColumn("status", "进展", 12),
  textColumn("currentStage", "当前阶段", 30),
  textColumn("resolutionNotice", "决议公告编号", 28),
  textColumn("resolutionPublishedAt", "决议公开时间", 22),
  textColumn("resolutionHash", "决议公告 SHA-256 校验值", 66),
  textColumn("outcome", "实施结果", 30),
  moneyColumn("actualAmount", "实际金额"),
  textColumn("completedOn", "完成日期", 12),
  textColumn("resultNotice", "实施结果公告编号", 28),
  textColumn("resultHash", "实施结果公告 SHA-256 校验值", 66),
  moneyColumn("linkedSpending", "关联支出合计"),
]);

const STAGE_COLUMNS = defineColumns([
  textColumn("decision", "事项编号", 28),
  textColumn("subject", "事项", 30),
  countColumn("position", "步骤", 6),
  textColumn("kind", "会议", 20),
  textColumn("heldOn", "日期", 12),
  countColumn("members", "应到人数"),
  countColumn("present", "实到人数"),
  yesNoColumn("voted", "是否表决"),
  countColumn("votesFor", "赞成"),
  countColumn("votesAgainst", "反对"),
  countColumn("votesAbstain", "弃权"),
  textColumn("outcome", "结果", 12),
  textColumn("summary", "会议摘要", 40),
  yesNoColumn("superseded", "已被更正"),
  textColumn("corrects", "更正的记录编号", 28),
  textColumn("correctionReason", "更正说明", 30),
  textColumn("notice", "公告编号", 28),
  textColumn("noticeHash", "SHA-256 校验值", 66),
]);

/** The newest publication among a community's decisions: the resolution and result notices carry their time, the stages' notices are looked up. */
async function newestOf(decisions: readonly Decision[]) {
  const stages = await newestPublication(decisions.flatMap((d) => d.stages.map((s) => s.notice?.id)));
  return newest([stages, ...decisions.flatMap((d) => [d.resolutionNotice?.publishedAt, d.result?.notice.publishedAt])]);
}

/** 四议两公开: one row per decision, and its whole trail one row per meeting (corrected meetings stay, marked). */
export const DECISION_DATASETS = [
  defineDataset({
    id: "decisions",
    title: "重大事项决策",
    description: "“四议两公开”的每个重大事项：涉及金额、进展、决议公开和实施结果（金额为元）。",
    frequency: "IRREG",
    scope: "community",
    columns: DECISION_COLUMNS,
    sheetName: "重大事项",
    async load(code) {
      const decisions = await loadDecisions(code);
      const rows = decisions.map((d) => ({
        id: d.id,
        subject: d.subject,
        description: d.description,
        amount: fenOf(d.amount),
        status: d.statusLabel,
        currentStage: d.currentStage
          ? `第${d.currentStage.position}步${d.currentStage.kindLabel}（${d.currentStage.heldOn}，${d.currentStage.outcomeLabel}）`
          : null,
        resolutionNotice: d.resolutionNotice?.id ?? null,
        resolutionPublishedAt: d.resolutionNotice?.publishedAt ?? null,
        resolutionHash: d.resolutionNotice?.contentHash ?? null,
        outcome: d.result?.outcome ?? null,
        actualAmount: fenOrNone(d.result?.actualAmount),
        completedOn: d.result?.completedOn ?? null,
        resultNotice: d.result?.notice.id ?? null,
        resultHash: d.result?.notice.contentHash ?? null,
        linkedSpending: fenOf(d.linkedSpendingTotal),
      }));
      return { rows, modified: await newestOf(decisions) };
    },
  }),
  defineDataset({
    id: "decision-stages",
    title: "重大事项决策过程",
    description: "每个重大事项的每一次会议（提议、商议、审议、决议）：人数、表决票数、结果和公告校验值，更正过的记录保留并标明。",
    frequency: "IRREG",
    scope: "community",
    columns: STAGE_COLUMNS,
    sheetName: "决策过程",
    async load(code) {
      const decisions = await loadDecisions(code);
      const rows = decisions.flatMap((d) =>
        d.stages.map((s) => ({
          decision: d.id,
          subject: d.subject,
          position: s.position,
          kind: s.kindLabel,
          heldOn: s.heldOn,
          members: s.members,
          present: s.present,
          voted: s.voted,
          votesFor: s.voted ? s.votesFor : null,
          votesAgainst: s.voted ? s.votesAgainst : null,
          votesAbstain: s.voted ? s.votesAbstain : null,
          outcome: s.outcomeLabel,
          summary: s.summary,
          superseded: s.superseded,
          corrects: s.corrects?.id ?? null,
          correctionReason: s.correctionReason,
          notice: s.notice?.id ?? null,
          noticeHash: s.notice?.contentHash ?? null,
        })),
      );
      return { rows, modified: await newestOf(decisions) };
    },
  }),
];
