import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { TadaDocumentNode } from "gql.tada";
import { type DocumentNode, type ExecutionResult, print } from "graphql";
import pLimit from "p-limit";
import type { RunOperation } from "../../../api/portal/operations.ts";

/**
 * Runs the portal's GraphQL operations. By default the build executes them in-process against the
 * schema and the database named by DATABASE_URL, so building needs no running server. With
 * SUNBOARD_API_URL set, the same operations go over HTTP to that API instead.
 * The portal always reads as the public: no token, so drafts and private data never reach a page.
 */
const remote = process.env.SUNBOARD_API_URL;

let local: Promise<RunOperation> | undefined;

/**
 * The in-process API, loaded by Node rather than bundled by Vite, which would compile the schema
 * and every domain's services into each build (2 s of its 6). Builds started by the server or the
 * CLI (api/portal/build.ts) load the bundle it made once (SUNBOARD_OPERATIONS_MODULE); a plain
 * `astro build` loads the sources through tsx.
 */
function localExecutor(): Promise<RunOperation> {
  local ??= (async () => {
    const bundle = process.env.SUNBOARD_OPERATIONS_MODULE;
    const { publicOperations } = (
      bundle
        ? await import(/* @vite-ignore */ pathToFileURL(bundle).href)
        : // tsx only here: loading it takes a tenth of a second that builds with the bundle need not pay.
          await (await import("tsx/esm/api")).tsImport(
            pathToFileURL(join(__SUNBOARD_ROOT__, "api", "portal", "operations.ts")).href,
            import.meta.url,
          )
    ) as typeof import("../../../api/portal/operations.ts");
    return publicOperations();
  })();
  return local;
}

/** The API rate-limits each address; a whole-site build is one busy client, so it waits when told to. */
const MAX_WAITS = 10;

async function overHttp(doc: TadaDocumentNode<unknown, unknown>, variables: unknown): Promise<ExecutionResult> {
  for (let waits = 0; ; waits++) {
    const response = await fetch(new URL("/graphql", remote), {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ query: print(doc), variables }),
    });
    if (response.status === 429 && waits < MAX_WAITS) {
      const seconds = Number(response.headers.get("retry-after")) || 1;
      await new Promise((done) => setTimeout(done, seconds * 1000));
      continue;
    }
    if (!response.ok) throw new Error(`${remote} answered ${response.status}`);
    return (await response.json()) as ExecutionResult;
  }
}

/**
 * At most this many operations at once. Pages fan out over every community (`Promise.all`), and
 * Prisma joins the lookups started in one tick into one query: over a province that query's list
 * of ids passes SQLite's limit of bound parameters, and holds every community's rows in memory.
 */
const AT_ONCE = pLimit(8);

export async function query<Result, Variables>(doc: TadaDocumentNode<Result, Variables>, variables: Variables): Promise<Result> {
  const untyped = doc as unknown as TadaDocumentNode<unknown, unknown>;
  const result = await AT_ONCE(async () =>
    remote
      ? overHttp(untyped, variables)
      : (await localExecutor())(untyped as DocumentNode, variables as Record<string, unknown>),
  );
  if (result.errors?.length) throw new Error(result.errors.map((e) => e.message).join("\n"));
  return result.data as Result;
}

/** Walks a connection to its end, for pages that list everything (getStaticPaths). */
export async function allNodes<Node>(
  fetchPage: (after: string | null) => Promise<{ pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: Node[] }>,
): Promise<Node[]> {
  const nodes: Node[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await fetchPage(after);
    nodes.push(...page.nodes);
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return nodes;
    after = page.pageInfo.endCursor;
  }
}
