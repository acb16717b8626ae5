import { allNodes, query } from "~/lib/api.ts";
import { present } from "~/lib/communities/load.ts";
import type { ResultOf } from "~/lib/graphql.ts";
import { pageCommunityCodes } from "~/lib/paths.ts";
import { FinanceAssets, FinanceCanonical, FinanceMonthPage, FinanceMonths, FinanceYearPage } from "./queries.ts";

type MonthsCommunity = NonNullable<ResultOf<typeof FinanceMonths>["community"]>;
export type MonthSummary = MonthsCommunity["financePeriods"]["edges"][number]["node"];
type Period = NonNullable<NonNullable<ResultOf<typeof FinanceMonthPage>["community"]>["financePeriod"]>;
export type LedgerEntry = Period["entries"]["edges"][number]["node"];
export type CategoryTotal = Period["categoryTotals"][number];

/** The most entries the API returns in one page. */
const PAGE = 100;

/** A community's published months, newest first, and the years that have books. */
export async function loadMonths(code: string) {
  const pages: MonthsCommunity[] = [];
  const months = await allNodes(async (after) => {
    const community = present((await query(FinanceMonths, { code, after })).community, code);
    pages.push(community);
    return { pageInfo: community.financePeriods.pageInfo, nodes: community.financePeriods.edges.map((e) => e.node) };
  });
  const community = present(pages[0], code);
  return { code, years: community.financeYears, months };
}

/** Every published month of every community, each knowing its neighbours for the page's month-to-month links. */
export async function monthPaths() {
  const books = await Promise.all((await pageCommunityCodes()).map(loadMonths));
  return books.flatMap(({ code, months }) =>
    months.map((m, i) => ({
      params: { code, month: m.month },
      props: { newer: months[i - 1]?.month ?? null, older: months[i + 1]?.month ?? null },
    })),
  );
}

export async function yearPaths() {
  const books = await Promise.all((await pageCommunityCodes()).map(loadMonths));
  return books.flatMap(({ code, years }) => years.map((year) => ({ params: { code, year: String(year) } })));
}

async function fetchMonth(code: string, month: string) {
  const read = async (after: string | null) => {
    const { community } = await query(FinanceMonthPage, { code, month, first: PAGE, after });
    if (!community?.financePeriod) throw new Error(`${code} ${month} vanished during the build`);
    return { period: community.financePeriod };
  };
  const { period } = await read(null);
  const entries = period.entries.edges.map((e) => e.node);
  let page = period.entries.pageInfo;
  while (page.hasNextPage && page.endCursor) {
    const next = await read(page.endCursor);
    entries.push(...next.period.entries.edges.map((e) => e.node));
    page = next.period.entries.pageInfo;
  }
  if (entries.length !== period.entries.totalCount) throw new Error(`${code} ${month} changed during the build`);
  return { period, entries };
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
  return present((await query(FinanceYearPage, { code, year })).community, code).financeYear;
}

/** Every entry of the given months, oldest month first. */
export async function entriesOf(code: string, months: readonly { month: string }[]): Promise<LedgerEntry[]> {
  const books = await Promise.all(months.map((m) => loadMonth(code, m.month)));
  return books.flatMap((b) => b.entries);
}

/** The register of collective assets, with each asset's rent in `year`, and the yearly statements of asset income. */
export async function loadAssets(code: string, year: number) {
  return present((await query(FinanceAssets, { code, year })).community, code);
}

/** The exact text a published month's chain hash covers. */
export async function loadCanonical(code: string, month: string): Promise<string> {
  const { community } = await query(FinanceCanonical, { code, month });
  const text = community?.financePeriod?.canonicalContent;
  if (!text) throw new Error(`${code} ${month} has no published content`);
  return text;
}
