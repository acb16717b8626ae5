import { canEditCommunities, isSupervisorOf, type Viewer } from "../auth/viewer.ts";
import type { Db } from "../db/client.ts";
import type { Prisma } from "../db/generated/client.ts";

/** A finance record named by the kind of id the client sent; its community decides who may touch it. */
export type FinanceRecord =
  | { period: string }
  | { entry: string }
  | { query: string }
  | { asset: string }
  | { category: string }
  | { community: string };

/** The code of the community a finance record belongs to, or null when there is no such record. */
export async function financeCommunityCode(db: Db, ref: FinanceRecord): Promise<string | null> {
  const code = { select: { code: true } } as const;
  if ("community" in ref) return ref.community;
  if ("period" in ref) {
    return (
      (await db.financePeriod.findUnique({ where: { id: ref.period }, select: { community: code } }))?.community.code ?? null
    );
  }
  if ("entry" in ref) {
    const entry = await db.ledgerEntry.findUnique({
      where: { id: ref.entry },
      select: { period: { select: { community: code } } },
    });
    return entry?.period.community.code ?? null;
  }
  if ("query" in ref) {
    const query = await db.financeQuery.findUnique({
      where: { id: ref.query },
      select: { period: { select: { community: code } } },
    });
    return query?.period.community.code ?? null;
  }
  if ("asset" in ref) {
    return (
      (await db.collectiveAsset.findUnique({ where: { id: ref.asset }, select: { community: code } }))?.community.code ?? null
    );
  }
  return (
    (await db.ledgerCategory.findUnique({ where: { id: ref.category }, select: { community: code } }))?.community.code ?? null
  );
}

/** The same, as the list of communities the editing scope is decided by. */
export async function financeCommunities(db: Db, ref: FinanceRecord): Promise<string[] | null> {
  const code = await financeCommunityCode(db, ref);
  return code === null ? null : [code];
}

/** Who sees a community's books before publication: its editors and its supervision committee. */
export async function seesUnpublishedBooks(db: Db, viewer: Viewer | null, communityCode: string): Promise<boolean> {
  if (!viewer) return false;
  return (await canEditCommunities(db, viewer, [communityCode])) || (await isSupervisorOf(db, viewer, communityCode));
}

/** Published months only, unless the viewer keeps or reviews this community's books. */
export async function visiblePeriods(
  db: Db,
  viewer: Viewer | null,
  communityCode: string,
): Promise<Prisma.FinancePeriodWhereInput> {
  return (await seesUnpublishedBooks(db, viewer, communityCode)) ? {} : { status: "PUBLISHED" };
}
