import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { MigrationList } from "@prisma/schema-engine-wasm/schema_engine_bg";
import Database from "better-sqlite3";
import { openSchemaEngine, type SchemaEngine } from "./engine.ts";
import { sqlitePath } from "./url.ts";

const prismaDir = resolve(fileURLToPath(import.meta.url), "../../../prisma");
const migrationsDir = join(prismaDir, "migrations");
const schemaPath = join(prismaDir, "schema.prisma");
const noFilter = { externalTables: [], externalEnums: [] };

function schemaFile() {
  return { path: schemaPath, content: readFileSync(schemaPath, "utf8") };
}

/** Reads prisma/migrations in the layout the Prisma CLI uses (`<name>/migration.sql`, lock file). */
function migrationList(): MigrationList {
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
  const { engine, close } = await openSchemaEngine(databaseUrl, schemaFile());
  try {
    return await run(engine);
  } finally {
    await close();
  }
}

/**
 * Whether every committed migration is recorded as applied, read with a plain read-only
 * connection. The engine is only started when there is something to apply: it takes locks a
 * running server's open WAL connection would block, and a CLI command (token, finance:verify …)
 * must work beside the server.
 */
function upToDate(databaseUrl: string): boolean {
  const path = sqlitePath(databaseUrl);
  if (!existsSync(path)) return false;
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get();
    if (!table) return false;
    const applied = new Set(
      db
        .prepare("SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL")
        .all()
        .map((row) => (row as { migration_name: string }).migration_name),
    );
    return migrationList().migrationDirectories.every((m) => applied.has(m.path));
  } finally {
    db.close();
  }
}

/** Applies the committed migrations that the database has not seen yet (like `prisma migrate deploy`). */
export async function applyMigrations(databaseUrl: string): Promise<string[]> {
  if (upToDate(databaseUrl)) return [];
  return withEngine(databaseUrl, async (engine) => {
    const out = await engine.applyMigrations({ migrationsList: migrationList(), filters: noFilter });
    return out.appliedMigrationNames;
  });
}

/**
 * Writes a new migration folder for the difference between the committed migrations and
 * prisma/schema.prisma (what `prisma migrate dev --create-only` does). The WASM engine cannot open
 * a SQLite shadow database itself, so we build one: a scratch file with the committed migrations
 * applied, diffed by the engine against the schema. Returns the folder name, or null when the
 * schema has not changed.
 */
export async function createMigration(name: string): Promise<string | null> {
  const scratch = join(mkdtempSync(join(tmpdir(), "sunboard-shadow-")), "shadow.db");
  const url = `file:${scratch}`;
  try {
    const script = await withEngine(url, async (engine) => {
      await engine.applyMigrations({ migrationsList: migrationList(), filters: noFilter });
      const schema = schemaFile();
      const out = await engine.diff({
        from: { tag: "schemaDatasource", files: [schema], configDir: prismaDir },
        to: { tag: "schemaDatamodel", files: [schema] },
        script: true,
        exitCode: true,
        filters: noFilter,
      });
      return out.exitCode === 2 ? (out.stdout ?? "") : null;
    });
    if (script === null) return null;
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const folder = `${stamp}_${name}`;
    mkdirSync(join(migrationsDir, folder), { recursive: true });
    writeFileSync(join(migrationsDir, folder, "migration.sql"), script);
    const lockPath = join(migrationsDir, "migration_lock.toml");
    if (!existsSync(lockPath)) {
      writeFileSync(
        lockPath,
        '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "sqlite"\n',
      );
    }
    return folder;
  } finally {
    rmSync(dirname(scratch), { recursive: true, force: true });
  }
}
