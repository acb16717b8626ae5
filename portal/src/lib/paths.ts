import { allNodes, query } from "~/lib/api.ts";
import { loadCountyNames } from "~/lib/communities/load.ts";
import { CommunityCodes } from "~/lib/communities/queries.ts";
import { buildScope } from "../../integrations/scope.ts";

/** Every community code, for pages built once per community. */
export async function communityCodes(): Promise<string[]> {
  return allNodes(async (after) => {
    const { communities } = await query(CommunityCodes, { after });
    return { pageInfo: communities.pageInfo, nodes: communities.edges.map((e) => e.node.code) };
  });
}

/**
 * The communities whose pages this build writes: every one, or a partial build's (see
 * integrations/scope.ts). Paths are listed from these, so a partial build of one community
 * queries one community's months and lists, not those of the whole province.
 */
export async function pageCommunityCodes(): Promise<string[]> {
  const only = buildScope();
  return only ? [...only.communities] : communityCodes();
}

/** The counties whose pages this build writes: every one, or a partial build's. */
export async function pageCountyCodes(): Promise<string[]> {
  const only = buildScope();
  return only ? [...only.counties] : (await loadCountyNames()).map((c) => c.code);
}

/** getStaticPaths of a page built once per community: /c/<code>/… */
export async function perCommunity() {
  return (await pageCommunityCodes()).map((code) => ({ params: { code } }));
}

/** getStaticPaths of a page built once per county, which knows the county's name: /county/<county>/… */
export async function perCounty() {
  const only = buildScope();
  return (await loadCountyNames())
    .filter((c) => !only || only.counties.has(c.code))
    .map((c) => ({ params: { county: c.code }, props: { name: c.name } }));
}
