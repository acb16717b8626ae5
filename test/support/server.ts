import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
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
  /** Creates a staff account and returns a fresh token for it. */
  tokenFor: (role: Role, scope?: { communities?: string[]; county?: string }) => Promise<string>;
  close: () => Promise<void>;
}

/** A real HTTP server on a fresh SQLite file in its own temporary folder (demo data loaded by default). */
export async function startTestServer(options: { demo?: boolean; portalDir?: string } = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), "sunboard-test-"));
  const databaseUrl = `file:${join(dir, "test.db")}`;
  const db = await prepareDatabase(databaseUrl, { demo: options.demo ?? true });
  const server = await startServer({ db, port: 0, host: "127.0.0.1", portalDir: options.portalDir });
  let users = 0;
  return {
    url: server.url,
    databaseUrl,
    dir,
    db,
    gql: async (query, variables, token) => {
      const response = await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return response.json() as Promise<GqlResponse<any>>;
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
