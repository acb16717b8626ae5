import type { APIRoute } from "astro";
import { type DataFormat, datasetFile, fileResponse } from "~/lib/data/files.ts";
import { datasetById, downloadPaths, rowsOf } from "~/lib/data/registry.ts";

/** A county's open dataset as CSV, XLSX or JSON: /county/<county>/data/<dataset>.csv */
export async function getStaticPaths() {
  return (await downloadPaths("county")).map(({ code, dataset, format }) => ({ params: { county: code, dataset, format } }));
}

export const GET: APIRoute<never, { county: string; dataset: string; format: DataFormat }> = async ({ params }) => {
  const dataset = datasetById("county", params.dataset);
  const { rows } = await rowsOf(dataset, params.county);
  return fileResponse(params.format, await datasetFile(dataset, params.format, rows));
};
