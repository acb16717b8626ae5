import { allNodes, query } from "~/lib/api.ts";
import { present } from "~/lib/communities/load.ts";
import type { ResultOf } from "~/lib/graphql.ts";
import { CommunityParty, PartyNoticePaths } from "./queries.ts";

type Result = ResultOf<typeof CommunityParty>;
export type PartyAffairs = NonNullable<Result["community"]> & { schedule: Result["partyMeetingSchedule"] };
export type PartyMeeting = PartyAffairs["partyMeetings"][number];
export type PartyNotice = PartyAffairs["partyNotices"][number];

/**
 * A community's Party affairs, with each notice's window judged on the instant of the build: the
 * portal is rebuilt after every change and daily just after midnight (Asia/Shanghai), and the page
 * states the day. One query per community, cached for the build.
 */
const cache = new Map<string, Promise<PartyAffairs>>();
export function loadParty(code: string, asOf: string): Promise<PartyAffairs> {
  let found = cache.get(code);
  if (!found) {
    found = query(CommunityParty, { code, asOf }).then((r) => ({
      ...present(r.community, code),
      schedule: r.partyMeetingSchedule,
    }));
    cache.set(code, found);
  }
  return found;
}

/** Every (community, notice) pair, for getStaticPaths. */
export async function partyNoticePaths() {
  const communities = await allNodes(async (after) => {
    const { communities } = await query(PartyNoticePaths, { after });
    return { pageInfo: communities.pageInfo, nodes: communities.edges.map((e) => e.node) };
  });
  return communities.flatMap((c) => c.partyNotices.map((n) => ({ community: c.code, id: n.id })));
}

/** Meetings grouped by quarter, newest quarter first, in the order the API gives them (newest first). */
export function byQuarter(meetings: readonly PartyMeeting[]) {
  const groups: { quarter: string; label: string; meetings: PartyMeeting[] }[] = [];
  for (const m of meetings) {
    const group = groups.find((g) => g.quarter === m.quarter);
    if (group) group.meetings.push(m);
    else groups.push({ quarter: m.quarter, label: m.quarterLabel, meetings: [m] });
  }
  return groups.sort((a, b) => b.quarter.localeCompare(a.quarter));
}

/** A text cut into plain parts and phone numbers, so a page can make each number a tel: link. */
export function phoneParts(text: string): { text: string; phone: boolean }[] {
  return text
    .split(/(\d{3,4}-\d{7,8}|1\d{10})/)
    .filter((part) => part !== "")
    .map((part) => ({ text: part, phone: /^(\d{3,4}-\d{7,8}|1\d{10})$/.test(part) }));
}
