import { allNodes, query } from "~/lib/api.ts";
import { present } from "~/lib/communities/load.ts";
import type { ResultOf } from "~/lib/graphql.ts";
import { CommunityFees, FeePaths } from "./queries.ts";

export type FeeItem = NonNullable<ResultOf<typeof CommunityFees>["community"]>["feeItems"][number];
export type FeePrice = FeeItem["prices"][number];

/** A community's fee items, each with its price history and monthly collection. */
export async function loadFees(code: string): Promise<FeeItem[]> {
  return present((await query(CommunityFees, { code })).community, code).feeItems;
}

/** Every (community, fee item) pair, for getStaticPaths. */
export async function feePaths() {
  const communities = await allNodes(async (after) => {
    const { communities } = await query(FeePaths, { after });
    return { pageInfo: communities.pageInfo, nodes: communities.edges.map((e) => e.node) };
  });
  return communities.flatMap((c) => c.feeItems.map((f) => ({ community: c.code, item: f.code })));
}
