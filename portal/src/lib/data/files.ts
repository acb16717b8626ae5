import { type ColumnSpec, headerOf, sheetTemplate } from "~api/sheets/grid.ts";
import type { Dataset } from "./dataset.ts";

export const DATA_FORMATS = ["csv", "xlsx", "json"] as const;
export type DataFormat = (typeof DATA_FORMATS)[number];

export const FORMAT_NAMES: Record<DataFormat, string> = { csv: "CSV", xlsx: "Excel", json: "JSON" };

export const MEDIA_TYPES: Record<DataFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  json: "application/json; charset=utf-8",
};

type Row = Readonly<Record<string, unknown>>;

/**
 * One dataset's rows as a file. CSV and XLSX come from the importers' sheet writer (`api/sheets`):
 * the same headers, CSV in UTF-8 with a BOM so Excel opens it. JSON names each column by field
 * and header and gives every cell as the CSV's text (money as exact yuan, never a float), so the
 * three files say the same thing.
 */
export async function datasetFile(
  dataset: Pick<Dataset, "id" | "title" | "columns" | "sheetName">,
  format: DataFormat,
  rows: readonly Row[],
): Promise<Uint8Array> {
  if (format !== "json") return await sheetTemplate(format, dataset.columns, rows as never, dataset.sheetName);
  const columns = dataset.columns;
  const body = {
    dataset: dataset.id,
    title: dataset.title,
    columns: columns.map((c) => ({ field: c.field, header: headerOf(c) })),
    rows: rows.map((row) => Object.fromEntries(columns.map((c) => [c.field, cellText(c, row[c.field])]))),
  };
  return new TextEncoder().encode(`${JSON.stringify(body, null, 1)}\n`);
}

function cellText(column: ColumnSpec, value: unknown): string | null {
  return value === null || value === undefined ? null : column.kind.format(value);
}

export function fileResponse(format: DataFormat, bytes: Uint8Array): Response {
  return new Response(Buffer.from(bytes), { headers: { "content-type": MEDIA_TYPES[format] } });
}
