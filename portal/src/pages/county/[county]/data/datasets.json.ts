import type { APIRoute } from "astro";
import { placeCatalogResponse } from "~/lib/data/catalog.ts";
import { perCounty } from "~/lib/paths.ts";

/** The county's part of the open-data catalogue: each dataset's rows, last publication and files. */
export const getStaticPaths = perCounty;

export const GET: APIRoute<never, { county: string }> = ({ params }) =>
  placeCatalogResponse({ scope: "county", code: params.county });
