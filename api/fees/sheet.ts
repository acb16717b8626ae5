import { parse as parseCsv } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { type FieldIssue, ValidationError } from "../errors.ts";
import { FEN, parseDecimal, yuan } from "../money.ts";

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

type Field = keyof SheetRow;
type Kind = "text" | "count" | "amount" | "note";

interface Column {
  field: Field;
  label: string;
  /** Headers may carry this unit in parentheses, or leave it off. */
  unit: string | null;
  kind: Kind;
  width: number;
}

const COLUMNS: readonly Column[] = [
  { field: "building", label: "楼栋", unit: null, kind: "text", width: 12 },
  { field: "householdsBilled", label: "应缴户数", unit: null, kind: "count", width: 12 },
  { field: "householdsPaid", label: "已缴户数", unit: null, kind: "count", width: 12 },
  { field: "householdsInArrears", label: "欠费户数", unit: null, kind: "count", width: 12 },
  { field: "amountDue", label: "应收金额", unit: "元", kind: "amount", width: 16 },
  { field: "amountCollected", label: "实收金额", unit: "元", kind: "amount", width: 16 },
  { field: "note", label: "备注", unit: null, kind: "note", width: 30 },
];

const headerOf = (c: Column) => (c.unit ? `${c.label}（${c.unit}）` : c.label);

export const SHEET_HEADERS: readonly string[] = Object.freeze(COLUMNS.map(headerOf));

const SHEET_NAME = "收缴情况";

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

/** What a cell holds once the file format is out of the way. */
type Cell = string | number | null;

/** Parses CSV (UTF-8, optional BOM) or XLSX, chosen by the file name's extension (.csv/.xlsx, case-insensitive). */
export async function parseCollectionSheet(fileName: string, bytes: Uint8Array): Promise<SheetRow[]> {
  const extension = /\.([^./\\]+)$/.exec(fileName.trim())?.[1]?.toLowerCase();
  let grid: Cell[][];
  if (extension === "csv") grid = readCsv(bytes);
  else if (extension === "xlsx") grid = await readXlsx(bytes);
  else {
    const shown = extension ? `「.${extension}」` : "（文件名没有扩展名）";
    throw fileError(`不支持的文件类型${shown}：请上传 .csv 或 .xlsx 文件`);
  }
  return validate(grid);
}

/** A template with the headers and two example rows (1栋, 2栋) as CSV (UTF-8 with BOM so Excel opens it) or XLSX (sheet named 收缴情况, bold header, sensible column widths). */
export async function collectionSheetTemplate(format: "csv" | "xlsx"): Promise<Uint8Array> {
  return format === "csv" ? csvTemplate() : await xlsxTemplate();
}

// ---------------------------------------------------------------------------------------------
// Reading

function readCsv(bytes: Uint8Array): Cell[][] {
  let text: string;
  try {
    // Fatal decoding: Chinese Excel's plain "CSV" is GBK, which would otherwise turn into mojibake.
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw fileError("无法读取文件：CSV 不是 UTF-8 编码。请在 Excel 中另存为「CSV UTF-8（逗号分隔）」，或直接上传 .xlsx 文件");
  }
  try {
    // Empty lines are kept (as [""]) so that record N is row N+1 exactly as Excel shows the file.
    return parseCsv(text, { bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: false });
  } catch (error) {
    const line = (error as { lines?: unknown }).lines;
    const where = typeof line === "number" ? `（第${line}行附近）` : "";
    throw fileError(`无法读取文件：CSV 格式有误${where}，请检查引号是否成对`);
  }
}

async function readXlsx(bytes: Uint8Array): Promise<Cell[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    // slice() gives an ArrayBuffer of exactly this view, which is what exceljs' typings accept.
    await workbook.xlsx.load(bytes.slice().buffer);
  } catch {
    throw fileError("无法读取文件：不是有效的 .xlsx 文件（旧版 .xls 请在 Excel 中另存为 .xlsx）");
  }
  // Prefer the template's sheet, so an extra instructions sheet in front does not get parsed.
  const sheet = workbook.getWorksheet(SHEET_NAME) ?? workbook.worksheets[0];
  if (!sheet) throw fileError("无法读取文件：工作簿中没有工作表");

  const grid: Cell[][] = [];
  const width = sheet.columnCount;
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: Cell[] = [];
    for (let c = 1; c <= width; c++) cells.push(xlsxCell(row.getCell(c).value));
    grid.push(cells);
  }
  return grid;
}

function xlsxCell(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("error" in value) return value.error;
  // Formulas: Excel saves the last computed result alongside, which is what staff saw.
  if ("formula" in value || "sharedFormula" in value) return xlsxCell(value.result ?? null);
  // Hyperlinks: typed as text, but exceljs hands back rich text when the link text is formatted.
  if ("text" in value) return typeof value.text === "string" ? value.text : xlsxCell(value.text);
  return null;
}

// ---------------------------------------------------------------------------------------------
// Validating

function validate(grid: Cell[][]): SheetRow[] {
  const positions = matchHeaders(grid[0] ?? []);
  const issues: FieldIssue[] = [];
  const rows: SheetRow[] = [];
  const buildingRows = new Map<string, number[]>();

  grid.forEach((cells, index) => {
    const rowNumber = index + 1;
    if (rowNumber === 1 || cells.every((cell) => cellText(cell) === "")) return;
    const row = validateRow(rowNumber, cells, positions, issues);
    if (!row) return;
    // The system adds up the buildings itself; a totals row would count every household twice.
    if (/^(合计|总计|小计)$/.test(row.building)) {
      issues.push({ field: `file.row${rowNumber}.building`, message: `第${rowNumber}行是合计行，请删除：系统会自动合计各楼栋` });
      return;
    }
    rows.push(row);
    buildingRows.set(row.building, [...(buildingRows.get(row.building) ?? []), rowNumber]);
  });

  for (const [building, rowNumbers] of buildingRows) {
    if (rowNumbers.length > 1) {
      issues.push({ field: "file", message: `第${rowNumbers.join("、")}行的楼栋都是“${shown(building)}”，每个楼栋只能有一行` });
    }
  }
  if (issues.length > 0) throw new ValidationError(issues);
  if (rows.length === 0) throw fileError("文件中没有数据行：第1行为表头，请从第2行起每行填写一个楼栋");
  return rows;
}

/** Maps each field to its column index, or throws listing every header problem. */
function matchHeaders(headerCells: Cell[]): Map<Field, number> {
  const positions = new Map<Field, number>();
  const issues: FieldIssue[] = [];
  headerCells.forEach((cell, index) => {
    const text = cellText(cell);
    const m = /^(.*?)\s*(?:[（(]\s*(.*?)\s*[）)])?$/.exec(text);
    const column = COLUMNS.find((c) => c.label === m?.[1]);
    // Unrecognised headers are ignored: staff often keep their own extra columns.
    if (!column) return;
    const unit = m?.[2];
    if (unit !== undefined && unit !== column.unit) {
      // Worth stopping for: 万元 silently read as 元 would misstate amounts 10000-fold.
      issues.push({
        field: "file",
        message: `第${columnName(index)}列表头「${text}」的单位应为「${column.unit ?? "无单位"}」，请改为「${headerOf(column)}」`,
      });
      return;
    }
    const earlier = positions.get(column.field);
    if (earlier !== undefined) {
      issues.push({
        field: "file",
        message: `表头「${headerOf(column)}」重复出现在第${columnName(earlier)}列和第${columnName(index)}列`,
      });
      return;
    }
    positions.set(column.field, index);
  });
  // The note column may be left out entirely; every other column carries required data.
  const missing = COLUMNS.filter((c) => c.kind !== "note" && !positions.has(c.field));
  if (missing.length > 0) {
    issues.push({
      field: "file",
      message: `第1行表头缺少${missing.map((c) => `「${headerOf(c)}」`).join("")}；表头应为：${SHEET_HEADERS.join("、")}`,
    });
  }
  if (issues.length > 0) throw new ValidationError(issues);
  return positions;
}

function validateRow(rowNumber: number, cells: Cell[], positions: Map<Field, number>, issues: FieldIssue[]): SheetRow | null {
  const before = issues.length;
  const read = (column: Column): string | number | null => {
    const index = positions.get(column.field);
    const text = index === undefined ? "" : cellText(cells[index] ?? null);
    const issue = (message: string) =>
      issues.push({
        field: `file.row${rowNumber}.${column.field}`,
        message: `第${rowNumber}行「${headerOf(column)}」${message}`,
      });
    if (column.kind === "note") return text === "" ? null : text;
    if (text === "") {
      issue("不能为空");
      return null;
    }
    if (column.kind === "text") return text;
    if (column.kind === "count") {
      const value = /^\d+$/.test(text) ? Number(text) : null;
      if (value === null || !Number.isSafeInteger(value)) {
        issue(`应为非负整数，实际为“${shown(text)}”`);
        return null;
      }
      return value;
    }
    const value = parseDecimal(text, FEN);
    if (value === null) issue(`应为不超过${FEN}位小数的非负金额，实际为“${shown(text)}”`);
    return value;
  };

  const values = new Map(COLUMNS.map((c) => [c.field, read(c)]));
  const count = (field: Field) => values.get(field) as number | null;
  const billed = count("householdsBilled");
  for (const field of ["householdsPaid", "householdsInArrears"] as const) {
    const part = count(field);
    if (billed !== null && part !== null && part > billed) {
      const column = COLUMNS.find((c) => c.field === field) as Column;
      issues.push({
        field: `file.row${rowNumber}.${field}`,
        message: `第${rowNumber}行「${headerOf(column)}」（${part}）不能大于「应缴户数」（${billed}）`,
      });
    }
  }
  if (issues.length > before) return null;
  return {
    building: values.get("building") as string,
    householdsBilled: values.get("householdsBilled") as number,
    householdsPaid: values.get("householdsPaid") as number,
    householdsInArrears: values.get("householdsInArrears") as number,
    amountDue: values.get("amountDue") as number,
    amountCollected: values.get("amountCollected") as number,
    note: values.get("note") as string | null,
  };
}

/** The cell as the text a person would type, trimmed (String#trim also removes full-width spaces). */
function cellText(cell: Cell): string {
  if (cell === null) return "";
  if (typeof cell === "string") return cell.trim();
  // Numbers come from binary floats; 15 significant digits is what Excel itself displays, so a
  // formula result like 12.340000000000002 reads as the 12.34 staff saw, while 12.345 stays 12.345.
  return String(Number(cell.toPrecision(15)));
}

/** Keeps messages readable when someone pastes a paragraph into a numeric cell. */
function shown(text: string): string {
  return text.length > 30 ? `${text.slice(0, 30)}…` : text;
}

/** 0 → A, 26 → AA: the column letters Excel shows, for both CSV and XLSX. */
function columnName(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function fileError(message: string): ValidationError {
  return new ValidationError([{ field: "file", message }]);
}

// ---------------------------------------------------------------------------------------------
// Templates

function csvTemplate(): Uint8Array {
  const quote = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
  const lines = [SHEET_HEADERS, ...EXAMPLE_ROWS.map((row) => COLUMNS.map((c) => templateValue(row, c.field)))];
  // CRLF and a BOM: what Excel writes itself, and without the BOM it reads UTF-8 as the ANSI code page.
  const text = `\uFEFF${lines.map((cells) => cells.map((cell) => quote(String(cell))).join(",")).join("\r\n")}\r\n`;
  return new TextEncoder().encode(text);
}

async function xlsxTemplate(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(SHEET_NAME, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = COLUMNS.map((c) => ({
    header: headerOf(c),
    key: c.field,
    width: c.width,
    // 楼栋 as text so names like "01" keep their leading zero; amounts always show two decimals.
    style: c.kind === "text" ? { numFmt: "@" } : c.kind === "amount" ? { numFmt: "0.00" } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of EXAMPLE_ROWS) {
    sheet.addRow(Object.fromEntries(COLUMNS.map((c) => [c.field, templateValue(row, c.field, true)])));
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function templateValue(row: SheetRow, field: Field, numeric = false): string | number | null {
  const value = row[field];
  if (field === "amountDue" || field === "amountCollected") {
    return numeric ? (value as number) / 100 : yuan(value as number);
  }
  return value ?? (numeric ? null : "");
}
