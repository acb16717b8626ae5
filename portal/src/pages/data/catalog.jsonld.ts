import type { APIRoute } from "astro";
import { catalogEntries, dcatCatalog } from "~/lib/data/catalog.ts";

/** The machine-readable catalogue of every open dataset (DCAT in JSON-LD). */
export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(dcatCatalog(await catalogEntries()), null, 1)}\n`, {
    headers: { "content-type": "application/ld+json; charset=utf-8" },
  });
