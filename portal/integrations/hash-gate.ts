import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";

/**
 * A page carries the hash warning (components/checkpoints/HashWarning.astro) as an element with
 * data-hash-warning. Text can never match: in page text `<` is always escaped.
 */
const WARNING = /<[a-z]+\s[^>]*data-hash-warning[\s>=]/;

/**
 * With CI=true, a build that put the hash warning on any page fails, naming every such page:
 * content that no longer matches its published hash must stop a pipeline, not just show a
 * banner. Outside CI the build succeeds, so residents see the warning on the pages themselves.
 */
export function hashGate(): AstroIntegration {
  return {
    name: "sunboard:hash-gate",
    hooks: {
      "astro:build:done": ({ dir, pages }) => {
        if (process.env.CI !== "true") return;
        const out = fileURLToPath(dir);
        const failing = pages
          .map((p) => p.pathname)
          .filter((pathname) => {
            const file = join(out, pathname, "index.html");
            return existsSync(file) && WARNING.test(readFileSync(file, "utf8"));
          });
        if (failing.length > 0) {
          throw new Error(
            `内容与发布时的校验值不符的页面 ${failing.length} 个（CI=true 时构建失败）：${failing.map((p) => `/${p}`).join(" ")}`,
          );
        }
      },
    },
  };
}
