import { createHash } from "node:crypto";

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

/**
 * What is stored of a holder's ID number: its SHA-256, enough to recognise the same person on a
 * second post and nothing to print. (Only the office that keeps the paper files holds the number.)
 */
export const holderKey = (residentId: string) => createHash("sha256").update(`sunboard-welfare:${residentId}`).digest("hex");
