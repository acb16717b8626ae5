import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/client.ts";
import { sqlitePath } from "./url.ts";

export type Db = PrismaClient;

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
