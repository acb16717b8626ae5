import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql, present } from "../support/graphql.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
  // 120 more published items in one community, so lists are longer than the page-size cap.
  const community = await s.db.community.findUniqueOrThrow({ where: { code: "RJ-DINGWEI" } });
  const rows = Array.from({ length: 120 }, (_, i) => ({
    id: `bulk-${String(i).padStart(3, "0")}`,
    categoryCode: "COMMUNITY_AFFAIRS",
    title: `批量公示${i}`,
    body: "内容",
    status: "PUBLISHED" as const,
    publishedAt: new Date(Date.UTC(2026, 9, 1, 0, i)),
    publisherName: "测试",
    contentHash: "0".repeat(64),
  }));
  await s.db.disclosure.createMany({ data: rows });
  await s.db.disclosureTarget.createMany({ data: rows.map((r) => ({ disclosureId: r.id, communityId: community.id })) });
});
afterAll(() => s.close());

const PAGE = graphql(`query Page($first: Int, $after: String) { community(code: "RJ-DINGWEI") {
  disclosures(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } } } }`);
const page = async (variables: { first?: number; after?: string | null }) =>
  present((await s.gql(PAGE, variables)).data?.community).disclosures;

describe("connections", () => {
  it("never return more than 100 items, whatever `first` asks for", async () => {
    const conn = await page({ first: 1000 });
    expect(conn.edges).toHaveLength(100);
    expect(conn.pageInfo.hasNextPage).toBe(true);
  });

  it("default to 20 and walk every item exactly once with cursors", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const conn = await page({ after });
      seen.push(...conn.edges.map((e) => e.node.id));
      pages++;
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    const total = await s.db.disclosureTarget.count({ where: { community: { code: "RJ-DINGWEI" } } });
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(total);
    expect(pages).toBe(Math.ceil(total / 20));
  });
});
