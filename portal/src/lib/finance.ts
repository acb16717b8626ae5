import { monthLabel } from "~api/finance/render.ts";
import { type ExportRow, entryExport } from "~api/finance/sheet.ts";
import { FEN, parseDecimal, percentage, yuan } from "~api/money.ts";
import { todayInShanghai } from "~api/periods.ts";
import { allNodes, query } from "./api.ts";
import { formatDate } from "./format.ts";
import type { ResultOf } from "./graphql.ts";
import { communityCodes } from "./paths.ts";
import { FinanceMonthPage, FinanceMonths, FinanceYearPage } from "./queries.ts";

type MonthsCommunity = NonNullable<ResultOf<typeof FinanceMonths>["community"]>;
export type MonthSummary = MonthsCommunity["financePeriods"]["edges"][number]["node"];
type Period = NonNullable<NonNullable<ResultOf<typeof FinanceMonthPage>["community"]>["financePeriod"]>;
export type LedgerEntry = Period["entries"]["edges"][number]["node"];
export type CategoryTotal = Period["categoryTotals"][number];

export { monthLabel };

/** The most entries the API returns in one page. */
const PAGE = 100;

/** A community's published months, newest first, with its name and the years that have books. */
export async function loadMonths(code: string) {
  const pages: MonthsCommunity[] = [];
  const months = await allNodes(async (after) => {
    const { community } = await query(FinanceMonths, { code, after });
    if (!community) throw new Error(`community ${code} vanished during the build`);
    pages.push(community);
    return { pageInfo: community.financePeriods.pageInfo, nodes: community.financePeriods.edges.map((e) => e.node) };
  });
  const [community] = pages;
  if (!community) throw new Error(`community ${code} vanished during the build`);
  return { code: community.code, name: community.name, isSample: community.isSample, years: community.financeYears, months };
}

/** Every published month of every community, each knowing its neighbours for the page's month-to-month links. */
export async function monthPaths() {
  const books = await Promise.all((await communityCodes()).map(loadMonths));
  return books.flatMap(({ code, months }) =>
    months.map((m, i) => ({
      params: { code, month: m.month },
      props: { newer: months[i - 1]?.month ?? null, older: months[i + 1]?.month ?? null },
    })),
  );
}

export async function yearPaths() {
  const books = await Promise.all((await communityCodes()).map(loadMonths));
  return books.flatMap(({ code, years }) => years.map((year) => ({ params: { code, year: String(year) } })));
}

async function fetchMonth(code: string, month: string) {
  const read = async (after: string | null) => {
    const { community } = await query(FinanceMonthPage, { code, month, first: PAGE, after });
    if (!community?.financePeriod) throw new Error(`${code} ${month} vanished during the build`);
    return { community, period: community.financePeriod };
  };
  const { community, period } = await read(null);
  const entries = period.entries.edges.map((e) => e.node);
  let page = period.entries.pageInfo;
  while (page.hasNextPage && page.endCursor) {
    const next = await read(page.endCursor);
    entries.push(...next.period.entries.edges.map((e) => e.node));
    page = next.period.entries.pageInfo;
  }
  if (entries.length !== period.entries.totalCount) throw new Error(`${code} ${month} changed during the build`);
  return { community: { code: community.code, name: community.name, isSample: community.isSample }, period, entries };
}

export type MonthBooks = Awaited<ReturnType<typeof fetchMonth>>;

/**
 * The month page, its two downloads and the year's downloads all read the same month; the build
 * asks the API once per month. Published months cannot change, and each build is a new process.
 */
const months = new Map<string, Promise<MonthBooks>>();

export function loadMonth(code: string, month: string): Promise<MonthBooks> {
  const key = `${code}/${month}`;
  const cached = months.get(key);
  if (cached) return cached;
  const books = fetchMonth(code, month);
  months.set(key, books);
  return books;
}

export async function loadYear(code: string, year: number) {
  const { community } = await query(FinanceYearPage, { code, year });
  if (!community) throw new Error(`community ${code} vanished during the build`);
  return { code: community.code, name: community.name, isSample: community.isSample, year: community.financeYear };
}

/** Every entry of the given months, oldest month first. */
export async function entriesOf(code: string, months: readonly { month: string }[]): Promise<LedgerEntry[]> {
  const books = await Promise.all(months.map((m) => loadMonth(code, m.month)));
  return books.flatMap((b) => b.entries);
}

/** "-1438.14" → -143814. Sums of money are done in integer fen, never in floats. */
export function fenOf(amount: string): number {
  const negative = amount.startsWith("-");
  const fen = parseDecimal(negative ? amount.slice(1) : amount, FEN);
  if (fen === null) throw new Error(`not an exact amount: ${amount}`);
  return negative ? -fen : fen;
}

export const sumYuan = (amounts: readonly string[]) => yuan(amounts.reduce((sum, a) => sum + fenOf(a), 0));

/** "254086.29" → "254,086.29", grouped as on a printed statement, by string alone. */
export const money = (amount: string) =>
  amount.replace(/^(-?)(\d+)/, (_, sign: string, whole: string) => sign + whole.replace(/\B(?=(\d{3})+(?!\d))/g, ","));

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

export const SHEET_FORMATS = ["csv", "xlsx"] as const;
export type SheetFormat = (typeof SHEET_FORMATS)[number];

const CONTENT_TYPES: Record<SheetFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/**
 * Entries in the importer's journal format; income and expense go in the column of the entry's
 * direction, so a 红字 reversal stays a negative amount in its own column. A year's file numbers its
 * rows through the year, since each month's sequence starts again at 1.
 */
export function exportRows(entries: readonly LedgerEntry[], numbering: "month" | "year"): ExportRow[] {
  return entries.map((e, i) => ({
    sequence: String(numbering === "month" ? e.sequence : i + 1),
    date: e.date,
    voucherNo: e.voucherNo,
    category: e.category.name,
    income: e.direction === "INCOME" ? fenOf(e.amount) : null,
    expense: e.direction === "EXPENSE" ? fenOf(e.amount) : null,
    counterparty: e.counterparty,
    description: e.description,
    attachmentRef: e.attachmentRef,
    adjustment: adjustmentText(e),
  }));
}

export async function sheetResponse(format: SheetFormat, rows: readonly ExportRow[]): Promise<Response> {
  const bytes = await entryExport(format, rows);
  return new Response(Buffer.from(bytes), { headers: { "content-type": CONTENT_TYPES[format] } });
}

/** Where a month's page is, and an entry's row on it. */
export const monthHref = (code: string, month: string, sequence?: number) =>
  `/c/${code}/finance/${month}/${sequence === undefined ? "" : `#entry-${sequence}`}`;
