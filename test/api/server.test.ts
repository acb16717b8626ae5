import { print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql, type ResultOf } from "../support/graphql.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ demo: false });
});
afterAll(() => s.close());

describe("HTTP server", () => {
  it("reports health after checking the database", async () => {
    const res = await fetch(`${s.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
  });

  it("serves GraphiQL to browsers from local assets only", async () => {
    const res = await fetch(`${s.url}/graphql`, { headers: { accept: "text/html" } });
    const html = await res.text();
    expect(res.headers.get("content-type")).toContain("text/html");
    const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? "");
    expect(sources.length).toBe(5);
    for (const src of sources) {
      expect(src.startsWith("/graphiql-assets/")).toBe(true);
      const asset = await fetch(`${s.url}${src}`);
      expect(asset.status).toBe(200);
      // Read to the end: an unread body keeps the connection busy, and closing the server waits for it.
      expect((await asset.arrayBuffer()).byteLength).toBeGreaterThan(0);
    }
  });

  it("answers GraphQL GET requests from programs", async () => {
    const categories = graphql(`{ categories { code name } }`);
    const res = await fetch(`${s.url}/graphql?query=${encodeURIComponent(print(categories))}`, {
      headers: { accept: "application/json", "apollo-require-preflight": "true" },
    });
    const body = (await res.json()) as { data: ResultOf<typeof categories> };
    expect(body.data.categories.map((c) => c.code)).toEqual([
      "PARTY_AFFAIRS",
      "COMMUNITY_AFFAIRS",
      "FINANCE",
      "FEES",
      "JOBS",
      "TRAINING",
    ]);
  });

  it("starts on an empty database with no communities and says so", async () => {
    const res = await s.gql(graphql(`{ communities(first: 10) { edges { node { code } } } }`));
    expect(res.data?.communities.edges).toEqual([]);
    expect((await fetch(`${s.url}/`)).status).toBe(200);
  });
});
