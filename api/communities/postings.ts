import type { Prisma } from "../db/generated/client.ts";
import { todayInShanghai } from "../periods.ts";

/**
 * The postings in office on a day (Asia/Shanghai): started on or before it, not yet ended. A
 * posting's `endedOn` is its first day out of office, so the previous term ends on the day the
 * next one starts. Every rule that counts "the members" (a committee's majority, whose signature
 * counts) reads them through this, so an ended posting never signs or counts again.
 */
export function currentPostingWhere(at = new Date()): Prisma.MemberPostingWhereInput {
  return inOfficeOn(todayInShanghai(at));
}

/** Any term of office (a body's member, a grid worker …) running on an ISO date. */
export function inOfficeOn(day: string) {
  return { startedOn: { lte: day }, ...notEndedBy(day) };
}

/** Terms not ended by an ISO date: in office then, or yet to start. */
export function notEndedBy(day: string) {
  return { OR: [{ endedOn: null }, { endedOn: { gt: day } }] };
}
