import type { Db } from "../db/client.ts";
import type { Role } from "../db/generated/client.ts";
import { hashToken } from "./tokens.ts";

/** Who is calling: resolved once per request from the bearer token. */
export interface Viewer {
  userId: string;
  /** The API token of a program's request; null for a workspace session, which sets sessionId. */
  tokenId: string | null;
  sessionId?: string;
  name: string;
  role: Role;
  countyId: string | null;
  communityIds: ReadonlySet<string>;
}

export async function viewerFromAuthorization(db: Db, header: string | undefined): Promise<Viewer | null> {
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  if (!match?.[1]) return null;
  const token = await db.apiToken.findUnique({
    where: { tokenHash: hashToken(match[1]) },
    include: { user: { include: { communities: true } } },
  });
  if (!token || token.revokedAt || token.user.disabledAt) return null;
  const { user } = token;
  return {
    userId: user.id,
    tokenId: token.id,
    name: user.name,
    role: user.role,
    countyId: user.countyId,
    communityIds: new Set(user.communities.map((c) => c.communityId)),
  };
}

/**
 * The editing rule, in one place: admins edit everything, county editors every community of their
 * county, community editors the communities named on their account. Supervision-committee members
 * do not publish disclosures.
 */
export async function canEditCommunities(db: Db, viewer: Viewer | null, communityCodes: readonly string[]): Promise<boolean> {
  if (!viewer) return false;
  if (viewer.role === "ADMIN") return true;
  if (viewer.role === "SUPERVISOR") return false;
  const codes = [...new Set(communityCodes)];
  const communities = await db.community.findMany({
    where: { code: { in: codes } },
    select: { id: true, township: { select: { countyId: true } } },
  });
  if (communities.length !== codes.length) return false;
  return communities.every((c) =>
    viewer.role === "COUNTY_EDITOR" ? c.township.countyId === viewer.countyId : viewer.communityIds.has(c.id),
  );
}

/** Admins, and county editors of this county: who may publish to every community of a county at once. */
export async function isCountyEditorOf(db: Db, viewer: Viewer | null, countyCode: string): Promise<boolean> {
  if (!viewer) return false;
  if (viewer.role === "ADMIN") return true;
  if (viewer.role !== "COUNTY_EDITOR") return false;
  const county = await db.county.findUnique({ where: { code: countyCode }, select: { id: true } });
  return county !== null && county.id === viewer.countyId;
}

/** Any editor working in this county: county editors, and community editors with a community in it. */
export async function editsInCounty(db: Db, viewer: Viewer | null, countyCode: string): Promise<boolean> {
  if (!viewer || viewer.role === "SUPERVISOR") return false;
  if (viewer.role !== "COMMUNITY_EDITOR") return isCountyEditorOf(db, viewer, countyCode);
  const count = await db.community.count({
    where: { id: { in: [...viewer.communityIds] }, township: { county: { code: countyCode } } },
  });
  return count > 0;
}

/** A member of this community's supervision committee (居务监督委员会), signed in with their own token. */
export async function isSupervisorOf(db: Db, viewer: Viewer | null, communityCode: string): Promise<boolean> {
  if (viewer?.role !== "SUPERVISOR") return false;
  const community = await db.community.findUnique({ where: { code: communityCode }, select: { id: true } });
  return community !== null && viewer.communityIds.has(community.id);
}
