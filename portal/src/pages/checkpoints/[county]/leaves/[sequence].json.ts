import type { APIRoute } from "astro";
import { leavesPaths, loadLeavesFile } from "~/lib/checkpoints/load.ts";

/** The leaves a checkpoint added: with those of every earlier checkpoint, what its Merkle root covers. */
export const getStaticPaths = leavesPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(await loadLeavesFile(String(params.county), Number(params.sequence)), {
    headers: { "content-type": "application/json; charset=utf-8" },
  });
