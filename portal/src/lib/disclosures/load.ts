import { allNodes, query } from "~/lib/api.ts";
import { DisclosureIds, DisclosurePage } from "./queries.ts";

/** Every public disclosure's id, for getStaticPaths. */
export async function disclosureIds(): Promise<string[]> {
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
