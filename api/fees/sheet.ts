import {
  amount,
  defineColumns,
  fileIssue,
  integer,
  parseSheet,
  sheetHeaders,
  sheetTemplate,
  shown,
  text,
} from "../sheets/grid.ts";

/**
 * A month's fee-collection status per building, as community staff upload it: one header row,
 * then one row per building. Parsing is all-or-nothing — every problem in the file is reported
 * at once, so staff can fix the spreadsheet in one pass instead of re-uploading per error.
 */
export interface SheetRow {
  building: string;
  householdsBilled: number;
  householdsPaid: number;
  householdsInArrears: number;
  /** Fen. */
  amountDue: number;
  /** Fen. */
  amountCollected: number;
  note: string | null;
}

/** The note has always been a General-format column in the template, unlike 楼栋 (text, to keep "01" as typed). */
const note = { ...text(), numFmt: undefined };

export const COLUMNS = defineColumns([
  { field: "building", label: "楼栋", kind: text(), required: true, width: 12 },
  { field: "householdsBilled", label: "应缴户数", kind: integer(), required: true, width: 12 },
  { field: "householdsPaid", label: "已缴户数", kind: integer(), required: true, width: 12 },
  { field: "householdsInArrears", label: "欠费户数", kind: integer(), required: true, width: 12 },
  { field: "amountDue", label: "应收金额", unit: "元", kind: amount(), required: true, width: 16 },
  { field: "amountCollected", label: "实收金额", unit: "元", kind: amount(), required: true, width: 16 },
  // The note column may be left out entirely; every other column carries required data.
  { field: "note", label: "备注", kind: note, required: false, width: 30 },
]);

export const SHEET_HEADERS: readonly string[] = sheetHeaders(COLUMNS);

export const SHEET_NAME = "收缴情况";

const EXAMPLE_ROWS: readonly SheetRow[] = [
  {
    building: "1栋",
    householdsBilled: 120,
    householdsPaid: 112,
    householdsInArrears: 8,
    amountDue: 3_600_000,
    amountCollected: 3_360_000,
    note: null,
  },
  {
    building: "2栋",
    householdsBilled: 96,
    householdsPaid: 90,
    householdsInArrears: 6,
    amountDue: 2_880_050,
    amountCollected: 2_700_000,
    note: "2户已申请缓缴",
  },
];

/** Parses CSV (UTF-8, optional BOM) or XLSX, chosen by the file name's extension (.csv/.xlsx, case-insensitive). */
export async function parseCollectionSheet(fileName: string, bytes: Uint8Array): Promise<SheetRow[]> {
  return await parseSheet(fileName, bytes, COLUMNS, {
    sheetName: SHEET_NAME,
    noRowsMessage: "文件中没有数据行：第1行为表头，请从第2行起每行填写一个楼栋",
    checkRow(row, context) {
      for (const field of ["householdsPaid", "householdsInArrears"] as const) {
        const part = row[field];
        if (row.householdsBilled !== undefined && part !== undefined && part > row.householdsBilled) {
          context.invalid(field, `（${part}）不能大于「${context.header("householdsBilled")}」（${row.householdsBilled}）`);
        }
      }
      // The system adds up the buildings itself; a totals row would count every household twice.
      if (!context.hasIssues && row.building !== undefined && /^(合计|总计|小计)$/.test(row.building)) {
        context.report("building", `第${context.rowNumber}行是合计行，请删除：系统会自动合计各楼栋`);
      }
    },
    checkRows(rows) {
      const buildingRows = new Map<string, number[]>();
      for (const { rowNumber, row } of rows) {
        buildingRows.set(row.building, [...(buildingRows.get(row.building) ?? []), rowNumber]);
      }
      return [...buildingRows]
        .filter(([, rowNumbers]) => rowNumbers.length > 1)
        .map(([building, rowNumbers]) =>
          fileIssue(`第${rowNumbers.join("、")}行的楼栋都是“${shown(building)}”，每个楼栋只能有一行`),
        );
    },
  });
}

/** A template with the headers and two example rows (1栋, 2栋) as CSV (UTF-8 with BOM so Excel opens it) or XLSX (sheet named 收缴情况, bold header, sensible column widths). */
export async function collectionSheetTemplate(format: "csv" | "xlsx"): Promise<Uint8Array> {
  return await sheetTemplate(format, COLUMNS, EXAMPLE_ROWS, SHEET_NAME);
}
