import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql, present } from "../support/graphql.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s.close());

const ALL = graphql(`{ disclosures(first: 100) { edges { node { id contentHash canonicalContent hashVerified } } } }`);
const all = async () => present((await s.gql(ALL)).data).disclosures.edges.map((e) => e.node);

describe("content hashes", () => {
  it("match an independent SHA-256 of the canonical content for every demo disclosure, on every read", async () => {
    const first = await all();
    expect(first.length).toBeGreaterThan(30);
    for (const d of first) {
      expect(createHash("sha256").update(present(d.canonicalContent), "utf8").digest("hex")).toBe(d.contentHash);
      expect(d.hashVerified).toBe(true);
    }
    expect(await all()).toEqual(first);
  });

  it("stop verifying when a published row is changed behind the API's back", async () => {
    const target = present((await all())[0]);
    // Raw SQL past the API's services, as someone with access to the database file or server would.
    await s.db.$executeRaw`UPDATE "Disclosure" SET "body" = "body" || '（被篡改）' WHERE "id" = ${target.id}`;
    const res = await s.gql(graphql(`query Hash($id: ID!) { disclosure(id: $id) { contentHash hashVerified } }`), {
      id: target.id,
    });
    expect(res.data?.disclosure).toEqual({ contentHash: target.contentHash, hashVerified: false });
  });
});
