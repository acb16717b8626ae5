import { existsSync, readFileSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import * as pagefind from "pagefind";
import { listTree } from "../../portal/integrations/list-tree.ts";
import { replaceInTree } from "../../portal/integrations/replace.ts";

/**
 * Pages left out of the search index: they repeat what other pages say (print layouts, the job
 * list's filtered views, people's photo pages) or are not content (the 404 and search pages).
 * Paths are relative to the output folder, with `/` separators.
 */
const SKIPPED = [
  /^404\.html$/,
  /^large\//,
  /^search\//,
  /(^|\/)print\//,
  /^c\/[^/]+\/jobs\/(?!index\.html$|boards\/)/,
  /^c\/[^/]+\/people\/photos\//,
];

const searchable = (file: string) => file.endsWith(".html") && !SKIPPED.some((rule) => rule.test(file));

/** The HTML files of a built portal that search should find, relative to `dir`. */
export async function searchablePages(dir: string): Promise<string[]> {
  // Sorted: the same pages in the same order give the same index files, however the tree was assembled.
  return (await listTree(dir)).filter(searchable);
}

/** `c/RJ-FUMIN/finance/2026-03/index.html` → `/c/RJ-FUMIN/finance/2026-03/` */
const urlOf = (file: string) => `/${file.replace(/(^|\/)index\.html$/, "$1")}`;

/** The index of the pages that belong to no one county: the home page, the site-wide lists. */
export const SITE_SHARD = "site";
/**
 * Where the index is: one Pagefind bundle per shard (`<shard>/`), the shards' names for readers of
 * the index (`shards.json`: the browser merges them) and each shard's pages for the next partial
 * index (`pages.json`).
 */
export const SEARCH_DIR = "pagefind";
export const SHARD_LIST = "shards.json";
const MANIFEST = "pages.json";

/** A shard's folder name: the site's, or `county-<code>` for a county's. */
export const countyShard = (county: string) => `county-${county}`;

/**
 * Set by SearchTags on a page that belongs to one county (portal/src/lib/search/tags.ts). The
 * code names a folder and a URL: a code of other characters leaves its pages in the site's index.
 */
const COUNTY_TAG = /data-search-county="([A-Za-z0-9_-][A-Za-z0-9_.-]*)"/;
const shardOfPage = (html: string) => {
  const county = html.match(COUNTY_TAG)?.[1];
  return county ? countyShard(county) : SITE_SHARD;
};

/** Shard → its pages (files relative to the tree), sorted, as `<tree>/pagefind/pages.json` keeps it. */
type Shards = Record<string, string[]>;

function readShards(dir: string): Shards | undefined {
  const file = join(dir, SEARCH_DIR, MANIFEST);
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Shards) : undefined;
}

function add(shards: Shards, shard: string, files: readonly string[]): void {
  const list = shards[shard];
  if (list) list.push(...files);
  else shards[shard] = [...files];
}

async function group(dir: string, files: readonly string[]): Promise<Shards> {
  const into: Shards = {};
  for (const file of files) {
    const shard = shardOfPage(await readFile(join(dir, file), "utf8"));
    add(into, shard, [file]);
  }
  return into;
}

/**
 * The shards after `changed` pages were written over a tree indexed as `before`: each changed
 * page leaves its old shard for the one it now names, and pages gone from the tree leave theirs.
 * Returns the shards whose pages changed, which alone are indexed again.
 */
async function regroup(
  dir: string,
  before: Shards,
  changed: readonly string[],
): Promise<{ shards: Shards; touched: Set<string> }> {
  const pages = new Set(changed.filter(searchable));
  const shards: Shards = {};
  const touched = new Set<string>();
  for (const [shard, files] of Object.entries(before)) {
    const kept = files.filter((file) => !pages.has(file) && existsSync(join(dir, file)));
    if (kept.length !== files.length) touched.add(shard);
    if (kept.length > 0) shards[shard] = kept;
  }
  const present = [...pages].filter((file) => existsSync(join(dir, file)));
  for (const [shard, files] of Object.entries(await group(dir, present))) {
    touched.add(shard);
    add(shards, shard, files);
  }
  for (const files of Object.values(shards)) files.sort();
  return { shards, touched };
}

async function writeShard(dir: string, files: readonly string[], outputPath: string): Promise<void> {
  // One fragment file per page, never bundles of them: the server reads them one by one
  // (api/search/records.ts).
  const { index, errors } = await pagefind.createIndex({ maxFragments: 1_000_000 });
  if (!index) throw new Error(`Pagefind: ${errors.join("; ")}`);
  try {
    for (const file of files) {
      const added = await index.addHTMLFile({ url: urlOf(file), content: await readFile(join(dir, file), "utf8") });
      if (added.errors.length > 0) throw new Error(`Pagefind, ${file}: ${added.errors.join("; ")}`);
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join("; ")}`);
  } finally {
    // Pagefind holds a shard's pages until told: freed before the next shard, memory follows the largest county, not the province.
    await index.deleteIndex();
  }
}

const sortedKeys = (shards: Shards): Shards =>
  Object.fromEntries(Object.entries(shards).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/**
 * Writes the Pagefind index of a built portal into `<dir>/pagefind/`, one bundle per county
 * (`county-<code>/`) and one for the pages of no one county (`site/`). Pages mark what is
 * indexed (data-pagefind-body on <main>, data-pagefind-ignore on crumbs), their filters and
 * their county (components/search/SearchTags.astro); <html lang="zh-CN"> makes Pagefind segment
 * the text into Chinese words. The same index serves the browser (Pagefind's UI, which merges
 * the bundles) and the server's search without JavaScript (api/search/), so both find the same
 * pages.
 *
 * Split by county because Pagefind holds every page of an index in memory until it writes it,
 * and cannot add to an index once written: one index of a province is gigabytes, and every
 * publication would index the province again. Given the pages a partial build `changed`, only
 * the shards holding them are indexed again.
 */
export async function writeSearchIndex(dir: string, changed?: readonly string[]): Promise<{ pages: number; shards: string[] }> {
  const before = changed && readShards(dir);
  const { shards, touched } = before
    ? await regroup(dir, before, changed)
    : await group(dir, await searchablePages(dir)).then((all) => ({ shards: all, touched: new Set(Object.keys(all)) }));
  const written = [...touched].filter((shard) => shards[shard]).sort();
  try {
    // The tree may be the one being served, and the server reads the index file by file.
    await replaceInTree(dir, async (fresh) => {
      for (const shard of written) await writeShard(dir, shards[shard] ?? [], join(fresh, SEARCH_DIR, shard));
      const lists = sortedKeys(shards);
      await mkdir(join(fresh, SEARCH_DIR), { recursive: true });
      await writeFile(join(fresh, SEARCH_DIR, MANIFEST), `${JSON.stringify(lists, null, 1)}\n`);
      await writeFile(join(fresh, SEARCH_DIR, SHARD_LIST), `${JSON.stringify(Object.keys(lists))}\n`);
      const manifests = [`${SEARCH_DIR}/${MANIFEST}`, `${SEARCH_DIR}/${SHARD_LIST}`];
      // A whole index replaces the folder, so no shard of a county gone stays behind.
      return before ? [...written.map((shard) => `${SEARCH_DIR}/${shard}`), ...manifests] : [SEARCH_DIR];
    });
  } finally {
    // The service is a child process; left running, it would keep the build from exiting.
    await pagefind.close();
  }
  return { pages: written.reduce((sum, shard) => sum + (shards[shard]?.length ?? 0), 0), shards: written };
}
