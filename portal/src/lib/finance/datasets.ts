import { defineDataset, newest } from "~/lib/data/dataset.ts";
import { EXPORT_COLUMNS, SHEET_NAME } from "~api/finance/sheet.ts";
import { loadMonth, loadMonths } from "./load.ts";
import { exportRows } from "./sheets.ts";

/** The books of every published month, oldest first, in the importer's journal layout. */
export const FINANCE_DATASETS = [
  defineDataset({
    id: "finance-entries",
    title: "财务收支明细",
    description: "已公开各月的每一笔收入和支出（日记账格式，可直接导入），红字冲销以负数列在原方向。",
    frequency: "MONTHLY",
    scope: "community",
    columns: EXPORT_COLUMNS,
    sheetName: SHEET_NAME,
    async load(code) {
      const { months } = await loadMonths(code);
      const books = await Promise.all([...months].reverse().map((m) => loadMonth(code, m.month)));
      return {
        rows: exportRows(
          books.flatMap((b) => b.entries),
          "year",
        ),
        modified: newest(books.map((b) => b.period.publishedAt)),
      };
    },
  }),
];
