import type { APIRoute } from "astro";
import { placeCatalogResponse } from "~/lib/data/catalog.ts";
import { perCommunity } from "~/lib/paths.ts";

/** The community's part of the open-data catalogue: each dataset's rows, last publication and files. */
export const getStaticPaths = perCommunity;

export const GET: APIRoute<never, { code: string }> = ({ params }) =>
  placeCatalogResponse({ scope: "community", code: params.code });
