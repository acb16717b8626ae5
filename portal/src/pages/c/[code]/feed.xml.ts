import type { APIRoute } from "astro";
import { loadCommunity } from "~/lib/communities/load.ts";
import { atomResponse, tagUri } from "~/lib/feeds/atom.ts";
import { communityItems } from "~/lib/feeds/community.ts";
import { entryOf, updatedOf } from "~/lib/feeds/items.ts";
import { perCommunity } from "~/lib/paths.ts";

/** Everything a community publishes in one Atom feed, newest first. */
export const getStaticPaths = perCommunity;

export const GET: APIRoute<never, { code: string }> = async ({ params }) => {
  const community = await loadCommunity(params.code);
  const items = await communityItems(params.code);
  return atomResponse({
    id: tagUri(`/c/${community.code}/`),
    title: `${community.name}全部公开`,
    subtitle: `${community.township.county.name}${community.township.name}${community.name}的党务、居务、财务、收费和就业培训公开`,
    self: `/c/${community.code}/feed.xml`,
    alternate: `/c/${community.code}/`,
    updated: updatedOf(items),
    entries: items.map((item) => entryOf(item)),
  });
};
