import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { sqlitePath } from "../../api/db/url.ts";
import { member } from "../support/graphql.ts";
import { CREATE, draftInput, PUBLISH } from "../support/operations.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

let s: TestServer;
let editor: string;
let portalDir: string;

beforeAll(async () => {
  // A small stand-in for the built portal: what matters here is how files are served, not built.
  portalDir = join(process.env.TMPDIR ?? "/tmp", `sunboard-serving-${process.pid}-${Date.now()}`);
  mkdirSync(join(portalDir, "_astro"), { recursive: true });
  writeFileSync(
    join(portalDir, "index.html"),
    `<!doctype html><html lang="zh-CN"><body>${"阳光公示栏".repeat(400)}</body></html>`,
  );
  writeFileSync(join(portalDir, "_astro", "app.3f9a1c.css"), `body{color:#222}`.repeat(200));
  writeFileSync(join(portalDir, "404.html"), "<!doctype html><p>页面不存在</p>");
  s = await startTestServer({ portalDir });
  editor = await s.tokenFor("COMMUNITY_EDITOR", { communities: ["RJ-FUMIN"] });
});
afterAll(async () => {
  await s.close();
  rmSync(portalDir, { recursive: true, force: true });
});

/** fetch() decompresses silently; node:http shows the bytes and headers the server really sent. */
function raw(path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((done, fail) => {
    const req = request(`${s.url}${path}`, { method: init.method ?? "GET", headers: init.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", fail);
    req.end(init.body);
  });
}

const COMMUNITY_TITLES = `query Titles { community(code: "RJ-FUMIN") { name disclosures(first: 100) { edges { node { id title } } } } }`;
const query = (text: string, headers: Record<string, string> = {}) =>
  raw("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", "accept-encoding": "br, gzip", ...headers },
    body: JSON.stringify({ query: text }),
  });
const decoded = (r: { headers: Record<string, unknown>; body: Buffer }) => {
  const encoding = r.headers["content-encoding"];
  const bytes = encoding === "br" ? brotliDecompressSync(r.body) : encoding === "gzip" ? gunzipSync(r.body) : r.body;
  return JSON.parse(bytes.toString("utf8")) as { data?: any; errors?: unknown[] };
};

describe("serving the portal", () => {
  it("compresses pages with brotli or gzip, as the reader's browser asks", async () => {
    const br = await raw("/", { headers: { "accept-encoding": "br, gzip" } });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(br.body).toString("utf8")).toContain("阳光公示栏");
    const gz = await raw("/", { headers: { "accept-encoding": "gzip" } });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gz.body.length).toBeLessThan(gunzipSync(gz.body).length / 5);
  });

  it("caches fingerprinted assets for a year and revalidates pages on every visit", async () => {
    const asset = await raw("/_astro/app.3f9a1c.css");
    expect(asset.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    const page = await raw("/");
    expect(page.headers["cache-control"]).toBe("public, max-age=0, must-revalidate");
    const again = await raw("/", { headers: { "if-none-match": String(page.headers.etag) } });
    expect(again.status).toBe(304);
  });

  it("keeps the security headers on a page that does not exist", async () => {
    const missing = await raw("/c/NO-SUCH/");
    expect(missing.status).toBe(404);
    expect(missing.headers["content-security-policy"]).toBeTruthy();
    expect(missing.headers["x-content-type-options"]).toBe("nosniff");
  });
});

describe("the read cache", () => {
  it("answers a repeated anonymous read from memory, compressed, with the same bytes", async () => {
    const first = await query(COMMUNITY_TITLES);
    const second = await query(COMMUNITY_TITLES);
    expect(second.headers["x-cache"]).toBe("HIT");
    expect(second.headers["content-encoding"]).toBe("br");
    expect(decoded(second)).toEqual(decoded(first));
    expect(decoded(second).data.community.name).toBeTruthy();
  });

  it("never answers a signed-in caller from the cache", async () => {
    await query(COMMUNITY_TITLES);
    const signed = await query(COMMUNITY_TITLES, { authorization: `Bearer ${editor}` });
    expect(signed.headers["x-cache"]).toBeUndefined();
    expect(signed.headers["cache-control"] ?? "").not.toContain("public");
  });

  it("forgets what it holds when the API publishes something", async () => {
    await query(COMMUNITY_TITLES);
    const created = await s.gql(CREATE, { input: { ...draftInput(), title: "缓存测试：公示栏维修" } }, editor);
    const { id } = member(created.data?.createDisclosure, "CreateDisclosureSuccess").disclosure;
    await s.gql(PUBLISH, { id }, editor);
    const after = await query(COMMUNITY_TITLES);
    expect(after.headers["x-cache"]).toBeUndefined();
    const titles = decoded(after).data.community.disclosures.edges.map((e: { node: { title: string } }) => e.node.title);
    expect(titles).toContain("缓存测试：公示栏维修");
  });

  // A SQLite file only: on PostgreSQL another process's write is seen once the answer ages out
  // (RESPONSE_CACHE_SECONDS), as the README says.
  it.skipIf(inject("demoDatabase").startsWith("postgresql://"))(
    "notices a write made to the database file by another process",
    async () => {
      await query(COMMUNITY_TITLES);
      expect((await query(COMMUNITY_TITLES)).headers["x-cache"]).toBe("HIT");
      // As a CLI import would: its own connection, not this server's.
      const other = new Database(sqlitePath(s.databaseUrl));
      other.prepare(`UPDATE "Community" SET "name" = "name" || '（更名）' WHERE "code" = 'RJ-FUMIN'`).run();
      other.close();
      const after = await query(COMMUNITY_TITLES);
      expect(after.headers["x-cache"]).toBeUndefined();
      expect(decoded(after).data.community.name).toContain("（更名）");
    },
  );

  it("does not keep answers that carry errors, and shows no internals", async () => {
    const bad = `query { community(code: "RJ-FUMIN") { nope } }`;
    await query(bad);
    const again = await query(bad);
    expect(again.headers["x-cache"]).toBeUndefined();
    const text = JSON.stringify(decoded(again));
    expect(text).not.toMatch(/node_modules|\.ts:\d+|\/tmp\//);
  });
});
