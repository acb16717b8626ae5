import type { Db } from "../db/client.ts";

/** The community whose editors may correct a list; null when there is no such list. */
export async function assistanceListCommunities(db: Db, listId: string): Promise<string[] | null> {
  const list = await db.assistanceList.findUnique({ where: { id: listId }, select: { community: { select: { code: true } } } });
  return list ? [list.community.code] : null;
}

/**
 * The county whose editors keep a village's entry in the register (county editors of that county
 * and admins may change it); null when there is no such village.
 */
export async function originVillageCounty(db: Db, villageId: string): Promise<string | null> {
  const village = await db.originVillage.findUnique({ where: { id: villageId }, select: { keptBy: { select: { code: true } } } });
  return village?.keptBy.code ?? null;
}
