import type { Db } from "../db/client.ts";

/** The community a meeting record belongs to, as an editing scope; null when there is none. */
export async function partyMeetingCommunities(db: Db, id: string): Promise<string[] | null> {
  const m = await db.partyMeeting.findUnique({ where: { id }, select: { community: { select: { code: true } } } });
  return m ? [m.community.code] : null;
}

/** The community an appraisal record belongs to, as an editing scope; null when there is none. */
export async function partyAppraisalCommunities(db: Db, id: string): Promise<string[] | null> {
  const a = await db.partyAppraisal.findUnique({ where: { id }, select: { community: { select: { code: true } } } });
  return a ? [a.community.code] : null;
}
