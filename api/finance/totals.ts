import type { Direction } from "./labels.ts";

/** An entry as far as balances are concerned. */
export interface Amounted {
  amount: number;
  category: { id: string; direction: Direction };
}

export interface CategoryTotal {
  categoryId: string;
  direction: Direction;
  /** Fen; may be negative in a month whose only entries for it are reversals. */
  amount: number;
}

export interface PeriodTotals {
  income: number;
  expense: number;
  byCategory: CategoryTotal[];
}

/**
 * Totals by category and by direction, in fen. Summing integer fen is exact, so a month's
 * totals always equal the sum of its entries.
 */
export function totalsOf(entries: readonly Amounted[]): PeriodTotals {
  const byCategory = new Map<string, CategoryTotal>();
  let income = 0;
  let expense = 0;
  for (const e of entries) {
    const total = byCategory.get(e.category.id) ?? { categoryId: e.category.id, direction: e.category.direction, amount: 0 };
    total.amount += e.amount;
    byCategory.set(e.category.id, total);
    if (e.category.direction === "INCOME") income += e.amount;
    else expense += e.amount;
  }
  return { income, expense, byCategory: [...byCategory.values()] };
}

export const closingOf = (opening: number, totals: { income: number; expense: number }) =>
  opening + totals.income - totals.expense;
