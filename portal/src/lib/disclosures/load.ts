import { allNodes, query } from "~/lib/api.ts";
import { buildScope } from "../../../integrations/scope.ts";
import { DisclosureIds, DisclosurePage } from "./queries.ts";

/** Every public disclosure's id, for getStaticPaths. */
export async function disclosureIds(): Promise<string[]> {
  // A partial build's scope lists its public disclosures (api/portal/incremental.ts): listing
  // every notice of the province only to keep a hundred of them took seconds per route.
  const only = buildScope();
  if (only) return [...only.disclosures];
  return allNodes(async (after) => {
    const { disclosures } = await query(DisclosureIds, { after });
    return { pageInfo: disclosures.pageInfo, nodes: disclosures.edges.map((e) => e.node.id) };
  });
}

export async function loadDisclosure(id: string) {
  const { disclosure } = await query(DisclosurePage, { id });
  if (!disclosure) throw new Error(`disclosure ${id} vanished during the build`);
  return disclosure;
}
