/**
 * The longest search the server accepts, in characters; the page's field stops there too. A
 * phrase copied from a record is rarely longer, and matching cost grows with it.
 */
export const MAX_QUERY_CHARS = 50;

/** Words of a query matched at most; more are refused rather than searched. */
export const MAX_QUERY_TERMS = 5;

/** Results listed on the server's page; the reader narrows with filters or more words. */
export const MAX_RESULTS = 20;

/** The longest filter value accepted (community names and section titles are far shorter). */
export const MAX_FILTER_CHARS = 40;

/**
 * The search filters' names, as readers see them in both search modes: Pagefind's UI prints
 * them as headings, the server's results page labels its selects with them, and the pages carry
 * them (portal/src/components/search/SearchTags.astro). The keys are the query parameters.
 */
export const FILTERS = { community: "社区", section: "栏目" } as const;
export type FilterKey = keyof typeof FILTERS;

/**
 * The query parameter that narrows a search to one county's pages (and the site-wide ones): the
 * county's code. Not a filter of the index but a choice of its bundles (api/search/build-index.ts),
 * so a phone with JavaScript fetches two bundles rather than every county's.
 */
export const COUNTY_PARAM = "county";
