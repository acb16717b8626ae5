import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { BuildScope } from "../../portal/integrations/scope.ts";
import { createDb, type Db } from "../db/client.ts";
import {
  changedCommunities,
  changedDisclosures,
  countiesScope,
  layOver,
  mergeSplitBuilds,
  relativeFiles,
  scopeOf,
  sharesOf,
  villagesOf,
} from "./incremental.ts";
import { operationsBundle } from "./operations-bundle.ts";
import type { PortalChange } from "./plugin.ts";
import { type PartialChange, runPostBuildSteps } from "./steps.ts";

const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));

/**
 * Runs `astro build` for a database into `outDir`. The build executes the portal's GraphQL
 * operations in-process (see portal/src/lib/api.ts), so no server needs to be running.
 */
export interface BuildOptions {
  quiet?: boolean;
  /** Read through this API over HTTP instead of from the database in-process (SUNBOARD_API_URL). */
  api?: string;
  /** Write only these pages (a partial build, see portal/integrations/scope.ts); all when left out. */
  scope?: BuildScope;
  /** Run the post-build steps (steps.ts) over the output; the rebuilder runs them after its merge instead. */
  steps?: boolean;
  /**
   * A full build of more communities than this, read from the database, runs as shares of about
   * this many communities each (whole counties), merged and finished by one site-wide pass, so its
   * memory follows the share, not the province.
   */
  shareCommunities?: number;
  /** Told of each share as it is built, on long builds. */
  progress?: (line: string) => void;
}

/**
 * Communities per share of a full build. Astro holds a build's pages' data until it ends: 48
 * communities took 1.4 GB, 200 took 3.4 GB in one build.
 */
export const SHARE_COMMUNITIES = 40;

export async function buildPortal(databaseUrl: string, outDir: string, options: BuildOptions = {}): Promise<void> {
  const target = resolve(outDir);
  const shares = options.scope || options.api ? [] : await sharesFor(databaseUrl, options.shareCommunities);
  if (shares.length > 1) await buildInShares(databaseUrl, target, shares, options);
  else await astroBuild(databaseUrl, target, options);
  // A scoped build on its own is a tree of its own: every step runs over what it holds.
  if (options.steps ?? true) await runPostBuildSteps(target, undefined);
}

async function sharesFor(databaseUrl: string, size = SHARE_COMMUNITIES): Promise<string[][]> {
  const db = createDb(databaseUrl);
  try {
    return await sharesOf(db, size);
  } finally {
    await db.$disconnect();
  }
}

/** A full build as shares of whole counties, one after another, merged into `target` and finished. */
async function buildInShares(databaseUrl: string, target: string, shares: string[][], options: BuildOptions) {
  const staging = `${target}.shares`;
  rmSync(staging, { recursive: true, force: true });
  rmSync(target, { recursive: true, force: true });
  const db = createDb(databaseUrl);
  try {
    for (const [n, counties] of shares.entries()) {
      const started = performance.now();
      const scope = await countiesScope(db, counties);
      const part = join(staging, String(n));
      await astroBuild(databaseUrl, part, { ...options, scope });
      mergeSplitBuilds([part], target, true);
      rmSync(part, { recursive: true, force: true });
      options.progress?.(
        `portal share ${n + 1}/${shares.length}: ${scope.communities.length} communities of ${counties.length} counties in ${seconds(started)}`,
      );
    }
  } finally {
    await db.$disconnect();
    rmSync(staging, { recursive: true, force: true });
  }
  const started = performance.now();
  await finishSplitBuild(databaseUrl, target, options);
  options.progress?.(`portal site-wide pages in ${seconds(started)}`);
}

/**
 * The final pass of a split full build, over the merged shares: the site-wide pages (home, /data/
 * and its catalogue from every place's part, /jobs/ …), every village page and the single
 * postings' pages, laid over the tree. The post-build steps are the caller's.
 */
export async function finishSplitBuild(databaseUrl: string, tree: string, options: Pick<BuildOptions, "quiet" | "api"> = {}) {
  const served = resolve(tree);
  const scope: BuildScope = { communities: [], counties: [], disclosures: [], served, postings: true };
  const pass = `${served}.final`;
  rmSync(pass, { recursive: true, force: true });
  try {
    await astroBuild(databaseUrl, pass, { quiet: options.quiet, api: options.api, scope });
    rmSync(layOver(served, pass, scope), { recursive: true, force: true });
  } finally {
    rmSync(pass, { recursive: true, force: true });
  }
}

async function astroBuild(databaseUrl: string, target: string, options: BuildOptions): Promise<void> {
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

async function runAstroBuild(databaseUrl: string, outDir: string, options: BuildOptions): Promise<void> {
  let scopeFile = "";
  if (options.scope) {
    mkdirSync(join(PROJECT_ROOT, "portal", ".astro"), { recursive: true });
    const dir = mkdtempSync(join(PROJECT_ROOT, "portal", ".astro", "scope-"));
    scopeFile = join(dir, "scope.json");
    writeFileSync(scopeFile, JSON.stringify(options.scope));
  }
  try {
    const operations = options.api ? "" : await operationsBundle();
    await runAstro(databaseUrl, outDir, options, scopeFile, operations);
  } finally {
    if (scopeFile) rmSync(resolve(scopeFile, ".."), { recursive: true, force: true });
  }
}

const ASTRO_BIN = join(dirname(createRequire(import.meta.url).resolve("astro/package.json")), "astro.js");

function runAstro(
  databaseUrl: string,
  outDir: string,
  options: BuildOptions,
  scopeFile: string,
  operations: string,
): Promise<void> {
  return new Promise((done, fail) => {
    // Node runs Astro's own entry: `npx` would spend a second finding it on every build.
    const child = spawn(process.execPath, [ASTRO_BIN, "build", "--silent"], {
      cwd: PROJECT_ROOT,
      // SUNBOARD_API_URL is cleared unless asked for, so a build never reads an API it was not given.
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        PORTAL_OUT_DIR: outDir,
        SUNBOARD_API_URL: options.api ?? "",
        SUNBOARD_ONLY_FILE: scopeFile,
        SUNBOARD_OPERATIONS_MODULE: operations,
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
 * Serves `next` in place of `target`. Both renames run in one turn of the event loop, so the
 * server in this process answers no request between them: a reader gets the old tree or the
 * new one, never none.
 */
async function swapIn(next: string, target: string, old: string): Promise<void> {
  rmSync(old, { recursive: true, force: true });
  if (existsSync(target)) renameSync(target, old);
  renameSync(next, target);
  // The old tree goes without blocking the server, which is already serving the new one.
  await rm(old, { recursive: true, force: true });
}

/**
 * Keeps the served portal current: after content is published, rebuilds it into a sibling folder
 * and swaps it in, so readers never see a half-written site. Changes that arrive during a build
 * are collected into one more build afterwards. When every change is a disclosure of known
 * communities (incremental.ts), only their pages, their counties' pages and the site-wide lists
 * are built, and merged over the served tree; anything else, or a first build, builds everything.
 */
export class PortalRebuilder {
  private timer: NodeJS.Timeout | undefined;
  private dailyTimer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private pending = false;
  /** Changes since the last build began; "all" once any change was not described. */
  private changes: PortalChange[] | "all" = [];
  private db: Db | undefined;
  /** The whole-tree steps running after partial builds, and the latest partial build they still owe. */
  private followingUp: Promise<void> | undefined;
  private followUpOwed: PartialChange | undefined;

  constructor(
    private readonly databaseUrl: string,
    private readonly portalDir: string,
    private readonly log: (line: string) => void,
    // Long enough to gather a burst of writes (a form's several mutations) into one build, short
    // enough not to count in publish-to-visible.
    private readonly delayMs = 500,
    /** Runs right before each build (the server signs checkpoints there); a failure is logged, and the build goes on. */
    private readonly beforeBuild?: () => Promise<void>,
  ) {}

  /** Asks for a rebuild soon; many calls in a burst give one build. Without `changes`, of everything. */
  schedule(changes?: PortalChange[]): void {
    if (!changes || this.changes === "all") this.changes = "all";
    else this.changes.push(...changes);
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
      // Expiry changes pages of every community: the daily build is a full one.
      this.schedule();
      this.daily();
    }, wait);
    this.dailyTimer.unref();
  }

  stop(): void {
    clearTimeout(this.dailyTimer);
    void this.db?.$disconnect();
  }

  /** Resolves when no build is running or waiting (used by tests and at shutdown). */
  async idle(): Promise<void> {
    while (this.running || this.timer || this.followingUp) {
      if (this.running) await this.running;
      else if (this.followingUp) await this.followingUp;
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
    const changes = this.changes;
    this.changes = [];
    const started = performance.now();
    try {
      await this.beforeBuild?.();
    } catch (error) {
      this.log(`before the rebuild: ${String(error)}`);
    }
    try {
      const scope = await this.scopeFor(changes, target);
      if (scope) await this.rebuildPart(target, scope, started);
      else {
        rmSync(next, { recursive: true, force: true });
        await buildPortal(this.databaseUrl, next, { quiet: true, steps: false });
        await runPostBuildSteps(next, undefined);
        // Steps still running over the served tree would write into the new one: they finish first.
        await this.followingUp;
        const served = swapIn(next, target, old);
        this.log(`portal rebuilt after publication in ${seconds(started)} (everything)`);
        await served;
      }
    } catch (error) {
      // What was asked for is still owed: the next build covers it.
      this.changes = "all";
      this.log(`portal rebuild failed; still serving the previous build: ${String(error)}`);
    }
  }

  /**
   * A partial build, laid over the served tree (incremental.ts `layOver`) once it is complete with
   * its large-text copies; the whole-tree steps (search index, archive, sitemap) follow over the
   * served tree, each replacing its own output.
   */
  private async rebuildPart(target: string, scope: BuildScope, started: number): Promise<void> {
    const partial = `${target}.partial`;
    rmSync(partial, { recursive: true, force: true });
    try {
      const astro = performance.now();
      await buildPortal(this.databaseUrl, partial, { quiet: true, scope, steps: false });
      const steps = performance.now();
      const changed = { scope, files: relativeFiles(partial), served: target };
      await runPostBuildSteps(partial, changed, "changed");
      const laid = performance.now();
      const aside = layOver(target, partial, scope);
      // Where the time went, for whoever tunes a province's server.
      const parts = `Astro ${seconds(astro, steps)}, steps ${seconds(steps, laid)}, ${changed.files.length} files laid over in ${seconds(laid)}`;
      this.log(`portal rebuilt after publication in ${seconds(started)} (communities ${scope.communities.join(", ")}; ${parts})`);
      this.followUp(target, changed);
      // What was moved aside goes without blocking the server, which already serves the new pages.
      await rm(aside, { recursive: true, force: true });
    } finally {
      rmSync(partial, { recursive: true, force: true });
    }
  }

  /**
   * Runs the whole-tree steps (search index, archive, sitemap) over the served tree beside the
   * rebuilds rather than before the next one: at 200 communities they take two minutes, and the
   * next publication must not wait for the last one's search index. Partial builds laid over
   * meanwhile are covered by one more pass.
   */
  private followUp(target: string, changed: PartialChange): void {
    this.owe(changed);
    this.followingUp ??= (async () => {
      while (this.followUpOwed) {
        const owed = this.followUpOwed;
        this.followUpOwed = undefined;
        const started = performance.now();
        try {
          const said = await runPostBuildSteps(target, owed, "after");
          this.log(`search index and sitemap brought up to date in ${seconds(started)} (${said.join("; ")})`);
        } catch (error) {
          // A partial build laid over meanwhile may have moved a file being read; it owes a pass of
          // its own, which takes this one's pages along (never retried alone, so a lasting fault cannot loop).
          if (this.followUpOwed) this.owe(owed);
          this.log(`search index and sitemap not brought up to date: ${String(error)}`);
        }
      }
    })().finally(() => {
      this.followingUp = undefined;
      // Owed between the loop's last check and now: another round.
      if (this.followUpOwed) this.followUp(target, this.followUpOwed);
    });
  }

  /** Every build laid over since the last pass is owed: the search index follows the pages each wrote. */
  private owe(changed: PartialChange): void {
    const owed = this.followUpOwed;
    this.followUpOwed = owed ? { ...changed, files: [...new Set([...owed.files, ...changed.files])] } : changed;
  }

  /** The scope of a partial build for these changes, or undefined for a full one. */
  private async scopeFor(changes: PortalChange[] | "all", target: string): Promise<BuildScope | undefined> {
    if (changes === "all" || !existsSync(target)) return undefined;
    this.db ??= createDb(this.databaseUrl);
    const communities = await changedCommunities(this.db, changes);
    // Site-wide lists take the other places' parts from the served tree (see scope.ts).
    if (!communities) return undefined;
    return {
      ...(await scopeOf(this.db, communities)),
      disclosures: await changedDisclosures(this.db, changes),
      villages: await villagesOf(this.db, communities),
      served: target,
    };
  }
}

const seconds = (since: number, until = performance.now()) => `${((until - since) / 1000).toFixed(1)} s`;
