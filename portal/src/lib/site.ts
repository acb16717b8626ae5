import { siteAddress } from "../../integrations/site-address.ts";

/**
 * The portal's public address (astro.config.mjs `site`, from integrations/site-address.ts). Feeds,
 * the sitemap, robots.txt and a printed poster's QR code must name pages absolutely: a feed
 * reader, a crawler or a phone camera has no page to resolve against.
 */
export function siteUrl(): string {
  // Outside an Astro build (a test reading a poster) the same settings decide.
  return import.meta.env.SITE ? String(import.meta.env.SITE).replace(/\/+$/, "") : siteAddress();
}

/** "/d/abc/" → "https://example.gov.cn/d/abc/". */
export const absoluteUrl = (path: string) => new URL(path, `${siteUrl()}/`).href;
