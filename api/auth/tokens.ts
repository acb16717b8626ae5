import { createHash, randomBytes } from "node:crypto";
import type { Db } from "../db/client.ts";

/** Tokens look like `sb_<43 base64url chars>`; only their SHA-256 is stored. */
const PREFIX = "sb_";

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export async function issueToken(db: Db, userId: string, label: string): Promise<string> {
  const token = PREFIX + randomBytes(32).toString("base64url");
  await db.apiToken.create({
    data: { userId, label, tokenHash: hashToken(token), prefix: token.slice(0, PREFIX.length + 6) },
  });
  return token;
}
