import type { APIRoute } from "astro";
import { atomResponse, communityListing } from "~/lib/jobs/listings.ts";
import { perCommunity } from "~/lib/paths.ts";

/** The Atom feed of a community's jobs page: every open posting, by pay. */
export const getStaticPaths = perCommunity;

export const GET: APIRoute<never, { code: string }> = async ({ params }) =>
  atomResponse(await communityListing(params.code, "pay"));
