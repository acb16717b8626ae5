// `npm run bench:reads`: how fast the API answers the portal's two page queries (the community page
// and a finance month, as portal/src/lib/** sends them), side by side in one run on a fresh demo
// database, against a plain node:http server reading the same SQLite file with prepared statements
// (test/bench/raw-reads.ts):
//   API, response cache on · API, response cache off · raw server.
// Before measuring, the raw server's JSON must deep-equal the API's `data` (every community's page,
// every published month of every community); the run stops if it does not. The load comes
// from autocannon in a child process (keep-alive, uncompressed, like-for-like with the raw server).
// BENCH_SECONDS sets each measurement's length (default 10).
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { request } from "node:http";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { isDeepStrictEqual, promisify } from "node:util";
import { print } from "graphql";
import { createDb } from "../../api/db/client.ts";
import { prepareDatabase } from "../../api/db/prepare.ts";
import type { HttpSettings } from "../../api/http/settings.ts";
import { startServer } from "../../api/server.ts";
import { CommunityPage } from "../../portal/src/lib/communities/queries.ts";
import { FinanceMonthPage } from "../../portal/src/lib/finance/queries.ts";
import { startRawServer } from "./raw-reads.ts";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CODE = "RJ-FUMIN";
const MONTH = "2026-03";

const dir = mkdtempSync(join(tmpdir(), "sunboard-bench-reads-"));
const databaseUrl = `file:${join(dir, "bench.db")}`;
const db = await prepareDatabase(databaseUrl, { demo: true });
let statements = 0;
const countingDb = createDb(databaseUrl, { onQuery: () => statements++ });

// The rate limit would turn a benchmark into 429s; everything else stays at its production default.
const open: Partial<HttpSettings> = { readsPerMinute: 0 };
const host = "127.0.0.1";
const cached = await startServer({ db, port: 0, host, databaseUrl, http: open });
const uncached = await startServer({ db, port: 0, host, databaseUrl, http: { ...open, responseCacheBytes: 0 } });
const counting = await startServer({ db: countingDb, port: 0, host, databaseUrl, http: { ...open, responseCacheBytes: 0 } });
const raw = await startRawServer(databaseUrl);
const local = (url: string) => url.replace("localhost", host);
const targets = [
  { name: "API, cache on", url: local(cached.url) },
  { name: "API, cache off", url: local(uncached.url) },
  { name: "raw SQLite", url: raw.url },
];

/** The request body exactly as the portal's build sends it over HTTP (portal/src/lib/api.ts). */
const bodyOf = (doc: typeof CommunityPage | typeof FinanceMonthPage, variables: object) =>
  JSON.stringify({ query: print(doc), variables });
const communityBody = (code: string) => bodyOf(CommunityPage, { code, after: null });
const monthBody = (month: string, code = CODE) => bodyOf(FinanceMonthPage, { code, month, first: 100, after: null });
const operations = [
  { name: "community page", body: communityBody(CODE) },
  { name: "finance month", body: monthBody(MONTH) },
];

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  bytes: Buffer;
}

/** One POST, the body kept as sent on the wire (fetch would decompress it). */
function post(base: string, body: string, encoding = "identity"): Promise<Answer> {
  return new Promise((done, fail) => {
    const req = request(
      new URL("/graphql", base),
      {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json", "accept-encoding": encoding },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => done({ status: res.statusCode ?? 0, headers: res.headers, bytes: Buffer.concat(chunks) }));
      },
    );
    req.on("error", fail);
    req.end(body);
  });
}

async function dataOf(base: string, body: string): Promise<unknown> {
  const answer = await post(base, body);
  const json = JSON.parse(answer.bytes.toString("utf8")) as { data?: unknown; errors?: unknown };
  if (answer.status !== 200 || json.errors)
    throw new Error(`${base} answered ${answer.status}: ${answer.bytes.toString("utf8")}`);
  return json.data;
}

// 1. Same answers everywhere, or no figures at all.
const months = await db.financePeriod.findMany({
  where: { status: "PUBLISHED" },
  select: { month: true, community: { select: { code: true } } },
});
const communities = (await db.community.findMany({ select: { code: true } })).map((c) => c.code);
const checks = [...communities.map(communityBody), ...months.map((p) => monthBody(p.month, p.community.code))];
for (const body of checks) {
  const expected = await dataOf(uncached.url, body);
  for (const target of targets) {
    if (!isDeepStrictEqual(await dataOf(target.url, body), expected)) {
      console.error(`FAIL: ${target.name} differs from the API on ${body.slice(0, 200)}…`);
      process.exit(1);
    }
  }
}
for (const op of operations) {
  await post(cached.url, op.body);
  const again = await post(cached.url, op.body);
  if (again.headers["x-cache"] !== "HIT") throw new Error(`the cache did not answer ${op.name} the second time`);
}
console.log(`same JSON from all three for ${communities.length} community pages and ${months.length} published months`);

// 2. Statements per request of the uncached API, sizes on the wire.
const facts = [];
for (const op of operations) {
  statements = 0;
  await dataOf(counting.url, op.body);
  const sql = statements;
  const identity = (await post(uncached.url, op.body)).bytes.length;
  const gzip = (await post(uncached.url, op.body, "gzip")).bytes.length;
  const br = (await post(uncached.url, op.body, "br")).bytes.length;
  facts.push({ op: op.name, sql, identity, gzip, br });
}

// 3. Throughput, one target at a time, each after a short warm-up.
const autocannon = fileURLToPath(new URL("../../node_modules/autocannon/autocannon.js", import.meta.url));
async function load(url: string, body: string, connections: number, seconds: number): Promise<number> {
  const args = [autocannon, "--json", "-m", "POST", "-H", "content-type=application/json", "-H", "accept=application/json"];
  args.push("-b", body, "-c", String(connections), "-d", String(seconds), `${url}/graphql`);
  const { stdout } = await promisify(execFile)(process.execPath, args, { maxBuffer: 16 * 1024 * 1024 });
  const result = JSON.parse(stdout) as { requests: { total: number }; non2xx: number; errors: number; duration: number };
  if (result.non2xx || result.errors) throw new Error(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return result.requests.total / result.duration;
}

const rates = new Map<string, number>();
for (const op of operations) {
  for (const target of targets) {
    await load(target.url, op.body, 10, 2);
    for (const c of [1, 10]) rates.set(`${op.name}|${target.name}|${c}`, await load(target.url, op.body, c, SECONDS));
  }
}

// 4. The table.
const rate = (op: string, target: string, c: number) => rates.get(`${op}|${target}|${c}`) ?? Number.NaN;
const pad = (s: string | number, n: number) => String(s).padStart(n);
// The load average says how much else the machine was doing: figures from a busy machine are noisy.
const load1 = loadavg()[0]?.toFixed(1);
console.log(
  `\nreq/s, ${SECONDS} s each, keep-alive, uncompressed (${new Date().toISOString()}, node ${process.version}, load ${load1})`,
);
console.log(
  `${"query".padEnd(16)}${"c".padStart(4)}${targets.map((t) => pad(t.name, 16)).join("")}${pad("on/raw", 9)}${pad("off/raw", 9)}`,
);
for (const op of operations) {
  for (const c of [1, 10]) {
    const [on, off, base] = targets.map((t) => rate(op.name, t.name, c)) as [number, number, number];
    console.log(
      `${op.name.padEnd(16)}${pad(c, 4)}${[on, off, base].map((r) => pad(r.toFixed(0), 16)).join("")}${pad((on / base).toFixed(2), 9)}${pad((off / base).toFixed(2), 9)}`,
    );
  }
}
console.log(`\n${"query".padEnd(16)}${pad("SQL (API)", 10)}${pad("JSON B", 9)}${pad("gzip B", 9)}${pad("br B", 9)}`);
for (const f of facts) console.log(`${f.op.padEnd(16)}${pad(f.sql, 10)}${pad(f.identity, 9)}${pad(f.gzip, 9)}${pad(f.br, 9)}`);

await Promise.all([cached.close(), uncached.close(), counting.close(), raw.close()]);
await Promise.all([db.$disconnect(), countingDb.$disconnect()]);
rmSync(dir, { recursive: true, force: true });
process.exit(0);
