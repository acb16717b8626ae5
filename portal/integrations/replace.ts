import { existsSync, mkdirSync, mkdtempSync, renameSync } from "node:fs";
import { rm } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";

/**
 * Writes a post-build step's output beside a tree and moves it in. `write` lays its output out in
 * `fresh` as in the tree and returns the entries it wrote (paths relative to the tree); each is
 * renamed over its place, a folder whole, with nothing awaited between the renames. The tree may
 * be the one being served: a reader gets the old output or the new one, never half of either.
 */
export async function replaceInTree(tree: string, write: (fresh: string) => Promise<readonly string[]>): Promise<void> {
  const work = mkdtempSync(`${resolve(tree)}.step-`);
  try {
    const fresh = join(work, "out");
    mkdirSync(fresh);
    const entries = await write(fresh);
    entries.forEach((entry, n) => {
      const target = join(tree, entry);
      mkdirSync(dirname(target), { recursive: true });
      // A folder cannot be renamed over a folder: the old one goes aside first.
      if (existsSync(target)) renameSync(target, join(work, `old-${n}`));
      renameSync(join(fresh, entry), target);
    });
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
