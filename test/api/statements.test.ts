import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type DocumentNode, print } from "graphql";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb, type Db } from "../../api/db/client.ts";
import { type RunningServer, startServer } from "../../api/server.ts";
import { CommunityPage } from "../../portal/src/lib/communities/queries.ts";
import { DisclosurePage } from "../../portal/src/lib/disclosures/queries.ts";
import { FinanceMonthPage } from "../../portal/src/lib/finance/queries.ts";

// The SQL the API issues for the portal's page queries, counted on the real server over HTTP with
// the read cache off (a cached answer issues none).
let dir: string;
let db: Db;
let server: RunningServer;
let statements: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "sunboard-statements-"));
  const file = join(dir, "test.db");
  copyFileSync(inject("demoDatabase"), file);
  db = createDb(`file:${file}`, { onQuery: (sql) => statements.push(sql) });
  server = await startServer({
    db,
    databaseUrl: `file:${file}`,
    port: 0,
    host: "127.0.0.1",
    http: { readsPerMinute: 0, responseCacheBytes: 0 },
  });
});
afterAll(async () => {
  await server.close();
  await db.$disconnect();
  rmSync(dir, { recursive: true, force: true });
});

/** The statements one request issued, after checking it answered without errors. */
async function statementsOf(document: DocumentNode, variables: object): Promise<string[]> {
  statements = [];
  const response = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as { errors?: unknown };
  expect(body.errors).toBeUndefined();
  return statements;
}

const readsBody = (sql: string) => /^SELECT .*`main`\.`Disclosure`\.`body`.* FROM `main`\.`Disclosure`/.test(sql);

describe("statements of the portal's page queries", () => {
  it("a finance month runs no `IN (NULL)` statement, with or without adjustments, decisions, projects or queries", async () => {
    const months = await db.financePeriod.findMany({
      where: { community: { code: "RJ-FUMIN" }, status: "PUBLISHED" },
      select: { month: true },
    });
    expect(months.length).toBeGreaterThan(10);
    for (const { month } of months) {
      const sql = await statementsOf(FinanceMonthPage, { code: "RJ-FUMIN", month, first: 100, after: null });
      expect(
        sql.filter((s) => s.includes("IN (NULL)")),
        month,
      ).toEqual([]);
      // 30 before the change, in the demo data; 8 of these are the hash check.
      expect(sql.length, month).toBeLessThanOrEqual(24);
    }
  });

  it("the community page lists disclosures without reading their bodies; a disclosure's own page still does", async () => {
    const list = await statementsOf(CommunityPage, { code: "RJ-FUMIN", after: null });
    expect(list.some((s) => s.includes("FROM `main`.`Disclosure`"))).toBe(true);
    expect(list.filter(readsBody)).toEqual([]);
    // 9 when measured; the dashboard's query also lists the disclosure categories (one statement).
    expect(list.length).toBeLessThanOrEqual(10);

    const one = await db.disclosure.findFirstOrThrow({ where: { status: "PUBLISHED" }, select: { id: true } });
    expect((await statementsOf(DisclosurePage, { id: one.id })).some(readsBody)).toBe(true);
  });
});
