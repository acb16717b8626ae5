import type { Viewer } from "../auth/viewer.ts";
import type { Tx } from "../db/client.ts";
import type { MemberPosting, Prisma } from "../db/generated/client.ts";
import { ForbiddenError } from "../errors.ts";
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

/**
 * The caller's own posting on their community's supervision committee, in office on the day: what
 * a committee member's opinion is recorded under. Refused for anyone else, so no one gives an
 * opinion in a member's name.
 */
export async function ownCommitteePosting(tx: Tx, communityId: string, viewer: Viewer, at: Date): Promise<MemberPosting> {
  const committee = await tx.organization.findUnique({
    where: { communityId_kind: { communityId, kind: "SUPERVISION_COMMITTEE" } },
    include: { postings: { where: currentPostingWhere(at) } },
  });
  const own = committee?.postings.find((p) => p.userId === viewer.userId);
  if (!own) {
    throw new ForbiddenError("您的账号没有登记为本社区居务监督委员会在任成员；监督意见只能由成员本人用自己的账号提出");
  }
  return own;
}
