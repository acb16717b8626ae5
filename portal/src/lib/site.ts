/**
 * The portal's public address (astro.config.mjs `site`: SUNBOARD_SITE_URL, else the server's
 * PUBLIC_URL, which a build started by the server inherits). Feeds, the sitemap, robots.txt and
 * a printed poster's QR code must name pages absolutely: a feed reader, a crawler or a phone
 * camera has no page to resolve against.
 */
export function siteUrl(): string {
  return String(import.meta.env.SITE).replace(/\/+$/, "");
}

/** "/d/abc/" → "https://example.gov.cn/d/abc/". */
export const absoluteUrl = (path: string) => new URL(path, `${siteUrl()}/`).href;
