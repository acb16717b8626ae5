import { setTimeout as sleep } from "node:timers/promises";
import type { Db } from "../db/client.ts";
import { DECOY_HASH, verifyPassword } from "./passwords.ts";

/** After this many wrong passwords in a row, the account is locked for LOCK_MS. */
export const LOCK_AFTER = 5;
export const LOCK_MS = 15 * 60_000;
/** Failures from one address within LOCK_MS before it is refused outright, whatever user name it tries. */
export const ADDRESS_LIMIT = 20;

/** Each wrong password in a row doubles the wait before the answer: 1 s, 2 s, 4 s … */
export const failureDelayMs = (failures: number) => Math.min(1000 * 2 ** (failures - 1), 8000);

export type SignInOutcome = { ok: true; userId: string } | { ok: false; reason: "WRONG" | "LOCKED" | "ADDRESS_LIMIT" };

/**
 * Checks a user name and password. Wrong answers are slowed and counted per account and per
 * address; the fifth in a row locks the account. Unknown names cost the same scrypt work as known
 * ones, so timing does not tell which names exist.
 */
export async function signIn(
  db: Db,
  username: string,
  password: string,
  address: string,
  now = new Date(),
): Promise<SignInOutcome> {
  const since = new Date(now.getTime() - LOCK_MS);
  const fromAddress = await db.signInFailure.count({ where: { address, at: { gte: since } } });
  if (fromAddress >= ADDRESS_LIMIT) return { ok: false, reason: "ADDRESS_LIMIT" };
  const login = await db.userLogin.findUnique({ where: { username } });
  if (login?.lockedUntil && login.lockedUntil > now) return { ok: false, reason: "LOCKED" };
  const user = login ? await db.user.findUnique({ where: { id: login.userId } }) : null;
  const matches = await verifyPassword(password, login?.passwordHash ?? DECOY_HASH);
  if (login && user && !user.disabledAt && matches) {
    await db.userLogin.update({ where: { id: login.id }, data: { failedAttempts: 0, lockedUntil: null } });
    return { ok: true, userId: login.userId };
  }
  await db.signInFailure.create({ data: { address, at: now } });
  // A lock that has run out starts the count afresh; otherwise one more slip would relock at once.
  const previous = login?.lockedUntil && login.lockedUntil <= now ? 0 : (login?.failedAttempts ?? 0);
  const failures = previous + 1;
  if (login) {
    await db.userLogin.update({
      where: { id: login.id },
      data: { failedAttempts: failures, lockedUntil: failures >= LOCK_AFTER ? new Date(now.getTime() + LOCK_MS) : null },
    });
  }
  await db.auditEntry.create({
    data: {
      action: "workspaceSignIn",
      userId: user?.id ?? null,
      outcome: "UNAUTHENTICATED",
      errorCode: failures >= LOCK_AFTER ? "LOCKED" : "WRONG_PASSWORD",
      detail: JSON.stringify({ username, address }),
    },
  });
  await sleep(failureDelayMs(failures + Math.floor(fromAddress / LOCK_AFTER)));
  return { ok: false, reason: failures >= LOCK_AFTER ? "LOCKED" : "WRONG" };
}
