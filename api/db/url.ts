import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";

/** Default database file, relative to the working directory. */
export const DEFAULT_DATABASE_URL = "file:./data/sunboard.db";

/**
 * Turns a `file:` URL into an absolute SQLite path and makes sure its folder exists, so that a
 * fresh checkout can start without preparing directories by hand.
 */
export function sqlitePath(databaseUrl: string): string {
  if (!databaseUrl.startsWith("file:")) {
    throw new Error(`DATABASE_URL must be a SQLite file: URL, got ${databaseUrl}`);
  }
  const path = resolve(databaseUrl.slice("file:".length));
  mkdirSync(dirname(path), { recursive: true });
  return path;
}
