import { allNodes, query } from "~/lib/api.ts";
import { graphql } from "~/lib/graphql.ts";
import { newest } from "./dataset.ts";

const DisclosurePublishedAt = graphql(`
  query DisclosurePublishedAt($id: ID!) {
    disclosure(id: $id) { publishedAt }
  }
`);

/**
 * The newest publication time among the notices records were published with: records that go out
 * through a disclosure (fee months, prices, …) carry its id but not its time.
 */
export async function newestPublication(disclosureIds: readonly (string | null | undefined)[]): Promise<string | null> {
  const ids = [...new Set(disclosureIds.filter((id): id is string => Boolean(id)))];
  const times = await Promise.all(ids.map(async (id) => (await query(DisclosurePublishedAt, { id })).disclosure?.publishedAt));
  return newest(times);
}

/** Every node of a GraphQL connection, page by page, as `read` fetches the page after a cursor. */
export function everyNode<Node>(
  read: (after: string | null) => Promise<{
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: readonly { node: Node }[];
  }>,
): Promise<Node[]> {
  return allNodes(async (after) => {
    const { pageInfo, edges } = await read(after);
    return { pageInfo, nodes: edges.map((e) => e.node) };
  });
}
