import { fenOf } from "~/lib/format.ts";
import { type ExportRow, entryExport } from "~api/finance/sheet.ts";
import { adjustmentText } from "./ledger.ts";
import type { LedgerEntry } from "./load.ts";

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
