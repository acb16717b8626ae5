import type { APIRoute } from "astro";
import { type DataFormat, datasetFile, fileResponse } from "~/lib/data/files.ts";
import { datasetById, downloadPaths, rowsOf } from "~/lib/data/registry.ts";

/** A community's open dataset as CSV, XLSX or JSON: /c/<code>/data/<dataset>.csv */
export async function getStaticPaths() {
  return (await downloadPaths("community")).map(({ code, dataset, format }) => ({ params: { code, dataset, format } }));
}

export const GET: APIRoute<never, { code: string; dataset: string; format: DataFormat }> = async ({ params }) => {
  const dataset = datasetById("community", params.dataset);
  const { rows } = await rowsOf(dataset, params.code);
  return fileResponse(params.format, await datasetFile(dataset, params.format, rows));
};
