import type { APIRoute } from "astro";
import { loadMonth, monthPaths } from "~/lib/finance/load.ts";
import { exportRows, SHEET_FORMATS, type SheetFormat, sheetResponse } from "~/lib/finance/sheets.ts";

/** The month's entries as CSV and XLSX, beside its page: /c/<code>/finance/<month>/entries.csv */
export async function getStaticPaths() {
  return (await monthPaths()).flatMap(({ params }) =>
    SHEET_FORMATS.map((format) => ({ params: { ...params, format }, props: { ...params, format } })),
  );
}

export const GET: APIRoute<{ code: string; month: string; format: SheetFormat }> = async ({ props }) => {
  const { entries } = await loadMonth(props.code, props.month);
  return sheetResponse(props.format, exportRows(entries, "month"));
};
