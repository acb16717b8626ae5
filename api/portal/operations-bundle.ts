import { mkdirSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { threadId } from "node:worker_threads";
import { build } from "esbuild";

const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));

let bundled: Promise<string> | undefined;

/**
 * The portal's in-process API (operations.ts) bundled into one module, once per process, for the
 * Astro builds the process starts (SUNBOARD_OPERATIONS_MODULE, read by portal/src/lib/api.ts).
 * Node loads the bundle in 1.3 s; loading the sources through tsx took 2.1 s, on every build: a
 * partial build after each publication, each share of a full one. The sources do not change under
 * a running server, so one bundle serves its life. It is written inside the project, so its
 * packages resolve from node_modules, and removed when the process ends.
 */
export function operationsBundle(): Promise<string> {
  bundled ??= (async () => {
    const parent = join(PROJECT_ROOT, "portal", ".astro");
    mkdirSync(parent, { recursive: true });
    removeOrphans(parent);
    const dir = join(parent, `operations-${process.pid}-${threadId}`);
    rmSync(dir, { recursive: true, force: true });
    process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
    const outfile = join(dir, "operations.mjs");
    await build({
      entryPoints: [join(PROJECT_ROOT, "api", "portal", "operations.ts")],
      outfile,
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      // Packages load from node_modules as they are: native ones (better-sqlite3) cannot be bundled.
      packages: "external",
      logLevel: "silent",
    });
    return outfile;
  })().catch((error: unknown) => {
    // The next build tries again rather than fail for good.
    bundled = undefined;
    throw error;
  });
  return bundled;
}

/**
 * Bundles of processes that ended without their exit handler (killed, or a test worker stopped):
 * each bundle is named after its process (and thread), so one whose process is gone is nobody's.
 */
function removeOrphans(parent: string): void {
  for (const name of readdirSync(parent)) {
    const pid = Number(/^operations-(\d+)-\d+$/.exec(name)?.[1]);
    if (pid && !alive(pid)) rmSync(join(parent, name), { recursive: true, force: true });
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, under another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
