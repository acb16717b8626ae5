import { yuan } from "../money.ts";
import { DECISION_OUTCOME_LABELS, DECISION_STAGE_LABELS, type DecisionOutcome, type DecisionStageKind } from "./labels.ts";

/**
 * The two notices of 四议两公开, generated from the records so that the published (and hashed)
 * text says exactly what the records say.
 */
export interface StageContent {
  kind: DecisionStageKind;
  heldOn: string;
  members: number;
  present: number;
  votesFor: number | null;
  votesAgainst: number | null;
  votesAbstain: number | null;
  outcome: DecisionOutcome;
  summary: string;
}

interface DecisionContent {
  subject: string;
  description: string | null;
  amount: number;
  communityName: string;
}

/** One stage in words: 2026-03-18 居民代表会议决议：应到 45 人，实到 38 人；赞成 33，反对 3，弃权 2；通过。 */
export function stageLine(s: StageContent): string {
  const votes =
    s.votesFor === null ? "未表决" : `赞成 ${s.votesFor} 票，反对 ${s.votesAgainst ?? 0} 票，弃权 ${s.votesAbstain ?? 0} 票`;
  return `${s.heldOn} ${DECISION_STAGE_LABELS[s.kind]}：应到 ${s.members} 人，实到 ${s.present} 人；${votes}；${DECISION_OUTCOME_LABELS[s.outcome]}。`;
}

export function resolutionMarkdown(d: DecisionContent, stages: StageContent[]): string {
  return [
    `${d.communityName}就“${d.subject}”按“四议两公开”程序作出决议，现予公开。`,
    "",
    `- 事项：${d.subject}`,
    ...(d.description ? [`- 说明：${d.description}`] : []),
    `- 涉及金额：${yuan(d.amount)} 元`,
    "",
    "## 议事经过",
    "",
    ...stages.map((s) => `- ${stageLine(s)}${s.summary}`),
    "",
    "对本决议有意见的，可向社区居务监督委员会反映。",
  ].join("\n");
}

export function resultMarkdown(
  d: DecisionContent,
  r: { outcome: string; actualAmount: number; completedOn: string; resolvedOn: string },
): string {
  const diff = r.actualAmount - d.amount;
  const comparison =
    diff === 0 ? "与决议金额一致" : diff > 0 ? `比决议金额多 ${yuan(diff)} 元` : `比决议金额少 ${yuan(-diff)} 元`;
  return [
    `${d.communityName}“${d.subject}”（${r.resolvedOn} 决议）已实施完毕，现将实施结果公开。`,
    "",
    `- 实施情况：${r.outcome}`,
    `- 决议金额：${yuan(d.amount)} 元`,
    `- 实际金额：${yuan(r.actualAmount)} 元（${comparison}）`,
    `- 完成日期：${r.completedOn}`,
  ].join("\n");
}
