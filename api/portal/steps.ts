import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { writeLargeMirror } from "../../portal/integrations/large-mirror.ts";
import type { BuildScope } from "../../portal/integrations/scope.ts";
import { writeSearchIndex } from "../search/build-index.ts";
import { writeSitemap } from "./sitemap.ts";

/** What a partial build changed: its scope, and the files it wrote (relative to the tree). */
export interface PartialChange {
  scope: BuildScope;
  files: readonly string[];
}

/**
 * A step that runs over the built portal after Astro (a search index, a mirror, an archive of
 * open data). `changed` is undefined after a full build; after a partial one it says what was
 * rebuilt, and `dir` is already the whole merged tree.
 */
export interface PostBuildStep {
  name: string;
  /**
   * The top-level entries of the tree the step writes. They are removed before it runs over a
   * whole tree: after a partial build the tree is hard-linked to the one being served, and
   * writing into a linked file would change the served copy in place.
   */
  outputs: RegExp;
  /**
   * How the step follows a partial build. "changed": it redoes only the changed files, replacing
   * (never writing through) its outputs, before the new pages are served. "after": the new pages
   * are served first and the step runs over the whole tree afterwards, so a resident sees a
   * publication without waiting for it. Absent: it runs over the whole tree before serving.
   */
  partial?: "changed" | "after";
  run: (dir: string, changed: PartialChange | undefined) => Promise<void>;
}

/** The steps, in order. A module that adds one registers it here with one line. */
export const POST_BUILD_STEPS: PostBuildStep[] = [
  // Over the merged tree, so that links to pages outside a partial build's scope stay under /large/.
  {
    name: "large-text mirror",
    outputs: /^large$/,
    partial: "changed",
    run: async (dir, changed) => writeLargeMirror(dir, changed?.files),
  },
  // Pagefind cannot add to an index, so it indexes the whole merged tree again, after the new pages are served.
  { name: "search index", outputs: /^pagefind$/, partial: "after", run: async (dir) => void (await writeSearchIndex(dir)) },
  {
    name: "sitemap",
    outputs: /^sitemap-(index|\d+)\.xml$/,
    partial: "after",
    run: async (dir) => void (await writeSitemap(dir)),
  },
];

/**
 * Runs the steps for a full build (`changed` undefined: every step, over everything) or for a
 * partial one, in two turns: "before" the new tree is served, then "after" on a copy of it.
 */
export async function runPostBuildSteps(
  dir: string,
  changed: PartialChange | undefined,
  turn: "before" | "after" = "before",
): Promise<void> {
  for (const step of POST_BUILD_STEPS) {
    if (changed && (step.partial === "after") !== (turn === "after")) continue;
    if (!changed || step.partial !== "changed") {
      for (const entry of readdirSync(dir)) {
        if (step.outputs.test(entry)) rmSync(join(dir, entry), { recursive: true, force: true });
      }
    }
    await step.run(dir, changed);
  }
}
