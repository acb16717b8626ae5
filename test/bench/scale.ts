// `npm run bench:scale -- --communities N [--demo file.db] [--keep]`: how the portal scales with
// the number of communities. The demo data (8 communities, about 13 months of books) is copied
// through SQL until there are at least N communities (test/bench/clone.ts), then one run measures
//   1. the full build: wall time, peak memory of the build's processes, files and pages written;
//   2. publish-to-visible: a server with the rebuilder on that database, a disclosure published
//      to one community through GraphQL, its community page polled until it shows the title;
//      then a second one, published while the first one's search index is still being rebuilt.
// Times depend on the machine and its load; compare sizes within one run.
// `--served dir --demo file.db` skips both cloning and the full build: file.db is a database
// already cloned to size and dir a portal built from it (e.g. by `astro build`, which at 1,000
// communities takes long); publish-to-visible runs on a hard-linked copy of dir.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { issueToken } from "../../api/auth/tokens.ts";
import { prepareDatabase } from "../../api/db/prepare.ts";
import { buildPortal, PortalRebuilder } from "../../api/portal/build.ts";
import { linkTree } from "../../api/portal/incremental.ts";
import { startServer } from "../../api/server.ts";
import { cloneDemo } from "./clone.ts";

const { values } = parseArgs({
  options: {
    communities: { type: "string", default: "8" },
    demo: { type: "string" },
    keep: { type: "boolean", default: false },
    served: { type: "string" },
  },
});
const wanted = Number(values.communities);
const dir = mkdtempSync(join(tmpdir(), "sunboard-bench-scale-"));
const file = join(dir, "scale.db");
const databaseUrl = `file:${file}`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

let started = performance.now();
if (values.demo) copyFileSync(values.demo, file);
else await (await prepareDatabase(databaseUrl, { demo: true })).$disconnect();
console.log(`demo database ready in ${seconds(performance.now() - started)}`);
started = performance.now();
if (!values.served) cloneDemo(file, Math.ceil(wanted / 8));
const db = await prepareDatabase(databaseUrl, { demo: false });
const communities = await db.community.findMany({ select: { code: true }, orderBy: { code: "asc" } });
console.log(
  `${communities.length} communities in ${await db.county.count()} counties, cloned in ${seconds(performance.now() - started)}`,
);

// 1. Full build.
const outDir = join(dir, "portal");
if (values.served) linkTree(values.served, outDir);
else {
  const memory = watchMemory();
  started = performance.now();
  await buildPortal(databaseUrl, outDir, { quiet: true, progress: (line) => console.log(`  ${line}`) });
  const buildMs = performance.now() - started;
  const { peak, peakWithSelf } = memory.stop();
  const files = listFiles(outDir);
  const pages = files.filter((f) => f.endsWith("index.html")).length;
  console.log(
    `full build: ${seconds(buildMs)}, peak RSS ${(peak / 1024).toFixed(0)} MB (${(peakWithSelf / 1024).toFixed(0)} MB with this process, which runs the post-build steps), ${files.length} files (${pages} pages)`,
  );
  console.log(
    `  per community ${(buildMs / communities.length / 1000).toFixed(2)} s, ${(pages / (buildMs / 1000)).toFixed(1)} pages/s`,
  );
}

// 2. Publish-to-visible through a running server.
let rebuilder: PortalRebuilder | undefined;
const server = await startServer({
  db,
  port: 0,
  host: "127.0.0.1",
  portalDir: outDir,
  onPortalChange: (changes) => rebuilder?.schedule(changes),
  http: { readsPerMinute: 0, writesPerMinute: 0 },
});
// Printed as they come: the search index's pass over a province's tree ends long after the pages are visible.
rebuilder = new PortalRebuilder(databaseUrl, outDir, (line) => console.log(`  rebuilder: ${line}`));
try {
  const code = communities[Math.floor(communities.length / 2)]?.code as string;
  const community = await db.community.findUniqueOrThrow({ where: { code } });
  const user = await db.user.create({
    data: { name: "基准测试编辑", role: "COMMUNITY_EDITOR", communities: { create: [{ communityId: community.id }] } },
  });
  const token = await issueToken(db, user.id, "bench");
  const gql = async (query: string, variables: object) => {
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data: Record<string, { __typename?: string; disclosure?: { id: string } }> };
  };
  // The second publication follows as soon as the first is visible, while the first one's
  // search index is still being rebuilt: it must not wait for it.
  for (const which of ["first", "second"]) {
    const title = `基准测试公示${Date.now()}`;
    const created = await gql(
      "mutation($input: CreateDisclosureInput!) { createDisclosure(input: $input) { ... on CreateDisclosureSuccess { disclosure { id } } } }",
      { input: { communityCodes: [code], categoryCode: "COMMUNITY_AFFAIRS", title, body: "基准测试。", period: "2026-11" } },
    );
    const id = created.data.createDisclosure?.disclosure?.id;
    if (!id) throw new Error(`createDisclosure failed: ${JSON.stringify(created)}`);
    started = performance.now();
    const published = await gql("mutation($id: ID!) { publishDisclosure(id: $id) { __typename } }", { id });
    if (published.data.publishDisclosure?.__typename !== "PublishDisclosureSuccess") throw new Error(JSON.stringify(published));
    const answered = performance.now() - started;
    let failures = 0;
    for (;;) {
      // A failed read is counted, not fatal: readers during a swap must never see one.
      const page = await fetch(`${server.url}/c/${code}/`).then(
        (r) => (r.ok ? r.text() : `${r.status}`),
        (error: unknown) => String(error),
      );
      if (page.includes(title)) break;
      if (!page.startsWith("<")) {
        failures++;
        if (failures < 4) console.log(`  read failed during the rebuild: ${page.slice(0, 200)}`);
      }
      if (performance.now() - started > 3_600_000) throw new Error("not visible after an hour");
      await new Promise((r) => setTimeout(r, 100));
    }
    console.log(
      `publish-to-visible (${code}, ${which} publication): ${seconds(performance.now() - started)}, ${failures} failed reads while polling`,
    );
    console.log(`  the publication itself was answered in ${seconds(answered)}`);
  }
} finally {
  await rebuilder.idle();
  rebuilder.stop();
  await server.close();
  await db.$disconnect();
  if (values.keep) console.log(`kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}

function listFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

/**
 * Peak resident memory of this process's descendants (Astro, Pagefind), summed over the tree and
 * sampled from /proc every 200 ms, in KiB; and the same with this process added, which runs the
 * other post-build steps.
 */
function watchMemory(): { stop: () => { peak: number; peakWithSelf: number } } {
  let peak = 0;
  let peakWithSelf = 0;
  const sample = () => {
    const parents = new Map<number, number>();
    const rss = new Map<number, number>();
    for (const entry of readdirSync("/proc")) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const status = readFileSync(`/proc/${entry}/status`, "utf8");
        parents.set(Number(entry), Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]));
        rss.set(Number(entry), Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0));
      } catch {
        // The process ended between the listing and the read.
      }
    }
    const descends = (pid: number): boolean => {
      for (let p = parents.get(pid); p; p = parents.get(p)) if (p === process.pid) return true;
      return false;
    };
    let total = 0;
    for (const [pid, kib] of rss) if (descends(pid)) total += kib;
    peak = Math.max(peak, total);
    peakWithSelf = Math.max(peakWithSelf, total + (rss.get(process.pid) ?? 0));
  };
  const timer = setInterval(sample, 200);
  return {
    stop: () => {
      clearInterval(timer);
      return { peak, peakWithSelf };
    },
  };
}
