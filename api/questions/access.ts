import type { Db } from "../db/client.ts";

/** The community that answers a question, as an editing scope; null when there is no such question. */
export async function questionCommunities(db: Db, id: string): Promise<string[] | null> {
  const code = await questionCommunity(db, id);
  return code ? [code] : null;
}

/** The community of a question: its supervision committee may give an opinion on it. */
export async function questionCommunity(db: Db, id: string): Promise<string | null> {
  const q = await db.question.findUnique({ where: { id }, select: { communityId: true } });
  if (!q) return null;
  const c = await db.community.findUnique({ where: { id: q.communityId }, select: { code: true } });
  return c?.code ?? null;
}
