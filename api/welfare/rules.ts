import { createHmac, randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { loadConfig } from "../config.ts";

/**
 * Public-welfare posts in numbers. The notice window before a holder starts follows the rule for
 * assistance lists in DOMAIN.md ("low-income and similar assistance lists, notice window: 7 days",
 * Ministry of Civil Affairs rules on minimum-living-allowance review, 2021): the people a community
 * means to appoint are published, masked, at least this many days before they start, so neighbours
 * can object. This constant is the one place to change it.
 */
export const WELFARE_NOTICE_DAYS = 7;

/** How far back the turnover table reaches by default: a year of months. */
export const TURNOVER_MONTHS = 12;

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = "10X98765432";

/** A well-formed 18-character resident ID number (GB 11643-1999), its check character included. */
export function isResidentId(id: string): boolean {
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  const sum = WEIGHTS.reduce((s, w, i) => s + w * Number(id[i]), 0);
  return CHECK[sum % 11] === id[17];
}

/** The check character that completes 17 digits into a resident ID number. */
export function residentIdCheck(first17: string): string {
  const sum = WEIGHTS.reduce((s, w, i) => s + w * Number(first17[i]), 0);
  return CHECK[sum % 11] ?? "0";
}

const secrets = new Map<string, Buffer>();

/**
 * The secret holder keys are made with: 32 random bytes in `welfare-holders.key` beside the
 * counties' signing keys (CHECKPOINT_KEY_DIR), never in the database, made on first use. ID
 * numbers are few enough (region, birth date, a sequence) that a plain hash of one could be
 * reversed by trying them all; without this file a copy of the database cannot be.
 */
function holderSecret(): Buffer {
  const path = resolve(loadConfig().checkpointKeyDir, "welfare-holders.key");
  const known = secrets.get(path);
  if (known) return known;
  mkdirSync(resolve(path, ".."), { recursive: true, mode: 0o700 });
  try {
    writeFileSync(path, `${randomBytes(32).toString("hex")}\n`, { mode: 0o600, flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  const secret = Buffer.from(readFileSync(path, "utf8").trim(), "hex");
  if (secret.length !== 32) throw new Error(`${path} is not a welfare holder key (64 hex digits)`);
  secrets.set(path, secret);
  return secret;
}

/**
 * What is stored of a holder's ID number: an HMAC-SHA256 under the deployment's secret, enough to
 * recognise the same person on a second post and nothing to print or reverse. (Only the office that
 * keeps the paper files holds the number.)
 */
export const holderKey = (residentId: string) => createHmac("sha256", holderSecret()).update(residentId).digest("hex");
