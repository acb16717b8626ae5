import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { writeLargeMirror } from "../../portal/integrations/large-mirror.ts";
import type { BuildScope } from "../../portal/integrations/scope.ts";
import { writeSearchIndex } from "../search/build-index.ts";
import { writeSitemap } from "./sitemap.ts";

/**
 * A step that runs over the built portal after Astro (a search index, a mirror, an archive of
 * open data). `scope` is undefined after a full build; after a partial one it names what was
 * rebuilt, and `dir` is already the whole merged tree, so a step may redo only that part or
 * simply run again over everything.
 */
export interface PostBuildStep {
  name: string;
  /**
   * The top-level entries of the tree the step writes. They are removed before it runs: after a
   * partial build the tree is hard-linked to the one being served, and writing into a linked file
   * would change the served copy in place.
   */
  outputs: RegExp;
  run: (dir: string, scope: BuildScope | undefined) => Promise<void>;
}

/** The steps, in order. A module that adds one registers it here with one line. */
export const POST_BUILD_STEPS: PostBuildStep[] = [
  // Pagefind cannot add to an index, so it indexes the whole merged tree again.
  { name: "search index", outputs: /^pagefind$/, run: async (dir) => void (await writeSearchIndex(dir)) },
  // Over the merged tree, so that links to pages outside a partial build's scope stay under /large/.
  { name: "large-text mirror", outputs: /^large$/, run: async (dir) => writeLargeMirror(dir) },
  { name: "sitemap", outputs: /^sitemap-(index|\d+)\.xml$/, run: async (dir) => void (await writeSitemap(dir)) },
];

export async function runPostBuildSteps(dir: string, scope: BuildScope | undefined): Promise<void> {
  for (const step of POST_BUILD_STEPS) {
    for (const entry of readdirSync(dir)) {
      if (step.outputs.test(entry)) rmSync(join(dir, entry), { recursive: true, force: true });
    }
    await step.run(dir, scope);
  }
}
