import { yuan } from "../money.ts";
import { maskName } from "../names.ts";
import { parsePeriod, periodLabel } from "../periods.ts";
import { WELFARE_POST_KIND_LABELS, type WelfarePostKind } from "./labels.ts";
import { WELFARE_NOTICE_DAYS } from "./rules.ts";

/**
 * The notices the programme puts on the board, generated from its rows so the published (and
 * hashed) text says exactly what the rows say. Holders appear only masked (张*芳), as on
 * assistance lists; subsidies only as a community's count and total, never per person.
 */

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
const dateLabel = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number);
  return `${y}年${m}月${d}日`;
};

export interface AppointmentLine {
  post: { code: string; title: string; kind: WelfarePostKind; monthlySubsidy: number; hours: string };
  holderName: string;
}

export function appointmentMarkdown(
  community: { name: string; serviceCentreName: string; serviceCentrePhone: string | null },
  window: { noticeFrom: string; noticeUntil: string; startsOn: string },
  lines: readonly AppointmentLine[],
): string {
  const contact = community.serviceCentrePhone
    ? `${community.serviceCentreName}（电话 ${community.serviceCentrePhone}）`
    : community.serviceCentreName;
  return [
    `本社区按照“按需设岗、以岗聘任、在岗领补、有序退岗”的要求，拟聘用以下 ${lines.length} 人到公益性岗位工作，现予公示。`,
    "",
    `- 公示期：${dateLabel(window.noticeFrom)}至${dateLabel(window.noticeUntil)}（${WELFARE_NOTICE_DAYS} 天）`,
    `- 拟上岗日期：${dateLabel(window.startsOn)}`,
    `- 对拟聘人员有异议的，请在公示期内向${contact}反映。`,
    "",
    "| 岗位编号 | 岗位 | 类别 | 月补贴（元） | 工作时间 | 拟聘人员 |",
    "| --- | --- | --- | ---: | --- | --- |",
    ...lines.map(
      ({ post, holderName }) =>
        `| ${cell(post.code)} | ${cell(post.title)} | ${WELFARE_POST_KIND_LABELS[post.kind]} | ${yuan(post.monthlySubsidy)} | ${cell(post.hours)} | ${maskName(holderName)} |`,
    ),
    "",
    "为保护个人信息，姓名隐去部分字。",
  ].join("\n");
}

export function subsidyMarkdown(payment: { month: string; holders: number; total: number; paidOn: string }): string {
  const period = parsePeriod(payment.month);
  return [
    `- 补贴月份：${period ? periodLabel(period) : payment.month}`,
    `- 发放人数：${payment.holders} 人`,
    `- 发放总额：${yuan(payment.total)} 元`,
    `- 发放日期：${dateLabel(payment.paidOn)}`,
    "",
    "公益性岗位补贴按在岗情况发放（在岗领补）。本公示只列发放人数和总额，不列个人领取明细。",
  ].join("\n");
}
