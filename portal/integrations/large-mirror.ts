import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { type HTMLElement, parse } from "node-html-parser";

/** Where the large-text copy of the site lives, beside the standard pages. */
export const LARGE_PREFIX = "/large";

/**
 * 适老化: after each build (a post-build step, api/portal/steps.ts), copies every page to /large/<same path> with `<html class="large">`
 * (global.css turns that into large text and high contrast) and its links to other pages kept
 * under /large/, so a reader who chose large text keeps it from page to page, without JavaScript
 * or cookies, from static files any web server can serve. Feeds, downloads, stylesheets and
 * server endpoints are not copied: links to them stay as they are. A post-processing pass over
 * the written pages is a fraction of a second per hundred pages, where a second Astro build
 * would double the build time.
 */
export function writeLargeMirror(outDir: string, only?: readonly string[], served?: string): void {
  const mirror = join(outDir, LARGE_PREFIX);
  // After a partial build, only the pages it wrote (paths relative to outDir) get a new copy, and
  // the pages it links to outside its scope are in the served tree.
  const pages = only ? only.filter((p) => p.endsWith(".html")).map((p) => join(outDir, p)) : htmlFiles(outDir, mirror);
  const exists = (path: string) => isPage(outDir, path) || (served !== undefined && isPage(served, path));
  for (const file of pages) {
    const target = join(mirror, relative(outDir, file));
    mkdirSync(dirname(target), { recursive: true });
    // A new tree (a full build's, or a partial one not yet laid over the served tree): written in place.
    writeFileSync(target, largePage(readFileSync(file, "utf8"), pagePath(outDir, file), exists));
  }
}

function* htmlFiles(dir: string, skip: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && path !== skip) yield* htmlFiles(path, skip);
    else if (entry.isFile() && entry.name.endsWith(".html")) yield path;
  }
}

/** ".../c/RJ-FUMIN/index.html" → "/c/RJ-FUMIN/", the address the page is read at. */
function pagePath(outDir: string, file: string): string {
  const rel = relative(outDir, file).split(sep).join("/");
  return `/${rel.replace(/(^|\/)index\.html$/, "$1")}`;
}

/** Whether a site-internal address is one of the built pages (not a feed, a download or an endpoint). */
function isPage(outDir: string, path: string): boolean {
  const clean = decodeURIComponent(path);
  if (clean.endsWith(".html")) return existsSync(join(outDir, clean));
  return existsSync(join(outDir, clean, "index.html")) || existsSync(join(outDir, `${clean}.html`));
}

/**
 * One page's large copy: the class on <html>, links and GET forms to other pages under /large/,
 * the reading-mode switch (`a[data-reading-mode]`, see Base.astro) turned back towards the
 * standard page, and a canonical link to the standard page so search engines index it once.
 */
export function largePage(html: string, standardPath: string, isPagePath: (path: string) => boolean): string {
  const root = parse(html, { comment: true });
  const page = root.querySelector("html");
  if (!page) return html;
  page.classList.add("large");
  for (const link of root.querySelectorAll("a[href], form[action]")) {
    if (link.hasAttribute("data-reading-mode")) {
      link.setAttribute("href", standardPath);
      link.set_content("标准版（正常字号）");
      continue;
    }
    rewrite(link, link.tagName === "FORM" ? "action" : "href", isPagePath);
  }
  root.querySelector("head")?.insertAdjacentHTML("beforeend", `<link rel="canonical" href="${standardPath}">`);
  return root.toString();
}

function rewrite(element: HTMLElement, attribute: string, isPagePath: (path: string) => boolean): void {
  const value = element.getAttribute(attribute) ?? "";
  // Only addresses on this site from its root; "//host/…" is another site.
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith(`${LARGE_PREFIX}/`)) return;
  const path = value.replace(/[?#].*$/, "");
  if (isPagePath(path)) element.setAttribute(attribute, `${LARGE_PREFIX}${value}`);
}
