import { createHash } from "node:crypto";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sqlitePath } from "../../api/db/url.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s.close());

const ALL = `{ disclosures(first: 100) { edges { node { id contentHash canonicalContent hashVerified } } } }`;

describe("content hashes", () => {
  it("match an independent SHA-256 of the canonical content for every demo disclosure, on every read", async () => {
    const first = (await s.gql(ALL)).data?.disclosures.edges.map((e: { node: Record<string, string> }) => e.node);
    expect(first.length).toBeGreaterThan(30);
    for (const d of first) {
      expect(createHash("sha256").update(d.canonicalContent, "utf8").digest("hex")).toBe(d.contentHash);
      expect(d.hashVerified).toBe(true);
    }
    const again = (await s.gql(ALL)).data?.disclosures.edges.map((e: { node: Record<string, string> }) => e.node);
    expect(again).toEqual(first);
  });

  it("stop verifying when a published row is changed behind the API's back", async () => {
    const [target] = (await s.gql(ALL)).data?.disclosures.edges.map((e: { node: { id: string } }) => e.node) ?? [];
    const raw = new Database(sqlitePath(s.databaseUrl));
    raw.prepare(`UPDATE "Disclosure" SET "body" = "body" || '（被篡改）' WHERE "id" = ?`).run(target.id);
    raw.close();
    const res = await s.gql(`query($id: ID!) { disclosure(id: $id) { contentHash hashVerified } }`, { id: target.id });
    expect(res.data?.disclosure).toEqual({ contentHash: target.contentHash, hashVerified: false });
  });
});
