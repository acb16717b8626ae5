import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { pgBinary } from "../../api/db/pg-cluster.ts";

function found(): boolean {
  try {
    pgBinary("initdb");
    pgBinary("pg_ctl");
    return true;
  } catch {
    return false;
  }
}

/**
 * The PostgreSQL run needs Debian's `postgresql` package (initdb, pg_ctl, pg_dump). Like the
 * Chromium check (test/support/chromium.ts), installs it when running as root on a machine with
 * apt — a clean CI machine — and otherwise says exactly what to do.
 */
export function ensurePostgres(): void {
  if (found()) return;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !existsSync("/usr/bin/apt-get")) {
    throw new Error(
      "PostgreSQL is not installed; the PostgreSQL tests need it. On Debian or Ubuntu: sudo apt-get install -y postgresql",
    );
  }
  console.log("[postgres] not installed: installing Debian's postgresql package…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  for (const args of [
    ["update", "-qq"],
    ["install", "-y", "-qq", "postgresql"],
  ]) {
    const result = spawnSync("apt-get", args, { stdio: ["ignore", "inherit", "inherit"], env });
    if (result.status !== 0) throw new Error(`apt-get ${args.join(" ")} failed; install postgresql by hand`);
  }
  if (!found()) throw new Error("postgresql installed, but initdb and pg_ctl were not found");
}
