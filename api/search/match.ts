import { fold, type SearchRecord } from "./records.ts";
import { MAX_FILTER_CHARS, MAX_QUERY_CHARS, MAX_QUERY_TERMS, MAX_RESULTS } from "./rules.ts";

export interface SearchQuery {
  /** The words as the reader typed them (trimmed), for the page to show back. */
  text: string;
  /** Lower-cased, NFKC-normalized words; a page must contain every one. */
  terms: string[];
  /** Filter name → the one value a page must have, e.g. 社区 → 富民社区. */
  filters: Record<string, string>;
}

/** A query refused before any matching, with the reason in words for the reader. */
export class QueryRefused extends Error {}

/**
 * Words separated by spaces; a phrase in quotes ("…" or “…”, as Pagefind's instant search takes
 * an exact phrase) is one term, spaces and all.
 */
function termsOf(text: string): string[] {
  return [...text.matchAll(/["“”]([^"“”]+)["“”]?|[^\s"“”]+/g)].map((m) => (m[1] ?? m[0]).trim()).filter((term) => term !== "");
}

/**
 * Checks the query parameters before any work: `q` a single string of 1 to MAX_QUERY_CHARS
 * characters and at most MAX_QUERY_TERMS words, each filter a single short string.
 */
export function parseQuery(params: Record<string, unknown>, filterNames: Record<string, string>): SearchQuery {
  const q = params.q;
  if (q !== undefined && typeof q !== "string") throw new QueryRefused("搜索词只能填写一个。");
  if (q && q.length > MAX_QUERY_CHARS) throw new QueryRefused(`搜索词太长，请不超过 ${MAX_QUERY_CHARS} 个字。`);
  const text = (q ?? "").trim();
  if (text === "") throw new QueryRefused("请输入要搜索的词。");
  const terms = [...new Set(termsOf(fold(text)))];
  if (terms.length === 0) throw new QueryRefused("请输入要搜索的词。");
  if (terms.length > MAX_QUERY_TERMS) throw new QueryRefused(`搜索词最多 ${MAX_QUERY_TERMS} 个，请用空格隔开。`);
  const filters: Record<string, string> = {};
  for (const [param, name] of Object.entries(filterNames)) {
    const value = params[param];
    if (value === undefined || value === "") continue;
    if (typeof value !== "string" || value.length > MAX_FILTER_CHARS) throw new QueryRefused("筛选条件有误，请重新选择。");
    filters[name] = value;
  }
  return { text, terms, filters };
}

export interface SearchHit {
  record: SearchRecord;
  /** Text around the first match, split so that every other part (odd indexes) is a match. */
  excerpt: string[];
}

const EXCERPT_BEFORE = 30;
const EXCERPT_AFTER = 70;

function count(haystack: string, needle: string): number {
  let found = 0;
  for (let at = haystack.indexOf(needle); at !== -1 && found < 10; at = haystack.indexOf(needle, at + needle.length)) found++;
  return found;
}

/** Splits `text` around every occurrence of the terms: even parts plain, odd parts matches. */
function markTerms(text: string, lower: string, terms: string[]): string[] {
  const parts: string[] = [];
  let plainFrom = 0;
  let at = 0;
  while (at < text.length) {
    const term = terms.find((t) => lower.startsWith(t, at));
    if (!term) {
      at++;
      continue;
    }
    parts.push(text.slice(plainFrom, at), text.slice(at, at + term.length));
    at += term.length;
    plainFrom = at;
  }
  parts.push(text.slice(plainFrom));
  return parts;
}

function excerptOf({ text, folded: lower }: SearchRecord, terms: string[]): string[] {
  const found = terms.map((t) => lower.indexOf(t)).filter((at) => at !== -1);
  // A page found by its title alone shows the start of its text.
  const first = found.length > 0 ? Math.min(...found) : 0;
  const start = Math.max(0, first - EXCERPT_BEFORE);
  const end = Math.min(text.length, first + EXCERPT_AFTER);
  const parts = markTerms(text.slice(start, end), lower.slice(start, end), terms);
  if (start > 0) parts[0] = `…${parts[0]}`;
  if (end < text.length) parts[parts.length - 1] += "…";
  return parts;
}

/**
 * Pages whose title or text contains every term and that have every filter value, best first:
 * a term in the title counts more than one in the text, and more occurrences more than fewer.
 * Substring matching finds any Chinese phrase as written, without a dictionary's word breaks.
 */
export function search(records: SearchRecord[], query: SearchQuery): { total: number; hits: SearchHit[] } {
  const scored: { record: SearchRecord; score: number }[] = [];
  for (const record of records) {
    if (!Object.entries(query.filters).every(([name, value]) => record.filters[name]?.includes(value))) continue;
    const title = fold(record.title);
    const text = record.folded;
    let score = 0;
    for (const term of query.terms) {
      const inTitle = title.includes(term);
      const inText = count(text, term);
      if (!inTitle && inText === 0) {
        score = 0;
        break;
      }
      score += (inTitle ? 5 : 0) + inText;
    }
    if (score > 0) scored.push({ record, score });
  }
  scored.sort((a, b) => b.score - a.score || a.record.url.localeCompare(b.record.url));
  return {
    total: scored.length,
    hits: scored.slice(0, MAX_RESULTS).map(({ record }) => ({
      record,
      excerpt: excerptOf(record, query.terms),
    })),
  };
}
