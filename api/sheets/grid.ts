import { parse as parseCsv } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { type FieldIssue, ValidationError } from "../errors.ts";
import { FEN, parseDecimal, yuan } from "../money.ts";
import { isDate } from "../periods.ts";

/**
 * Spreadsheet uploads (CSV or XLSX) as community staff fill them in: one header row, then one
 * record per row. An importer declares its columns; `parseSheet` reads the file, matches the
 * headers by label, turns every cell into a typed value and runs the importer's own checks. It is
 * all-or-nothing — every problem in the file is reported at once, in one ValidationError, so staff
 * can fix the spreadsheet in one pass instead of re-uploading per error.
 *
 * Issue fields: `file` for the file as a whole, `file.row<N>.<field>` for a cell, where N is the
 * row number Excel shows (the header is row 1). Messages read 第N行「表头」….
 */

// ---------------------------------------------------------------------------------------------
// Declaring columns

/** A cell parser's verdict on a non-empty cell. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

export const accept = <T>(value: T): Parsed<T> => ({ ok: true, value });
/** `message` follows 第N行「表头」, e.g. `应为非负整数，实际为“abc”`. */
export const reject = (message: string): Parsed<never> => ({ ok: false, message });

/**
 * How a column's cells become values of type T, and how T is written back into a template.
 * `E` is what an empty cell reads as in an optional column (null, or e.g. false / []).
 */
export interface CellKind<T, E = null> {
  /** Reads the trimmed text of a non-empty cell. */
  parse(text: string): Parsed<T>;
  /** The value of an empty cell when the column is optional. */
  readonly empty: E;
  /** The value as CSV text. */
  format(value: T): string;
  /** The value as an XLSX cell; defaults to `format`. */
  formatXlsx?(value: T): string | number | Date;
  /** XLSX number format for the template column (`@` keeps text as typed, e.g. leading zeros). */
  readonly numFmt?: string | undefined;
}

export interface ColumnSpec<T = unknown, E = unknown> {
  /** Key in the parsed row; also the last part of issue fields (`file.row3.<field>`). */
  readonly field: string;
  /** Header text, matched exactly (after trimming). */
  readonly label: string;
  /** Headers may carry this unit in （）or (), or leave it off; any other unit is an error. */
  readonly unit?: string | null;
  readonly kind: CellKind<T, E>;
  /** Required: the header must be present and no cell may be empty. Optional: both may be left out. */
  readonly required: boolean;
  /** XLSX template column width, in characters. */
  readonly width: number;
}

type ValueOf<C> = C extends { readonly required: true; readonly kind: { parse(text: string): Parsed<infer T> } }
  ? T
  : C extends { readonly kind: { parse(text: string): Parsed<infer T>; readonly empty: infer E } }
    ? T | E
    : never;

/** The parsed row a column list describes: required columns give T, optional ones T or the kind's empty value. */
export type RowOf<Cs extends readonly ColumnSpec[]> = { [C in Cs[number] as C["field"]]: ValueOf<C> };

/** Keeps field names and `required` as literal types, so `RowOf` can be worked out from the list. */
export function defineColumns<const Cs extends readonly ColumnSpec[]>(columns: Cs): Cs {
  return columns;
}

/** 「应收金额（元）」: the label with its unit, as templates write it. */
export const headerOf = (column: Pick<ColumnSpec, "label" | "unit">): string =>
  column.unit ? `${column.label}（${column.unit}）` : column.label;

export const sheetHeaders = (columns: readonly ColumnSpec[]): readonly string[] => Object.freeze(columns.map(headerOf));

// ---------------------------------------------------------------------------------------------
// Cell kinds

const numberFormatHint = (min: number, max: number | undefined) =>
  max !== undefined ? `${min}到${max}之间的整数` : min === 0 ? "非负整数" : `不小于${min}的整数`;

/**
 * Text a spreadsheet program would run as a formula (or as DDE) when the file is opened or the cell
 * edited: it starts with =, +, -, @, a tab or a carriage return ("-2+3" is a formula too). Number
 * and amount cells are not text and keep their signs.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Exported text that cannot run as a formula: a leading apostrophe makes Excel and WPS show it as text. */
export const neutralized = (value: string) => (FORMULA_START.test(value) ? `'${value}` : value);

/**
 * Text as typed. `max` counts characters; `pattern` with `hint` (e.g. `应为5～20位数字`) restricts the
 * form. Free text (no pattern) is refused on import and neutralized on export when it would run as
 * a formula; a pattern already limits the cell to harmless characters (a phone's leading +).
 */
export function text(options: { max?: number; pattern?: RegExp; hint?: string } = {}): CellKind<string> {
  const { max, pattern, hint } = options;
  return {
    parse(value) {
      if (!pattern && FORMULA_START.test(value)) {
        return reject(
          `不能以 = + - @ 开头（电子表格会把它当作公式执行），实际为“${shown(value)}”；如需原样保存，请在前面加一个单引号 '`,
        );
      }
      const length = [...value].length;
      if (max !== undefined && length > max) return reject(`不能超过${max}个字，实际为${length}个字`);
      if (pattern && !pattern.test(value)) return reject(`${hint ?? "格式不正确"}，实际为“${shown(value)}”`);
      return accept(value);
    },
    empty: null,
    format: pattern ? (value) => value : neutralized,
    numFmt: "@",
  };
}

/** Whole numbers written as plain digits, by default any from 0 up. */
export function integer(options: { min?: number; max?: number } = {}): CellKind<number> {
  const { min = 0, max } = options;
  return {
    parse(value) {
      const n = /^\d+$/.test(value) ? Number(value) : null;
      if (n === null || !Number.isSafeInteger(n) || n < min || (max !== undefined && n > max)) {
        return reject(`应为${numberFormatHint(min, max)}，实际为“${shown(value)}”`);
      }
      return accept(n);
    },
    empty: null,
    format: (value) => String(value),
    formatXlsx: (value) => value,
  };
}

/** Yuan with up to two decimals, read exactly into integer fen. */
export function amount(): CellKind<number> {
  return {
    parse(value) {
      const fen = parseDecimal(value, FEN);
      return fen === null ? reject(`应为不超过${FEN}位小数的非负金额，实际为“${shown(value)}”`) : accept(fen);
    },
    empty: null,
    format: (fen) => yuan(fen),
    formatXlsx: (fen) => fen / 100,
    numFmt: "0.00",
  };
}

/** 是 / 否; an empty cell (optional column) is 否. */
export function yesNo(): CellKind<boolean, boolean> {
  return {
    parse(value) {
      if (value === "是") return accept(true);
      if (value === "否") return accept(false);
      return reject(`应填「是」或「否」（不填视为「否」），实际为“${shown(value)}”`);
    },
    empty: false,
    format: (value) => (value ? "是" : "否"),
    numFmt: "@",
  };
}

/** One of a fixed vocabulary, written by its Chinese label, e.g. `{ MONTHLY: "月薪", PIECE_RATE: "计件" }`. */
export function oneOf<Code extends string>(labels: Readonly<Record<Code, string>>): CellKind<Code> {
  const entries = Object.entries(labels) as [Code, string][];
  const choices = entries.map(([, label]) => `「${label}」`).join("");
  return {
    parse(value) {
      const entry = entries.find(([, label]) => label === value);
      return entry ? accept(entry[0]) : reject(`应为${choices}之一，实际为“${shown(value)}”`);
    },
    empty: null,
    format: (code) => labels[code],
    numFmt: "@",
  };
}

/** A calendar date written YYYY-MM-DD, kept as that string. XLSX date cells count too. */
export function isoDate(): CellKind<string> {
  return {
    parse(value) {
      return isDate(value) ? accept(value) : reject(`应为YYYY-MM-DD格式的日期（如2026-03-01），实际为“${shown(value)}”`);
    },
    empty: null,
    format: (value) => value,
    formatXlsx: (value) => new Date(`${value}T00:00:00Z`),
    numFmt: "yyyy-mm-dd",
  };
}

// ---------------------------------------------------------------------------------------------
// Parsing

/** What a cell holds once the file format is out of the way. */
export type Cell = string | number | null;

/** The field-level view a row check gets: a value is `undefined` where its cell was already reported. */
export type CheckedRow<R> = { readonly [K in keyof R]: R[K] | undefined };

export interface RowContext<R> {
  /** As Excel shows it; the header is row 1. */
  readonly rowNumber: number;
  /** Whether anything has been reported for this row so far (its cells or earlier checks). */
  readonly hasIssues: boolean;
  /** 「月收入下限（元）」-style header of a field, for messages. */
  header(field: keyof R & string): string;
  /** Reports 第N行「header」+ `detail` against `file.row<N>.<field>`. */
  invalid(field: keyof R & string, detail: string): void;
  /** Reports `message`, as given, against `file.row<N>.<field>`. */
  report(field: keyof R & string, message: string): void;
}

export interface NumberedRow<R> {
  rowNumber: number;
  row: R;
}

export interface SheetOptions<R> {
  /** XLSX: read the sheet with this name if there is one (the template's), else the first. */
  sheetName: string;
  /** The whole-file message when there is a header but no data row. */
  noRowsMessage: string;
  /** Cross-field checks, run on every non-empty row, even one with bad cells. */
  checkRow?(row: CheckedRow<R>, context: RowContext<R>): void;
  /** Checks across rows, given only the rows without issues; runs after every row. */
  checkRows?(rows: readonly NumberedRow<R>[]): FieldIssue[];
}

/**
 * Reads a CSV (UTF-8, optional BOM) or XLSX upload, chosen by the file name's extension
 * (.csv/.xlsx, case-insensitive), into typed rows; throws one ValidationError with every issue.
 * Empty rows are skipped; columns with unrecognised headers are ignored.
 */
export async function parseSheet<const Cs extends readonly ColumnSpec[]>(
  fileName: string,
  bytes: Uint8Array,
  columns: Cs,
  options: SheetOptions<RowOf<Cs>>,
): Promise<RowOf<Cs>[]> {
  return (await parseNumberedSheet(fileName, bytes, columns, options)).map((r) => r.row);
}

/** As parseSheet, keeping each row's number as Excel shows it, for checks an importer runs afterwards. */
export async function parseNumberedSheet<const Cs extends readonly ColumnSpec[]>(
  fileName: string,
  bytes: Uint8Array,
  columns: Cs,
  options: SheetOptions<RowOf<Cs>>,
): Promise<NumberedRow<RowOf<Cs>>[]> {
  const { rows, issues } = await readSheet(fileName, bytes, columns, options);
  if (issues.length > 0) throw new ValidationError(issues);
  return rows;
}

/**
 * Reads every row and collects the cell problems instead of throwing them, so an importer can add
 * its own checks of the good rows and report everything in one pass. Problems with the file as a
 * whole (type, encoding, headers, no data rows) still throw.
 */
export async function readSheet<const Cs extends readonly ColumnSpec[]>(
  fileName: string,
  bytes: Uint8Array,
  columns: Cs,
  options: SheetOptions<RowOf<Cs>>,
): Promise<{ rows: NumberedRow<RowOf<Cs>>[]; issues: FieldIssue[] }> {
  type R = RowOf<Cs>;
  const grid = await readGrid(fileName, bytes, options.sheetName);
  const positions = matchHeaders(grid[0] ?? [], columns);
  const issues: FieldIssue[] = [];
  const rows: NumberedRow<R>[] = [];
  let dataRows = 0;

  grid.forEach((cells, index) => {
    const rowNumber = index + 1;
    if (rowNumber === 1 || cells.every((cell) => cellText(cell) === "")) return;
    dataRows++;
    const before = issues.length;
    const fieldOf = (field: string) => `file.row${rowNumber}.${field}`;
    const headerFor = (field: string) => {
      const column = columns.find((c) => c.field === field);
      return column ? headerOf(column) : field;
    };
    const invalid = (field: string, detail: string) =>
      issues.push({ field: fieldOf(field), message: `第${rowNumber}行「${headerFor(field)}」${detail}` });

    const values: Record<string, unknown> = {};
    for (const column of columns) {
      const position = positions.get(column.field);
      const text = position === undefined ? "" : cellText(cells[position] ?? null);
      if (text === "") {
        if (column.required) invalid(column.field, "不能为空");
        else values[column.field] = column.kind.empty;
        continue;
      }
      const parsed = column.kind.parse(text);
      if (parsed.ok) values[column.field] = parsed.value;
      else invalid(column.field, parsed.message);
    }

    options.checkRow?.(values as CheckedRow<R>, {
      rowNumber,
      get hasIssues() {
        return issues.length > before;
      },
      header: headerFor,
      invalid,
      report: (field, message) => issues.push({ field: fieldOf(field), message }),
    });
    if (issues.length === before) rows.push({ rowNumber, row: values as R });
  });

  if (options.checkRows) issues.push(...options.checkRows(rows));
  if (dataRows === 0) throw fileError(options.noRowsMessage);
  return { rows, issues };
}

/** The file as rows of cells: CSV or XLSX by extension; for XLSX the sheet named `preferredSheet`, else the first. */
export async function readGrid(fileName: string, bytes: Uint8Array, preferredSheet: string): Promise<Cell[][]> {
  const extension = /\.([^./\\]+)$/.exec(fileName.trim())?.[1]?.toLowerCase();
  if (extension === "csv") return readCsv(bytes);
  if (extension === "xlsx") return await readXlsx(bytes, preferredSheet);
  const shownExtension = extension ? `「.${extension}」` : "（文件名没有扩展名）";
  throw fileError(`不支持的文件类型${shownExtension}：请上传 .csv 或 .xlsx 文件`);
}

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

async function readXlsx(bytes: Uint8Array, preferredSheet: string): Promise<Cell[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    // slice() gives an ArrayBuffer of exactly this view, which is what exceljs' typings accept.
    await workbook.xlsx.load(bytes.slice().buffer);
  } catch {
    throw fileError("无法读取文件：不是有效的 .xlsx 文件（旧版 .xls 请在 Excel 中另存为 .xlsx）");
  }
  // Prefer the template's sheet, so an extra instructions sheet in front does not get parsed.
  const sheet = workbook.getWorksheet(preferredSheet) ?? workbook.worksheets[0];
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

/** Maps each field to its column index, or throws listing every header problem. */
function matchHeaders(headerCells: Cell[], columns: readonly ColumnSpec[]): Map<string, number> {
  const positions = new Map<string, number>();
  const issues: FieldIssue[] = [];
  headerCells.forEach((cell, index) => {
    const text = cellText(cell);
    const m = /^(.*?)\s*(?:[（(]\s*(.*?)\s*[）)])?$/.exec(text);
    const column = columns.find((c) => c.label === m?.[1]);
    // Unrecognised headers are ignored: staff often keep their own extra columns.
    if (!column) return;
    const unit = m?.[2];
    if (unit !== undefined && unit !== (column.unit ?? null)) {
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
  // Optional columns may be left out entirely; every other column carries required data.
  const missing = columns.filter((c) => c.required && !positions.has(c.field));
  if (missing.length > 0) {
    issues.push({
      field: "file",
      message: `第1行表头缺少${missing.map((c) => `「${headerOf(c)}」`).join("")}；表头应为：${columns.map(headerOf).join("、")}`,
    });
  }
  if (issues.length > 0) throw new ValidationError(issues);
  return positions;
}

/** The cell as the text a person would type, trimmed (String#trim also removes full-width spaces). */
export function cellText(cell: Cell): string {
  if (cell === null) return "";
  if (typeof cell === "string") return cell.trim();
  // Numbers come from binary floats; 15 significant digits is what Excel itself displays, so a
  // formula result like 12.340000000000002 reads as the 12.34 staff saw, while 12.345 stays 12.345.
  return String(Number(cell.toPrecision(15)));
}

/** Keeps messages readable when someone pastes a paragraph into a cell. */
export function shown(text: string): string {
  return text.length > 30 ? `${text.slice(0, 30)}…` : text;
}

/** 0 → A, 26 → AA: the column letters Excel shows, for both CSV and XLSX. */
export function columnName(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** An issue with the file as a whole. */
export const fileIssue = (message: string): FieldIssue => ({ field: "file", message });

export function fileError(message: string): ValidationError {
  return new ValidationError([fileIssue(message)]);
}

// ---------------------------------------------------------------------------------------------
// Templates

/**
 * The headers and example rows as CSV (UTF-8 with BOM and CRLF, so Excel opens it) or XLSX (one
 * sheet named `sheetName`, bold frozen header, the columns' widths and number formats).
 */
export async function sheetTemplate<const Cs extends readonly ColumnSpec[]>(
  format: "csv" | "xlsx",
  columns: Cs,
  exampleRows: readonly RowOf<Cs>[],
  sheetName: string,
): Promise<Uint8Array> {
  const rows = exampleRows as readonly Record<string, unknown>[];
  return format === "csv" ? csvTemplate(columns, rows) : await xlsxTemplate(columns, rows, sheetName);
}

function csvTemplate(columns: readonly ColumnSpec[], rows: readonly Record<string, unknown>[]): Uint8Array {
  const quote = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
  const lines = [
    columns.map(headerOf),
    ...rows.map((row) =>
      columns.map((c) => {
        const value = row[c.field];
        return value === null || value === undefined ? "" : c.kind.format(value);
      }),
    ),
  ];
  // CRLF and a BOM: what Excel writes itself, and without the BOM it reads UTF-8 as the ANSI code page.
  const text = `\uFEFF${lines.map((cells) => cells.map(quote).join(",")).join("\r\n")}\r\n`;
  return new TextEncoder().encode(text);
}

async function xlsxTemplate(
  columns: readonly ColumnSpec[],
  rows: readonly Record<string, unknown>[],
  sheetName: string,
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({
    header: headerOf(c),
    key: c.field,
    width: c.width,
    style: c.kind.numFmt ? { numFmt: c.kind.numFmt } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    sheet.addRow(
      Object.fromEntries(
        columns.map((c) => {
          const value = row[c.field];
          if (value === null || value === undefined) return [c.field, null];
          return [c.field, c.kind.formatXlsx ? c.kind.formatXlsx(value) : c.kind.format(value)];
        }),
      ),
    );
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
