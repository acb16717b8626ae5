import type { APIRoute } from "astro";
import { atomResponse, communityListing } from "~/lib/jobs/listings.ts";
import { type JobView, viewPaths } from "~/lib/jobs/views.ts";

/** The Atom feed of each pre-built view (最新, 可居家, 公益性岗位, 外出务工 …). */
export const getStaticPaths = viewPaths;

export const GET: APIRoute<never, { code: string; view: string }> = async ({ params }) =>
  atomResponse(await communityListing(params.code, params.view as JobView));
