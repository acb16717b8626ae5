import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Db } from "../../api/db/client.ts";
import { prepareDatabase } from "../../api/db/prepare.ts";
import type { HttpSettings } from "../../api/http/settings.ts";
import { type RunningServer, startServer } from "../../api/server.ts";
import { cloneDatabase } from "../support/databases.ts";

/** A server of its own on a copy of the demo database, with the HTTP settings a test needs. */
async function serve(http: Partial<HttpSettings> = {}) {
  const dir = mkdtempSync(join(tmpdir(), "sunboard-hardening-"));
  const { url, drop } = await cloneDatabase(inject("demoDatabase"), dir);
  const db: Db = await prepareDatabase(url, { demo: false });
  const server: RunningServer = await startServer({ db, port: 0, host: "127.0.0.1", portalDir: undefined, http });
  return {
    url: server.url,
    close: async () => {
      await server.close();
      await db.$disconnect();
      await drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

type Served = Awaited<ReturnType<typeof serve>>;

const post = (url: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });

const errorOf = async (res: Response) => {
  const text = await res.text();
  return { text, body: JSON.parse(text) as { errors?: { message: string; extensions?: { code?: string } }[] } };
};

/** What must never reach a caller: stack frames and file-system paths. */
const LEAKS = [/\bat [\w.<>]+ \(/, /node_modules/, /\/work\//, /\/tmp\//, /file:\/\//, /\.ts:\d+/];

let s: Served;
beforeAll(async () => {
  s = await serve({ readsPerMinute: 0, writesPerMinute: 0 });
});
afterAll(() => s.close());

describe("limits applied before work", () => {
  it("refuses an anonymous body over the limit by its declared length, with 413", async () => {
    const aliases = Array.from({ length: 300_000 }, (_, i) => `a${i}: __typename`).join(" ");
    const started = performance.now();
    const res = await post(s.url, JSON.stringify({ query: `{ ${aliases} }` }));
    const { body } = await errorOf(res);
    expect(res.status).toBe(413);
    expect(body.errors?.[0]?.extensions?.code).toBe("PAYLOAD_TOO_LARGE");
    expect(body.errors?.[0]?.message).toBe("请求体过大");
    expect(performance.now() - started).toBeLessThan(30_000);
  });

  it("stops parsing after the token limit, so a query of thousands of aliases costs next to nothing", async () => {
    const aliases = Array.from({ length: 3_000 }, (_, i) => `a${i}:__typename`).join(" ");
    expect(aliases.length).toBeLessThan(64 * 1024);
    const res = await post(s.url, JSON.stringify({ query: `{${aliases}}` }));
    const { body } = await errorOf(res);
    expect(res.status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_LARGE");
    expect(body.errors?.[0]?.message).toMatch(/^查询过大：超过 2000 个词法单元/);
  });

  it("counts aliases and __typename as fields, with fragments expanded", async () => {
    const fragment = `fragment F on Query { ${Array.from({ length: 30 }, (_, i) => `t${i}: __typename`).join(" ")} }`;
    const spreads = Array.from({ length: 30 }, (_, i) => `s${i}: categories { code } ...F`).join(" ");
    const res = await post(s.url, JSON.stringify({ query: `{ ${spreads} } ${fragment}` }));
    const { body } = await errorOf(res);
    expect(res.status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_LARGE");
    expect(body.errors?.[0]?.message).toContain("含别名和 __typename");
  });

  it("lets ordinary queries through", async () => {
    const res = await post(s.url, JSON.stringify({ query: "{ categories { code name } }" }));
    expect(res.status).toBe(200);
    expect((await res.json()).data.categories.length).toBeGreaterThan(0);
  });
});

describe("errors", () => {
  it("answer malformed and wrong requests with a code and a Chinese message, never a stack or a path", async () => {
    const cases: [string, string, number, string][] = [
      ["not JSON", "{ query: ", 400, "BAD_REQUEST"],
      ["no query", "{}", 400, "BAD_REQUEST"],
      ["syntax error", JSON.stringify({ query: "{ categories { code " }), 400, "GRAPHQL_PARSE_FAILED"],
      ["unknown field", JSON.stringify({ query: "{ nothingHere }" }), 400, "GRAPHQL_VALIDATION_FAILED"],
      [
        "wrong variable",
        JSON.stringify({
          query: "query($n: Int!) { communities(first: $n) { edges { node { code } } } }",
          variables: { n: "x" },
        }),
        400,
        "BAD_USER_INPUT",
      ],
      ["array body", "[1, 2]", 400, "BAD_REQUEST"],
    ];
    for (const [name, body, status, code] of cases) {
      const res = await post(s.url, body);
      const { text, body: json } = await errorOf(res);
      expect(res.status, name).toBe(status);
      expect(json.errors?.[0]?.extensions?.code, name).toBe(code);
      expect(json.errors?.[0]?.message, name).toMatch(/[\u4e00-\u9fff]/);
      for (const leak of LEAKS) expect(text, `${name}: ${leak}`).not.toMatch(leak);
    }
  });

  it("answer a refused read with a typed code, not an internal error", async () => {
    const res = await post(s.url, JSON.stringify({ query: "{ auditLog(first: 1) { edges { node { id } } } }" }));
    const { text, body } = await errorOf(res);
    expect(body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(body.errors?.[0]?.message).toMatch(/需要登录/);
    for (const leak of LEAKS) expect(text).not.toMatch(leak);
  });
});

describe("headers", () => {
  it("carry a content security policy, no framing, no sniffing and a referrer policy on every kind of response", async () => {
    for (const [path, accept] of [
      ["/healthz", "application/json"],
      ["/graphql", "text/html"],
      ["/graphiql-assets/app.js", "*/*"],
      ["/no-such-page", "text/html"],
    ] as const) {
      const res = await fetch(`${s.url}${path}`, { headers: { accept } });
      const csp = res.headers.get("content-security-policy") ?? "";
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).toContain("script-src 'self'");
      expect(res.headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(res.headers.get("x-frame-options"), path).toBe("DENY");
      expect(res.headers.get("referrer-policy"), path).toBe("strict-origin-when-cross-origin");
    }
  });

  it("keep CORS closed by default and open it only to listed origins", async () => {
    const preflight = (url: string) =>
      fetch(`${url}/graphql`, {
        method: "OPTIONS",
        headers: { origin: "https://example.org", "access-control-request-method": "POST" },
      });
    expect((await preflight(s.url)).headers.get("access-control-allow-origin")).toBeNull();
    const open = await serve({ corsOrigins: ["https://example.org"] });
    try {
      expect((await preflight(open.url)).headers.get("access-control-allow-origin")).toBe("https://example.org");
    } finally {
      await open.close();
    }
  });
});

describe("rate limits", () => {
  it("answer 429 with Retry-After once a client's budget is spent, and recover after the window", {
    timeout: 60_000,
  }, async () => {
    // A window long enough that the first six requests fall into it however busy the machine is.
    const limited = await serve({ readsPerMinute: 5, rateWindowMs: 8_000 });
    try {
      const ask = () => post(limited.url, JSON.stringify({ query: "{ categories { code } }" }));
      const statuses: number[] = [];
      for (let i = 0; i < 8; i++) statuses.push((await ask()).status);
      expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
      const refused = await ask();
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
      const { body } = await errorOf(refused);
      expect(body.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
      // The health check and the portal are not counted against the API's budget.
      expect((await fetch(`${limited.url}/healthz`)).status).toBe(200);
      // Retry-After says when the window ends; waiting that long is enough.
      await new Promise((done) => setTimeout(done, Number(refused.headers.get("retry-after")) * 1000 + 300));
      expect((await ask()).status).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it("count writes per token", async () => {
    const limited = await serve({ readsPerMinute: 0, writesPerMinute: 2, rateWindowMs: 60_000 });
    try {
      const write = (token: string) =>
        post(limited.url, JSON.stringify({ query: 'mutation { publishDisclosure(id: "x") { __typename } }' }), {
          authorization: `Bearer ${token}`,
        });
      expect((await write("a")).status).toBe(200);
      expect((await write("a")).status).toBe(200);
      expect((await write("a")).status).toBe(429);
      // Another token has its own budget; reads are not writes.
      expect((await write("b")).status).toBe(200);
      expect((await post(limited.url, JSON.stringify({ query: "{ categories { code } }" }))).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});

describe("the explorer setting", () => {
  it("turns off introspection and GraphiQL when the deployment asks", async () => {
    const closed = await serve({ explorer: false });
    try {
      const page = await fetch(`${closed.url}/graphql`, { headers: { accept: "text/html" } });
      expect(page.headers.get("content-type") ?? "").not.toContain("text/html");
      const res = await post(closed.url, JSON.stringify({ query: "{ __schema { types { name } } }" }));
      const { body } = await errorOf(res);
      expect(body.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
      expect(body.errors?.[0]?.message).toMatch(/^查询不符合接口定义/);
    } finally {
      await closed.close();
    }
  });
});
