import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";

const PAGES = fileURLToPath(new URL("../src/pages/", import.meta.url));
const FILTER = fileURLToPath(new URL("./scope.ts", import.meta.url));
const EXPORTED = /export\s+(async\s+function|function|const)\s+getStaticPaths\b/;

/**
 * A partial build (SUNBOARD_ONLY_FILE, see scope.ts) writes only the pages a publication changed.
 * Instead of every page calling a filter, each page module's getStaticPaths is wrapped as it is
 * compiled: pages keep listing all their paths, and a new page is covered without a line of its own.
 */
export function onlyChanged(): AstroIntegration {
  return {
    name: "sunboard:only-changed",
    hooks: {
      "astro:config:setup": ({ updateConfig }) => {
        if (!process.env.SUNBOARD_ONLY_FILE) return;
        updateConfig({
          vite: {
            plugins: [
              {
                name: "sunboard:only-changed",
                enforce: "post",
                transform(code, id) {
                  const file = id.split("?")[0] ?? id;
                  if (!file.startsWith(PAGES) || !EXPORTED.test(code)) return;
                  const route = relative(PAGES, file);
                  const renamed = code.replace(EXPORTED, (_all, kind: string) =>
                    kind === "const" ? "const __pagePaths" : `${kind} __pagePaths`,
                  );
                  return `${renamed}
import { changedPaths as __changedPaths } from ${JSON.stringify(FILTER)};
export const getStaticPaths = async (options) => __changedPaths(${JSON.stringify(route)}, await __pagePaths(options));
`;
                },
              },
            ],
          },
        });
      },
    },
  };
}
