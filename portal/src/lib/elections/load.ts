import { query } from "~/lib/api.ts";
import { builtAt } from "~/lib/catalogue/load.ts";
import { present } from "~/lib/communities/load.ts";
import type { ResultOf } from "~/lib/graphql.ts";
import { pageCommunityCodes } from "~/lib/paths.ts";
import { CommunityElections } from "./queries.ts";

export type Election = NonNullable<ResultOf<typeof CommunityElections>["community"]>["elections"][number];

/**
 * A community's elections, latest first, with the countdown counted on the day of the build (the
 * portal is rebuilt just after midnight, Asia/Shanghai); one query per community, cached for the build.
 */
const cache = new Map<string, Promise<Election[]>>();
export function loadElections(code: string): Promise<Election[]> {
  let found = cache.get(code);
  if (!found) {
    found = query(CommunityElections, { code, asOf: builtAt() }).then((r) => present(r.community, code).elections);
    cache.set(code, found);
  }
  return found;
}

/**
 * Every (community, election) pair of the build's communities, for getStaticPaths; the pages then
 * find their election in the same cached lists.
 */
export async function electionPaths() {
  const codes = await pageCommunityCodes();
  const lists = await Promise.all(codes.map(loadElections));
  return codes.flatMap((community, n) => (lists[n] ?? []).map((e) => ({ community, id: e.id })));
}

/** The masked voter list grouped by residents' group, in the list's order. */
export function votersByGroup(e: Election) {
  return e.voterGroups.map((g) => ({ ...g, voters: e.voters.filter((v) => v.group === g.group) }));
}

/**
 * One line for the community page: each election not yet counted, with its countdown on the day
 * of the build (居民委员会换届选举：距选举日还有 18 天); nothing when none is pending.
 */
export async function electionsStatusLine(code: string): Promise<string> {
  const pending = (await loadElections(code)).filter((e) => e.status !== "COMPLETED");
  return pending.map((e) => `${e.bodyLabel}换届选举：${e.countdown.text}`).join("；");
}
