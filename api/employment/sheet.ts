import { defineColumns, fileIssue, integer, readSheet, sheetTemplate, shown, text } from "../sheets/grid.ts";
import { COUNT_LABELS, type FigureCounts, inconsistencies } from "./figures.ts";

const count = (field: keyof FigureCounts) =>
  ({ field, label: COUNT_LABELS[field], kind: integer({ min: 0, max: 1_000_000 }), required: true, width: 14 }) as const;

/**
 * The employment office's monthly sheet (就业台账月报): one row per community and month, counts
 * only. The community is written by its code or its name; several months may come in one file.
 */
export const COLUMNS = defineColumns([
  { field: "community", label: "社区", kind: text({ max: 50 }), required: true, width: 16 },
  {
    field: "month",
    label: "月份",
    kind: text({ pattern: /^\d{4}-(0[1-9]|1[0-2])$/, hint: "应为 YYYY-MM 格式，如 2026-03" }),
    required: true,
    width: 10,
  },
  count("householdsWithLabour"),
  count("householdsWithEmployed"),
  count("willingWorkers"),
  count("trainedWithinYear"),
  count("employedLocalIndustry"),
  count("employedWorkshop"),
  count("employedWelfarePost"),
  count("employedLabourExport"),
  count("employedSelf"),
  { field: "note", label: "说明", kind: { ...text({ max: 500 }), numFmt: undefined }, required: false, width: 30 },
]);

export const SHEET_NAME = "就业目标月报";

/** Most rows one upload may carry: every community of a county for several years. */
export const MAX_IMPORT_ROWS = 5_000;

/** The good rows and the problems of the bad ones (cells, consistency, a community-month twice). */
export async function readFiguresSheet(fileName: string, bytes: Uint8Array) {
  return await readSheet(fileName, bytes, COLUMNS, {
    sheetName: SHEET_NAME,
    noRowsMessage: "文件中没有数据行：第1行为表头，请从第2行起每行填写一个社区一个月的数字",
    checkRow(row, context) {
      if (context.hasIssues) return;
      for (const issue of inconsistencies(row as FigureCounts))
        context.report(issue.field, `第${context.rowNumber}行：${issue.message}`);
    },
    checkRows(rows) {
      const seen = new Map<string, number[]>();
      for (const { rowNumber, row } of rows) {
        const key = `${row.community}\u0000${row.month}`;
        seen.set(key, [...(seen.get(key) ?? []), rowNumber]);
      }
      return [...seen]
        .filter(([, numbers]) => numbers.length > 1)
        .map(([key, numbers]) => {
          const [community = "", month = ""] = key.split("\u0000");
          return fileIssue(`第${numbers.join("、")}行都是“${shown(community)}”${month} 的数字，每个社区每月只能有一行`);
        });
    },
  });
}

export async function figuresSheetTemplate(format: "csv" | "xlsx"): Promise<Uint8Array> {
  return await sheetTemplate(format, COLUMNS, EXAMPLE_ROWS, SHEET_NAME);
}

const EXAMPLE_ROWS = [
  {
    community: "RJ-FUMIN",
    month: "2026-03",
    householdsWithLabour: 980,
    householdsWithEmployed: 951,
    willingWorkers: 1620,
    trainedWithinYear: 1498,
    employedLocalIndustry: 420,
    employedWorkshop: 160,
    employedWelfarePost: 38,
    employedLabourExport: 690,
    employedSelf: 112,
    note: null,
  },
  {
    community: "卧龙社区",
    month: "2026-03",
    householdsWithLabour: 760,
    householdsWithEmployed: 742,
    willingWorkers: 1250,
    trainedWithinYear: 1190,
    employedLocalIndustry: 300,
    employedWorkshop: 140,
    employedWelfarePost: 26,
    employedLabourExport: 520,
    employedSelf: 80,
    note: "含季节性外出务工",
  },
] as const;
