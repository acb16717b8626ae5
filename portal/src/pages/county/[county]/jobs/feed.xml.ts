import type { APIRoute } from "astro";
import { atomResponse, countyListing } from "~/lib/jobs/listings.ts";
import { perCounty } from "~/lib/paths.ts";

/** The Atom feed of a county's jobs page: every open posting of its communities, by pay. */
export const getStaticPaths = perCounty;

export const GET: APIRoute<{ name: string }, { county: string }> = async ({ params, props }) =>
  atomResponse(await countyListing(params.county, props.name));
