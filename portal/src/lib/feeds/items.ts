import { loadCommunityPage } from "~/lib/communities/load.ts";
import { DisclosureListItem } from "~/lib/disclosures/queries.ts";
import { readFragment } from "~/lib/graphql.ts";
import { type AtomEntry, tagUri } from "./atom.ts";

/**
 * One thing a community published, as a section's card on the community page and its feeds show
 * it: the card takes the newest few, the feeds take all.
 */
export interface PublishedItem {
  /** A tag URI that never changes, the Atom entry's id. */
  id: string;
  title: string;
  /** The item's page on the portal. */
  href: string;
  /** When it was published, ISO 8601. */
  date: string;
  /** The disclosure category or kind it belongs to. */
  category: { term: string; label: string };
}

export const newestFirst = (a: PublishedItem, b: PublishedItem) => b.date.localeCompare(a.date);

/** Every section's card and feed reads the same disclosures of a community: the API is asked once per build. */
const pages = new Map<string, ReturnType<typeof loadCommunityPage>>();
export function communityDisclosures(code: string) {
  const cached = pages.get(code);
  if (cached) return cached;
  const page = loadCommunityPage(code);
  pages.set(code, page);
  return page;
}

/**
 * A section's items when they are the community's notices of some disclosure categories: the
 * current published version of each (a correction replaces what it corrects; withdrawn ones are
 * not news), newest first.
 */
export const disclosuresIn =
  (...categories: string[]) =>
  (code: string): Promise<PublishedItem[]> =>
    disclosureItems(code, (category) => categories.includes(category));

/** Every category's current notices of a community, for its feed of everything it published. */
export const allDisclosures = (code: string) => disclosureItems(code, () => true);

async function disclosureItems(code: string, wanted: (category: string) => boolean): Promise<PublishedItem[]> {
  return (await communityDisclosures(code)).byCategory
    .filter((c) => wanted(c.code))
    .flatMap((c) =>
      c.items
        .map((masked) => readFragment(DisclosureListItem, masked))
        .filter((d) => d.status === "PUBLISHED" && d.isCurrent && d.publishedAt)
        .map((d) => ({
          id: tagUri(`/d/${d.id}/`),
          title: d.title,
          href: `/d/${d.id}/`,
          date: d.publishedAt ?? "",
          category: { term: c.code, label: c.name },
        })),
    )
    .sort(newestFirst);
}

/** An item as an Atom entry; in a county's feed its title names the community. */
export const entryOf = (item: PublishedItem, community?: string): AtomEntry => ({
  id: item.id,
  title: community ? `${community}：${item.title}` : item.title,
  href: item.href,
  published: item.date,
  updated: item.date,
  category: item.category,
});

/** A feed is as new as its newest entry; an empty one dates from the build. */
export const updatedOf = (items: readonly PublishedItem[]) => items[0]?.date ?? new Date().toISOString();
