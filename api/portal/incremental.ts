import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { LARGE_PREFIX } from "../../portal/integrations/large-mirror.ts";
import type { BuildScope } from "../../portal/integrations/scope.ts";
import type { Db } from "../db/client.ts";
import type { PortalChange } from "./plugin.ts";

/**
 * Mutations whose whole effect on the portal is one disclosure of known communities (its `id`
 * argument): after only these, a partial build of those communities is enough. Any other change
 * rebuilds everything; a domain adds its mutation here once it knows what that touches.
 */
const DISCLOSURE_CHANGES = new Set(["publishDisclosure", "withdrawDisclosure", "correctDisclosure"]);

/** The communities a set of changes touches, or undefined when only a full build is safe. */
export async function changedCommunities(db: Db, changes: PortalChange[]): Promise<string[] | undefined> {
  if (changes.length === 0 || !changes.every((c) => DISCLOSURE_CHANGES.has(c.field) && typeof c.args.id === "string")) {
    return undefined;
  }
  const targets = await db.disclosureTarget.findMany({
    where: { disclosureId: { in: changes.map((c) => c.args.id as string) } },
    select: { community: { select: { code: true } } },
  });
  return [...new Set(targets.map((t) => t.community.code))];
}

/**
 * What a partial build for these communities writes: their pages, their counties' pages, and
 * every disclosure page that names one of them (a correction or a withdrawal shows on both).
 */
export async function scopeOf(db: Db, communityCodes: string[]): Promise<BuildScope> {
  const communities = await db.community.findMany({
    where: { code: { in: communityCodes } },
    select: { id: true, code: true, township: { select: { county: { select: { code: true } } } } },
  });
  const targets = await db.disclosureTarget.findMany({
    where: { communityId: { in: communities.map((c) => c.id) } },
    select: { disclosureId: true },
  });
  return {
    communities: communities.map((c) => c.code),
    counties: [...new Set(communities.map((c) => c.township.county.code))],
    disclosures: [...new Set(targets.map((t) => t.disclosureId))],
  };
}

/** The scope of one county's share of a split full build: all its communities. */
export async function countyScope(db: Db, countyCode: string): Promise<BuildScope> {
  const communities = await db.community.findMany({
    where: { township: { county: { code: countyCode } } },
    select: { code: true },
  });
  if (communities.length === 0) throw new Error(`county ${countyCode} has no communities`);
  return scopeOf(
    db,
    communities.map((c) => c.code),
  );
}

/**
 * Merges the outputs of a full build split by county into one tree. Pages that belong to no one
 * county (the home page, /jobs/ …) are in every output, built from the same database, so any
 * copy will do; the first is kept.
 */
export function mergeSplitBuilds(parts: string[], into: string): void {
  for (const part of parts) {
    for (const file of files(part)) {
      const target = join(into, relative(part, file));
      if (existsSync(target)) continue;
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(file, target);
    }
  }
}

const LARGE_FOLDER = LARGE_PREFIX.slice(1);

/** Folders of the served tree that belong wholly to the scope: a partial build rewrites them whole. */
function ownedFolders(scope: BuildScope): string[] {
  return [
    ...scope.communities.map((code) => join("c", code)),
    ...scope.counties.flatMap((county) => [join("county", county), join("checkpoints", county)]),
    ...scope.disclosures.map((id) => join("d", id)),
  ];
}

/**
 * Makes `next`, the served tree with a partial build laid over it: the served files are
 * hard-linked (no copy of unchanged pages, and their inodes and times stay as they were), the
 * scope's own folders are dropped (pages that no longer exist must go), then the partial build's
 * files are moved in, each replacing a link rather than writing through it into the served file.
 * `next` is then swapped in whole, so readers see either tree and never a mixture. The scope's
 * folders of the large-text mirror go too, as their pages are written again from the new ones.
 * Returns the files moved in, relative to the tree.
 */
export function mergePartialBuild(served: string, partial: string, scope: BuildScope, next: string): string[] {
  rmSync(next, { recursive: true, force: true });
  linkTree(served, next);
  for (const folder of ownedFolders(scope)) {
    rmSync(join(next, folder), { recursive: true, force: true });
    rmSync(join(next, LARGE_FOLDER, folder), { recursive: true, force: true });
  }
  const moved: string[] = [];
  for (const file of files(partial)) {
    const path = relative(partial, file);
    const target = join(next, path);
    mkdirSync(dirname(target), { recursive: true });
    if (existsSync(target)) rmSync(target);
    renameSync(file, target);
    moved.push(path);
  }
  return moved;
}

/** A copy of a tree made of hard links: instant next to a copy, and a file replaced in it leaves the other tree as it was. */
export function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    if (entry.isDirectory()) linkTree(source, join(to, entry.name));
    else linkSync(source, join(to, entry.name));
  }
}

function files(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}
