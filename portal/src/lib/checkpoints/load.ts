import { query } from "~/lib/api.ts";
import type { ResultOf } from "~/lib/graphql.ts";
import { buildScope } from "../../../integrations/scope.ts";
import { CheckpointLeaves, CheckpointLines, CheckpointLogs } from "./queries.ts";

export type CountyLog = ResultOf<typeof CheckpointLogs>["checkpointLogs"][number];
type Line = NonNullable<ResultOf<typeof CheckpointLines>["checkpointLog"]>["checkpoints"][number];

let logs: Promise<CountyLog[]> | undefined;

/** Every county's log summary; the index page and the per-county files all start from it. */
export function loadLogs(): Promise<CountyLog[]> {
  logs ??= query(CheckpointLogs, {}).then((r) => r.checkpointLogs);
  return logs;
}

/** A county's whole log, oldest first; log.jsonl, the leaves files and the index read it once per build. */
const lines = new Map<string, Promise<Line[]>>();

export function loadLines(county: string): Promise<Line[]> {
  const cached = lines.get(county);
  if (cached) return cached;
  const read = (async () => {
    const all: Line[] = [];
    for (;;) {
      const page = (await query(CheckpointLines, { county, after: all.at(-1)?.sequence ?? 0 })).checkpointLog?.checkpoints ?? [];
      all.push(...page);
      if (page.length === 0) return all;
    }
  })();
  lines.set(county, read);
  return read;
}

/** getStaticPaths of the per-county files: counties with a log. */
export async function countiesWithLog() {
  return (await loadLogs()).filter((l) => l.length > 0).map((l) => ({ params: { county: l.county.code }, props: { log: l } }));
}

/** getStaticPaths of the leaves files: each checkpoint of the build's counties. */
export async function leavesPaths() {
  const only = buildScope();
  const counties = (await loadLogs()).filter((l) => l.length > 0 && (!only || only.counties.has(l.county.code)));
  const all = await Promise.all(
    counties.map(async (l) =>
      (await loadLines(l.county.code)).map((c) => ({ county: l.county.code, sequence: String(c.sequence) })),
    ),
  );
  return all.flat().map((params) => ({ params }));
}

export async function loadLeavesFile(county: string, sequence: number): Promise<string> {
  const file = (await query(CheckpointLeaves, { county, sequence })).checkpointLog?.checkpoint?.leavesFile;
  if (!file) throw new Error(`checkpoint ${county} #${sequence} has no readable statement`);
  return file;
}

/** log.jsonl: one signed line per checkpoint, each ending in a newline. */
export const logFile = (all: readonly { line: string }[]) => all.map((c) => `${c.line}\n`).join("");
