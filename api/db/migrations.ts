import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { MigrationList } from "@prisma/schema-engine-wasm/schema_engine_bg";
import Database from "better-sqlite3";
import pg from "pg";
import { pgPoolConfig } from "./adapters.ts";
import { openSchemaEngine, type SchemaEngine } from "./engine.ts";
import { startPgCluster } from "./pg-cluster.ts";
import { PROVIDERS, type Provider, providerFiles, providerOf, schemaText } from "./providers.ts";
import { sqlitePath } from "./url.ts";

const noFilter = { externalTables: [], externalEnums: [] };

function schemaFile(provider: Provider) {
  return { path: providerFiles(provider).schemaPath, content: schemaText(provider) };
}

/** Reads a provider's migrations folder in the layout the Prisma CLI uses (`<name>/migration.sql`, lock file). */
function migrationList(provider: Provider): MigrationList {
  const { migrationsDir } = providerFiles(provider);
  const lockPath = join(migrationsDir, "migration_lock.toml");
  const dirs = existsSync(migrationsDir)
    ? readdirSync(migrationsDir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  return {
    baseDir: migrationsDir,
    lockfile: {
      path: "migration_lock.toml",
      content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null,
    },
    shadowDbInitScript: "",
    migrationDirectories: dirs.map((name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok", value: readFileSync(join(migrationsDir, name, "migration.sql"), "utf8") },
      },
    })),
  };
}

async function withEngine<T>(databaseUrl: string, run: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const { engine, close } = await openSchemaEngine(databaseUrl, schemaFile(providerOf(databaseUrl)));
  try {
    return await run(engine);
  } finally {
    await close();
  }
}

const APPLIED = "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL";

/** The names of the migrations recorded as applied, or null when the database has no migrations table. */
async function appliedMigrations(databaseUrl: string): Promise<Set<string> | null> {
  if (providerOf(databaseUrl) === "postgresql") {
    const client = new pg.Client(pgPoolConfig(databaseUrl));
    await client.connect();
    try {
      const table = await client.query("SELECT to_regclass('_prisma_migrations') AS t");
      if (!table.rows[0].t) return null;
      return new Set((await client.query<{ migration_name: string }>(APPLIED)).rows.map((r) => r.migration_name));
    } finally {
      await client.end();
    }
  }
  const path = sqlitePath(databaseUrl);
  if (!existsSync(path)) return null;
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get();
    if (!table) return null;
    return new Set(
      db
        .prepare(APPLIED)
        .all()
        .map((row) => (row as { migration_name: string }).migration_name),
    );
  } finally {
    db.close();
  }
}

/**
 * Whether every committed migration is recorded as applied, read with a plain connection. The
 * engine is only started when there is something to apply: on SQLite it takes locks a running
 * server's open WAL connection would block, and a CLI command (token, finance:verify …) must work
 * beside the server.
 */
async function upToDate(databaseUrl: string): Promise<boolean> {
  const applied = await appliedMigrations(databaseUrl);
  return !!applied && migrationList(providerOf(databaseUrl)).migrationDirectories.every((m) => applied.has(m.path));
}

/** Applies the committed migrations that the database has not seen yet (like `prisma migrate deploy`). */
export async function applyMigrations(databaseUrl: string): Promise<string[]> {
  if (await upToDate(databaseUrl)) return [];
  return withEngine(databaseUrl, async (engine) => {
    const out = await engine.applyMigrations({
      migrationsList: migrationList(providerOf(databaseUrl)),
      filters: noFilter,
    });
    return out.appliedMigrationNames;
  });
}

/**
 * The SQL that brings a scratch database with the provider's committed migrations applied up to the
 * schema, or null when there is no difference (what `prisma migrate dev --create-only` computes).
 */
async function pendingScript(provider: Provider, scratchUrl: string): Promise<string | null> {
  return withEngine(scratchUrl, async (engine) => {
    await engine.applyMigrations({ migrationsList: migrationList(provider), filters: noFilter });
    const schema = schemaFile(provider);
    const out = await engine.diff({
      from: { tag: "schemaDatasource", files: [schema], configDir: providerFiles(provider).dir },
      to: { tag: "schemaDatamodel", files: [schema] },
      script: true,
      exitCode: true,
      filters: noFilter,
    });
    return out.exitCode === 2 ? (out.stdout ?? "") : null;
  });
}

/**
 * Runs `work` on an empty scratch database of the provider: a temporary SQLite file (the WASM
 * engine cannot open a SQLite shadow database itself), or a throwaway PostgreSQL cluster, so that
 * creating a migration needs the `postgresql` package but no server of one's own.
 */
async function withScratch<T>(provider: Provider, work: (url: string) => Promise<T>): Promise<T> {
  if (provider === "postgresql") {
    const cluster = await startPgCluster();
    try {
      return await work(cluster.url("postgres"));
    } finally {
      await cluster.stop();
    }
  }
  const scratch = join(mkdtempSync(join(tmpdir(), "sunboard-shadow-")), "shadow.db");
  try {
    return await work(`file:${scratch}`);
  } finally {
    rmSync(dirname(scratch), { recursive: true, force: true });
  }
}

/** The providers whose committed migrations do not yet produce prisma/schema.prisma's models. */
export async function providersBehindSchema(): Promise<Provider[]> {
  const behind: Provider[] = [];
  for (const provider of PROVIDERS) {
    if ((await withScratch(provider, (url) => pendingScript(provider, url))) !== null) behind.push(provider);
  }
  return behind;
}

/**
 * Writes a new migration folder, for each provider whose committed migrations differ from
 * prisma/schema.prisma, under the same name in both migrations folders. Returns the folders written
 * (relative to prisma/), none when the schema has not changed.
 */
export async function createMigration(name: string): Promise<string[]> {
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const folder = `${stamp}_${name}`;
  const created: string[] = [];
  for (const provider of PROVIDERS) {
    const script = await withScratch(provider, (url) => pendingScript(provider, url));
    if (script === null) continue;
    const { migrationsDir } = providerFiles(provider);
    mkdirSync(join(migrationsDir, folder), { recursive: true });
    writeFileSync(join(migrationsDir, folder, "migration.sql"), script);
    const lockPath = join(migrationsDir, "migration_lock.toml");
    if (!existsSync(lockPath)) {
      writeFileSync(
        lockPath,
        `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${provider}"\n`,
      );
    }
    created.push(`${provider === "sqlite" ? "prisma/migrations" : "prisma/postgresql/migrations"}/${folder}`);
  }
  return created;
}
