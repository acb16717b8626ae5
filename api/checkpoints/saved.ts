import type { KeyObject } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { parsePublicKey } from "./keys.ts";
import { type LeafRecord, readLeavesFile } from "./log.ts";

/** A county's log as someone saved it earlier: a copy of the portal's /checkpoints/<county>/ or just its log.jsonl. */
export interface SavedLog {
  county: string;
  /** The saved log.jsonl. */
  source: string;
  lines: string[];
  /** public-key.pem saved beside it, if it was. */
  publicKey: KeyObject | null;
  /** The leaves files saved beside it (leaves/<n>.json), if they were. */
  added: Map<number, LeafRecord[]> | null;
}

/**
 * Finds the saved logs in a path: a log.jsonl itself, a county's folder, the portal's
 * checkpoints/ folder, or a whole saved copy of the portal.
 */
export function readSavedCopy(path: string): SavedLog[] {
  const full = resolve(path);
  if (!existsSync(full)) throw new Error(`${full} 不存在`);
  if (!statSync(full).isDirectory()) return [readSavedLog(full)];
  const logs = [full, join(full, "checkpoints")]
    .flatMap((dir) => [join(dir, "log.jsonl"), ...subfolders(dir).map((sub) => join(dir, sub, "log.jsonl"))])
    .filter((file) => existsSync(file));
  if (logs.length === 0) throw new Error(`${full} 中没有找到 log.jsonl（应为门户副本、checkpoints/ 或县的文件夹）`);
  return [...new Set(logs)].map(readSavedLog);
}

const subfolders = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
    : [];

function readSavedLog(file: string): SavedLog {
  const text = readFileSync(file, "utf8");
  // A copy saved on Windows may end its lines in \r\n; a signed line never contains \r.
  const lines = (text.endsWith("\n") ? text.slice(0, -1) : text).split("\n").map((l) => l.replace(/\r$/, ""));
  const folder = dirname(file);
  const keyFile = join(folder, "public-key.pem");
  const leavesDir = join(folder, "leaves");
  let added: Map<number, LeafRecord[]> | null = null;
  if (existsSync(leavesDir)) {
    added = new Map();
    for (const name of readdirSync(leavesDir).filter((n) => n.endsWith(".json"))) {
      const leaves = readLeavesFile(readFileSync(join(leavesDir, name), "utf8"));
      if (leaves) added.set(leaves.sequence, leaves.added);
    }
  }
  return {
    county: countyOf(lines[0]) ?? basename(folder),
    source: file,
    lines: text === "" ? [] : lines,
    publicKey: existsSync(keyFile) ? parsePublicKey(readFileSync(keyFile, "utf8")) : null,
    added,
  };
}

/** The county a log's first line names, read loosely: the line's validity is checked later, with its signature. */
function countyOf(line: string | undefined): string | null {
  try {
    const county = (JSON.parse(line ?? "") as { checkpoint?: { county?: unknown } }).checkpoint?.county;
    return typeof county === "string" ? county : null;
  } catch {
    return null;
  }
}
