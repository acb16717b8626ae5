import type { Db } from "../db/client.ts";

/**
 * Which community a roster record belongs to, for `editorOf`: its editors (and the county's
 * editors, and admins) may change it. Null when there is no such record, so the service answers.
 */
const one = (code: string | undefined) => (code ? [code] : null);

export async function organizationCommunities(db: Db, id: string): Promise<string[] | null> {
  const o = await db.organization.findUnique({ where: { id }, select: { community: { select: { code: true } } } });
  return one(o?.community.code);
}

export async function postingCommunities(db: Db, id: string): Promise<string[] | null> {
  const p = await db.memberPosting.findUnique({
    where: { id },
    select: { organization: { select: { community: { select: { code: true } } } } },
  });
  return one(p?.organization.community.code);
}

export async function gridCommunities(db: Db, id: string): Promise<string[] | null> {
  const g = await db.grid.findUnique({ where: { id }, select: { community: { select: { code: true } } } });
  return one(g?.community.code);
}

export async function staffPostingCommunities(db: Db, id: string): Promise<string[] | null> {
  const p = await db.staffPosting.findUnique({ where: { id }, select: { community: { select: { code: true } } } });
  return one(p?.community.code);
}
