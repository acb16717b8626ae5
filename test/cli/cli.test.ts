import { execFile } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { print } from "graphql";
import { afterAll, beforeAll, describe, inject, it } from "vitest";
import { createDb, type Db } from "../../api/db/client.ts";
import { type RunningServer, startServer } from "../../api/server.ts";
import type { ResultOf, VariablesOf } from "../support/graphql.ts";
import { CREATE, draftInput } from "../support/operations.ts";

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), "sunboard-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `npm run <args>` on the database file `name` in this file's folder. */
const npmOn = (name: string) => {
  const env = { ...process.env, DATABASE_URL: `file:${join(dir, name)}` };
  return Object.assign((...args: string[]) => run("npm", ["run", "--silent", ...args], { env }), {
    databaseUrl: env.DATABASE_URL,
  });
};

// Each test has a database file of its own, so the commands (slow to start) run side by side.
// Each spawns several commands in turn, which take longer the busier the machine is.
const CLI_TIMEOUT = 180_000;

describe.concurrent("database commands", () => {
  it("db:migrate applies the migrations once, then reports the schema up to date", { timeout: CLI_TIMEOUT }, async ({
    expect,
  }) => {
    const npm = npmOn("migrate.db");
    expect((await npm("db:migrate")).stdout).toMatch(/Applied: \d{14}_init/);
    expect((await npm("db:migrate")).stdout).toContain("up to date");
  });

  it("db:seed loads the demo data into an empty database, and only once", { timeout: CLI_TIMEOUT }, async ({ expect }) => {
    // The run's empty template: migrated, without a single community.
    copyFileSync(inject("emptyDatabase"), join(dir, "seed.db"));
    const npm = npmOn("seed.db");
    const first = await npm("db:seed");
    expect(first.stdout).toContain("8 communities");
    expect(first.stdout).toContain("示例数据");
    const second = await npm("db:seed");
    expect(second.stdout).not.toContain("demo data loaded");
    expect(second.stdout).toContain("8 communities");
  });
});

describe.concurrent("token command", () => {
  const npm = npmOn("token.db");
  let db: Db;
  let server: RunningServer;
  beforeAll(async () => {
    // The demo data as db:seed loads it (tested above), copied rather than seeded again.
    copyFileSync(inject("demoDatabase"), join(dir, "token.db"));
    db = createDb(npm.databaseUrl);
    server = await startServer({ db, port: 0, host: "127.0.0.1" });
  });
  afterAll(async () => {
    await server.close();
    await db.$disconnect();
  });

  type Answer = { data?: ResultOf<typeof CREATE> | null; errors?: { extensions?: { code?: string } }[] };
  const send = (token: string) =>
    fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: print(CREATE), variables: { input: draftInput() } satisfies VariablesOf<typeof CREATE> }),
    }).then((r) => r.json() as Promise<Answer>);
  // The other tests here start CLI commands on this database file at the same time, each writing as
  // it starts; on a loaded machine the server's write can wait out SQLite's lock and answer BUSY,
  // which says nothing was saved and to try again — as a client would, once.
  const create = async (token: string) => {
    const answer = await send(token);
    return answer.errors?.[0]?.extensions?.code === "BUSY" ? send(token) : answer;
  };

  it("creates a token that works over HTTP, is stored only as a hash, and can be revoked", { timeout: CLI_TIMEOUT }, async ({
    expect,
  }) => {
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
    // Errors compared too, so that a failure shows them rather than `data: null`.
    const created = await create(token);
    expect({ errors: created.errors, kind: created.data?.createDisclosure.__typename }).toEqual({
      errors: undefined,
      kind: "CreateDisclosureSuccess",
    });
    expect(await db.apiToken.count({ where: { tokenHash: token } })).toBe(0);

    const listed = (await npm("token", "--", "list")).stdout;
    expect(listed).toContain("王芳");
    expect(listed).not.toContain(token);
    await npm("token", "--", "revoke", token.slice(0, 9));
    expect(await create(token)).toMatchObject({ data: { createDisclosure: { __typename: "UnauthenticatedError" } } });
  });

  it("refuses incomplete or unknown scopes with a clear message", { timeout: CLI_TIMEOUT }, async ({ expect }) => {
    await Promise.all([
      expect(npm("token", "--", "create", "--name", "李明", "--role", "county-editor")).rejects.toMatchObject({
        stderr: expect.stringContaining("--county"),
      }),
      expect(
        npm("token", "--", "create", "--name", "李明", "--role", "community-editor", "--community", "NO-SUCH"),
      ).rejects.toMatchObject({ stderr: expect.stringContaining("NO-SUCH") }),
      expect(npm("token", "--", "create", "--name", "李明", "--role", "king")).rejects.toMatchObject({
        stderr: expect.stringContaining("--role"),
      }),
    ]);
  });

  it("ties a committee member's token to that member's own account, and refuses anyone else", { timeout: CLI_TIMEOUT }, async ({
    expect,
  }) => {
    const chair = await db.memberPosting.findFirstOrThrow({
      where: { organization: { kind: "SUPERVISION_COMMITTEE", community: { code: "RJ-FUMIN" } } },
      orderBy: { sortOrder: "asc" },
    });
    const [refused, first, second] = await Promise.allSettled([
      npm("token", "--", "create", "--name", "冒名者", "--role", "supervisor", "--community", "RJ-FUMIN"),
      npm("token", "--", "create", "--name", chair.name, "--role", "supervisor", "--community", "RJ-FUMIN"),
      npm("token", "--", "create", "--name", chair.name, "--role", "supervisor", "--community", "RJ-FUMIN"),
    ]);
    expect(refused).toMatchObject({ status: "rejected", reason: { stderr: expect.stringContaining("not a member") } });
    expect(first.status).toBe("fulfilled");
    expect(second.status).toBe("fulfilled");
    // Both tokens belong to the member's one account: the account their signatures are recorded under.
    const tokens = await db.apiToken.findMany({ where: { user: { postings: { some: { id: chair.id } } } } });
    expect(tokens).toHaveLength(2);
    expect(new Set(tokens.map((t) => t.userId))).toEqual(new Set([chair.userId]));
  });
});
