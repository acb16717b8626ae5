import type { APIRoute } from "astro";
import { openDataArchive } from "~/lib/data/archive.ts";
import { catalogEntries } from "~/lib/data/catalog.ts";

/** Every open dataset of the site in one download, rebuilt with the portal. */
export const GET: APIRoute = async () =>
  new Response(Buffer.from(await openDataArchive(await catalogEntries())), { headers: { "content-type": "application/zip" } });
