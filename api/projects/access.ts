import type { Db } from "../db/client.ts";

/** The community whose editors may change a project; null when there is no such project. */
export async function projectCommunities(db: Db, projectId: string): Promise<string[] | null> {
  const p = await db.fundedProject.findUnique({ where: { id: projectId }, select: { community: { select: { code: true } } } });
  return p ? [p.community.code] : null;
}

/** The community of the project a stage belongs to. */
export async function stageCommunities(db: Db, stageId: string): Promise<string[] | null> {
  const s = await db.projectStage.findUnique({
    where: { id: stageId },
    select: { project: { select: { community: { select: { code: true } } } } },
  });
  return s ? [s.project.community.code] : null;
}

/** The community of the project a ledger-entry link belongs to. */
export async function entryLinkCommunities(db: Db, linkId: string): Promise<string[] | null> {
  const l = await db.projectEntryLink.findUnique({
    where: { id: linkId },
    select: { project: { select: { community: { select: { code: true } } } } },
  });
  return l ? [l.project.community.code] : null;
}
