import type { APIRoute } from "astro";
import { loadCommunity } from "~/lib/communities/load.ts";
import { atomResponse, tagUri } from "~/lib/feeds/atom.ts";
import { sectionItems } from "~/lib/feeds/community.ts";
import { entryOf, updatedOf } from "~/lib/feeds/items.ts";
import { pageCommunityCodes } from "~/lib/paths.ts";
import { SECTIONS, type SectionKey, sectionHref, sectionsInOrder } from "~/lib/sections.ts";

/**
 * One Atom feed per community and section that lists items (lib/sections.ts), so a section a
 * domain registers gets its feed with no page of its own; a section with `ownFeed` writes its own.
 */
export async function getStaticPaths() {
  const keys = sectionsInOrder().filter((s) => s.items && !s.ownFeed);
  return (await pageCommunityCodes()).flatMap((code) => keys.map((s) => ({ params: { code, section: s.path.slice(0, -1) } })));
}

const keyOf = (path: string) => (Object.keys(SECTIONS) as SectionKey[]).find((k) => SECTIONS[k].path === `${path}/`);

export const GET: APIRoute<never, { code: string; section: string }> = async ({ params }) => {
  const key = keyOf(params.section);
  if (!key) throw new Error(`no section at ${params.section}/`);
  const community = await loadCommunity(params.code);
  const items = (await sectionItems(params.code)).find((s) => s.key === key)?.items ?? [];
  const href = sectionHref(community.code, key);
  return atomResponse({
    id: tagUri(href),
    title: `${community.name}${SECTIONS[key].title}`,
    subtitle: SECTIONS[key].summary,
    self: `${href}feed.xml`,
    alternate: href,
    updated: updatedOf(items),
    entries: items.map((item) => entryOf(item)),
  });
};
