import type { Prisma } from "../db/generated/client.ts";

export interface AuditFilter {
  action?: string | null;
  recordId?: string | null;
  userId?: string | null;
  communityCode?: string | null;
  since?: Date | null;
  until?: Date | null;
}

/**
 * Entries are not stamped with communities, so "a community's entries" means: written by an
 * account attached to it (its editors and committee members), or whose arguments name its code
 * (`communityCode`, `communityCodes`). Writes that name only a record id, by a county editor or
 * an admin, are found by author or action instead.
 */
export function auditWhere(filter: AuditFilter): Prisma.AuditEntryWhereInput {
  const { action, recordId, userId, communityCode, since, until } = filter;
  return {
    ...(action ? { action } : {}),
    ...(recordId ? { recordId } : {}),
    ...(userId ? { userId } : {}),
    ...(since || until ? { at: { ...(since ? { gte: since } : {}), ...(until ? { lt: until } : {}) } } : {}),
    ...(communityCode
      ? {
          OR: [
            { user: { communities: { some: { community: { code: communityCode } } } } },
            { detail: { contains: JSON.stringify(communityCode) } },
          ],
        }
      : {}),
  };
}
