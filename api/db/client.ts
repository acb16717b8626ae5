import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { type Prisma, PrismaClient } from "./generated/client.ts";
import { sqlitePath } from "./url.ts";

export type Db = PrismaClient;
export type Tx = Prisma.TransactionClient;

/**
 * Runs `work` in a transaction — or inside the caller's, when one domain's service composes
 * another's (fees, finance … publish their disclosure together with their own rows), all or nothing.
 */
export function inTransaction<T>(db: Db | Tx, work: (tx: Tx) => Promise<T>): Promise<T> {
  return "$transaction" in db ? db.$transaction(work) : work(db);
}

export interface DbOptions {
  /** Called with each SQL statement; used by the query-count benchmark and tests. */
  onQuery?: (sql: string) => void;
}

export function createDb(databaseUrl: string, options: DbOptions = {}): Db {
  const adapter = new PrismaBetterSqlite3({ url: `file:${sqlitePath(databaseUrl)}` });
  if (!options.onQuery) return new PrismaClient({ adapter });
  const db = new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] });
  const onQuery = options.onQuery;
  db.$on("query", (e) => onQuery(e.query));
  return db;
}
