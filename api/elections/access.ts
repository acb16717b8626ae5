import type { Db } from "../db/client.ts";

/** The community an election belongs to, as an editing scope; null when there is no such election. */
export async function electionCommunities(db: Db, id: string): Promise<string[] | null> {
  const e = await db.election.findUnique({
    where: { id },
    select: { organization: { select: { community: { select: { code: true } } } } },
  });
  return e ? [e.organization.community.code] : null;
}
