import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "astro/config";
import { hashGate } from "./portal/integrations/hash-gate.ts";
import { onlyChanged } from "./portal/integrations/only-changed.ts";
import { siteAddress } from "./portal/integrations/site-address.ts";

const portal = (path) => fileURLToPath(new URL(`./portal/${path}`, import.meta.url));

// The portal is a static site built from the GraphQL API (see portal/src/lib/api.ts).
export default defineConfig({
  site: siteAddress(),
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
  // The sitemap, the search index and the large-text mirror are post-build steps over the whole
  // tree (api/portal/steps.ts), which partial and county builds only see part of.
  integrations: [hashGate(), onlyChanged()],
  vite: {
    // Where the portal's build finds the in-process API, which Node loads rather than Vite (portal/src/lib/api.ts).
    define: { __SUNBOARD_ROOT__: JSON.stringify(fileURLToPath(new URL(".", import.meta.url))) },
    // Server-side only: the default build executes GraphQL in-process against the database.
    ssr: { external: ["@prisma/client", "@prisma/adapter-better-sqlite3", "better-sqlite3", "@prisma/schema-engine-wasm"] },
  },
});
