import { loadCounties } from "~/lib/communities/load.ts";
import { sectionHref, sectionsInOrder } from "~/lib/sections.ts";
import { allDisclosures, newestFirst, type PublishedItem } from "./items.ts";

/** A section's items, tagged with the section; sections without `items` have none. */
async function itemsOf(code: string, section: ReturnType<typeof sectionsInOrder>[number]) {
  return section.items ? await section.items(code) : [];
}

/** Every section's items of a community, asked once per build and shared by its page and feeds. */
const cache = new Map<string, Promise<{ key: string; items: PublishedItem[] }[]>>();
export function sectionItems(code: string) {
  const cached = cache.get(code);
  if (cached) return cached;
  const all = Promise.all(sectionsInOrder().map(async (s) => ({ key: s.key, items: await itemsOf(code, s) })));
  cache.set(code, all);
  return all;
}

/** Items once each, by page: a notice may be listed by two sections or published to several communities. */
function once<T extends PublishedItem>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.href) && seen.add(item.href));
}

/** Everything a community published: every notice of every category and what its sections list, newest first. */
export async function communityItems(code: string): Promise<PublishedItem[]> {
  return once([...(await allDisclosures(code)), ...(await sectionItems(code)).flatMap((s) => s.items)]).sort(newestFirst);
}

/** The community page's cards: one per concern, each with its sections, their status and latest items. */
export async function sectionCards(code: string, latest: number) {
  const byKey = new Map((await sectionItems(code)).map((s) => [s.key, s.items]));
  const sections = await Promise.all(
    sectionsInOrder().map(async (s) => ({
      key: s.key,
      group: s.group,
      title: s.title,
      summary: s.summary,
      href: sectionHref(code, s.key),
      statusLine: s.status ? await s.status(code) : null,
      items: (byKey.get(s.key) ?? []).slice(0, latest),
    })),
  );
  return sections;
}

/** A county's communities, for its feed: each community's items, newest first across them. */
export async function countyItems(county: string): Promise<(PublishedItem & { community: string })[]> {
  const found = (await loadCounties()).find((c) => c.code === county);
  const communities = found?.townships.flatMap((t) => t.communities) ?? [];
  const lists = await Promise.all(
    communities.map(async (c) => (await communityItems(c.code)).map((item) => ({ ...item, community: c.name }))),
  );
  return once(lists.flat()).sort(newestFirst);
}
