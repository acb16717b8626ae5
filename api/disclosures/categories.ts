import type { Db } from "../db/client.ts";

/**
 * The disclosure categories every deployment has. More can be added as rows; codes are stable
 * identifiers used by the API and in URLs.
 */
export const BASE_CATEGORIES = [
  { code: "PARTY_AFFAIRS", name: "党务公开", sortOrder: 10 },
  { code: "COMMUNITY_AFFAIRS", name: "居务公开", sortOrder: 20 },
  { code: "FINANCE", name: "财务公开", sortOrder: 30 },
  { code: "FEES", name: "收费公开", sortOrder: 40 },
  { code: "JOBS", name: "就业信息", sortOrder: 50 },
  { code: "TRAINING", name: "培训信息", sortOrder: 60 },
] as const;

/**
 * Adds the base categories a database lacks. Every server and CLI command runs this as it starts,
 * so it only reads when nothing is missing: a write would take SQLite's single write lock, and
 * several commands starting at once beside a running server would queue the server's writes
 * behind them.
 */
export async function ensureCategories(db: Db): Promise<void> {
  const present = new Set((await db.disclosureCategory.findMany({ select: { code: true } })).map((c) => c.code));
  const missing = BASE_CATEGORIES.filter((c) => !present.has(c.code));
  if (missing.length === 0) return;
  // Upserts, not inserts: another process starting at the same moment may add them first.
  await db.$transaction(missing.map((c) => db.disclosureCategory.upsert({ where: { code: c.code }, create: c, update: {} })));
}
