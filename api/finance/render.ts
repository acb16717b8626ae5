import { yuan } from "../money.ts";
import { periodLabel } from "../periods.ts";
import type { SealablePeriod } from "./canonical.ts";
import { OPINION_LABELS } from "./labels.ts";
import { closingOf, totalsOf } from "./totals.ts";

const table = (rows: [string, string][]) =>
  ["| 项目 | 金额（元） |", "| --- | ---: |", ...rows.map(([a, b]) => `| ${a} | ${b} |`)].join("\n");

const day = (d: Date) => new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", dateStyle: "long" }).format(d);

export const monthLabel = (month: string) => periodLabel({ kind: "MONTH", start: `${month}-01`, end: `${month}-01` });

/** How the notice prints the month's hashes; `printedHashes` reads them back with the same words. */
const CHAIN_HASH_LABEL = "本月账目哈希（SHA-256）：";
const PREVIOUS_HASH_LABEL = "上一公开月份账目哈希：";

/**
 * The notice published as the month's finance disclosure: the summary a notice board carries,
 * with the month's chain hash, which covers every entry listed on the portal and in the downloads.
 */
export function periodMarkdown(p: SealablePeriod, chainHash: string, previousHash: string | null): string {
  const totals = totalsOf(p.entries);
  const byDirection = (direction: "INCOME" | "EXPENSE") =>
    totals.byCategory
      .filter((t) => t.category.direction === direction)
      .map((t): [string, string] => [t.category.name, yuan(t.amount)]);
  const income = byDirection("INCOME");
  const expense = byDirection("EXPENSE");
  const adjustments = p.entries.filter((e) => e.adjustsId);
  const parts = [
    `${monthLabel(p.month)}财务收支情况，经居务监督委员会审核后公开。`,
    table([
      ["期初余额", yuan(p.openingBalance)],
      ["本月收入", yuan(totals.income)],
      ["本月支出", yuan(totals.expense)],
      ["期末余额", yuan(closingOf(p.openingBalance, totals))],
    ]),
    "### 收入（按科目）",
    income.length ? table(income) : "本月无收入。",
    "### 支出（按科目）",
    expense.length ? table(expense) : "本月无支出。",
    "### 居务监督委员会审核意见",
    `**${p.opinion ? OPINION_LABELS[p.opinion] : "未审核"}**${p.opinionText ? `：${p.opinionText}` : ""}`,
    `签字成员：${p.signatures.map((s) => `${s.name}（${s.role}）`).join("、") || "无"}${p.reviewedAt ? `；审核日期：${day(p.reviewedAt)}` : ""}`,
  ];
  if (p.queries.length) {
    parts.push(
      "### 质询与答复",
      p.queries
        .map((q, i) => {
          const entry = p.entries.find((e) => e.id === q.entryId);
          const about = entry ? `（针对凭证 ${entry.voucherNo}）` : "";
          return `${i + 1}. 问${about}：${q.question}（${q.askedByRole} ${q.askedByName}）\n   答：${q.answer ?? "未答复"}（${q.answeredByName ?? ""}）`;
        })
        .join("\n"),
    );
  }
  if (adjustments.length) {
    parts.push(
      "### 调整分录",
      adjustments
        .map((e) => `- 凭证 ${e.voucherNo}：${e.description}，金额 ${yuan(e.amount)} 元。原因：${e.adjustmentReason}`)
        .join("\n"),
    );
  }
  parts.push(
    "### 核验",
    `本月共 ${p.entries.length} 笔分录，逐笔明细见门户财务公开页面，并可下载 CSV、XLSX。`,
    `${CHAIN_HASH_LABEL}\`${chainHash}\``,
    previousHash ? `${PREVIOUS_HASH_LABEL}\`${previousHash}\`` : "这是本社区在系统中公开的第一个月份。",
  );
  return parts.join("\n\n");
}

/**
 * The hashes a month's notice printed when it was published, read back from its text (null where
 * it printed none). The notice is a second, independent record of the chain: rewriting a month and
 * recomputing the chain leaves the old hash standing in the notice.
 */
export function printedHashes(body: string): { chainHash: string | null; previousHash: string | null } {
  const read = (label: string) => new RegExp(`${label}\`([0-9a-f]{64})\``).exec(body)?.[1] ?? null;
  return { chainHash: read(CHAIN_HASH_LABEL), previousHash: read(PREVIOUS_HASH_LABEL) };
}
