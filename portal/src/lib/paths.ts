import { allNodes, query } from "~/lib/api.ts";
import { loadCountyNames } from "~/lib/communities/load.ts";
import { CommunityCodes } from "~/lib/communities/queries.ts";

/** Every community code, for pages built once per community. */
export async function communityCodes(): Promise<string[]> {
  return allNodes(async (after) => {
    const { communities } = await query(CommunityCodes, { after });
    return { pageInfo: communities.pageInfo, nodes: communities.edges.map((e) => e.node.code) };
  });
}

/** getStaticPaths of a page built once per community: /c/<code>/… */
export async function perCommunity() {
  return (await communityCodes()).map((code) => ({ params: { code } }));
}

/** getStaticPaths of a page built once per county, which knows the county's name: /county/<county>/… */
export async function perCounty() {
  return (await loadCountyNames()).map((c) => ({ params: { county: c.code }, props: { name: c.name } }));
}
