import { allNodes, query } from "~/lib/api.ts";
import { present } from "~/lib/communities/load.ts";
import type { ResultOf } from "~/lib/graphql.ts";
import { CommunityDecisions, DecisionPaths } from "./queries.ts";

export type Decision = NonNullable<ResultOf<typeof CommunityDecisions>["community"]>["decisions"][number];
export type DecisionStage = Decision["stages"][number];

/** A community's decisions (四议两公开), newest first, each with its whole trail; one query per community, cached for the build. */
const cache = new Map<string, Promise<Decision[]>>();
export function loadDecisions(code: string): Promise<Decision[]> {
  let found = cache.get(code);
  if (!found) {
    found = query(CommunityDecisions, { code }).then((r) => present(r.community, code).decisions);
    cache.set(code, found);
  }
  return found;
}

/** Every (community, decision) pair, for getStaticPaths. */
export async function decisionPaths() {
  const communities = await allNodes(async (after) => {
    const { communities } = await query(DecisionPaths, { after });
    return { pageInfo: communities.pageInfo, nodes: communities.edges.map((e) => e.node) };
  });
  return communities.flatMap((c) => c.decisions.map((d) => ({ community: c.code, id: d.id })));
}

/** A meeting's votes in words, or why there are none. */
export function votesInWords(s: DecisionStage): string {
  if (!s.voted) return "未表决";
  return `赞成 ${s.votesFor} 票，反对 ${s.votesAgainst} 票，弃权 ${s.votesAbstain} 票`;
}
