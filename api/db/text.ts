import { type Db, providerOfDb, type Tx } from "./client.ts";

/**
 * A `contains` filter that ignores the case of Latin letters on both databases ("cnc" finds "CNC
 * 操作工"): SQLite's LIKE already does, PostgreSQL's needs `mode: "insensitive"` (ILIKE), which the
 * SQLite client's types do not know.
 */
export function containsText(db: Db | Tx, text: string): { contains: string } {
  return providerOfDb(db) === "postgresql"
    ? ({ contains: text, mode: "insensitive" } as { contains: string })
    : { contains: text };
}
