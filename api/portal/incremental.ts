import { copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, renameSync } from "node:fs";
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
 * The public disclosures whose pages a set of changes alters: each changed one and its whole
 * correction chain, both ways (a correction's page and the pages of what it corrects list the
 * chain; `correctDisclosure` names the original, not the new correction). Every other notice of
 * the community keeps its page: a publication beside it changes nothing there.
 */
export async function changedDisclosures(db: Db, changes: PortalChange[]): Promise<string[]> {
  const seen = new Set<string>();
  let frontier = [...new Set(changes.map((c) => c.args.id).filter((id): id is string => typeof id === "string"))];
  while (frontier.length > 0) {
    for (const id of frontier) seen.add(id);
    const linked = await db.disclosure.findMany({
      where: { id: { in: frontier } },
      select: { correctsId: true, correctedBy: { select: { id: true } } },
    });
    frontier = [
      ...new Set(linked.flatMap((d) => [d.correctsId, d.correctedBy?.id]).filter((id): id is string => !!id && !seen.has(id))),
    ];
  }
  const found = await db.disclosure.findMany({
    where: { id: { in: [...seen] }, status: { not: "DRAFT" } },
    select: { id: true },
  });
  return found.map((d) => d.id);
}

/**
 * What a partial build for these communities writes: their pages, their counties' pages, and
 * every public disclosure page that names one of them (a correction or a withdrawal shows on both).
 */
export async function scopeOf(db: Db, communityCodes: string[]): Promise<BuildScope> {
  const communities = await db.community.findMany({
    where: { code: { in: communityCodes } },
    select: { id: true, code: true, township: { select: { county: { select: { code: true } } } } },
  });
  const targets = await db.disclosureTarget.findMany({
    // Drafts have no page; the build lists exactly these ids as its disclosure pages.
    where: { communityId: { in: communities.map((c) => c.id) }, disclosure: { status: { not: "DRAFT" } } },
    select: { disclosureId: true },
  });
  return {
    communities: communities.map((c) => c.code),
    counties: [...new Set(communities.map((c) => c.township.county.code))],
    disclosures: [...new Set(targets.map((t) => t.disclosureId))],
  };
}

/**
 * The villages of origin whose pages show the communities' assistance lists (a list's notice is
 * a disclosure, so its withdrawal shows there too). A partial build writes only these village pages.
 */
export async function villagesOf(db: Db, communityCodes: string[]): Promise<string[]> {
  const villages = await db.originVillage.findMany({
    where: { rows: { some: { list: { community: { code: { in: communityCodes } } } } } },
    select: { code: true },
  });
  return villages.map((v) => v.code);
}

/**
 * The scope of one share of a split full build: every community of these counties. Village pages
 * are left to the final pass, which writes them all once (a village may have households in
 * several counties' lists, or in none yet).
 */
export async function countiesScope(db: Db, countyCodes: string[]): Promise<BuildScope> {
  const communities = await db.community.findMany({
    where: { township: { county: { code: { in: countyCodes } } } },
    select: { code: true },
  });
  if (communities.length === 0) throw new Error(`counties ${countyCodes.join(", ")} have no communities`);
  const scope = await scopeOf(
    db,
    communities.map((c) => c.code),
  );
  return { ...scope, counties: countyCodes, villages: [], share: true };
}

/**
 * Counties grouped into shares of a full build of about `size` communities each, a county never
 * split: a share's build holds its pages' data in memory, so the shares bound a province's build.
 */
export async function sharesOf(db: Db, size: number): Promise<string[][]> {
  const counties = await db.county.findMany({
    select: { code: true, townships: { select: { _count: { select: { communities: true } } } } },
    orderBy: { code: "asc" },
  });
  const shares: string[][] = [];
  let current: string[] = [];
  let count = 0;
  for (const county of counties) {
    const communities = county.townships.reduce((n, t) => n + t._count.communities, 0);
    if (communities === 0) continue;
    if (current.length > 0 && count + communities > size) {
      shares.push(current);
      current = [];
      count = 0;
    }
    current.push(county.code);
    count += communities;
  }
  if (current.length > 0) shares.push(current);
  return shares;
}

/**
 * Merges the shares of a split full build into one tree. Pages that belong to no one county (the
 * home page, /jobs/ …) are in every share; the first copy is kept, and the final pass
 * (build.ts, finishSplitBuild) writes them again from every share. `move` takes the files out of
 * the shares instead of copying them, for shares built on this machine and thrown away.
 */
export function mergeSplitBuilds(parts: string[], into: string, move = false): void {
  for (const part of parts) {
    for (const file of files(part)) {
      const target = join(into, relative(part, file));
      if (existsSync(target)) continue;
      mkdirSync(dirname(target), { recursive: true });
      if (move) renameSync(file, target);
      else copyFileSync(file, target);
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
    ...(scope.villages ?? []).map((code) => join("v", code)),
  ];
}

/**
 * Lays a partial build over the served tree, in place. Everything slow is done before: the
 * partial tree is complete, with its pages' large-text copies. This runs synchronously, in one
 * turn of the event loop, so the server in this process answers no request in between: a reader
 * gets the old pages or the new ones, never a mixture or a gap. The scope's own folders (and
 * their large-text copies) are moved aside whole, so pages that no longer exist go; every other
 * file the build wrote (the site-wide pages) is renamed over its served copy. Nothing else of the
 * served tree is touched, so the cost follows the size of the change, not of the province: a
 * hard-linked copy of the whole tree took 10 s at 200 communities. Returns the folder holding
 * what was moved aside, for the caller to remove without blocking.
 */
export function layOver(served: string, partial: string, scope: BuildScope): string {
  const written = relativeFiles(partial);
  const aside = mkdtempSync(`${served}.aside-`);
  ownedFolders(scope)
    .flatMap((folder) => [folder, join(LARGE_FOLDER, folder)])
    .forEach((folder, n) => {
      const current = join(served, folder);
      if (existsSync(current)) renameSync(current, join(aside, String(n)));
      const next = join(partial, folder);
      if (!existsSync(next)) return;
      mkdirSync(dirname(current), { recursive: true });
      renameSync(next, current);
    });
  for (const file of written) {
    const from = join(partial, file);
    // Already moved in with its folder.
    if (!existsSync(from)) continue;
    const to = join(served, file);
    mkdirSync(dirname(to), { recursive: true });
    renameSync(from, to);
  }
  return aside;
}

/** Every file of a tree, relative to it. */
export function relativeFiles(root: string): string[] {
  return files(root).map((file) => relative(root, file));
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
