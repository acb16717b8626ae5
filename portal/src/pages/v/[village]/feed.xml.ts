import type { APIRoute } from "astro";
import { villageFeed } from "~/lib/assistance/feed.ts";
import { builtAt, loadVillage, villagePaths } from "~/lib/assistance/load.ts";

/** The village's lists as an Atom feed, for the village committee to follow and post. */
export const getStaticPaths = villagePaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(villageFeed(await loadVillage(String(params.village), builtAt())), {
    headers: { "content-type": "application/atom+xml; charset=utf-8" },
  });
