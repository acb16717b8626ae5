import type { APIRoute } from "astro";
import { atomResponse, destinationListing } from "~/lib/jobs/listings.ts";
import { cityPaths } from "~/lib/jobs/load.ts";

/** The Atom feed of labour export to one city. */
export const getStaticPaths = cityPaths;

export const GET: APIRoute<{ province: string; city: string }, { code: string; province: string; city: string }> = async ({
  params,
  props,
}) =>
  atomResponse(
    await destinationListing(params.code, {
      provinceCode: params.province,
      province: props.province,
      city: { slug: params.city, name: props.city },
    }),
  );
