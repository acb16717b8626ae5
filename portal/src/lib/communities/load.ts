import { query } from "~/lib/api.ts";
import type { ResultOf } from "~/lib/graphql.ts";
import { CommunityHeader, CommunityPage, CountyCodes, HomeQuery } from "./queries.ts";

/**
 * A community the build listed a moment ago must still answer; if it does not, the build stops
 * rather than publish a page with half its facts.
 */
export function present<T>(community: T | null | undefined, code: string): T {
  if (!community) throw new Error(`community ${code} vanished during the build`);
  return community;
}

export type Community = NonNullable<ResultOf<typeof CommunityHeader>["community"]>;

/** Every page about a community asks for its header; the build asks the API once per community. */
const headers = new Map<string, Promise<Community>>();

export function loadCommunity(code: string): Promise<Community> {
  const cached = headers.get(code);
  if (cached) return cached;
  const header = query(CommunityHeader, { code }).then((r) => present(r.community, code));
  headers.set(code, header);
  return header;
}

/** Every county with its townships and communities, for the home page. */
export async function loadCounties() {
  return (await query(HomeQuery, {})).counties;
}

/** County codes and names, for pages built once per county. */
export async function loadCountyNames() {
  return (await query(CountyCodes, {})).counties;
}

/** The community page: profile, organizations, and every disclosure grouped by category in the API's category order. */
export async function loadCommunityPage(code: string) {
  const first = await query(CommunityPage, { code, after: null });
  const community = present(first.community, code);
  const disclosures = [...community.disclosures.edges.map((e) => e.node)];
  let page = community.disclosures.pageInfo;
  while (page.hasNextPage && page.endCursor) {
    const next = present((await query(CommunityPage, { code, after: page.endCursor })).community, code);
    disclosures.push(...next.disclosures.edges.map((e) => e.node));
    page = next.disclosures.pageInfo;
  }
  const byCategory = first.categories
    .map((c) => ({ ...c, items: disclosures.filter((d) => d.category.code === c.code) }))
    .filter((c) => c.items.length > 0);
  return { community, byCategory };
}
