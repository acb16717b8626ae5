import { parse } from "node-html-parser";
import type { SearchHit, SearchQuery } from "./match.ts";
import type { SearchRecord } from "./records.ts";
import { FILTERS, MAX_RESULTS } from "./rules.ts";

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escapeText = (text: string) => text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);

/** What the results page shows: a refusal, or the hits of a query. */
export type Outcome =
  | { kind: "refused"; message: string; params: Record<string, unknown> }
  | {
      kind: "found";
      query: SearchQuery;
      total: number;
      hits: SearchHit[];
      /** The county searched, if one was chosen (a code the index has a bundle for). */
      county?: string;
    };

/** Every value each filter has in the index, in Chinese collation order, for the page's selects. */
export function filterValues(records: SearchRecord[]): Record<string, string[]> {
  const values: Record<string, Set<string>> = {};
  for (const record of records) {
    for (const [name, list] of Object.entries(record.filters)) {
      const set = values[name] ?? new Set();
      for (const v of list) set.add(v);
      values[name] = set;
    }
  }
  const collator = new Intl.Collator("zh-Hans-CN");
  return Object.fromEntries(Object.entries(values).map(([name, set]) => [name, [...set].sort(collator.compare)]));
}

function selects(values: Record<string, string[]>, chosen: Record<string, string>): string {
  return Object.entries(FILTERS)
    .map(([param, name]) => {
      const options = (values[name] ?? [])
        .map((v) => `<option value="${escapeText(v)}"${chosen[name] === v ? " selected" : ""}>${escapeText(v)}</option>`)
        .join("");
      return `<label>${escapeText(name)} <select name="${param}"><option value="">全部</option>${options}</select></label>`;
    })
    .join("");
}

function hitItem({ record, excerpt }: SearchHit): string {
  const where = Object.values(FILTERS)
    .flatMap((name) => record.filters[name] ?? [])
    .join(" · ");
  const text = excerpt.map((part, i) => (i % 2 === 1 ? `<mark>${escapeText(part)}</mark>` : escapeText(part))).join("");
  return `<li><a href="${escapeText(record.url)}">${escapeText(record.title)}</a>${where ? `<p class="meta">${escapeText(where)}</p>` : ""}<p>${text}</p></li>`;
}

function resultsHtml(outcome: Outcome): string {
  if (outcome.kind === "refused") return `<p class="notice danger" role="alert">${escapeText(outcome.message)}</p>`;
  const { query, total, hits } = outcome;
  if (total === 0) {
    const narrowed = Object.keys(query.filters).length > 0 ? "可去掉筛选条件，或" : "可";
    return `<p class="notice" role="status">没有找到包含“${escapeText(query.text)}”的公开内容。${narrowed}换个说法、少用几个词再试。</p>`;
  }
  const shown = total > MAX_RESULTS ? `，下面列出最相关的 ${MAX_RESULTS} 条；加词或选择社区、栏目可缩小范围` : "";
  return `<p role="status">找到 ${total} 个页面包含“${escapeText(query.text)}”${shown}。</p><ol class="search-results">${hits.map(hitItem).join("")}</ol>`;
}

/**
 * The portal's own search page (search/index.html) with the query filled in, the filters the
 * index knows as selects, and the results: the reader stays on one page in the portal's look,
 * and a new search from it asks the server again.
 */
export function resultsPage(template: string, outcome: Outcome, values: Record<string, string[]>): string {
  const root = parse(template);
  const text = outcome.kind === "found" ? outcome.query.text : typeof outcome.params.q === "string" ? outcome.params.q : "";
  const chosen = outcome.kind === "found" ? outcome.query.filters : {};
  root.querySelector("title")?.set_content(escapeText(`${text ? `“${text}”的` : ""}搜索结果 · 阳光公示栏`));
  root.querySelector("input#q")?.setAttribute("value", text);
  root.querySelector("#search-filters")?.set_content(selects(values, chosen));
  // The county was checked against the index's bundles, so it is one of the select's codes.
  const county = outcome.kind === "found" ? outcome.county : undefined;
  if (county) root.querySelector(`#search-county option[value="${county}"]`)?.setAttribute("selected", "");
  root.querySelector("#search-results")?.set_content(resultsHtml(outcome));
  return root.toString();
}
