// `npm run bench:search-index -- <portal dir>`: indexes a built portal for search from scratch
// (api/search/build-index.ts) and reports the time and the peak memory of Pagefind's process,
// sampled from /proc (Linux). The tree's index is replaced: run it on a copy or a bench's tree
// (e.g. `npm run bench:scale -- --communities 200 --keep`). To compare with another revision,
// run that revision's file on the same tree: `npx tsx <worktree>/test/bench/search-index.ts <dir>`.
import { readdirSync, readFileSync } from "node:fs";
import { writeSearchIndex } from "../../api/search/build-index.ts";

const dir = process.argv[2];
if (!dir) {
  console.error("usage: npm run bench:search-index -- <portal dir>");
  process.exit(2);
}

/** The resident memory of Pagefind's service process, in MB; 0 when it is not running. */
function pagefindRss(): number {
  let total = 0;
  for (const pid of readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("pagefind")) continue;
      total += Number(readFileSync(`/proc/${pid}/status`, "utf8").match(/VmRSS:\s+(\d+)/)?.[1] ?? 0) / 1024;
    } catch {
      // The process ended between listing and reading.
    }
  }
  return total;
}

let peak = 0;
const sampler = setInterval(() => {
  peak = Math.max(peak, pagefindRss());
}, 200);
const started = performance.now();
const { pages, shards } = await writeSearchIndex(dir);
clearInterval(sampler);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`${pages} pages in ${shards.length} bundles, indexed in ${seconds} s; Pagefind's peak RSS ${peak.toFixed(0)} MB`);
