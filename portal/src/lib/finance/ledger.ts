import { fenOf, formatDate } from "~/lib/format.ts";
import { monthLabel } from "~api/finance/render.ts";
import { percentage } from "~api/money.ts";
import { todayInShanghai } from "~api/periods.ts";
import type { CategoryTotal, LedgerEntry } from "./load.ts";

export { monthLabel };

/** A category's share of its direction's total, "12.34%", or "—" where a share means nothing. */
export function share(part: string, whole: string): string {
  const rate = fenOf(part) >= 0 ? percentage(fenOf(part), fenOf(whole)) : null;
  return rate === null ? "—" : `${rate}%`;
}

export const incomeOf = (totals: readonly CategoryTotal[]) => totals.filter((t) => t.direction === "INCOME");
export const expenseOf = (totals: readonly CategoryTotal[]) => totals.filter((t) => t.direction === "EXPENSE");

/** "2026-03" → "3月", for chart rows and compact tables. */
export const shortMonth = (month: string) => `${Number(month.slice(5))}月`;

/** Build day and year in Beijing: leases in force and rent "this year" are judged on it. */
export const buildDay = () => todayInShanghai();
export const thisYear = () => Number(buildDay().slice(0, 4));

export const leaseState = (lease: { leaseFrom: string; leaseTo: string }, on: string) =>
  lease.leaseTo < on ? "已到期" : lease.leaseFrom > on ? "未开始" : "履行中";

export const isReversal = (e: Pick<LedgerEntry, "amount">) => e.amount.startsWith("-");

/** What an adjusting entry does: "红字冲销2026年5月凭证记-014". */
export function adjustsNote(e: LedgerEntry): string | null {
  if (!e.adjusts) return null;
  return `${isReversal(e) ? "红字冲销" : "调整"}${monthLabel(e.adjusts.month)}凭证${e.adjusts.voucherNo}`;
}

/** Where a later entry adjusted this one: "已于2026年6月3日在2026年6月凭证记-015调整". */
export const adjustedNote = (later: { date: string; month: string; voucherNo: string }) =>
  `已于${formatDate(later.date)}在${monthLabel(later.month)}凭证${later.voucherNo}调整`;

/** The spreadsheet's 调整说明: both what this entry adjusts and what adjusted it later, with the reasons. */
export function adjustmentText(e: LedgerEntry): string | null {
  const notes = [
    ...(e.adjusts ? [`${adjustsNote(e)}，原因：${e.adjustmentReason ?? "未说明"}`] : []),
    ...e.adjustedBy.map((later) => `${adjustedNote(later)}，原因：${later.adjustmentReason ?? "未说明"}`),
  ];
  return notes.length ? notes.join("；") : null;
}

/** Where a month's page is, and an entry's row on it. */
export const monthHref = (code: string, month: string, sequence?: number) =>
  `/c/${code}/finance/${month}/${sequence === undefined ? "" : `#entry-${sequence}`}`;
