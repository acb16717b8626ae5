import { mkdirSync, mkdtempSync } from "node:fs";
import { join, resolve } from "node:path";

/**
 * A new folder under the project's `.tmp/` for a portal build. `astro build` writes its server
 * chunks beside an output folder inside the working directory, but into one shared `.astro/`
 * folder for an output folder outside it, so two builds into /tmp at once break each other.
 */
export function projectTempDir(prefix: string): string {
  const parent = resolve(".tmp");
  mkdirSync(parent, { recursive: true });
  return mkdtempSync(join(parent, prefix));
}
