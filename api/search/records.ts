import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";

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
 * Reads the page records of the Pagefind index built with the portal (portal/integrations/
 * api/search/build-index.ts), so that the server searches exactly what the browser's instant search does.
 * Pagefind writes one gzip-compressed JSON fragment per page; their layout is Pagefind's own, so
 * a file without its signature stops the load with a clear error rather than wrong results.
 */
export function readRecords(portalDir: string): SearchRecord[] {
  const dir = join(portalDir, "pagefind", "fragment");
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

/**
 * The records of the portal being served, read again only when a rebuild has swapped in a new
 * index (the rebuild renames folders, so the entry file's identity changes).
 */
export function recordCache(portalDir: string): () => SearchRecord[] | undefined {
  let key = "";
  let records: SearchRecord[] = [];
  return () => {
    let stamp: string;
    try {
      const entry = statSync(join(portalDir, "pagefind", "pagefind-entry.json"));
      stamp = `${entry.ino}:${entry.mtimeMs}`;
    } catch {
      return undefined;
    }
    if (stamp !== key) {
      records = readRecords(portalDir);
      key = stamp;
    }
    return records;
  };
}
