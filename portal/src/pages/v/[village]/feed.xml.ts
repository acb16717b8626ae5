import type { APIRoute } from "astro";
import { villageFeed } from "~/lib/assistance/feed.ts";
import { builtAt, loadVillage, villagePaths } from "~/lib/assistance/load.ts";
import { atomResponse } from "~/lib/feeds/atom.ts";

/** The village's lists as an Atom feed, for the village committee to follow and post. */
export const getStaticPaths = villagePaths;

export const GET: APIRoute = async ({ params }) =>
  atomResponse(villageFeed(await loadVillage(String(params.village), builtAt())));
