import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { Request, Response } from "express";
import type { Viewer } from "../auth/viewer.ts";
import type { Db } from "../db/client.ts";

export const SESSION_COOKIE = "sunboard_staff";
/** A shared service-centre PC is left signed in: 30 minutes without a request ends the session. */
export const IDLE_LIMIT_MS = 30 * 60_000;
/** However active, a session lasts one working day. */
export const ABSOLUTE_LIMIT_MS = 12 * 60 * 60_000;

const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");

export interface StaffSession {
  id: string;
  csrfToken: string;
  viewer: Viewer;
}

/** Cookie attributes: never readable by scripts, never sent from another site, Secure whenever the request came over HTTPS. */
export function cookieOptions(req: Request) {
  return { httpOnly: true, sameSite: "strict", secure: req.secure, path: "/staff" } as const;
}

export async function openSession(db: Db, req: Request, res: Response, userId: string, now = new Date()): Promise<void> {
  const token = randomBytes(32).toString("base64url");
  await db.staffSession.create({
    data: {
      tokenHash: sha256(token),
      userId,
      csrfSecret: randomBytes(32).toString("base64url"),
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + ABSOLUTE_LIMIT_MS),
    },
  });
  res.cookie(SESSION_COOKIE, token, { ...cookieOptions(req), maxAge: ABSOLUTE_LIMIT_MS });
}

/**
 * The session behind the request's cookie, or null when it is missing, revoked, idle too long or
 * past its absolute limit. The user's role and communities are read afresh on every request, so a
 * change by an admin applies at once, as it does for tokens.
 */
export async function currentSession(db: Db, req: Request, now = new Date()): Promise<StaffSession | null> {
  const token = cookieValue(req, SESSION_COOKIE);
  if (!token) return null;
  const session = await db.staffSession.findUnique({ where: { tokenHash: sha256(token) } });
  if (!session || session.revokedAt || session.expiresAt <= now) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > IDLE_LIMIT_MS) return null;
  const user = await db.user.findUnique({ where: { id: session.userId }, include: { communities: true } });
  if (!user || user.disabledAt) return null;
  await db.staffSession.update({ where: { id: session.id }, data: { lastSeenAt: now } });
  return {
    id: session.id,
    csrfToken: session.csrfSecret,
    viewer: {
      userId: user.id,
      tokenId: null,
      sessionId: session.id,
      name: user.name,
      role: user.role,
      countyId: user.countyId,
      communityIds: new Set(user.communities.map((c) => c.communityId)),
    },
  };
}

export async function closeSession(db: Db, req: Request, res: Response, now = new Date()): Promise<void> {
  const token = cookieValue(req, SESSION_COOKIE);
  if (token) await db.staffSession.updateMany({ where: { tokenHash: sha256(token), revokedAt: null }, data: { revokedAt: now } });
  res.clearCookie(SESSION_COOKIE, cookieOptions(req));
}

export function sameSecret(sent: unknown, expected: string): boolean {
  if (typeof sent !== "string") return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** One cookie's value; Express 5 ships no cookie parser and this is the only cookie the workspace reads. */
export function cookieValue(req: Request, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? "").split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return decodeURIComponent(value.join("="));
  }
  return undefined;
}
