import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import sitemap from "@astrojs/sitemap";
import { defineConfig } from "astro/config";
import { hashGate } from "./portal/integrations/hash-gate.ts";
import { onlyChanged } from "./portal/integrations/only-changed.ts";

const portal = (path) => fileURLToPath(new URL(`./portal/${path}`, import.meta.url));

// The portal is a static site built from the GraphQL API (see portal/src/lib/api.ts).
export default defineConfig({
  // The public address feeds, the sitemap, robots.txt and posters' QR codes name pages by: where
  // the portal is served (SUNBOARD_SITE_URL), else the API server's own PUBLIC_URL.
  site: process.env.SUNBOARD_SITE_URL ?? process.env.PUBLIC_URL ?? "http://localhost:4000",
  srcDir: portal("src/"),
  publicDir: portal("public/"),
  cacheDir: portal(".astro/cache/"),
  outDir: resolve(process.env.PORTAL_OUT_DIR ?? "portal/dist"),
  output: "static",
  trailingSlash: "ignore",
  build: { format: "directory" },
  compressHTML: true,
  image: { service: { entrypoint: "astro/assets/services/noop" } },
  devToolbar: { enabled: false },
  // A partial build sees only the pages it rebuilds: it keeps the served sitemap, and the next
  // full build (at the latest the daily one) lists what was added since.
  integrations: [hashGate(), onlyChanged(), ...(process.env.SUNBOARD_ONLY_FILE ? [] : [sitemap()])],
  vite: {
    // Server-side only: the default build executes GraphQL in-process against the database.
    ssr: { external: ["@prisma/client", "@prisma/adapter-better-sqlite3", "better-sqlite3", "@prisma/schema-engine-wasm"] },
  },
});
