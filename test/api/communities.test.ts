import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql, present } from "../support/graphql.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s.close());

describe("demo data over the public API", () => {
  it("lists the eight demo communities, filterable by county", async () => {
    const all = await s.gql(
      graphql(`{ communities(first: 50) { edges { node { code name isSample township { county { code } } } } } }`),
    );
    const nodes = present(all.data).communities.edges.map((e) => e.node);
    expect(nodes.map((n) => n.name).sort()).toEqual(
      ["丰乐社区", "凤凰社区", "卧龙社区", "定威社区", "富民社区", "特和社区", "铜锣湾社区", "阳光社区"].sort(),
    );
    expect(nodes.every((n) => n.isSample)).toBe(true);
    const shicheng = await s.gql(graphql(`{ communities(first: 50, countyCode: "SC") { edges { node { code } } } }`));
    expect(shicheng.data?.communities.edges).toEqual([{ node: { code: "SC-TONGLUOWAN" } }]);
  });

  it("shows a community's profile, organizations and public postings", async () => {
    const res = await s.gql(
      graphql(`{ community(code: "RJ-WOLONG") {
        name households population placement settlementKind relocationYears { from to } serviceCentre { name phone }
        township { name county { name } }
        organizations { kind name partyLevel partyLevelLabel memberCount postings { name role duties publicPhone } }
      } }`),
    );
    const c = present(res.data?.community);
    expect(c).toMatchObject({
      name: "卧龙社区",
      placement: "INSIDE_PLANNING_AREA",
      township: { name: "古州镇", county: { name: "榕江县" } },
    });
    expect(c.organizations.map((o) => o.kind)).toEqual([
      "PARTY_ORGANIZATION",
      "RESIDENTS_COMMITTEE",
      "SUPERVISION_COMMITTEE",
      "OWNERS_COMMITTEE",
    ]);
    // 112 Party members: a Party committee (党委), per the organizational rules in DOMAIN.md.
    expect(c.organizations[0]).toMatchObject({ partyLevel: "COMMITTEE", partyLevelLabel: "党委", memberCount: 112 });
    expect(c.organizations[2]?.postings).toHaveLength(3);
    expect(c.organizations[0]?.postings[0]).toMatchObject({ role: "书记", publicPhone: expect.stringMatching(/^0855-/) });
  });

  it("publishes Rongjiang's 2019 relocation total across its seven sites", async () => {
    const res = await s.gql(graphql(`{ communities(first: 50, countyCode: "RJ") { edges { node { population } } } }`));
    const { edges } = present(res.data).communities;
    const total = edges.reduce((sum, e) => sum + e.node.population, 0);
    expect(edges).toHaveLength(7);
    expect(total).toBe(25255);
  });

  it("has published Party, community-affairs, finance, fee and jobs notices, two corrections and one withdrawal, and no drafts", async () => {
    const nodes = await s.allDisclosures(
      graphql(`query Disclosures($after: String) { disclosures(first: 100, after: $after) {
        pageInfo { hasNextPage endCursor } edges { node { status isCurrent isSample correctionReason category { code } } } } }`),
    );
    expect(nodes.length).toBeGreaterThan(200);
    expect(nodes.every((n) => n.isSample)).toBe(true);
    expect(nodes.filter((n) => n.status === "DRAFT")).toEqual([]);
    expect(nodes.filter((n) => n.status === "WITHDRAWN")).toHaveLength(1);
    const corrections = nodes.filter((n) => n.correctionReason);
    expect(corrections.map((n) => n.category.code).sort()).toEqual(["COMMUNITY_AFFAIRS", "FEES"]);
    const categories = new Set(nodes.map((n) => n.category.code));
    expect(categories).toEqual(new Set(["PARTY_AFFAIRS", "COMMUNITY_AFFAIRS", "FINANCE", "FEES", "JOBS"]));
    // Twelve months of books and a 2025 asset-income statement per community.
    expect(nodes.filter((n) => n.category.code === "FINANCE")).toHaveLength(8 * 13);
    // The seeded draft exists in the database but never in a public answer.
    expect(await s.db.disclosure.count({ where: { status: "DRAFT" } })).toBe(1);
  });

  it("answers null for an unknown community and an unknown disclosure", async () => {
    const res = await s.gql(graphql(`{ community(code: "NOPE") { name } disclosure(id: "nope") { id } }`));
    expect(res.data).toEqual({ community: null, disclosure: null });
  });
});
