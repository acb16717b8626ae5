import { addDays } from "../catalogue/status.ts";
import { percentage } from "../money.ts";
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

/** The earliest election day a voter list posted on `postedOn` allows. */
export const earliestElectionDay = (postedOn: string) => addDays(postedOn, ELECTION_RULES.voterListLeadDays);

/** More than half: 2 × part > whole, in integers. */
export const moreThanHalf = (part: number, whole: number) => part * 2 > whole;

/** A share as a percentage with two decimals (87.50%), by the project's one integer rounding. */
export const percent = (part: number, whole: number): string => `${percentage(part, whole) ?? "0.00"}%`;

/** Where an election stands on a day (Asia/Shanghai), from its dates and whether it was counted. */
export function electionStatus(e: { electionDay: string; ballotsCast: number | null }, today: string) {
  if (e.ballotsCast !== null) return "COMPLETED" as const;
  return today >= e.electionDay ? ("AWAITING_RESULTS" as const) : ("VOTER_LIST_POSTED" as const);
}
