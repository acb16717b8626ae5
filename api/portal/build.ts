import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from "node:fs";
import { isAbsolute, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));

/**
 * Runs `astro build` for a database into `outDir`. The build executes the portal's GraphQL
 * operations in-process (see portal/src/lib/api.ts), so no server needs to be running.
 */
export interface BuildOptions {
  quiet?: boolean;
  /** Read through this API over HTTP instead of from the database in-process (SUNBOARD_API_URL). */
  api?: string;
}

export async function buildPortal(databaseUrl: string, outDir: string, options: BuildOptions = {}): Promise<void> {
  const target = resolve(outDir);
  if (!outside(target, PROJECT_ROOT)) return runAstroBuild(databaseUrl, target, options);
  // Astro writes its server chunks beside an output folder inside the project, but into the
  // project's one `.astro/` folder for any other: two such builds at once delete each other's
  // chunks and fail. So a build for a folder elsewhere happens in a private folder inside the
  // project and is moved into place afterwards.
  const parent = join(PROJECT_ROOT, "portal", ".astro", "builds");
  mkdirSync(parent, { recursive: true });
  const staging = mkdtempSync(join(parent, "build-"));
  const built = join(staging, "dist");
  // A failed build still hands over what it wrote, as a build straight into `outDir` would:
  // the hash gate fails a build only after every page is written.
  const handOver = () => {
    if (!existsSync(built)) return;
    rmSync(target, { recursive: true, force: true });
    mkdirSync(resolve(target, ".."), { recursive: true });
    try {
      renameSync(built, target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EXDEV") throw error;
      cpSync(built, target, { recursive: true });
    }
  };
  try {
    await runAstroBuild(databaseUrl, built, options).finally(handOver);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

function outside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === "" || rel.startsWith("..") || isAbsolute(rel);
}

function runAstroBuild(databaseUrl: string, outDir: string, options: BuildOptions): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn("npx", ["astro", "build", "--silent"], {
      cwd: PROJECT_ROOT,
      // SUNBOARD_API_URL is cleared unless asked for, so a build never reads an API it was not given.
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        PORTAL_OUT_DIR: outDir,
        SUNBOARD_API_URL: options.api ?? "",
        // Astro would otherwise report usage to its servers on every build; nothing here leaves loopback.
        ASTRO_TELEMETRY_DISABLED: "1",
      },
      stdio: options.quiet ? ["ignore", "pipe", "pipe"] : "inherit",
    });
    let output = "";
    child.stdout?.on("data", (d) => {
      output += d;
    });
    child.stderr?.on("data", (d) => {
      output += d;
    });
    child.on("error", fail);
    child.on("close", (code) => (code === 0 ? done() : fail(new Error(`astro build failed (exit ${code})\n${output}`))));
  });
}

/**
 * Keeps the served portal current: after content is published, rebuilds it into a sibling folder
 * and swaps it in, so readers never see a half-written site. Changes that arrive during a build
 * are collected into one more build afterwards.
 */
export class PortalRebuilder {
  private timer: NodeJS.Timeout | undefined;
  private dailyTimer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private pending = false;

  constructor(
    private readonly databaseUrl: string,
    private readonly portalDir: string,
    private readonly log: (line: string) => void,
    private readonly delayMs = 1500,
    /** Runs right before each build (the server signs checkpoints there); a failure is logged, and the build goes on. */
    private readonly beforeBuild?: () => Promise<void>,
  ) {}

  /** Asks for a rebuild soon; many calls in a burst give one build. */
  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(), this.delayMs);
  }

  /**
   * Rebuilds every day just after midnight in Asia/Shanghai: the API needs no scheduled job for
   * expiry, but static pages only change when they are rebuilt, so yesterday's open postings must
   * not stay listed as open.
   */
  daily(): void {
    const tomorrow = new Date(Date.now() + 24 * 3600 * 1000);
    const date = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(tomorrow);
    const wait = Math.max(60_000, Date.parse(`${date}T00:05:00+08:00`) - Date.now());
    this.dailyTimer = setTimeout(() => {
      this.schedule();
      this.daily();
    }, wait);
    this.dailyTimer.unref();
  }

  stop(): void {
    clearTimeout(this.dailyTimer);
  }

  /** Resolves when no build is running or waiting (used by tests and at shutdown). */
  async idle(): Promise<void> {
    while (this.running || this.timer) {
      if (this.running) await this.running;
      else await new Promise((r) => setTimeout(r, 50));
    }
  }

  private async run(): Promise<void> {
    this.timer = undefined;
    if (this.running) {
      this.pending = true;
      return;
    }
    this.running = this.rebuild().finally(() => {
      this.running = undefined;
      if (this.pending) {
        this.pending = false;
        this.schedule();
      }
    });
    await this.running;
  }

  private async rebuild(): Promise<void> {
    const target = resolve(this.portalDir);
    const next = `${target}.next`;
    const old = `${target}.old`;
    const started = performance.now();
    try {
      await this.beforeBuild?.();
    } catch (error) {
      this.log(`before the rebuild: ${String(error)}`);
    }
    try {
      rmSync(next, { recursive: true, force: true });
      await buildPortal(this.databaseUrl, next, { quiet: true });
      rmSync(old, { recursive: true, force: true });
      if (existsSync(target)) renameSync(target, old);
      renameSync(next, target);
      rmSync(old, { recursive: true, force: true });
      this.log(`portal rebuilt after publication in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    } catch (error) {
      this.log(`portal rebuild failed; still serving the previous build: ${String(error)}`);
    }
  }
}
