import type { APIRoute } from "astro";
import { entriesOf, loadYear, yearPaths } from "~/lib/finance/load.ts";
import { exportRows, SHEET_FORMATS, type SheetFormat, sheetResponse } from "~/lib/finance/sheets.ts";

/** Every entry of the year's published months as CSV and XLSX: /c/<code>/finance/year/<year>/entries.csv */
export async function getStaticPaths() {
  return (await yearPaths()).flatMap(({ params }) =>
    SHEET_FORMATS.map((format) => ({ params: { ...params, format }, props: { ...params, format } })),
  );
}

export const GET: APIRoute<{ code: string; year: string; format: SheetFormat }> = async ({ props }) => {
  const { months } = await loadYear(props.code, Number(props.year));
  return sheetResponse(props.format, exportRows(await entriesOf(props.code, months), "year"));
};
