import { print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CommunityFees,
  CommunityPage,
  DisclosurePage,
  FeePaths,
  FinanceAssets,
  FinanceMonthPage,
  FinanceMonths,
  FinanceYearPage,
  HomeQuery,
} from "../../portal/src/lib/queries.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s.close());

describe("query limits", () => {
  it("let every query the portal runs through", async () => {
    const [first] = (await s.gql(`{ disclosures(first: 1) { edges { node { id } } } }`)).data?.disclosures.edges ?? [];
    for (const [doc, variables] of [
      [HomeQuery, {}],
      [CommunityPage, { code: "RJ-WOLONG", after: null }],
      [DisclosurePage, { id: first.node.id }],
      [CommunityFees, { code: "RJ-WOLONG" }],
      [FeePaths, { after: null }],
      [FinanceMonths, { code: "RJ-FUMIN", after: null }],
      [FinanceMonthPage, { code: "RJ-FUMIN", month: "2026-05", first: 100, after: null }],
      [FinanceYearPage, { code: "RJ-FUMIN", year: 2026 }],
      [FinanceAssets, { code: "RJ-FUMIN", year: 2026 }],
    ] as const) {
      const res = await s.gql(print(doc), variables);
      expect(res.errors?.map((e) => e.message)).toBeUndefined();
    }
  });

  it("refuse a query nested too deeply, with a Chinese message and a stable code", async () => {
    const nested = `{ counties { townships { county { townships { county { townships { county { townships { county { townships { code } } } } } } } } } } }`;
    const res = await s.gql(nested);
    expect(res.data?.counties ?? null).toBeNull();
    expect(res.errors?.[0]?.message).toMatch(/嵌套层数.*QUERY_TOO_DEPTH/);
  });

  it("refuse a query whose lists multiply out too far", async () => {
    const wide = `{ a: counties { townships { communities { organizations { postings { name } } } } }
      b: counties { townships { communities { organizations { postings { name } } } } } }`;
    const res = await s.gql(wide);
    expect(res.errors?.[0]?.message).toMatch(/QUERY_TOO_COMPLEXITY/);
  });
});
