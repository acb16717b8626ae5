import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type DocumentNode, print } from "graphql";
import { inject } from "vitest";
import { issueToken } from "../../api/auth/tokens.ts";
import type { Db } from "../../api/db/client.ts";
import type { Role } from "../../api/db/generated/client.ts";
import { prepareDatabase } from "../../api/db/prepare.ts";
import type { HttpSettings } from "../../api/http/settings.ts";
import type { PortalChange } from "../../api/portal/plugin.ts";
import { startServer } from "../../api/server.ts";
import { cloneDatabase } from "./databases.ts";
import type { ResultOf, TadaDocumentNode } from "./graphql.ts";

export interface GqlResponse<T = any> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** POSTs a GraphQL operation; `token` goes into the Authorization header. */
export interface Gql {
  /** An operation written with `graphql()` from graphql.ts: its variables and its data are typed. */
  <Result, Variables>(
    document: TadaDocumentNode<Result, Variables>,
    ...rest: object extends Variables ? [variables?: Variables, token?: string] : [variables: Variables, token?: string]
  ): Promise<GqlResponse<Result>>;
  /** Raw text, only for what no client could type: queries meant to be refused, or built at run time. */
  (query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResponse>;
}

/** A `disclosures(first: 100, after: $after)` query, as `allDisclosures` walks it page by page. */
type DisclosurePages<Node> = TadaDocumentNode<
  { disclosures: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: Node }[] } },
  { after?: string | null }
>;

export interface TestServer {
  url: string;
  databaseUrl: string;
  dir: string;
  db: Db;
  gql: Gql;
  /** Every public disclosure, `document` selecting what of each. */
  allDisclosures: <Node>(document: DisclosurePages<Node>) => Promise<Node[]>;
  /** Creates a staff account and returns a fresh token for it. */
  tokenFor: (role: Role, scope?: { communities?: string[]; county?: string }) => Promise<string>;
  /** A fresh token for each member of a community's supervision committee, on the member's own account. */
  memberTokens: (communityCode: string) => Promise<{ name: string; token: string }[]>;
  close: () => Promise<void>;
}

/** A real HTTP server on a fresh database (SQLite file or PostgreSQL database) of its own (demo data loaded by default). */
export async function startTestServer(
  options: {
    demo?: boolean;
    portalDir?: string;
    onPortalChange?: (changes: PortalChange[]) => void;
    http?: Partial<HttpSettings>;
  } = {},
): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), "sunboard-test-"));
  // A copy of one of the run's templates: every test still owns its database.
  const { url: databaseUrl, drop } = await cloneDatabase(inject((options.demo ?? true) ? "demoDatabase" : "emptyDatabase"), dir);
  const db = await prepareDatabase(databaseUrl, { demo: false });
  const server = await startServer({
    db,
    databaseUrl,
    port: 0,
    host: "127.0.0.1",
    portalDir: options.portalDir,
    onPortalChange: options.onPortalChange,
    // Tests send requests faster than any person; the rate limits have tests of their own.
    http: { readsPerMinute: 0, writesPerMinute: 0, ...options.http },
  });
  let users = 0;
  const gql = (async (query: string | DocumentNode, variables?: unknown, token?: string) => {
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: typeof query === "string" ? query : print(query), variables }),
    });
    return response.json();
  }) as Gql;
  return {
    url: server.url,
    databaseUrl,
    dir,
    db,
    gql,
    allDisclosures: async <Node>(document: DisclosurePages<Node>) => {
      const nodes: Node[] = [];
      let after: string | null = null;
      for (;;) {
        const res: GqlResponse<ResultOf<DisclosurePages<Node>>> = await gql(document, { after });
        if (res.errors || !res.data) throw new Error(res.errors?.map((e) => e.message).join("\n") ?? "no data");
        const { edges, pageInfo } = res.data.disclosures;
        nodes.push(...edges.map((e) => e.node));
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
    memberTokens: async (communityCode) => {
      const postings = await db.memberPosting.findMany({
        where: { organization: { kind: "SUPERVISION_COMMITTEE", community: { code: communityCode } } },
        orderBy: { sortOrder: "asc" },
      });
      return Promise.all(
        postings.map(async (p) => {
          if (!p.userId) throw new Error(`${p.name} of ${communityCode} has no account`);
          return { name: p.name, token: await issueToken(db, p.userId, "test") };
        }),
      );
    },
    close: async () => {
      await server.close();
      await db.$disconnect();
      await drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
