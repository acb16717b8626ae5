import { driverAdapter } from "./adapters.ts";
import { type Prisma, PrismaClient } from "./generated/client.ts";
import { PrismaClient as PostgresPrismaClient } from "./generated-pg/client.ts";
import { type Provider, providerOf } from "./providers.ts";

/**
 * The database, whichever it is. Both generated clients come from the same models (the PostgreSQL
 * schema is derived from prisma/schema.prisma), so their query API is the same; the SQLite client's
 * type stands for both, and provider-specific behaviour goes through `providerOfDb`.
 */
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

/**
 * Which database a client (or a transaction's client) talks to, for the few places where SQLite and
 * PostgreSQL differ. Read from the client itself, which transactions' clients inherit.
 */
export function providerOfDb(db: Db | Tx): Provider {
  return (db as unknown as { _activeProvider: string })._activeProvider === "postgresql" ? "postgresql" : "sqlite";
}

/**
 * Prisma's defaults (2 s to start a transaction, 5 s to finish it) fail writes on a busy server
 * long before the request's own budget (REQUEST_BUDGET_MS, 15 s) runs out: a write that waited for
 * SQLite's single writer or for the CPU would answer INTERNAL_SERVER_ERROR and lose the input.
 * A transaction lasts at most that budget, so a write still running when its caller is told it
 * timed out (503) is rolled back soon after, not committed much later.
 */
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 15_000 };

export function createDb(databaseUrl: string, options: DbOptions = {}): Db {
  const provider = providerOf(databaseUrl);
  const adapter = driverAdapter(databaseUrl);
  const log = options.onQuery ? [{ emit: "event" as const, level: "query" as const }] : [];
  const db =
    provider === "sqlite"
      ? new PrismaClient({ adapter, log, transactionOptions: TRANSACTION_OPTIONS })
      : (new PostgresPrismaClient({ adapter, log, transactionOptions: TRANSACTION_OPTIONS }) as unknown as PrismaClient);
  const onQuery = options.onQuery;
  if (onQuery) (db as PrismaClient<"query">).$on("query", (e) => onQuery(e.query));
  return db;
}
