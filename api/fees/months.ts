import type { Disclosure, FeeCollection } from "../db/generated/client.ts";

export interface CollectionRow {
  building: string | null;
  householdsBilled: number;
  householdsPaid: number;
  householdsInArrears: number;
  amountDue: number;
  amountCollected: number;
  note: string | null;
}

export function sumRows(rows: readonly CollectionRow[]) {
  return rows.reduce(
    (t, r) => ({
      householdsBilled: t.householdsBilled + r.householdsBilled,
      householdsPaid: t.householdsPaid + r.householdsPaid,
      householdsInArrears: t.householdsInArrears + r.householdsInArrears,
      amountDue: t.amountDue + r.amountDue,
      amountCollected: t.amountCollected + r.amountCollected,
    }),
    { householdsBilled: 0, householdsPaid: 0, householdsInArrears: 0, amountDue: 0, amountCollected: 0 },
  );
}

/** Only collection rows whose disclosure currently stands (not superseded, not withdrawn) count. */
export const currentRows = { disclosure: { status: "PUBLISHED", correctedBy: { is: null } } } as const;

/** A fee's month for the community: its building rows, their sums, and the notice that published them. */
export interface FeeMonth {
  month: string;
  rows: FeeCollection[];
  totals: ReturnType<typeof sumRows>;
  disclosure: Disclosure;
}

/** Groups an item's current collection rows into months, newest first, each summed once. */
export function toMonths(rows: (FeeCollection & { disclosure: Disclosure })[]): FeeMonth[] {
  const months = new Map<string, Omit<FeeMonth, "totals">>();
  for (const row of rows) {
    const month = months.get(row.month) ?? { month: row.month, rows: [], disclosure: row.disclosure };
    month.rows.push(row);
    months.set(row.month, month);
  }
  return [...months.values()].map((m) => ({ ...m, totals: sumRows(m.rows) })).sort((a, b) => b.month.localeCompare(a.month));
}
