import type { Db } from "../db/client.ts";

/** The community a decision belongs to, as the list its editing scope is decided by; null when there is none. */
export async function decisionCommunities(db: Db, id: string): Promise<string[] | null> {
  const d = await db.decision.findUnique({ where: { id }, select: { community: { select: { code: true } } } });
  return d ? [d.community.code] : null;
}

/** The community of a stage's decision: its supervision committee may give an opinion on it. */
export async function stageCommunity(db: Db, stageId: string): Promise<string | null> {
  const s = await db.decisionStage.findUnique({
    where: { id: stageId },
    select: { decision: { select: { community: { select: { code: true } } } } },
  });
  return s?.decision.community.code ?? null;
}

/** The community of a stage, as an editing scope. */
export async function stageCommunities(db: Db, stageId: string): Promise<string[] | null> {
  const code = await stageCommunity(db, stageId);
  return code ? [code] : null;
}
