import { amount, defineColumns, isoDate, type RowOf, readSheet, sheetTemplate, text } from "../sheets/grid.ts";

/**
 * A month's entries as staff keep them in a journal (日记账): one row per voucher, income and
 * expense in separate columns, the category written by its name (or code). The export of a
 * published month uses the same headers with a sequence number and adjustment notes around them,
 * so an exported file can be read back by the importer.
 */
const ENTRY_COLUMNS = defineColumns([
  { field: "date", label: "日期", kind: isoDate(), required: true, width: 12 },
  { field: "voucherNo", label: "凭证号", kind: text({ max: 30 }), required: true, width: 10 },
  { field: "category", label: "科目", kind: text({ max: 40 }), required: true, width: 20 },
  { field: "income", label: "收入金额", unit: "元", kind: amount(), required: false, width: 14 },
  { field: "expense", label: "支出金额", unit: "元", kind: amount(), required: false, width: 14 },
  { field: "counterparty", label: "对方单位或个人", kind: text({ max: 100 }), required: true, width: 24 },
  { field: "description", label: "摘要", kind: text({ max: 200 }), required: true, width: 36 },
  { field: "attachmentRef", label: "附件", kind: text({ max: 200 }), required: false, width: 16 },
]);

export type EntrySheetRow = RowOf<typeof ENTRY_COLUMNS>;

export const SHEET_NAME = "收支明细";

/** Most entries a single upload may carry: far beyond a community's month, well inside memory. */
export const MAX_IMPORT_ROWS = 20_000;

/** The good rows and the problems of the bad ones; the importer checks the good rows against the books. */
export async function readEntrySheet(fileName: string, bytes: Uint8Array) {
  return await readSheet(fileName, bytes, ENTRY_COLUMNS, {
    sheetName: SHEET_NAME,
    noRowsMessage: "文件中没有数据行：第1行为表头，请从第2行起每行填写一笔收支",
    checkRow(row, context) {
      const income = row.income ?? null;
      const expense = row.expense ?? null;
      if (context.hasIssues) return;
      if (income === null && expense === null) context.invalid("income", "和「支出金额（元）」都为空：每行填写其中一项");
      else if (income !== null && expense !== null) context.invalid("income", "和「支出金额（元）」只能填写其中一项");
      else if ((income ?? expense) === 0) context.invalid(income !== null ? "income" : "expense", "不能为 0");
    },
  });
}

const EXAMPLE_ROWS: readonly EntrySheetRow[] = [
  {
    date: "2026-03-02",
    voucherNo: "记-001",
    category: "商铺租金收入",
    income: 180_000,
    expense: null,
    counterparty: "便民超市",
    description: "收1号商铺3月租金",
    attachmentRef: "租赁合同2026-01",
  },
  {
    date: "2026-03-05",
    voucherNo: "记-002",
    category: "公益性岗位补贴",
    income: null,
    expense: 960_000,
    counterparty: "保洁、护林等公益性岗位人员8人",
    description: "发放2月公益性岗位补贴",
    attachmentRef: null,
  },
];

export async function entrySheetTemplate(format: "csv" | "xlsx"): Promise<Uint8Array> {
  return await sheetTemplate(format, ENTRY_COLUMNS, EXAMPLE_ROWS, SHEET_NAME);
}

export const EXPORT_COLUMNS = defineColumns([
  { field: "sequence", label: "序号", kind: { ...text(), numFmt: undefined }, required: true, width: 6 },
  ...ENTRY_COLUMNS,
  { field: "adjustment", label: "调整说明", kind: text(), required: false, width: 40 },
]);

export type ExportRow = RowOf<typeof EXPORT_COLUMNS>;

/** A published month's entries as CSV or XLSX, in the importer's format; reversals show as negative amounts. */
export async function entryExport(format: "csv" | "xlsx", rows: readonly ExportRow[]): Promise<Uint8Array> {
  return await sheetTemplate(format, EXPORT_COLUMNS, rows, SHEET_NAME);
}
