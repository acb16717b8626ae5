import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { SEARCH_DIR, SHARD_LIST } from "./build-index.ts";

/** One searchable page, as the portal's Pagefind index holds it. */
export interface SearchRecord {
  url: string;
  title: string;
  /** The page's indexed text, as the page has it. */
  text: string;
  /**
   * The text as queries are matched against it: NFKC (full-width letters and digits as ASCII)
   * and lower case. Same length as `text` for all but rare characters, so a match's position
   * also marks it in `text`; where not, `text` is this.
   */
  folded: string;
  /** Filter name (api/search/rules.ts) → the page's values, e.g. 社区 → [富民社区]. */
  filters: Record<string, string[]>;
}

/** Pagefind prefixes each decompressed file with this, so a reader can tell its data from garbage. */
const SIGNATURE = "pagefind_dcd";
/** Pagefind puts a zero-width space between the Chinese words it segmented. */
const WORD_BREAK = /\u200b/g;

/** How queries and texts are compared: full-width Ｒ８ finds R8, and case does not matter. */
export const fold = (text: string) => text.normalize("NFKC").toLowerCase();

interface Fragment {
  url: string;
  content: string;
  filters?: Record<string, string[]>;
  meta?: { title?: string };
}

/**
 * Reads the page records of one shard of the Pagefind index built with the portal
 * (api/search/build-index.ts), so that the server searches exactly what the browser's instant
 * search does. Pagefind writes one gzip-compressed JSON fragment per page; their layout is
 * Pagefind's own, so a file without its signature stops the load with a clear error rather than
 * wrong results.
 */
export function readRecords(shardDir: string): SearchRecord[] {
  const dir = join(shardDir, "fragment");
  return readdirSync(dir)
    .filter((name) => name.endsWith(".pf_fragment"))
    .map((name): SearchRecord => {
      const raw = gunzipSync(readFileSync(join(dir, name))).toString("utf8");
      if (!raw.startsWith(SIGNATURE)) throw new Error(`not a Pagefind fragment: ${name}`);
      const fragment = JSON.parse(raw.slice(SIGNATURE.length)) as Fragment;
      const text = fragment.content.replace(WORD_BREAK, "");
      const folded = fold(text);
      return {
        url: fragment.url,
        title: fragment.meta?.title ?? fragment.url,
        text: folded.length === text.length ? text : folded,
        folded,
        filters: fragment.filters ?? {},
      };
    });
}

/** A file's identity: a rebuild renames folders in, so a replaced file has a new one. */
function stampOf(file: string): string | undefined {
  try {
    const stat = statSync(file);
    return `${stat.ino}:${stat.mtimeMs}`;
  } catch {
    return undefined;
  }
}

/** The names of the index's bundles, as the last build listed them; undefined while there is no index. */
export function shardNames(portalDir: string): string[] | undefined {
  try {
    return JSON.parse(readFileSync(join(portalDir, SEARCH_DIR, SHARD_LIST), "utf8")) as string[];
  } catch {
    return undefined;
  }
}

/**
 * The records of the portal being served, of the bundles named (every one by default). A bundle
 * is read again only when a rebuild has swapped in a new one, so a publication reloads its
 * county's records, not all. Undefined while the portal has no index.
 */
export function recordCache(portalDir: string): (only?: readonly string[]) => SearchRecord[] | undefined {
  const shards = new Map<string, { stamp: string; records: SearchRecord[] }>();
  const index = join(portalDir, SEARCH_DIR);
  return (only) => {
    const names = shardNames(portalDir);
    if (!names) return undefined;
    for (const name of shards.keys()) if (!names.includes(name)) shards.delete(name);
    return names
      .filter((name) => !only || only.includes(name))
      .flatMap((name) => {
        const dir = join(index, name);
        const stamp = stampOf(join(dir, "pagefind-entry.json"));
        if (!stamp) return [];
        let shard = shards.get(name);
        if (shard?.stamp !== stamp) {
          shard = { stamp, records: readRecords(dir) };
          shards.set(name, shard);
        }
        return shard.records;
      });
  };
}
