// `npm run bench:attack [-- --url http://127.0.0.1:4000]`: what one anonymous client can do to the
// server, measured in one run. While an attacker (1) sends queries of 300,000 `__typename` aliases
// and (2) floods the API with community-page queries, probes time `/healthz` and a portal page
// (p50/p99); then (3) the community-page query's sustained throughput is measured with rate
// limiting off. Without --url it prepares a demo database, builds the portal and starts two
// servers of this checkout in-process (production settings for 1–2, rate limits off for 3); with
// --url it measures a server started elsewhere (e.g. an older checkout, to compare).
// Loopback only; every loop is bounded in time. Times depend on the machine: compare ratios.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { prepareDatabase } from "../../api/db/prepare.ts";
import { buildPortal } from "../../api/portal/build.ts";
import { startServer } from "../../api/server.ts";

const { values } = parseArgs({
  options: { url: { type: "string" }, "unlimited-url": { type: "string" }, seconds: { type: "string", default: "8" } },
});
const seconds = Number(values.seconds);
const cleanups: (() => Promise<void>)[] = [];

async function servers(): Promise<{ protectedUrl: string; unlimitedUrl: string }> {
  if (values.url) return { protectedUrl: values.url, unlimitedUrl: values["unlimited-url"] ?? values.url };
  const dir = mkdtempSync(join(tmpdir(), "sunboard-bench-attack-"));
  const databaseUrl = `file:${join(dir, "bench.db")}`;
  const db = await prepareDatabase(databaseUrl, { demo: true });
  console.log("building the portal …");
  await buildPortal(databaseUrl, join(dir, "dist"), { quiet: true });
  const common = { db, port: 0, host: "127.0.0.1", portalDir: join(dir, "dist") };
  const guarded = await startServer(common);
  const open = await startServer({ ...common, http: { readsPerMinute: 0, writesPerMinute: 0 } });
  cleanups.push(async () => {
    await guarded.close();
    await open.close();
    await db.$disconnect();
    rmSync(dir, { recursive: true, force: true });
  });
  return { protectedUrl: guarded.url, unlimitedUrl: open.url };
}

// The community page's data, written out by hand so that older versions of the schema (to compare
// against) answer it too.
const communityQuery = JSON.stringify({
  query: `query Community($code: String!) { community(code: $code) {
    code name households population address serviceCentre { name phone } township { name county { name } }
    organizations { kind name postings { name role duties publicPhone } }
    disclosures(first: 100) { edges { node { id title publishedAt status category { code } } } } } }`,
  variables: { code: "RJ-FUMIN" },
});
const aliasQuery = JSON.stringify({
  query: `{ ${Array.from({ length: 300_000 }, (_, i) => `a${i}: __typename`).join(" ")} }`,
});

const post = (url: string, body: string) =>
  fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body });

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? NaN;

/** Times one GET every 20 ms until `stop` resolves. */
async function probe(url: string, until: Promise<unknown>) {
  const times: number[] = [];
  let done = false;
  void until.then(() => {
    done = true;
  });
  while (!done) {
    const started = performance.now();
    const res = await fetch(url);
    await res.arrayBuffer();
    times.push(performance.now() - started);
    await new Promise((r) => setTimeout(r, 20));
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99), n: times.length };
}

/** Runs `worker` on `concurrency` loops for `ms`, counting answers by status. */
async function attack(ms: number, concurrency: number, worker: () => Promise<Response>) {
  const end = Date.now() + ms;
  const statuses = new Map<number, number>();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < end) {
        try {
          const res = await worker();
          await res.arrayBuffer();
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        } catch {
          statuses.set(0, (statuses.get(0) ?? 0) + 1);
        }
      }
    }),
  );
  return statuses;
}

const fmt = (x: { p50: number; p99: number; n: number }) =>
  `p50 ${x.p50.toFixed(1).padStart(7)} ms  p99 ${x.p99.toFixed(1).padStart(7)} ms  (${x.n} probes)`;
const counts = (m: Map<number, number>) =>
  [...m.entries()]
    .sort()
    .map(([status, n]) => `${status === 0 ? "failed" : status}×${n}`)
    .join(" ");

async function phase(name: string, url: string, run: () => Promise<Map<number, number>>) {
  const running = run();
  const [health, page, statuses] = await Promise.all([
    probe(`${url}/healthz`, running),
    probe(`${url}/c/RJ-FUMIN/`, running),
    running,
  ]);
  console.log(`${name}\n  /healthz        ${fmt(health)}\n  /c/RJ-FUMIN/    ${fmt(page)}\n  attacker got    ${counts(statuses)}`);
}

try {
  const { protectedUrl, unlimitedUrl } = await servers();
  console.log(`server ${protectedUrl}; throughput against ${unlimitedUrl}; ${seconds} s per phase`);
  await phase("idle", protectedUrl, async () => {
    await new Promise((r) => setTimeout(r, seconds * 500));
    return new Map();
  });
  await phase("alias attack: 300,000 __typename aliases (5.9 MB), 2 at a time", protectedUrl, () =>
    attack(seconds * 1000, 2, () => post(protectedUrl, aliasQuery)),
  );
  await phase("flood: community-page queries, 64 at a time", protectedUrl, () =>
    attack(seconds * 1000, 64, () => post(protectedUrl, communityQuery)),
  );
  // What one refused request costs: ~60 KB of aliases (over the token limit), answered one after another.
  const tokenBomb = JSON.stringify({ query: `{${Array.from({ length: 4_000 }, (_, i) => `a${i}:__typename`).join(" ")}}` });
  const refusals: number[] = [];
  for (let i = 0; i < 50; i++) {
    const t = performance.now();
    const res = await post(unlimitedUrl, tokenBomb);
    await res.arrayBuffer();
    refusals.push(performance.now() - t);
  }
  refusals.sort((a, b) => a - b);
  const kb = Buffer.byteLength(tokenBomb) / 1024;
  console.log(
    `one over-limit query of ${kb.toFixed(0)} KB, round trip: p50 ${percentile(refusals, 50).toFixed(2)} ms (${(percentile(refusals, 50) / kb).toFixed(3)} ms/KB)`,
  );

  const started = performance.now();
  const statuses = await attack(seconds * 1000, 10, () => post(unlimitedUrl, communityQuery));
  const ok = statuses.get(200) ?? 0;
  console.log(
    `throughput: community-page query, 10 at a time\n  ${(ok / ((performance.now() - started) / 1000)).toFixed(0)} req/s answered 200 (${counts(statuses)})`,
  );
} finally {
  for (const cleanup of cleanups) await cleanup();
}
