import { sep } from "node:path";
import cors from "cors";
import type { RequestHandler, Response } from "express";
import helmet from "helmet";
import type { HttpSettings } from "./settings.ts";

/**
 * Security headers on every response: pages run only scripts from this server (the portal has
 * none; GraphiQL's are local files), nobody may frame a page (GraphiQL is where staff paste tokens),
 * no MIME sniffing, no referrer beyond the origin. Styles may be inline: Astro inlines small ones.
 * No upgrade-insecure-requests: intranet deployments often serve plain HTTP.
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        // No exception for inline handlers: the portal has none (printing is the browser's own menu).
        // Pagefind's instant search (/search/) compiles its WebAssembly module: 'wasm-unsafe-eval' allows exactly that, not eval().
        scriptSrc: ["'self'", "'wasm-unsafe-eval'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        // GraphiQL's stylesheet embeds its fonts as data: URLs.
        fontSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    referrerPolicy: { policy: "strict-origin-when-cross-origin" },
    xFrameOptions: { action: "deny" },
  });
}

/** CORS closed unless origins are listed: other sites' scripts cannot read the API by default. */
export function corsPolicy(settings: HttpSettings): RequestHandler {
  const allowed = new Set(settings.corsOrigins);
  return cors({
    origin: (origin, done) => done(null, origin !== undefined && allowed.has(origin)),
    methods: ["GET", "POST"],
    allowedHeaders: ["content-type", "authorization", "apollo-require-preflight"],
    maxAge: 600,
  });
}

/**
 * Astro fingerprints what it writes under /_astro/ (the name changes with the content), so those
 * files are cached for a year; every other file keeps its address across publications and is
 * revalidated on each visit (a 304 when unchanged), so a reader never sees yesterday's page.
 */
export function staticCaching(res: Response, path: string): void {
  const fingerprinted = path.includes(`${sep}_astro${sep}`);
  res.setHeader("Cache-Control", fingerprinted ? "public, max-age=31536000, immutable" : "public, max-age=0, must-revalidate");
}
