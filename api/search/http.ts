import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Router } from "express";
import { logRefusal } from "../http/errors.ts";
import { countyShard, SITE_SHARD } from "./build-index.ts";
import { parseQuery, QueryRefused, search } from "./match.ts";
import { filterValues, type Outcome, resultsPage } from "./page.ts";
import { recordCache, shardNames } from "./records.ts";
import { COUNTY_PARAM, FILTERS } from "./rules.ts";

/**
 * GET /search/results?q=…&county=…&community=…&section=…: the search page's plain form, answered on the
 * server for readers without JavaScript, from the Pagefind index built with the portal.
 */
export function searchRoutes(portalDir: string): Router {
  const router = Router();
  const records = recordCache(portalDir);
  router.get("/search/results", (req, res, next) => {
    const templateFile = join(portalDir, "search", "index.html");
    const names = shardNames(portalDir);
    if (!names || !existsSync(templateFile)) {
      next();
      return;
    }
    const params = req.query as Record<string, unknown>;
    let outcome: Outcome;
    let bundles: string[] | undefined;
    try {
      // The query is checked before any record is read.
      const query = parseQuery(params, FILTERS);
      bundles = bundlesOf(params[COUNTY_PARAM], names);
      outcome = {
        kind: "found",
        query,
        county: bundles ? String(params[COUNTY_PARAM]) : undefined,
        ...search(records(bundles) ?? [], query),
      };
    } catch (error) {
      if (!(error instanceof QueryRefused)) throw error;
      logRefusal(400, "BAD_SEARCH", error.message);
      outcome = { kind: "refused", message: error.message, params };
    }
    // Results follow the latest rebuild, so browsers ask again rather than keep an old page.
    res
      .status(outcome.kind === "refused" ? 400 : 200)
      .set("Cache-Control", "no-cache")
      .type("html")
      .send(resultsPage(readFileSync(templateFile, "utf8"), outcome, filterValues(records(bundles) ?? [])));
  });
  return router;
}

/** The bundles a search reads: every one, or one county's and the site-wide one. */
function bundlesOf(county: unknown, names: readonly string[]): string[] | undefined {
  if (county === undefined || county === "") return undefined;
  const bundle = typeof county === "string" ? countyShard(county) : "";
  if (!names.includes(bundle)) throw new QueryRefused("所选的县不存在，请重新选择。");
  return [SITE_SHARD, bundle];
}
