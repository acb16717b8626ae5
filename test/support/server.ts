import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inject } from "vitest";
import { issueToken } from "../../api/auth/tokens.ts";
import type { Db } from "../../api/db/client.ts";
import type { Role } from "../../api/db/generated/client.ts";
import { prepareDatabase } from "../../api/db/prepare.ts";
import { startServer } from "../../api/server.ts";

export interface GqlResponse<T = Record<string, any>> {
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export interface TestServer {
  url: string;
  databaseUrl: string;
  dir: string;
  db: Db;
  /** POSTs a GraphQL operation; `token` goes into the Authorization header. */
  gql: <T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string) => Promise<GqlResponse<T>>;
  /** Every public disclosure, walking the connection page by page; `fields` selects on each node. */
  allDisclosures: <T = any>(fields: string) => Promise<T[]>;
  /** Creates a staff account and returns a fresh token for it. */
  tokenFor: (role: Role, scope?: { communities?: string[]; county?: string }) => Promise<string>;
  close: () => Promise<void>;
}

/** A real HTTP server on a fresh SQLite file in its own temporary folder (demo data loaded by default). */
export async function startTestServer(
  options: { demo?: boolean; portalDir?: string; onPortalChange?: () => void } = {},
): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), "sunboard-test-"));
  const file = join(dir, "test.db");
  // A copy of one of the run's templates: every test still owns its database file.
  copyFileSync(inject((options.demo ?? true) ? "demoDatabase" : "emptyDatabase"), file);
  const databaseUrl = `file:${file}`;
  const db = await prepareDatabase(databaseUrl, { demo: false });
  const server = await startServer({
    db,
    port: 0,
    host: "127.0.0.1",
    portalDir: options.portalDir,
    onPortalChange: options.onPortalChange,
  });
  let users = 0;
  const gql: TestServer["gql"] = async (query, variables, token) => {
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return response.json() as Promise<GqlResponse<any>>;
  };
  return {
    url: server.url,
    databaseUrl,
    dir,
    db,
    gql,
    allDisclosures: async (fields) => {
      const nodes = [];
      let after: string | null = null;
      for (;;) {
        const res: GqlResponse = await gql(
          `query($after: String) { disclosures(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { ${fields} } } } }`,
          { after },
        );
        if (res.errors || !res.data) throw new Error(res.errors?.map((e) => e.message).join("\n") ?? "no data");
        const { edges, pageInfo } = res.data.disclosures;
        nodes.push(...edges.map((e: { node: unknown }) => e.node));
        if (!pageInfo.hasNextPage) return nodes;
        after = pageInfo.endCursor;
      }
    },
    tokenFor: async (role, scope = {}) => {
      const county = scope.county ? await db.county.findUniqueOrThrow({ where: { code: scope.county } }) : null;
      const communities = await db.community.findMany({ where: { code: { in: scope.communities ?? [] } } });
      const user = await db.user.create({
        data: {
          name: `测试用户${++users}`,
          role,
          countyId: county?.id ?? null,
          communities: { create: communities.map((c) => ({ communityId: c.id })) },
        },
      });
      return issueToken(db, user.id, "test");
    },
    close: async () => {
      await server.close();
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
