import type { APIRoute } from "astro";
import { absoluteUrl } from "~/lib/site.ts";

/** Everything here is public by design: crawlers may read it all, and find every page in the sitemap. */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl("/sitemap-index.xml")}\n`, {
    headers: { "content-type": "text/plain; charset=utf-8" },
  });
