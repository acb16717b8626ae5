import type { APIRoute } from "astro";
import { atomResponse, tagUri } from "~/lib/feeds/atom.ts";
import { countyItems } from "~/lib/feeds/community.ts";
import { entryOf, updatedOf } from "~/lib/feeds/items.ts";
import { perCounty } from "~/lib/paths.ts";

/** Everything the county's communities publish in one Atom feed, newest first, each entry naming its community. */
export const getStaticPaths = perCounty;

export const GET: APIRoute<{ name: string }, { county: string }> = async ({ params, props }) => {
  const items = await countyItems(params.county);
  return atomResponse({
    id: tagUri(`/county/${params.county}/`),
    title: `${props.name}各社区公开`,
    subtitle: `${props.name}各安置点社区的党务、居务、财务、收费和就业培训公开`,
    self: `/county/${params.county}/feed.xml`,
    alternate: `/#county-${params.county}`,
    updated: updatedOf(items),
    entries: items.map((item) => entryOf(item, item.community)),
  });
};
