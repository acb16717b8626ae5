import { copyFileSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { pgPoolConfig } from "../../api/db/adapters.ts";

/**
 * A database of the test's own, copied from one of the run's templates (see global setup): a copy
 * of a SQLite file in `dir`, or on PostgreSQL a new database created from a template database.
 * Returns its DATABASE_URL and a function that drops it.
 */
export async function cloneDatabase(template: string, dir: string): Promise<{ url: string; drop: () => Promise<void> }> {
  if (!template.startsWith("postgresql://")) {
    const file = join(dir, "test.db");
    copyFileSync(template, file);
    // The folder is removed with the test's other files.
    return { url: `file:${file}`, drop: async () => {} };
  }
  const source = new URL(template);
  const name = `t_${crypto.randomUUID().replaceAll("-", "")}`;
  const admin = new URL(template);
  admin.pathname = "/postgres";
  await onCluster(admin.href, `CREATE DATABASE ${name} TEMPLATE ${source.pathname.slice(1)}`);
  const url = new URL(template);
  url.pathname = `/${name}`;
  return { url: url.href, drop: () => onCluster(admin.href, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/**
 * A database with nothing in it, not even tables, on the same server as `template` (a SQLite file
 * not created yet in `dir`, or a new PostgreSQL database): what a restore starts from.
 */
export async function blankDatabase(template: string, dir: string): Promise<{ url: string; drop: () => Promise<void> }> {
  if (!template.startsWith("postgresql://")) return { url: `file:${join(dir, "blank.db")}`, drop: async () => {} };
  const name = `b_${crypto.randomUUID().replaceAll("-", "")}`;
  const admin = new URL(template);
  admin.pathname = "/postgres";
  await onCluster(admin.href, `CREATE DATABASE ${name}`);
  const url = new URL(template);
  url.pathname = `/${name}`;
  return { url: url.href, drop: () => onCluster(admin.href, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/**
 * Runs one statement on a PostgreSQL database, outside any transaction (as CREATE DATABASE needs).
 * Two CREATE DATABASE from the same template at once can collide ("source database is being
 * accessed by other users"): retried.
 */
export async function onCluster(adminUrl: string, sql: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    const client = new pg.Client(pgPoolConfig(adminUrl));
    await client.connect();
    try {
      await client.query(sql);
      return;
    } catch (error) {
      if (attempt >= 20 || !String(error).includes("being accessed by other users")) throw error;
    } finally {
      await client.end();
    }
    await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
  }
}
