import { allNodes, query } from "./api.ts";
import { CommunityCodes } from "./queries.ts";

/** Every community code, for pages built once per community. */
export async function communityCodes(): Promise<string[]> {
  return allNodes(async (after) => {
    const { communities } = await query(CommunityCodes, { after });
    return { pageInfo: communities.pageInfo, nodes: communities.edges.map((e) => e.node.code) };
  });
}
