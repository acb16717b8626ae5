import { amount, type ColumnSpec, defineColumns, integer, type RowOf, text, yesNo } from "~api/sheets/grid.ts";

/**
 * An open dataset: one list of published records a domain offers for download, as CSV, XLSX and
 * JSON. A domain declares its datasets in `portal/src/lib/<domain>/datasets.ts` and adds them to
 * `DATASETS` (`registry.ts`) with one line; the download endpoints, the catalogue page `/data/`,
 * the DCAT catalogue and the whole-site archive all read the registry, so nothing else changes.
 * Columns are the domain's importer columns where it has an importer, so a download can be read
 * back by it; rows come from the portal's public GraphQL loaders, so drafts and private data never
 * reach a file.
 */
export interface Dataset<Cs extends readonly ColumnSpec[] = readonly ColumnSpec[]> {
  /** The file name's stem, unique within its scope: /c/<code>/data/<id>.csv */
  readonly id: string;
  /** Chinese title, as the catalogue lists it. */
  readonly title: string;
  /** One Chinese sentence: what a row is and where the records come from. */
  readonly description: string;
  readonly frequency: Frequency;
  /** Built once per community (/c/<code>/data/…) or once per county (/county/<county>/data/…). */
  readonly scope: "community" | "county";
  readonly columns: Cs;
  /** The XLSX sheet's name: the importer's, where there is one. */
  readonly sheetName: string;
  /** The rows for one community or county, and the latest publication time among them (null when none). */
  load(code: string): Promise<DatasetRows<RowOf<Cs>>>;
}

export interface DatasetRows<Row> {
  readonly rows: readonly Row[];
  /** ISO 8601 time or date of the newest publication the rows come from; never the build's time. */
  readonly modified: string | null;
}

/** Keeps the column list's literal types, so each loader's rows are checked against its columns. */
export function defineDataset<const Cs extends readonly ColumnSpec[]>(dataset: Dataset<Cs>): Dataset {
  return dataset as unknown as Dataset;
}

/** DCAT accrual periodicities (the EU frequency vocabulary) and how the catalogue says them. */
export const FREQUENCIES = {
  CONT: "随时更新（发布即更新）",
  DAILY: "每天",
  MONTHLY: "每月",
  QUARTERLY: "每季度",
  ANNUAL: "每年",
  IRREG: "不定期",
} as const;
export type Frequency = keyof typeof FREQUENCIES;

/** Columns of a dataset without an importer: plain text cells (free text neutralized against formulas). */
export const textColumn = <const F extends string>(field: F, label: string, width = 16) =>
  ({ field, label, kind: text(), required: false, width }) as const;

/** Money columns without an importer: exact yuan in CSV and JSON, a number in XLSX; negative amounts stay numbers, not text. */
export const moneyColumn = <const F extends string>(field: F, label: string, width = 12) =>
  ({ field, label, unit: "元", kind: amount(), required: false, width }) as const;

/** Counts (households, votes, members) as numbers, so a spreadsheet can add them up. */
export const countColumn = <const F extends string>(field: F, label: string, width = 10) =>
  ({ field, label, kind: integer(), required: false, width }) as const;

/** 是 / 否 flags. */
export const yesNoColumn = <const F extends string>(field: F, label: string, width = 8) =>
  ({ field, label, kind: yesNo(), required: false, width }) as const;

export { defineColumns };

/** The newest of some ISO 8601 times or dates (they sort as text), or null. */
export function newest(times: readonly (string | null | undefined)[]): string | null {
  let latest: string | null = null;
  for (const t of times) if (t && (latest === null || t > latest)) latest = t;
  return latest;
}
