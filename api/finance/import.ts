import { z } from "zod";
import type { Viewer } from "../auth/viewer.ts";
import type { Db } from "../db/client.ts";
import { ValidationError } from "../errors.ts";
import { fileError } from "../sheets/grid.ts";
import { uploadFields } from "../sheets/upload.ts";
import { parseInput } from "../validation.ts";
import { DIRECTION_LABELS } from "./labels.ts";
import { addEntries, type EntryDraft, loadPeriod, requireStatus } from "./ledger.ts";
import { MAX_IMPORT_ROWS, readEntrySheet } from "./sheet.ts";

const importArgs = z.object({ periodId: z.string(), ...uploadFields(20) });

export type ImportLedgerEntriesArgs = z.input<typeof importArgs>;

/** Which spreadsheet column a service-level problem belongs to. */
const COLUMN_OF: Partial<Record<keyof EntryDraft, string>> = {
  date: "date",
  voucherNo: "voucherNo",
  categoryId: "category",
  assetId: "category",
};

/**
 * Adds a month's entries from an uploaded CSV or XLSX to an open month: every row is checked —
 * cell formats first, then against the books (category of this community and the right
 * direction, date in the month, voucher numbers unused) — and every problem is reported with its
 * row. Nothing is written unless every row is good.
 */
export async function importLedgerEntries(db: Db, viewer: Viewer, args: ImportLedgerEntriesArgs): Promise<{ imported: number }> {
  const input = parseInput(importArgs, args, "");
  const period = await loadPeriod(db, input.periodId, "periodId");
  requireStatus(period, "OPEN", "不能再导入分录");
  const { rows, issues } = await readEntrySheet(input.fileName, input.contentBase64);
  if (rows.length > MAX_IMPORT_ROWS)
    throw fileError(`一次最多导入 ${MAX_IMPORT_ROWS} 行，本文件有 ${rows.length} 行，请分批导入`);

  const categories = await db.ledgerCategory.findMany({ where: { communityId: period.communityId, retiredAt: null } });
  const byLabel = new Map(categories.flatMap((c) => [[c.name, c] as const, [c.code, c] as const]));
  const drafts: EntryDraft[] = [];
  const rowNumbers: number[] = [];
  for (const { rowNumber, row } of rows) {
    const category = byLabel.get(row.category);
    const direction = row.income !== null ? "INCOME" : "EXPENSE";
    if (!category) {
      issues.push({
        field: `file.row${rowNumber}.category`,
        message: `第${rowNumber}行「科目」“${row.category}”不是本社区在用的科目；可用：${categories.map((c) => c.name).join("、")}`,
      });
    } else if (category.direction !== direction) {
      const [column, header] = category.direction === "INCOME" ? ["expense", "收入金额（元）"] : ["income", "支出金额（元）"];
      issues.push({
        field: `file.row${rowNumber}.${column}`,
        message: `第${rowNumber}行科目“${category.name}”是${DIRECTION_LABELS[category.direction]}科目，金额应填在「${header}」`,
      });
    } else {
      rowNumbers.push(rowNumber);
      drafts.push({
        date: row.date,
        voucherNo: row.voucherNo,
        categoryId: category.id,
        amount: (row.income ?? row.expense) as number,
        counterparty: row.counterparty,
        description: row.description,
        attachmentRef: row.attachmentRef,
        assetId: null,
        adjustsEntryId: null,
        adjustmentReason: null,
      });
    }
  }
  try {
    await addEntries(db, viewer, period.id, drafts, (i, name) => `file.row${rowNumbers[i]}.${COLUMN_OF[name] ?? name}`, {
      periodField: "periodId",
      prefix: (i) => `第${rowNumbers[i]}行：`,
      known: issues,
    });
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    throw new ValidationError([...error.issues].sort((a, b) => rowOf(a.field) - rowOf(b.field)));
  }
  return { imported: drafts.length };
}

const rowOf = (field: string) => Number(/row(\d+)/.exec(field)?.[1] ?? 0);
