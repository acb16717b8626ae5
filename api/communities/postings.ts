import type { Prisma } from "../db/generated/client.ts";
import { todayInShanghai } from "../periods.ts";

/**
 * The postings in office on a day (Asia/Shanghai): started on or before it, not yet ended. A
 * posting's `endedOn` is its first day out of office, so the previous term ends on the day the
 * next one starts. Every rule that counts "the members" (a committee's majority, whose signature
 * counts) reads them through this, so an ended posting never signs or counts again.
 */
export function currentPostingWhere(at = new Date()): Prisma.MemberPostingWhereInput {
  const today = todayInShanghai(at);
  return { startedOn: { lte: today }, OR: [{ endedOn: null }, { endedOn: { gt: today } }] };
}
