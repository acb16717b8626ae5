import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import pg, { type PoolConfig } from "pg";
import { providerOf } from "./providers.ts";
import { sqlitePath } from "./url.ts";

/**
 * The connection settings of a postgresql:// URL as separate fields: the adapter's shadow database
 * (used when a migration is created) overrides `database`, which a `connectionString` would win over.
 */
export function pgPoolConfig(databaseUrl: string): PoolConfig {
  const url = new URL(databaseUrl);
  return {
    host: decodeURIComponent(url.hostname),
    port: url.port ? Number(url.port) : 5432,
    user: decodeURIComponent(url.username) || undefined,
    password: decodeURIComponent(url.password) || undefined,
    database: decodeURIComponent(url.pathname.slice(1)) || undefined,
    // Pool size per API process; a province runs several processes against one server.
    max: Number(url.searchParams.get("connection_limit") ?? 10),
  };
}

/** Prisma's driver adapter for the database DATABASE_URL names. */
export function driverAdapter(databaseUrl: string): PrismaBetterSqlite3 | PrismaPg {
  return providerOf(databaseUrl) === "sqlite"
    ? // SQLite has one writer at a time: a CLI import or a migration beside the server holds the lock
      // for seconds on a busy machine, so wait up to 15 s for it (better-sqlite3's default is 5 s).
      new PrismaBetterSqlite3({ url: `file:${sqlitePath(databaseUrl)}`, timeout: 15_000 })
    : new PrismaPg(pgPoolConfig(databaseUrl));
}

/** PostgreSQL's one-byte internal `"char"` type (pg_class.relkind, pg_constraint.contype …). */
const INTERNAL_CHAR_OID = 18;
const TEXT_OID = 25;

/**
 * The adapter for Prisma's schema engine. On PostgreSQL the engine reads the catalogue, whose
 * `"char"` columns @prisma/adapter-pg 7.10 refuses to describe (UnsupportedNativeDataType), though
 * their values arrive as plain strings; its pool reports them as text instead.
 */
export function schemaEngineAdapter(databaseUrl: string): PrismaBetterSqlite3 | PrismaPg {
  if (providerOf(databaseUrl) === "sqlite") return driverAdapter(databaseUrl);
  const pool = new pg.Pool(pgPoolConfig(databaseUrl));
  const query = pool.query.bind(pool) as (config: unknown) => Promise<pg.QueryResult>;
  Object.assign(pool, {
    query: async (config: unknown) => {
      const result = await query(config);
      for (const field of result.fields) if (field.dataTypeID === INTERNAL_CHAR_OID) field.dataTypeID = TEXT_OID;
      return result;
    },
  });
  return new PrismaPg(pool, { disposeExternalPool: true });
}
