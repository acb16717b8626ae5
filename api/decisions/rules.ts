import type { DecisionOutcome, DecisionStageKind } from "./labels.ts";

/**
 * 四议两公开 in numbers. Each meeting kind has a quorum (how many of those entitled must be
 * present) and a majority (how many votes for, counted against those present or those entitled).
 * "More than half" is strict: 10 of 20 is not more than half.
 *
 * - Residents' (representatives') meeting: statutory (城市居民委员会组织法 art. 9): more than half
 *   of those entitled present; decisions by more than half of those present.
 * - Party members' meeting: 中国共产党支部工作条例: more than half of the members with a vote
 *   present; a decision needs more than half of the members entitled to attend (应到会), not
 *   just of those present.
 * - Party organization's proposal (支部委员会) and the joint meeting of the two committees: more
 *   than half of the members present; where they vote, more than half of those present. Their
 *   minutes need not record a vote (商议 is a discussion); the two meetings that decide must.
 *
 * The table is the one place to change these per meeting kind.
 */
export interface MeetingRule {
  /** Present must be more than this share of the members. */
  quorum: { numerator: number; denominator: number };
  /** Votes for must be more than this share of `base`. */
  majority: { numerator: number; denominator: number; base: "PRESENT" | "MEMBERS" };
  /** Whether the stage must record its vote. */
  voteRequired: boolean;
  /** The rule in words, as errors and pages name it. */
  text: { quorum: string; majority: string };
}

const HALF = { numerator: 1, denominator: 2 };

export const MEETING_RULES: Record<DecisionStageKind, MeetingRule> = {
  PARTY_PROPOSAL: {
    quorum: HALF,
    majority: { ...HALF, base: "PRESENT" },
    voteRequired: false,
    text: { quorum: "党组织委员过半数到会", majority: "赞成票超过到会委员半数" },
  },
  JOINT_MEETING: {
    quorum: HALF,
    majority: { ...HALF, base: "PRESENT" },
    voteRequired: false,
    text: { quorum: "两委成员过半数到会", majority: "赞成票超过到会成员半数" },
  },
  PARTY_MEMBERS_REVIEW: {
    quorum: HALF,
    majority: { ...HALF, base: "MEMBERS" },
    voteRequired: true,
    text: { quorum: "有表决权的党员过半数到会", majority: "赞成票超过应到会有表决权党员半数" },
  },
  RESIDENTS_RESOLUTION: {
    quorum: HALF,
    majority: { ...HALF, base: "PRESENT" },
    voteRequired: true,
    text: {
      quorum: "本居住地区有选举权的居民或户代表（居民代表）过半数出席",
      majority: "决定须经到会人员过半数通过",
    },
  },
};

/** The order the four deliberations are held in. */
export const STAGE_ORDER: readonly DecisionStageKind[] = [
  "PARTY_PROPOSAL",
  "JOINT_MEETING",
  "PARTY_MEMBERS_REVIEW",
  "RESIDENTS_RESOLUTION",
];

const moreThan = (part: number, whole: number, share: { numerator: number; denominator: number }) =>
  part * share.denominator > whole * share.numerator;

export interface Figures {
  members: number;
  present: number;
  votesFor: number | null;
}

export const hasQuorum = (kind: DecisionStageKind, f: Figures) => moreThan(f.present, f.members, MEETING_RULES[kind].quorum);

export function hasMajority(kind: DecisionStageKind, f: Figures): boolean {
  const rule = MEETING_RULES[kind].majority;
  return f.votesFor !== null && moreThan(f.votesFor, rule.base === "PRESENT" ? f.present : f.members, rule);
}

/**
 * What the figures support: NO_QUORUM without a quorum; with one, PASSED when the vote carries
 * (or, for a meeting that need not vote, when no vote was taken), else FAILED.
 */
export function outcomeOf(kind: DecisionStageKind, f: Figures): DecisionOutcome {
  if (!hasQuorum(kind, f)) return "NO_QUORUM";
  if (f.votesFor === null) return MEETING_RULES[kind].voteRequired ? "FAILED" : "PASSED";
  return hasMajority(kind, f) ? "PASSED" : "FAILED";
}

/** The rule in words: quorum and majority, for the portal and the API. */
export const ruleText = (kind: DecisionStageKind) =>
  `法定人数：${MEETING_RULES[kind].text.quorum}；表决：${MEETING_RULES[kind].text.majority}`;
