import { execFile } from "node:child_process";
import { closeSync, existsSync, openSync, readSync, rmSync, statSync } from "node:fs";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import pg from "pg";
import { pgPoolConfig } from "./adapters.ts";
import { pgBinary } from "./pg-cluster.ts";
import { type Provider, providerOf } from "./providers.ts";
import { sqlitePath } from "./url.ts";

const run = promisify(execFile);

/** The first bytes of each provider's backup file, so a restore refuses the other kind up front. */
const MAGIC: Record<Provider, string> = { sqlite: "SQLite format 3\0", postgresql: "PGDMP" };

export type Log = (line: string) => void;

/**
 * Writes a consistent copy of the database to `file` while the server keeps running: SQLite's
 * online backup API (page by page, restarting when a write lands meanwhile), or `pg_dump` in its
 * custom format (one snapshot, compressed, restorable table by table).
 */
export async function backupDatabase(databaseUrl: string, file: string, log: Log): Promise<void> {
  if (providerOf(databaseUrl) === "postgresql") {
    await pgTool("pg_dump", ["--format=custom", "--no-owner", "--verbose", `--file=${file}`, `--dbname=${databaseUrl}`], log);
    return;
  }
  const path = sqlitePath(databaseUrl);
  if (!existsSync(path)) throw new Error(`数据库文件不存在：${path}`);
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    let shown = -1;
    await db.backup(file, {
      progress: ({ totalPages, remainingPages }) => {
        const percent = totalPages ? Math.floor(((totalPages - remainingPages) / totalPages) * 100) : 100;
        if (percent >= shown + 10 || remainingPages === 0) {
          shown = percent;
          log(`已复制 ${percent}%（${totalPages - remainingPages}/${totalPages} 页）`);
        }
        // Pages per step: small enough that a writer is never held up for long.
        return 1000;
      },
    });
  } finally {
    db.close();
  }
}

/**
 * Loads a backup into an empty database (a SQLite file that does not exist yet or has no tables, a
 * PostgreSQL database without tables). A database with tables is refused unless `force`, which
 * replaces its contents. The server must be stopped for a forced restore.
 */
export async function restoreDatabase(databaseUrl: string, file: string, options: { force: boolean }, log: Log) {
  const provider = providerOf(databaseUrl);
  checkMagic(file, provider);
  const tables = await tableCount(databaseUrl);
  if (tables > 0 && !options.force) {
    throw new Error(`目标数据库不是空的（已有 ${tables} 张表）：恢复会覆盖其内容。确需覆盖时，先停止服务，再加 --force。`);
  }
  if (provider === "postgresql") {
    const clean = tables > 0 ? ["--clean", "--if-exists"] : [];
    await pgTool("pg_restore", ["--no-owner", "--exit-on-error", "--verbose", ...clean, `--dbname=${databaseUrl}`, file], log);
    return;
  }
  const path = sqlitePath(databaseUrl);
  // A forced restore replaces the file; a leftover write-ahead log would be replayed onto the copy.
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${path}${suffix}`, { force: true });
  const source = new Database(file, { readonly: true, fileMustExist: true });
  try {
    let shown = -1;
    await source.backup(path, {
      progress: ({ totalPages, remainingPages }) => {
        const percent = totalPages ? Math.floor(((totalPages - remainingPages) / totalPages) * 100) : 100;
        if (percent >= shown + 10 || remainingPages === 0) {
          shown = percent;
          log(`已恢复 ${percent}%（${totalPages - remainingPages}/${totalPages} 页）`);
        }
        return 1000;
      },
    });
  } finally {
    source.close();
  }
}

function checkMagic(file: string, provider: Provider): void {
  if (!existsSync(file) || !statSync(file).isFile()) throw new Error(`备份文件不存在：${file}`);
  const expected = MAGIC[provider];
  const head = Buffer.alloc(expected.length);
  const fd = openSync(file, "r");
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  if (head.toString("latin1") !== expected) {
    const kind = provider === "sqlite" ? "SQLite" : "PostgreSQL（pg_dump 自定义格式）";
    throw new Error(`${file} 不是 ${kind} 备份，不能恢复到这个数据库`);
  }
}

/** How many tables the database has: 0 for a SQLite file that does not exist yet. */
async function tableCount(databaseUrl: string): Promise<number> {
  if (providerOf(databaseUrl) === "postgresql") {
    const client = new pg.Client(pgPoolConfig(databaseUrl));
    await client.connect();
    try {
      const { rows } = await client.query("SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'");
      return rows[0].n;
    } finally {
      await client.end();
    }
  }
  const path = sqlitePath(databaseUrl);
  if (!existsSync(path) || statSync(path).size === 0) return 0;
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number }).n;
  } finally {
    db.close();
  }
}

/** Runs pg_dump or pg_restore; their --verbose lines (on stderr) are the progress shown. */
async function pgTool(name: string, args: string[], log: Log): Promise<void> {
  try {
    const { stderr } = await run(pgBinary(name), args, { maxBuffer: 64 * 1024 * 1024 });
    for (const line of stderr.split("\n")) if (line.trim()) log(line);
  } catch (error) {
    const e = error as { stderr?: string };
    throw new Error(`${name} 失败：${(e.stderr ?? String(error)).trim().split("\n").slice(-3).join(" ")}`);
  }
}
