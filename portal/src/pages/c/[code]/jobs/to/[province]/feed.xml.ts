import type { APIRoute } from "astro";
import { atomResponse, destinationListing } from "~/lib/jobs/listings.ts";
import { provincePaths } from "~/lib/jobs/load.ts";

/** The Atom feed of labour export to one province. */
export const getStaticPaths = provincePaths;

export const GET: APIRoute<{ province: string }, { code: string; province: string }> = async ({ params, props }) =>
  atomResponse(await destinationListing(params.code, { provinceCode: params.province, province: props.province }));
