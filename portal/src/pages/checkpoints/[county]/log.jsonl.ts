import type { APIRoute } from "astro";
import { countiesWithLog, loadLines, logFile } from "~/lib/checkpoints/load.ts";

/** The county's checkpoint log, one signed line per checkpoint, byte for byte as signed, for anyone to mirror. */
export const getStaticPaths = countiesWithLog;

export const GET: APIRoute = async ({ params }) =>
  new Response(logFile(await loadLines(String(params.county))), {
    headers: { "content-type": "application/jsonl; charset=utf-8" },
  });
