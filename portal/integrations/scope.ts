import { readFileSync } from "node:fs";

/** What a partial build writes: the pages of these communities and counties, and these (public) disclosures. */
export interface BuildScope {
  communities: string[];
  counties: string[];
  disclosures: string[];
  /**
   * The villages of origin whose pages (/v/<village>/) the build writes: those with households
   * in the scope's assistance lists. Left out, every village page is written (a county's share
   * of a split build, which must not lose a village no list names yet).
   */
  villages?: string[];
  /**
   * The tree being served, when the partial build will be laid over it: a site-wide list may
   * take the parts of places outside the scope from there instead of querying them again.
   */
  served?: string;
  /**
   * One share of a full build split by county (in batches on one machine, or on several): its
   * site-wide pages list only its own places' open data, since the final pass over the merged
   * shares (api/portal/build.ts, finishSplitBuild) makes them again from every place's part. No
   * share reads the open data of the whole province.
   */
  share?: boolean;
  /**
   * Write the pages of single job postings and courses, which belong to no one community and
   * show nothing of a disclosure: a full build and the final pass of a split one do; a partial
   * build laid over a served tree and the shares of a split build leave them to those.
   */
  postings?: boolean;
}

interface LoadedScope {
  communities: Set<string>;
  counties: Set<string>;
  disclosures: Set<string>;
  villages: Set<string> | undefined;
  served: string | undefined;
  share: boolean;
  postings: boolean;
}

let scope: LoadedScope | undefined;

/** The scope of this build (SUNBOARD_ONLY_FILE), or undefined for a full build. */
export function buildScope(): LoadedScope | undefined {
  const file = process.env.SUNBOARD_ONLY_FILE;
  if (!file) return undefined;
  if (!scope) {
    const read = JSON.parse(readFileSync(file, "utf8")) as BuildScope;
    scope = {
      communities: new Set(read.communities),
      counties: new Set(read.counties),
      disclosures: new Set(read.disclosures),
      villages: read.villages && new Set(read.villages),
      served: read.served,
      share: read.share ?? false,
      postings: read.postings ?? false,
    };
  }
  return scope;
}

/**
 * Routes that list across communities but show nothing of a disclosure. A partial build laid over
 * a served tree follows disclosures only (api/portal/incremental.ts, DISCLOSURE_CHANGES), so it
 * leaves their pages as served: at 200 communities, a thousand job postings. Of a split full
 * build, only the final pass writes them (`postings`), not every share again.
 */
const UNTOUCHED_BY_DISCLOSURES = new Set(["jobs/[id].astro", "training/[id].astro"]);

interface StaticPath {
  params: Record<string, string | number | undefined>;
}

/**
 * Keeps the paths of a route that belong to the build's scope: a community's pages (/c/<code>/…),
 * a county's (/county/<county>/…, /checkpoints/<county>/…), a disclosure's page (/d/<id>/), a
 * village of origin's (/v/<village>/). Paths of routes that belong to no one community or county
 * (/jobs/<id>/ …) are always kept: they list across communities, so a publication anywhere may
 * change them.
 */
export function changedPaths<Path extends StaticPath>(route: string, paths: Path[]): Path[] {
  const only = buildScope();
  if (!only) return paths;
  if (!only.postings && UNTOUCHED_BY_DISCLOSURES.has(route)) return [];
  return paths.filter(({ params }) => {
    if (params.code !== undefined) return only.communities.has(String(params.code));
    if (params.county !== undefined) return only.counties.has(String(params.county));
    if (params.village !== undefined) return !only.villages || only.villages.has(String(params.village));
    if (route.startsWith("d/")) return only.disclosures.has(String(params.id));
    return true;
  });
}
