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

export async function ensureCategories(db: Db): Promise<void> {
  await db.$transaction(
    BASE_CATEGORIES.map((c) => db.disclosureCategory.upsert({ where: { code: c.code }, create: c, update: {} })),
  );
}
