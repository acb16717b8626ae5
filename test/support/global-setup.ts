import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { prepareDatabase } from "../../api/db/prepare.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** A migrated SQLite file with the demo data, which each test copies into a file of its own. */
    demoDatabase: string;
  }
}

/** Seeds the demo data once per run instead of once per test file. */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), "sunboard-template-"));
  const file = join(dir, "demo.db");
  const db = await prepareDatabase(`file:${file}`, { demo: true });
  await db.$disconnect();
  project.provide("demoDatabase", file);
  return () => rmSync(dir, { recursive: true, force: true });
}
