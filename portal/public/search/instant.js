// Runs only with JavaScript on: Pagefind's UI answers as the reader types, so the plain form
// (and, on the server's results page, its results) step aside. A query or filters in the
// address (from the plain form) carry over into the instant search.
(() => {
  const root = document.getElementById("instant-search");
  if (!root || typeof window.PagefindUI !== "function") return;
  const css = document.createElement("link");
  css.rel = "stylesheet";
  css.href = "/pagefind/pagefind-ui.css";
  document.head.append(css);
  const ui = new window.PagefindUI({
    element: "#instant-search",
    showSubResults: true,
    showImages: false,
    bundlePath: "/pagefind/",
  });
  for (const id of ["search-form", "search-help", "search-results"]) {
    const element = document.getElementById(id);
    if (element) element.hidden = true;
  }
  const params = new URLSearchParams(window.location.search);
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
