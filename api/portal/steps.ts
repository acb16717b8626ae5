import { writeLargeMirror } from "../../portal/integrations/large-mirror.ts";
import { writeOpenDataArchive } from "../../portal/integrations/open-data-archive.ts";
import type { BuildScope } from "../../portal/integrations/scope.ts";
import { writeSearchIndex } from "../search/build-index.ts";
import { writeSitemap } from "./sitemap.ts";

/** What a partial build changed: its scope, the files it wrote, and the tree it is laid over. */
export interface PartialChange {
  scope: BuildScope;
  /** Relative to the partial tree, which mirrors the served one. */
  files: readonly string[];
  /** The served tree, where the pages outside the scope are. */
  served: string;
}

/**
 * A step that runs over the built portal after Astro (a search index, a mirror, an archive of
 * open data). The tree it writes into may be the one being served, so a step replaces what it
 * writes (portal/integrations/replace.ts) and never writes into a served file.
 */
export interface PostBuildStep {
  name: string;
  /**
   * How the step follows a partial build. "changed": it runs over the partial tree before it is
   * laid over the served one, for the pages that build wrote (`changed.served` has the others).
   * "after": the new pages are served first, then the step runs over the whole served tree, so
   * a resident sees a publication without waiting for it.
   */
  partial: "changed" | "after";
  /** Resolves to what the step did, in a few words for the log, if worth saying. */
  run: (dir: string, changed: PartialChange | undefined) => Promise<string | undefined>;
}

/** The steps, in order. A module that adds one registers it here with one line. */
export const POST_BUILD_STEPS: PostBuildStep[] = [
  // Links to pages outside a partial build's scope stay under /large/: they are looked up in the served tree.
  {
    name: "large-text mirror",
    partial: "changed",
    run: async (dir, changed) => void writeLargeMirror(dir, changed?.files, changed?.served),
  },
  // After the new pages are served: the counties whose pages changed are indexed again, each whole.
  {
    name: "search index",
    partial: "after",
    run: async (dir, changed) => {
      const { pages, shards } = await writeSearchIndex(dir, changed?.files);
      return `${pages} pages of ${shards.join(", ")}`;
    },
  },
  // From the files the build wrote and the catalogue that lists them.
  { name: "open-data archive", partial: "after", run: async (dir) => void (await writeOpenDataArchive(dir)) },
  { name: "sitemap", partial: "after", run: async (dir) => void (await writeSitemap(dir)) },
];

/**
 * Runs the steps for a full build (`changed` undefined: every step, over the whole new tree) or
 * for a partial one, in two turns: "changed" over the partial tree before it is laid over the
 * served one, then "after" over the served tree.
 */
export async function runPostBuildSteps(
  dir: string,
  changed: PartialChange | undefined,
  turn: PostBuildStep["partial"] = "changed",
): Promise<string[]> {
  const said: string[] = [];
  for (const step of POST_BUILD_STEPS) {
    if (changed && step.partial !== turn) continue;
    const done = await step.run(dir, changed);
    if (done) said.push(`${step.name}: ${done}`);
  }
  return said;
}
