import { readdir, readFile } from "node:fs/promises";
import { join, sep } from "node:path";
import * as pagefind from "pagefind";
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

/**
 * The HTML files of a built portal that search should find, relative to `dir`. Listed without
 * blocking: the tree may be the served one, and the server goes on answering meanwhile.
 */
export async function searchablePages(dir: string): Promise<string[]> {
  return (
    (await readdir(dir, { recursive: true, encoding: "utf8" }))
      .map((file) => file.split(sep).join("/"))
      .filter((file) => file.endsWith(".html") && !SKIPPED.some((rule) => rule.test(file)))
      // The same pages in the same order give the same index files, however the tree was assembled.
      .sort()
  );
}

/** `c/RJ-FUMIN/finance/2026-03/index.html` → `/c/RJ-FUMIN/finance/2026-03/` */
const urlOf = (file: string) => `/${file.replace(/(^|\/)index\.html$/, "$1")}`;

/**
 * Writes the Pagefind index of a built portal into `<dir>/pagefind/`. Pages mark what is indexed
 * (data-pagefind-body on <main>, data-pagefind-ignore on crumbs) and their filters
 * (components/search/SearchTags.astro); <html lang="zh-CN"> makes Pagefind segment the text
 * into Chinese words. The same index serves the browser (Pagefind's UI) and the server's search
 * without JavaScript (api/search/), so both find the same pages.
 */
export async function writeSearchIndex(dir: string): Promise<{ pages: number }> {
  // One fragment file per page, never bundles of them: the server reads them one by one
  // (api/search/records.ts).
  const { index, errors } = await pagefind.createIndex({ maxFragments: 1_000_000 });
  try {
    if (!index) throw new Error(`Pagefind: ${errors.join("; ")}`);
    const pages = await searchablePages(dir);
    for (const file of pages) {
      const added = await index.addHTMLFile({ url: urlOf(file), content: await readFile(join(dir, file), "utf8") });
      if (added.errors.length > 0) throw new Error(`Pagefind, ${file}: ${added.errors.join("; ")}`);
    }
    // The tree may be the one being served, and the server reads the index file by file.
    await replaceInTree(dir, async (fresh) => {
      const written = await index.writeFiles({ outputPath: join(fresh, "pagefind") });
      if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join("; ")}`);
      return ["pagefind"];
    });
    return { pages: pages.length };
  } finally {
    // The service is a child process; left running, it would keep the build from exiting.
    await pagefind.close();
  }
}
