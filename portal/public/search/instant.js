// Runs only with JavaScript on: Pagefind's UI answers as the reader types, so the plain form
// (and, on the server's results page, its results) step aside. A query or filters in the
// address (from the plain form) carry over into the instant search. The index is one bundle per
// county and one for the site-wide pages (api/search/build-index.ts); the UI merges them.
(async () => {
  const root = document.getElementById("instant-search");
  if (!root || typeof window.PagefindUI !== "function") return;
  let shards;
  try {
    const listed = await fetch("/pagefind/shards.json");
    if (!listed.ok) return;
    shards = await listed.json();
  } catch {
    // Without the list, the plain form (answered by the server) stays.
    return;
  }
  if (!Array.isArray(shards) || shards.length === 0) return;
  const params = new URLSearchParams(window.location.search);
  // A county chosen in the range select (api/search/rules.ts, COUNTY_PARAM): its bundle and the site's only.
  const range = document.getElementById("search-county");
  const county = params.get(range ? range.name : "county");
  const narrowed = Boolean(county) && shards.includes(`county-${county}`);
  const chosen = narrowed ? [`county-${county}`] : shards.filter((s) => s !== "site");
  const [main, ...merged] = shards.includes("site") ? ["site", ...chosen] : chosen;
  if (range) {
    range.value = narrowed ? county : "";
    // The instant search cannot swap its bundles: the page loads again with the new range.
    range.addEventListener("change", () => {
      const next = new URLSearchParams();
      if (range.value) next.set(range.name, range.value);
      window.location.assign(`/search/?${next}`);
    });
  }
  const css = document.createElement("link");
  css.rel = "stylesheet";
  css.href = `/pagefind/${main}/pagefind-ui.css`;
  document.head.append(css);
  const ui = new window.PagefindUI({
    element: "#instant-search",
    showSubResults: true,
    showImages: false,
    bundlePath: `/pagefind/${main}/`,
    mergeIndex: merged.map((shard) => ({ bundlePath: `/pagefind/${shard}/` })),
  });
  for (const id of ["search-form", "search-help", "search-results"]) {
    const element = document.getElementById(id);
    if (element) element.hidden = true;
  }
  const filters = {};
  // Query parameter → filter name, as the page states them (api/search/rules.ts).
  for (const [param, name] of Object.entries(JSON.parse(root.dataset.filters || "{}"))) {
    const value = params.get(param);
    if (value) filters[name] = [value];
  }
  if (Object.keys(filters).length > 0) ui.triggerFilters(filters);
  const q = params.get("q");
  if (q) ui.triggerSearch(q);
})();
