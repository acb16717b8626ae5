// `npm run bench:questions [-- --seconds 5 --concurrency 8]`: how many question-form posts per
// second this machine sustains. Prepares a demo database and starts two servers of this checkout
// in-process: one with the per-address question limit at its default (QUESTION_RATE_LIMIT_PER_HOUR,
// 5) and one with the limit effectively off (1,000,000 an hour). Each is sent urlencoded posts to
// /questions from one address, `concurrency` at a time, for `seconds`; accepted posts (303, one
// stored question each) and refusals (429, nothing stored) are counted separately, with latencies.
// Loopback only; bounded in time. Figures depend on the machine.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { prepareDatabase } from "../../api/db/prepare.ts";
import { startServer } from "../../api/server.ts";

const { values } = parseArgs({
  options: { seconds: { type: "string", default: "5" }, concurrency: { type: "string", default: "8" } },
});
const seconds = Number(values.seconds);
const concurrency = Number(values.concurrency);

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? Number.NaN;

async function hammer(url: string, body: string) {
  const counts = new Map<number, number>();
  const latencies: number[] = [];
  const end = Date.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < end) {
        const t = performance.now();
        const res = await fetch(`${url}/questions`, {
          method: "POST",
          redirect: "manual",
          headers: { "content-type": "application/x-www-form-urlencoded" },
          body,
        });
        await res.arrayBuffer();
        latencies.push(performance.now() - t);
        counts.set(res.status, (counts.get(res.status) ?? 0) + 1);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { counts, elapsed, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

const dir = mkdtempSync(join(tmpdir(), "sunboard-bench-questions-"));
try {
  console.log("preparing the demo database …");
  const db = await prepareDatabase(`file:${join(dir, "bench.db")}`, { demo: true });
  const period = await db.financePeriod.findFirstOrThrow({ where: { status: "PUBLISHED", community: { code: "RJ-FUMIN" } } });
  const body = new URLSearchParams({
    subjectKind: "FINANCE_PERIOD",
    subjectId: period.id,
    text: "压力测试：这个月的维修费用明细在哪里可以查到？",
    name: "",
    contact: "",
    website: "",
    back: "/",
  }).toString();
  const common = { db, port: 0, host: "127.0.0.1", http: { readsPerMinute: 0, writesPerMinute: 0 } };

  for (const [label, limit] of [
    ["limit at its default (5 per address per hour)", ""],
    ["limit effectively off (1,000,000 per hour)", "1000000"],
  ] as const) {
    process.env.QUESTION_RATE_LIMIT_PER_HOUR = limit;
    const server = await startServer(common);
    const before = await db.question.count();
    const r = await hammer(server.url, body);
    const stored = (await db.question.count()) - before;
    const accepted = r.counts.get(303) ?? 0;
    const refused = r.counts.get(429) ?? 0;
    const other = [...r.counts].filter(([status]) => status !== 303 && status !== 429);
    console.log(`\n${label}, ${concurrency} at a time for ${r.elapsed.toFixed(1)} s:`);
    console.log(`  accepted (303, stored): ${accepted} = ${(accepted / r.elapsed).toFixed(0)}/s; questions stored: ${stored}`);
    console.log(`  refused by the limiter (429): ${refused} = ${(refused / r.elapsed).toFixed(0)}/s`);
    if (other.length > 0) console.log(`  other answers: ${other.map(([s, n]) => `${s}×${n}`).join(", ")}`);
    console.log(`  latency p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms`);
    await server.close();
  }
  await db.$disconnect();
} finally {
  delete process.env.QUESTION_RATE_LIMIT_PER_HOUR;
  rmSync(dir, { recursive: true, force: true });
}
