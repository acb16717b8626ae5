import { readFileSync } from "node:fs";

/** What a partial build writes: the pages of these communities and counties, and these disclosures. */
export interface BuildScope {
  communities: string[];
  counties: string[];
  disclosures: string[];
}

let scope: { communities: Set<string>; counties: Set<string>; disclosures: Set<string> } | undefined;

function loadScope() {
  const file = process.env.SUNBOARD_ONLY_FILE;
  if (!file) return undefined;
  const read = JSON.parse(readFileSync(file, "utf8")) as BuildScope;
  scope ??= {
    communities: new Set(read.communities),
    counties: new Set(read.counties),
    disclosures: new Set(read.disclosures),
  };
  return scope;
}

interface StaticPath {
  params: Record<string, string | number | undefined>;
}

/**
 * Keeps the paths of a route that belong to the build's scope: a community's pages (/c/<code>/…),
 * a county's (/county/<county>/…, /checkpoints/<county>/…), a disclosure's page (/d/<id>/).
 * Paths of routes that belong to no one community or county (/jobs/<id>/, /v/<village>/ …) are
 * always kept: they list across communities, so a publication anywhere may change them.
 */
export function changedPaths<Path extends StaticPath>(route: string, paths: Path[]): Path[] {
  const only = loadScope();
  if (!only) return paths;
  return paths.filter(({ params }) => {
    if (params.code !== undefined) return only.communities.has(String(params.code));
    if (params.county !== undefined) return only.counties.has(String(params.county));
    if (route.startsWith("d/")) return only.disclosures.has(String(params.id));
    return true;
  });
}
