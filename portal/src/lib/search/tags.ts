import { loadCommunity } from "~/lib/communities/load.ts";
import { SECTIONS, type SectionKey } from "~/lib/sections.ts";

type Step = string | { text: string; href: string };

const COMMUNITY_PATH = /^\/c\/([^/]+)\//;
/** A county's own pages: its lists (/county/<code>/…) and its checkpoint log (/checkpoints/<code>/…). */
const COUNTY_PATH = /^\/(?:county|checkpoints)\/([^/]+)\//;

/** Top-level pages that belong to a section without a community in their path. */
const SECTION_ROOTS: Record<string, SectionKey> = { jobs: "jobs", training: "training" };

function sectionOf(path: string, links: string[], steps: readonly Step[]): string | undefined {
  for (const href of [path, ...links]) {
    const seg = href.match(/^\/c\/[^/]+\/([^/]+)\//)?.[1];
    const key = (Object.keys(SECTIONS) as SectionKey[]).find((k) => SECTIONS[k].path === `${seg}/`);
    if (key) return SECTIONS[key].title;
  }
  const root = SECTION_ROOTS[path.split("/")[1] ?? ""];
  if (root) return SECTIONS[root].title;
  // A disclosure's crumbs end with its category (党务公开, 居务公开 …), which is its section.
  const last = steps.at(-1);
  if (path.startsWith("/d/") && typeof last === "string") return last;
  return undefined;
}

export interface SearchTags {
  /** Names of the communities the page belongs to (the 社区 filter). */
  communities: string[];
  /** The page's section title (the 栏目 filter). */
  section?: string;
  /**
   * The county whose search index holds the page (api/search/build-index.ts), when the page
   * belongs to one county only; other pages go to the site-wide index.
   */
  county?: string;
}

/**
 * A page's search filters, from its address and its crumbs: the communities it belongs to and
 * its section. Derived here once rather than marked by each domain's pages, so a new section
 * is filterable as soon as it is in SECTIONS.
 */
export async function searchTags(path: string, steps: readonly Step[]): Promise<SearchTags> {
  const links = steps.flatMap((step) => (typeof step === "string" ? [] : [step.href]));
  const codes = [...new Set([path, ...links].flatMap((href) => href.match(COMMUNITY_PATH)?.[1] ?? []))];
  const headers = await Promise.all(codes.map(loadCommunity));
  const counties = new Set(headers.map((c) => c.township.county.code));
  const ownCounty = path.match(COUNTY_PATH)?.[1];
  if (ownCounty) counties.add(ownCounty);
  return {
    communities: headers.map((c) => c.name),
    section: sectionOf(path, links, steps),
    county: counties.size === 1 ? [...counties][0] : undefined,
  };
}
