import { yuan } from "../money.ts";
import { maskName } from "../names.ts";
import { type Period, periodLabel } from "../periods.ts";
import { ASSISTANCE_KIND_LABELS, ASSISTANCE_REASON_LABELS, type AssistanceKind, type AssistanceReason } from "./labels.ts";
import type { AssistanceWindow } from "./window.ts";

export interface NoticeRow {
  recipientName: string;
  village: { code: string; name: string; township: string; county: string; province: string };
  residentGroup: string;
  householdSize: number;
  amount: number;
  reason: AssistanceReason;
}

export interface NoticeList {
  community: { name: string; serviceCentreName: string; serviceCentrePhone: string | null };
  kind: AssistanceKind;
  period: Period;
  approvingAuthority: string;
  basis: string;
  window: AssistanceWindow;
  rows: NoticeRow[];
}

/** 榕江县平阳乡平阳村: where a village is, as the notice and pages print it. */
export const villagePlace = (v: { name: string; township: string; county: string; province: string }) =>
  `${v.province}${v.county}${v.township}${v.name}`;

export const listTitle = (l: Pick<NoticeList, "community" | "kind" | "period">) =>
  `${l.community.name}${periodLabel(l.period)}${ASSISTANCE_KIND_LABELS[l.kind]}名单公示`;

/** Markdown table cells may not break the table. */
const cell = (s: string) => s.replace(/\|/g, "｜").replace(/\s+/g, " ");

/**
 * The notice's text: what the hash covers. Names appear only masked (张*芳); no ID number, phone
 * or address is in the list at all. It names every village of origin the list is published in.
 */
export function listMarkdown(list: NoticeList, correction?: { reason: string }): string {
  const total = list.rows.reduce((s, r) => s + r.amount, 0);
  const people = list.rows.reduce((s, r) => s + r.householdSize, 0);
  const villages = [...new Map(list.rows.map((r) => [r.village.code, r.village])).values()];
  const { serviceCentreName, serviceCentrePhone } = list.community;
  const contact = serviceCentrePhone ? `${serviceCentreName}（电话 ${serviceCentrePhone}）` : serviceCentreName;
  return [
    correction ? `**更正原因：** ${cell(correction.reason)}\n` : "",
    `- 救助类别：${ASSISTANCE_KIND_LABELS[list.kind]}`,
    `- 期间：${periodLabel(list.period)}`,
    `- 审批机关：${cell(list.approvingAuthority)}`,
    `- 政策依据：${cell(list.basis)}`,
    `- 公示期：${list.window.startsOn} 至 ${list.window.endsOn}（${list.window.days} 天）`,
    `- 合计：${list.rows.length} 户 ${people} 人，${yuan(total)} 元`,
    "",
    `公示期内如有异议，请向${contact}反映。公示期满无异议的，名单为最终结果。`,
    "",
    "| 序号 | 姓名 | 迁出村 | 居民小组或楼栋 | 家庭人口 | 金额（元） | 救助原因 |",
    "| ---: | --- | --- | --- | ---: | ---: | --- |",
    ...list.rows.map(
      (r, i) =>
        `| ${i + 1} | ${maskName(r.recipientName)} | ${cell(r.village.name)} | ${cell(r.residentGroup)} | ${r.householdSize} | ${yuan(r.amount)} | ${ASSISTANCE_REASON_LABELS[r.reason]} |`,
    ),
    "",
    `本名单同时在以下迁出村公开（迁入地社区和迁出村同步公开）：${villages.map((v) => `${cell(villagePlace(v))}（${v.code}）`).join("、")}。`,
  ]
    .filter((line, i) => i > 0 || line !== "")
    .join("\n");
}
