import { PARTY_LEVEL_LABELS } from "../communities/labels.ts";
import type { OrganizationKind, PartyOrganizationLevel } from "../db/generated/client.ts";

/** A number of people a rule allows: at least `min`, at most `max` (null: no upper bound), odd if `odd`. */
export interface SizeRange {
  min: number;
  max: number | null;
  odd?: boolean;
}

/**
 * The size rules of the documents, with their sources (README "Rosters" lists them too). Every
 * check of a roster reads them from here. Override any of them with the environment variable
 * ROSTER_RULES, a JSON object of the same shape holding only what changes, e.g.
 * `ROSTER_RULES='{"committees":{"OWNERS_COMMITTEE":{"min":3,"max":9,"odd":true}}}'`; it is read
 * once, when the server starts.
 */
export const DEFAULT_ROSTER_RULES = {
  /** Full Party members an organization of each level has: [000] 二(二)1. */
  partyMembers: {
    BRANCH: { min: 3, max: null },
    GENERAL_BRANCH: { min: 50, max: 100 },
    COMMITTEE: { min: 100, max: null },
  } satisfies Record<PartyOrganizationLevel, SizeRange>,
  /** The Party organization's committee (支委会/总支委员会/党委) by level: Regulations on the Work of Party Branches. */
  partyCommittee: {
    BRANCH: { min: 3, max: 5 },
    GENERAL_BRANCH: { min: 5, max: 7 },
    COMMITTEE: { min: 5, max: 9 },
  } satisfies Record<PartyOrganizationLevel, SizeRange>,
  /** The other bodies; a kind left out has no size rule (the collective economic organization). */
  committees: {
    // Organic Law of Urban Residents' Committees, art. 7: a chair, vice-chairs and members, 5 to 9 in all.
    RESIDENTS_COMMITTEE: { min: 5, max: 9 },
    // [000] 二(二)2
    SUPERVISION_COMMITTEE: { min: 3, max: 5 },
    // [000] 二(二)3
    OWNERS_COMMITTEE: { min: 5, max: 11, odd: true },
  } as Partial<Record<OrganizationKind, SizeRange>>,
  /** A grid worker per 2–4 residents' groups, at most 300 households a grid: [000] 二(三)1. */
  grid: { groupsPerWorker: { min: 2, max: 4 }, maxHouseholds: 300 },
};

export type RosterRules = typeof DEFAULT_ROSTER_RULES;

function merged<T>(base: T, patch: unknown): T {
  if (typeof patch !== "object" || patch === null || Array.isArray(patch)) return (patch ?? base) as T;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(patch)) out[k] = merged(out[k], v);
  return out as T;
}

/** The rules in force: the defaults, with what ROSTER_RULES overrides. */
export function rosterRules(env: NodeJS.ProcessEnv = process.env): RosterRules {
  if (!env.ROSTER_RULES) return DEFAULT_ROSTER_RULES;
  try {
    return merged(DEFAULT_ROSTER_RULES, JSON.parse(env.ROSTER_RULES));
  } catch (e) {
    throw new Error(`ROSTER_RULES must be a JSON object: ${(e as Error).message}`);
  }
}

export const RULES = rosterRules();

/** The size rule of a body's roster (its members in office), or null when it has none. */
export function rosterRule(org: { kind: OrganizationKind; partyLevel: PartyOrganizationLevel | null }): SizeRange | null {
  if (org.kind === "PARTY_ORGANIZATION") return RULES.partyCommittee[org.partyLevel ?? "BRANCH"];
  return RULES.committees[org.kind] ?? null;
}

/** "3–5 人", "5–11 人（奇数）", "3 人以上" */
export function rangeText(r: SizeRange, unit = "人"): string {
  const span = r.max === null ? `${r.min} ${unit}以上` : r.min === r.max ? `${r.min} ${unit}` : `${r.min}–${r.max} ${unit}`;
  return r.odd ? `${span}（奇数）` : span;
}

/** Whether a count keeps a rule, and if not, why, in words. */
export function sizeCheck(r: SizeRange, count: number): { meets: boolean; problem: string | null } {
  if (count < r.min) return { meets: false, problem: `少于 ${r.min} 人，还差 ${r.min - count} 人` };
  if (r.max !== null && count > r.max) return { meets: false, problem: `超过 ${r.max} 人` };
  if (r.odd && count % 2 === 0) return { meets: false, problem: "人数应为奇数" };
  return { meets: true, problem: null };
}

/** The Party membership a level requires, refused in words when the count is outside it. */
export function partyMembersProblem(level: PartyOrganizationLevel, members: number): string | null {
  const r = RULES.partyMembers[level];
  if (members >= r.min && (r.max === null || members <= r.max)) return null;
  return `${PARTY_LEVEL_LABELS[level]}应有正式党员${rangeText(r, "名")}，填写的是 ${members} 名`;
}

/** How many grid workers a grid of this many residents' groups should have: one per 2–4 groups. */
export function gridWorkerRange(residentsGroups: number): SizeRange {
  const { min, max } = RULES.grid.groupsPerWorker;
  return { min: Math.max(1, Math.ceil(residentsGroups / max)), max: Math.max(1, Math.floor(residentsGroups / min)) };
}
