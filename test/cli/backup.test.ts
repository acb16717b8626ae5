import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb, type Db } from "../../api/db/client.ts";
import { getDatamodel } from "../../api/db/generated/pothos-types.ts";
import { blankDatabase } from "../support/databases.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

const run = promisify(execFile);

/** Runs an npm script against a database; a refusal is an exit code, not an exception. */
async function npm(databaseUrl: string, script: string, args: string[]) {
  try {
    const { stdout, stderr } = await run("npm", ["run", "--silent", script, "--", ...args], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** Every model's rows, in a fixed order: two databases with the same content give the same value. */
async function everyRow(db: Db): Promise<Record<string, unknown[]>> {
  const rows: Record<string, unknown[]> = {};
  const models = getDatamodel().datamodel.models;
  for (const [model, { fields }] of Object.entries(models)) {
    const delegate = (db as unknown as Record<string, { findMany: (args: object) => Promise<unknown[]> }>)[
      model.charAt(0).toLowerCase() + model.slice(1)
    ];
    // Every scalar column in the order key: rows come out in one order on both databases.
    const keys = fields.filter((f) => f.kind === "scalar" && f.type !== "Bytes" && f.type !== "Json");
    rows[model] = (await delegate?.findMany({ orderBy: keys.map((f) => ({ [f.name]: "asc" })) })) ?? [];
  }
  return rows;
}

// Each command is a process of its own, slower the busier the machine is.
describe("npm run backup and npm run restore", { timeout: 300_000 }, () => {
  let server: TestServer;
  let target: Awaited<ReturnType<typeof blankDatabase>>;
  let restored: Db | undefined;
  beforeAll(async () => {
    server = await startTestServer();
    target = await blankDatabase(inject("demoDatabase"), server.dir);
  });
  afterAll(async () => {
    await restored?.$disconnect();
    await target.drop();
    await server.close();
  });

  it("copies the demo database while the server runs; the copy restores into an empty database, verifies and holds the same rows", async () => {
    const file = join(server.dir, "sunboard.backup");
    const backup = await npm(server.databaseUrl, "backup", [file]);
    expect(backup.stderr).toBe("");
    expect(backup.code).toBe(0);
    expect(backup.stdout).toMatch(/备份完成/);

    const restore = await npm(target.url, "restore", [file]);
    expect(restore.code).toBe(0);
    expect(restore.stdout).toMatch(/恢复完成/);

    const verify = await npm(target.url, "verify", []);
    expect(verify.code).toBe(0);
    expect(verify.stdout).toMatch(/✓ RJ-FUMIN/);
    expect(verify.stdout).not.toMatch(/✗/);

    restored = createDb(target.url);
    const [before, after] = await Promise.all([everyRow(server.db), everyRow(restored)]);
    expect(after.Disclosure?.length).toBeGreaterThan(30);
    expect(after.Checkpoint?.length).toBeGreaterThan(0);
    expect(after).toEqual(before);
  });

  it("refuses to restore over a database with tables unless --force, and refuses a file that is no backup", async () => {
    const file = join(server.dir, "again.backup");
    expect((await npm(server.databaseUrl, "backup", [file])).code).toBe(0);
    const refused = await npm(server.databaseUrl, "restore", [file]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/目标数据库不是空的.*--force/);
    // The restored database of the first test has tables too: --force replaces them.
    const forced = await npm(target.url, "restore", [file, "--force"]);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toMatch(/恢复完成/);

    const notBackup = await npm(target.url, "restore", [join(process.cwd(), "package.json")]);
    expect(notBackup.code).toBe(1);
    expect(notBackup.stderr).toMatch(/不是 .* 备份/);
  });
});
