import type { Db } from "../db/client.ts";
import type { FinancePeriod, LedgerCategory, Prisma } from "../db/generated/client.ts";
import type { Direction } from "./labels.ts";

/** What totals need to know of a category; callers keep whatever else their category carries. */
export type TotalledCategory = Pick<LedgerCategory, "id" | "direction">;

/** An entry as far as balances are concerned. */
export interface Amounted<C extends TotalledCategory = TotalledCategory> {
  amount: number;
  category: C;
}

/** The sum of one category's entries: the one shape the books, the notice, the hash and the API share. */
export interface CategoryTotal<C extends TotalledCategory = TotalledCategory> {
  category: C;
  /** Fen; may be negative in a month whose only entries for it are reversals. */
  amount: number;
}

export interface PeriodTotals<C extends TotalledCategory = TotalledCategory> {
  income: number;
  expense: number;
  byCategory: CategoryTotal<C>[];
}

/**
 * Totals by category and by direction, in fen. Summing integer fen is exact, so a month's
 * totals always equal the sum of its entries.
 */
export function totalsOf<C extends TotalledCategory>(entries: readonly Amounted<C>[]): PeriodTotals<C> {
  const byCategory = new Map<string, CategoryTotal<C>>();
  for (const e of entries) {
    const total = byCategory.get(e.category.id) ?? { category: e.category, amount: 0 };
    total.amount += e.amount;
    byCategory.set(e.category.id, total);
  }
  const totals = [...byCategory.values()];
  return { income: sumOf(totals, "INCOME"), expense: sumOf(totals, "EXPENSE"), byCategory: totals };
}

export const sumOf = (totals: readonly CategoryTotal[], direction: Direction) =>
  totals.filter((x) => x.category.direction === direction).reduce((s, x) => s + x.amount, 0);

export const closingOf = (opening: number, totals: { income: number; expense: number }) =>
  opening + totals.income - totals.expense;

/** Income before expenditure, each in chart order: how every list of category totals is read. */
export const chartOrder = (a: CategoryTotal<LedgerCategory>, b: CategoryTotal<LedgerCategory>) =>
  b.category.direction.localeCompare(a.category.direction) || a.category.sortOrder - b.category.sortOrder;

/**
 * Totals by category over some entries, straight from the database: one grouped SQL statement and
 * one for the categories, however many entries and categories there are.
 */
export async function categoryTotals(db: Db, where: Prisma.LedgerEntryWhereInput): Promise<CategoryTotal<LedgerCategory>[]> {
  const sums = await db.ledgerEntry.groupBy({ by: ["categoryId"], where, _sum: { amount: true } });
  const categories = await db.ledgerCategory.findMany({ where: { id: { in: sums.map((s) => s.categoryId) } } });
  return sums
    .flatMap((s) => {
      const category = categories.find((c) => c.id === s.categoryId);
      return category ? [{ category, amount: s._sum.amount ?? 0 }] : [];
    })
    .sort(chartOrder);
}

/** Totals worked out for open months, once per period object a request resolves. */
const liveTotals = new WeakMap<FinancePeriod, Promise<{ income: number; expense: number; closing: number }>>();

/** A month's totals: frozen on submission; worked out from the entries while it is still open. */
export function totalsOfPeriod(db: Db, p: FinancePeriod): Promise<{ income: number; expense: number; closing: number }> {
  if (p.incomeTotal !== null && p.expenseTotal !== null && p.closingBalance !== null) {
    return Promise.resolve({ income: p.incomeTotal, expense: p.expenseTotal, closing: p.closingBalance });
  }
  const known = liveTotals.get(p);
  if (known) return known;
  const computed = categoryTotals(db, { periodId: p.id }).then((totals) => {
    const sums = { income: sumOf(totals, "INCOME"), expense: sumOf(totals, "EXPENSE") };
    return { ...sums, closing: closingOf(p.openingBalance, sums) };
  });
  liveTotals.set(p, computed);
  return computed;
}
