import { seedDemo } from "../../prisma/seed/demo.ts";
import { ensureCategories } from "../disclosures/categories.ts";
import { createDb, type Db, type DbOptions, providerOfDb } from "./client.ts";
import { applyMigrations } from "./migrations.ts";

export interface PrepareOptions extends DbOptions {
  /** Load the demo data (示例数据) when the database has no communities yet. */
  demo: boolean;
  log?: (line: string) => void;
}

/** Brings a database (new or old) up to date: migrations, reference data, demo data if empty. */
export async function prepareDatabase(databaseUrl: string, options: PrepareOptions): Promise<Db> {
  const log = options.log ?? (() => {});
  const applied = await applyMigrations(databaseUrl);
  log(applied.length ? `migrations applied: ${applied.join(", ")}` : "database schema is up to date");
  const db = createDb(databaseUrl, options);
  if (providerOfDb(db) === "sqlite") {
    // WAL lets the portal build and CLI commands read while the server writes; with it, NORMAL
    // syncs at checkpoints rather than on every commit and stays safe against corruption.
    // (PostgreSQL needs neither: its readers never block writers.)
    await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
    await db.$executeRawUnsafe("PRAGMA synchronous = NORMAL");
  }
  await ensureCategories(db);
  if (options.demo && (await db.community.count()) === 0) {
    const counts = await seedDemo(db);
    log(`demo data loaded (示例数据): ${counts.communities} communities, ${counts.disclosures} disclosures`);
  }
  // Without statistics SQLite's planner walks the status index of every disclosure in the
  // province to find one community's fee collections; ANALYZE, where tables grew, lets it start
  // from the community's own rows instead (https://sqlite.org/lang_analyze.html#pragopt).
  // After the seed, so that the demo's statistics are taken once here, not by every later command
  // (ANALYZE holds the write lock while it runs). PostgreSQL's autovacuum keeps its statistics itself.
  if (providerOfDb(db) === "sqlite") await db.$queryRawUnsafe("PRAGMA optimize = 0x10002");
  return db;
}
