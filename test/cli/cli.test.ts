import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../../api/db/client.ts";
import { type RunningServer, startServer } from "../../api/server.ts";
import { CREATE, draftInput } from "../support/operations.ts";

const run = promisify(execFile);
let dir: string;
let env: NodeJS.ProcessEnv;

const npm = (...args: string[]) => run("npm", ["run", "--silent", ...args], { env });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "sunboard-cli-"));
  env = { ...process.env, DATABASE_URL: `file:${join(dir, "cli.db")}` };
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("database commands", () => {
  it("db:migrate applies the migrations once, then reports the schema up to date", async () => {
    expect((await npm("db:migrate")).stdout).toMatch(/Applied: \d{14}_init/);
    expect((await npm("db:migrate")).stdout).toContain("up to date");
  });

  it("db:seed loads the demo data into an empty database, and only once", async () => {
    const first = await npm("db:seed");
    expect(first.stdout).toContain("8 communities");
    expect(first.stdout).toContain("示例数据");
    const second = await npm("db:seed");
    expect(second.stdout).not.toContain("demo data loaded");
    expect(second.stdout).toContain("8 communities");
  });
});

describe("token command", () => {
  let db: Db;
  let server: RunningServer;
  beforeAll(async () => {
    await npm("db:seed");
    db = createDb(env.DATABASE_URL as string);
    server = await startServer({ db, port: 0, host: "127.0.0.1" });
  });
  afterAll(async () => {
    await server.close();
    await db.$disconnect();
  });

  const create = (token: string) =>
    fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: CREATE, variables: { input: draftInput() } }),
    }).then((r) => r.json() as Promise<{ data: { createDisclosure: { __typename: string } } }>);

  it("creates a token that works over HTTP, is stored only as a hash, and can be revoked", async () => {
    const { stdout } = await npm(
      "token",
      "--",
      "create",
      "--name",
      "王芳",
      "--role",
      "community-editor",
      "--community",
      "RJ-FUMIN",
    );
    const token = stdout.trim();
    expect(token).toMatch(/^sb_[A-Za-z0-9_-]{43}$/);
    expect((await create(token)).data.createDisclosure.__typename).toBe("CreateDisclosureSuccess");
    expect(await db.apiToken.count({ where: { tokenHash: token } })).toBe(0);

    const listed = (await npm("token", "--", "list")).stdout;
    expect(listed).toContain("王芳");
    expect(listed).not.toContain(token);
    await npm("token", "--", "revoke", token.slice(0, 9));
    expect((await create(token)).data.createDisclosure.__typename).toBe("UnauthenticatedError");
  });

  it("refuses incomplete or unknown scopes with a clear message", async () => {
    await expect(npm("token", "--", "create", "--name", "李明", "--role", "county-editor")).rejects.toMatchObject({
      stderr: expect.stringContaining("--county"),
    });
    await expect(
      npm("token", "--", "create", "--name", "李明", "--role", "community-editor", "--community", "NO-SUCH"),
    ).rejects.toMatchObject({ stderr: expect.stringContaining("NO-SUCH") });
    await expect(npm("token", "--", "create", "--name", "李明", "--role", "king")).rejects.toMatchObject({
      stderr: expect.stringContaining("--role"),
    });
  });
});
