/**
 * The notices Party-affairs records publish, generated from the records so that the published (and
 * hashed) text says exactly what the records say.
 */
import { yuan } from "../money.ts";
import {
  PARTY_DEVELOPMENT_STAGE_LABELS,
  PARTY_GENDER_LABELS,
  PARTY_MEETING_LABELS,
  type PartyDevelopmentStage,
  type PartyMeetingKind,
} from "./labels.ts";

export interface MeetingContent {
  kind: PartyMeetingKind;
  heldOn: string;
  topic: string;
  members: number;
  present: number;
  summary: string;
}

/** 2026-09-18 支部党员大会：应到 42 人，实到 38 人。 */
export const meetingLine = (m: MeetingContent) =>
  `${m.heldOn} ${PARTY_MEETING_LABELS[m.kind]}：应到 ${m.members} 人，实到 ${m.present} 人。`;

export function meetingTitle(communityName: string, m: { kind: PartyMeetingKind; heldOn: string }): string {
  const [y, mo] = m.heldOn.split("-").map(Number);
  return `${communityName}${y}年${mo}月${PARTY_MEETING_LABELS[m.kind]}召开情况`;
}

export function meetingMarkdown(organizationName: string, m: MeetingContent): string {
  return [
    `${organizationName}${PARTY_MEETING_LABELS[m.kind]}召开情况，现予公开。`,
    "",
    `- 会议类型：${PARTY_MEETING_LABELS[m.kind]}`,
    `- 会议日期：${m.heldOn}`,
    `- 主题：${m.topic}`,
    `- 出席情况：应到 ${m.members} 人，实到 ${m.present} 人`,
    "",
    "## 会议情况",
    "",
    m.summary,
  ].join("\n");
}

export interface NoticeContent {
  stage: PartyDevelopmentStage;
  organizationName: string;
  opensOn: string;
  closesOn: string;
  workingDays: number;
  contact: string;
  candidates: { name: string; gender: keyof typeof PARTY_GENDER_LABELS; birthYear: number }[];
}

export function noticeMarkdown(n: NoticeContent): string {
  const stage = PARTY_DEVELOPMENT_STAGE_LABELS[n.stage];
  return [
    `经${n.organizationName}研究，拟将下列同志确定为${stage}，现予公示。`,
    "",
    "| 姓名 | 性别 | 出生年份 | 阶段 |",
    "| --- | --- | --- | --- |",
    ...n.candidates.map((c) => `| ${c.name} | ${PARTY_GENDER_LABELS[c.gender]} | ${c.birthYear} | ${stage} |`),
    "",
    `公示期：${n.opensOn} 至 ${n.closesOn}（${n.workingDays} 个工作日，北京时间，截至最后一日 24 时）。`,
    "",
    `公示期间，对公示对象有意见的，可通过本公示的“提问”渠道反映，或联系：${n.contact}。反映问题应实事求是。`,
  ].join("\n");
}

export interface AppraisalContent {
  year: number;
  participants: number;
  excellent: number;
  qualified: number;
  basicallyQualified: number;
  unqualified: number;
}

export function appraisalMarkdown(organizationName: string, a: AppraisalContent): string {
  return [
    `${organizationName}${a.year}年度民主评议党员工作已完成，经党员自评、互评和民主测评，评议结果如下（只公开各等次人数）。`,
    "",
    "| 参评党员 | 优秀 | 合格 | 基本合格 | 不合格 |",
    "| --- | --- | --- | --- | --- |",
    `| ${a.participants} | ${a.excellent} | ${a.qualified} | ${a.basicallyQualified} | ${a.unqualified} |`,
  ].join("\n");
}

export interface FeeMonthContent {
  month: string;
  amount: number;
  payers: number;
  members: number;
}

export function feesMarkdown(organizationName: string, months: FeeMonthContent[]): string {
  const total = months.reduce((n, m) => n + m.amount, 0);
  return [
    `${organizationName}党费收缴情况如下（按月合计，不列个人）。`,
    "",
    "| 月份 | 应缴党员 | 已缴党员 | 党费合计（元） |",
    "| --- | --- | --- | --- |",
    ...months.map((m) => `| ${m.month} | ${m.members} | ${m.payers} | ${yuan(m.amount)} |`),
    "",
    `合计：${yuan(total)} 元。`,
  ].join("\n");
}
