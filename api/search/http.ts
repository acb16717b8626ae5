import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Router } from "express";
import { logRefusal } from "../http/errors.ts";
import { parseQuery, QueryRefused, search } from "./match.ts";
import { filterValues, type Outcome, resultsPage } from "./page.ts";
import { recordCache } from "./records.ts";
import { FILTERS } from "./rules.ts";

/**
 * GET /search/results?q=…&community=…&section=…: the search page's plain form, answered on the
 * server for readers without JavaScript, from the Pagefind index built with the portal.
 */
export function searchRoutes(portalDir: string): Router {
  const router = Router();
  const records = recordCache(portalDir);
  router.get("/search/results", (req, res, next) => {
    const templateFile = join(portalDir, "search", "index.html");
    const all = records();
    if (!all || !existsSync(templateFile)) {
      next();
      return;
    }
    const params = req.query as Record<string, unknown>;
    let outcome: Outcome;
    try {
      const query = parseQuery(params, FILTERS);
      outcome = { kind: "found", query, ...search(all, query) };
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
      .send(resultsPage(readFileSync(templateFile, "utf8"), outcome, filterValues(all)));
  });
  return router;
}
