import { copyFileSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, sep } from "node:path";
import type { TestProject } from "vitest/node";
import { prepareDatabase } from "../../api/db/prepare.ts";
import { buildPortal } from "../../api/portal/build.ts";
import { startServer } from "../../api/server.ts";
import { startBrowserServer } from "./browser.ts";
import { recordingProxy } from "./recording-proxy.ts";
import { projectTempDir } from "./temp.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** A migrated SQLite file with the demo data, which each test copies into a file of its own. */
    demoDatabase: string;
    /** A migrated SQLite file without any data, for tests that start from nothing. */
    emptyDatabase: string;
    /**
     * The portal built once from the demo data, shared read-only by every test that only reads it.
     * `status` appears when the build has finished: "ok", or the build's error (see demoPortalDir()).
     */
    demoPortal: { dir: string; status: string; operations: string };
    /** Where the run's Chromium listens (see connectBrowser()); empty in a run without portal tests. */
    browserEndpoint: string;
  }
}

/**
 * Whether the run includes a test file under test/portal/. Running a few API tests then skips the
 * build, which teardown would otherwise wait for, and the browser. Vitest keeps the command line's
 * file filters in a field it does not document; without it every run builds.
 */
async function runReadsPortal(project: TestProject): Promise<boolean> {
  const filters = (project.vitest as unknown as { filenamePattern?: string[] }).filenamePattern;
  if (!filters) return true;
  const files = await project.vitest.globTestSpecifications(filters);
  return files.some((file) => file.moduleId.includes(`${sep}test${sep}portal${sep}`));
}

/**
 * Seeds the demo data once per run instead of once per test file, then builds the demo portal in
 * the background: test files that need no portal start while it builds.
 */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), "sunboard-template-"));
  const empty = join(dir, "empty.db");
  await (await prepareDatabase(`file:${empty}`, { demo: false })).$disconnect();
  // The demo template starts from the migrated empty one, so migrations run once per run.
  const demo = join(dir, "demo.db");
  copyFileSync(empty, demo);
  await (await prepareDatabase(`file:${demo}`, { demo: true })).$disconnect();
  project.provide("emptyDatabase", empty);
  project.provide("demoDatabase", demo);

  // The build gets a copy, so tests copying the template never race with the build's reads.
  const source = join(dir, "portal.db");
  copyFileSync(demo, source);
  const portal = projectTempDir("portal-");
  const out = join(portal, "dist");
  // Served and read under a path without a dot folder in it: Express's sendFile, which serves the
  // 404 page, refuses any path through a dot folder such as `.tmp/`.
  const served = join(dir, "portal");
  symlinkSync(out, served);
  const status = join(dir, "portal-status");
  const report = (text: string) => {
    // Written whole, then renamed: a reader never sees half a status.
    writeFileSync(`${status}.part`, text);
    renameSync(`${status}.part`, status);
  };
  const operations = join(dir, "portal-operations.json");
  const readsPortal = await runReadsPortal(project);
  const build = readsPortal
    ? buildOverHttp(`file:${source}`, out, operations).then(
        () => report("ok"),
        (error: unknown) => report(String(error)),
      )
    : Promise.resolve(report("not built: no test file of this run was expected to read the portal"));
  project.provide("demoPortal", { dir: served, status, operations });
  const browser = readsPortal ? await startBrowserServer() : undefined;
  project.provide("browserEndpoint", browser?.wsEndpoint() ?? "");

  return async () => {
    await browser?.close();
    await build;
    rmSync(portal, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  };
}

/**
 * Builds the demo portal the way a portal hosted apart from the API is built: every query over HTTP,
 * through the API's limits, with the database out of the build's reach. Each operation and its
 * answer is written to `record` for test/portal/freshness.test.ts, which checks that the answers
 * equal what the in-process build, the default, gets from the database.
 */
async function buildOverHttp(databaseUrl: string, out: string, record: string): Promise<void> {
  const db = await prepareDatabase(databaseUrl, { demo: false });
  // Rate limits off: one build is a single client sending over a thousand queries.
  const api = await startServer({ db, port: 0, host: "127.0.0.1", http: { readsPerMinute: 0 } });
  const proxy = await recordingProxy(api.url);
  try {
    await buildPortal("file:/nonexistent/never-opened.db", out, { quiet: true, api: proxy.url });
  } finally {
    writeFileSync(record, JSON.stringify(proxy.operations));
    await proxy.close();
    await api.close();
    await db.$disconnect();
  }
}
