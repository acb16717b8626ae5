import { createWriteStream, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { SitemapIndexStream, SitemapStream } from "sitemap";
import { listTree } from "../../portal/integrations/list-tree.ts";
import { replaceInTree } from "../../portal/integrations/replace.ts";
import { siteAddress } from "../../portal/integrations/site-address.ts";

/** sitemaps.org allows 50,000 addresses per file; a province has far more pages than that. */
const PER_FILE = 45_000;

/** Every page of a built tree as its address, without the /large/ mirror (its pages name the standard page as canonical). */
export async function sitemapPages(dir: string): Promise<string[]> {
  return (await listTree(dir))
    .filter((file) => (file === "index.html" || file.endsWith("/index.html")) && !file.startsWith("large/"))
    .map((file) => `/${file.slice(0, -"index.html".length)}`)
    .sort();
}

/**
 * Writes sitemap-index.xml and sitemap-<n>.xml over the whole tree. A post-build step rather than
 * Astro's sitemap integration, which sees only the pages of its own build: after a partial or a
 * county build, it would list a fraction of the site.
 */
export async function writeSitemap(dir: string, site = siteAddress()): Promise<{ pages: number }> {
  const pages = await sitemapPages(dir);
  const files: string[] = [];
  await replaceInTree(dir, async (fresh) => {
    for (let n = 0; n === 0 || n * PER_FILE < pages.length; n++) {
      const name = `sitemap-${n}.xml`;
      const urls = pages.slice(n * PER_FILE, (n + 1) * PER_FILE).map((url) => ({ url }));
      await pipeline(Readable.from(urls), new SitemapStream({ hostname: `${site}/` }), createWriteStream(join(fresh, name)));
      files.push(name);
    }
    const index = files.map((name) => ({ url: new URL(name, `${site}/`).href }));
    await pipeline(Readable.from(index), new SitemapIndexStream(), createWriteStream(join(fresh, "sitemap-index.xml")));
    return [...files, "sitemap-index.xml"];
  });
  // Fewer pages than before may need fewer files.
  for (const name of readdirSync(dir)) {
    if (/^sitemap-\d+\.xml$/.test(name) && !files.includes(name)) rmSync(join(dir, name));
  }
  return { pages: pages.length };
}
