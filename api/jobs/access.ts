import type { Db } from "../db/client.ts";

const targetCodes = { targets: { select: { community: { select: { code: true } } } } } as const;

/** Codes of the communities a posting targets: its editors must be editors of all of them. */
export async function postingCommunities(db: Db, id: string): Promise<string[] | null> {
  const p = await db.jobPosting.findUnique({ where: { id }, select: targetCodes });
  return p ? p.targets.map((t) => t.community.code) : null;
}

/** Codes of the communities a training course targets. */
export async function courseCommunities(db: Db, id: string): Promise<string[] | null> {
  const c = await db.trainingCourse.findUnique({ where: { id }, select: targetCodes });
  return c ? c.targets.map((t) => t.community.code) : null;
}

/** The county an employer is registered in: its county editors keep the register. */
export async function employerCounty(db: Db, id: string): Promise<string | null> {
  const e = await db.employer.findUnique({ where: { id }, select: { county: { select: { code: true } } } });
  return e?.county.code ?? null;
}
