/**
 * The portal's public address (astro.config.mjs `site`, from SUNBOARD_SITE_URL): feeds, the sitemap
 * and robots.txt must name pages absolutely, since a feed reader or crawler has no page to resolve against.
 */
export const siteUrl = (path: string) => new URL(path, import.meta.env.SITE).href;
