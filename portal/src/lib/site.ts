/**
 * The portal's public address, for what must stand on its own away from the screen: a printed
 * poster's QR code and URL line. Astro's `site` wins when it is configured; otherwise the build
 * reads SUNBOARD_SITE_URL, then the server's PUBLIC_URL (a build started by the server inherits
 * it), then the address `npm start` prints by default.
 */
export function siteUrl(): string {
  const configured = import.meta.env.SITE || process.env.SUNBOARD_SITE_URL || process.env.PUBLIC_URL;
  return (configured || "http://localhost:4000").replace(/\/+$/, "");
}

/** "/d/abc/" → "https://example.gov.cn/d/abc/". */
export const absoluteUrl = (path: string) => new URL(path, `${siteUrl()}/`).href;
