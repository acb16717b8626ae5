import { ValidationError } from "../errors.ts";
import {
  amount,
  cellText,
  columnName,
  defineColumns,
  integer,
  type NumberedRow,
  oneOf,
  parseNumberedSheet,
  readGrid,
  sheetTemplate,
  text,
} from "../sheets/grid.ts";
import { ASSISTANCE_REASON_LABELS, type AssistanceReason } from "./labels.ts";
import { privateDataIn, privateHeader, RECIPIENT_NAME, roomIn } from "./privacy.ts";

/**
 * The civil-affairs office's list as a spreadsheet: one header row, then one household per row.
 * It has no column for an ID number, phone or address; a file that brings one is refused whole.
 */
const COLUMNS = defineColumns([
  {
    field: "recipientName",
    label: "姓名",
    kind: text({ max: 20, pattern: RECIPIENT_NAME, hint: "应为2～20个汉字或字母，不含数字" }),
    required: true,
    width: 12,
  },
  {
    field: "villageCode",
    label: "迁出村编码",
    kind: text({ max: 40, pattern: /^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$/, hint: "应为迁出村名录中的编码，如RJ-V-PINGYANG" }),
    required: true,
    width: 20,
  },
  { field: "residentGroup", label: "居民小组或楼栋", kind: text({ max: 30 }), required: true, width: 16 },
  { field: "householdSize", label: "家庭人口", kind: integer({ min: 1, max: 20 }), required: true, width: 10 },
  { field: "amount", label: "金额", unit: "元", kind: amount(), required: true, width: 14 },
  { field: "reason", label: "救助原因", kind: oneOf(ASSISTANCE_REASON_LABELS), required: true, width: 28 },
]);

const SHEET_NAME = "救助名单";

export interface AssistanceSheetRow {
  recipientName: string;
  villageCode: string;
  residentGroup: string;
  householdSize: number;
  /** Fen. */
  amount: number;
  reason: AssistanceReason;
}

/**
 * Refuses, before anything else is read, a file that carries personal data the list must never
 * hold: a column headed like one (身份证号, 电话, 住址 …) or any cell that looks like an 18-digit ID
 * number or an 11-digit mobile number, in any column. Messages name the row and column, never the value.
 */
async function refusePrivateData(fileName: string, bytes: Uint8Array): Promise<void> {
  const grid = await readGrid(fileName, bytes, SHEET_NAME);
  const headers = (grid[0] ?? []).map(cellText);
  const known = new Map<string, string>(COLUMNS.map((c) => [c.label, c.field]));
  const issues: { field: string; message: string }[] = [];
  headers.forEach((header, i) => {
    const why = header ? privateHeader(header) : null;
    if (why) issues.push({ field: `file.column${columnName(i)}`, message: `第${columnName(i)}列：${why}` });
  });
  grid.slice(1).forEach((cells, index) => {
    const rowNumber = index + 2;
    cells.forEach((cell, i) => {
      const why = privateDataIn(cellText(cell));
      if (!why) return;
      const header = headers[i] ?? "";
      const field = known.get(header.replace(/（元）$/, "")) ?? `column${columnName(i)}`;
      issues.push({ field: `file.row${rowNumber}.${field}`, message: `第${rowNumber}行${columnName(i)}列「${header}」${why}` });
    });
  });
  if (issues.length) throw new ValidationError(issues);
}

/** Parses CSV (UTF-8) or XLSX by extension; every problem reported at once, with its row. */
export async function parseAssistanceSheet(fileName: string, bytes: Uint8Array): Promise<NumberedRow<AssistanceSheetRow>[]> {
  await refusePrivateData(fileName, bytes);
  return await parseNumberedSheet(fileName, bytes, COLUMNS, {
    sheetName: SHEET_NAME,
    noRowsMessage: "文件中没有数据行：第1行为表头，请从第2行起每行填写一户",
    checkRow(row, context) {
      if (row.residentGroup !== undefined) {
        const why = roomIn(row.residentGroup);
        if (why) context.invalid("residentGroup", why);
      }
      if (row.amount !== undefined && row.amount <= 0) context.invalid("amount", "应大于 0");
      if (!context.hasIssues && row.recipientName !== undefined && /^(合计|总计|小计)$/.test(row.recipientName)) {
        context.report("recipientName", `第${context.rowNumber}行是合计行，请删除：系统会自动合计`);
      }
    },
  });
}

const EXAMPLE_ROWS: readonly AssistanceSheetRow[] = [
  {
    recipientName: "杨秀英",
    villageCode: "RJ-V-PINGYANG",
    residentGroup: "3栋",
    householdSize: 3,
    amount: 138_000,
    reason: "LOW_INCOME",
  },
  {
    recipientName: "吴老三",
    villageCode: "RJ-V-DINGWEI",
    residentGroup: "第二居民小组",
    householdSize: 1,
    amount: 80_000,
    reason: "ILLNESS",
  },
];

/** A template with the headers and two invented example rows, CSV (UTF-8 with BOM) or XLSX (sheet 救助名单). */
export async function assistanceSheetTemplate(format: "csv" | "xlsx"): Promise<Uint8Array> {
  return await sheetTemplate(format, COLUMNS, EXAMPLE_ROWS, SHEET_NAME);
}
