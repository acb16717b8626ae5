/**
 * The portal's public address, the one place it is decided: where the portal is served
 * (SUNBOARD_SITE_URL), else the API server's own PUBLIC_URL (a build started by the server
 * inherits it), else the address `npm start` listens on by default. Feeds, the sitemap,
 * robots.txt and posters' QR codes name pages by it.
 */
export function siteAddress(): string {
  return (process.env.SUNBOARD_SITE_URL || process.env.PUBLIC_URL || "http://localhost:4000").replace(/\/+$/, "");
}
