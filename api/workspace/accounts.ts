import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import type { Db } from "../db/client.ts";
import { hashPassword, MIN_PASSWORD_LENGTH } from "./passwords.ts";

/** How long an invitation link works. */
export const INVITE_LIFETIME_MS = 7 * 24 * 60 * 60_000;

const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");

export const credentialsSchema = z.object({
  username: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_.-]{3,32}$/, "用户名须为 3 到 32 位字母、数字、下划线、点或连字符"),
  password: z.string().min(MIN_PASSWORD_LENGTH, `密码至少 ${MIN_PASSWORD_LENGTH} 位`).max(200, "密码过长"),
});

export type CredentialIssue = { field: "username" | "password"; message: string };

/**
 * Sets (or replaces) a user's sign-in name and password, ends the user's open sessions so a
 * changed password locks out whoever knew the old one, and clears any lockout.
 */
export async function setCredentials(db: Db, userId: string, input: { username: string; password: string }, now = new Date()) {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) {
    return parsed.error.issues.map((i) => ({ field: i.path[0], message: i.message }) as CredentialIssue);
  }
  const { username, password } = parsed.data;
  const taken = await db.userLogin.findUnique({ where: { username } });
  if (taken && taken.userId !== userId) return [{ field: "username", message: "这个用户名已被使用" } as CredentialIssue];
  const passwordHash = await hashPassword(password);
  await db.$transaction([
    db.userLogin.upsert({
      where: { userId },
      create: { userId, username, passwordHash },
      update: { username, passwordHash, failedAttempts: 0, lockedUntil: null },
    }),
    db.staffSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } }),
  ]);
  return [];
}

/** A one-time invitation; the token is returned once and only its hash is kept. */
export async function createInvite(db: Db, userId: string, now = new Date()): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db.userInvite.create({
    data: { tokenHash: sha256(token), userId, createdAt: now, expiresAt: new Date(now.getTime() + INVITE_LIFETIME_MS) },
  });
  return token;
}

/** The invitation behind a link, if it is unused and unexpired. */
export async function openInvite(db: Db, token: string, now = new Date()) {
  const invite = await db.userInvite.findUnique({ where: { tokenHash: sha256(token) } });
  if (!invite || invite.usedAt || invite.expiresAt <= now) return null;
  const user = await db.user.findUnique({ where: { id: invite.userId } });
  return user && !user.disabledAt ? { invite, user } : null;
}

/** Accepting marks the invitation used in the same step that sets the password, so a link works once. */
export async function acceptInvite(db: Db, token: string, input: { username: string; password: string }, now = new Date()) {
  const open = await openInvite(db, token, now);
  if (!open) return null;
  const { count } = await db.userInvite.updateMany({ where: { id: open.invite.id, usedAt: null }, data: { usedAt: now } });
  if (count === 0) return null;
  const issues = await setCredentials(db, open.user.id, input, now);
  // A refused choice of name or password leaves the link usable for the next try.
  if (issues.length) await db.userInvite.update({ where: { id: open.invite.id }, data: { usedAt: null } });
  return issues;
}
