/**
 * The rules of an election, with their defaults and where they come from (README, "Elections").
 * Change them here; every check and every page reads them from this one place.
 */
export const ELECTION_RULES = {
  /** The voter list is posted at least this many days before election day ([001] 附件4 三(六)11). */
  voterListLeadDays: 20,
  /**
   * An election is valid when more than half of the registered voters cast a ballot, and a
   * candidate is elected with more than half of the ballots cast (the "double majority" of the
   * Organic Laws of Villagers' and Residents' Committees, as provincial election rules apply it).
   */
  turnoutMajority: true,
  electedMajority: true,
} as const;

const DAY_MS = 86_400_000;

/** Whole calendar days from one ISO date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The ISO date `days` after `date`. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The earliest election day a voter list posted on `postedOn` allows. */
export const earliestElectionDay = (postedOn: string) => addDays(postedOn, ELECTION_RULES.voterListLeadDays);

/** More than half: 2 × part > whole, in integers. */
export const moreThanHalf = (part: number, whole: number) => part * 2 > whole;

/** A share as a percentage with two decimals, rounded half up in integer arithmetic: 87.50%. */
export function percent(part: number, whole: number): string {
  if (whole === 0) return "0.00%";
  const basisPoints = Math.floor((part * 20_000 + whole) / (2 * whole));
  return `${Math.floor(basisPoints / 100)}.${String(basisPoints % 100).padStart(2, "0")}%`;
}

/** Where an election stands on a day (Asia/Shanghai), from its dates and whether it was counted. */
export function electionStatus(e: { electionDay: string; ballotsCast: number | null }, today: string) {
  if (e.ballotsCast !== null) return "COMPLETED" as const;
  return today >= e.electionDay ? ("AWAITING_RESULTS" as const) : ("VOTER_LIST_POSTED" as const);
}
