import { loadCommunity } from "~/lib/communities/load.ts";
import { SECTIONS, type SectionKey } from "~/lib/sections.ts";

type Step = string | { text: string; href: string };

const COMMUNITY_PATH = /^\/c\/([^/]+)\//;

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

/**
 * A page's search filters, from its address and its crumbs: the communities it belongs to and
 * its section. Derived here once rather than marked by each domain's pages, so a new section
 * is filterable as soon as it is in SECTIONS.
 */
export async function searchTags(path: string, steps: readonly Step[]): Promise<{ communities: string[]; section?: string }> {
  const links = steps.flatMap((step) => (typeof step === "string" ? [] : [step.href]));
  const codes = [...new Set([path, ...links].flatMap((href) => href.match(COMMUNITY_PATH)?.[1] ?? []))];
  const communities = await Promise.all(codes.map(async (code) => (await loadCommunity(code)).name));
  return { communities, section: sectionOf(path, links, steps) };
}
