import type { KeyObject } from "node:crypto";
import type { Db, Tx } from "../db/client.ts";
import { generateCountyKey, keyIdOf, keyPath, publicKeyOf, publicKeyPem, readPrivateKey } from "./keys.ts";
import {
  CHECKPOINT_FORMAT,
  type CheckpointStatement,
  checkLog,
  type FinanceHeads,
  type LeafRecord,
  leafListSchema,
  signCheckpoint,
  signedLeaves,
  sortedLeaves,
} from "./log.ts";
import { merkleRoot } from "./merkle.ts";

/** Disclosures whose hash is public: published, or withdrawn (still shown, with the same hash). */
const PUBLIC = { in: ["PUBLISHED", "WITHDRAWN"] as ("PUBLISHED" | "WITHDRAWN")[] };

export interface CountyState {
  leaves: LeafRecord[];
  /** Each community's latest published month. */
  heads: FinanceHeads;
  /** Every published month's stored hash, by `<community>/<month>`. */
  months: Map<string, string>;
}

export const monthKey = (community: string, month: string) => `${community}/${month}`;

/** What a county has published, as the database says now: its disclosures' leaves and its books' hashes. */
export async function countyState(db: Db | Tx, countyId: string): Promise<CountyState> {
  const disclosures = await db.disclosure.findMany({
    where: { status: PUBLIC, contentHash: { not: null }, targets: { some: { community: { township: { countyId } } } } },
    select: { id: true, title: true, contentHash: true, targets: { select: { community: { select: { code: true } } } } },
  });
  const periods = await db.financePeriod.findMany({
    where: { status: "PUBLISHED", chainHash: { not: null }, community: { township: { countyId } } },
    select: { month: true, chainHash: true, community: { select: { code: true } } },
    orderBy: { month: "asc" },
  });
  const heads: FinanceHeads = {};
  const months = new Map<string, string>();
  for (const p of periods) {
    const chainHash = p.chainHash ?? "";
    heads[p.community.code] = { month: p.month, chainHash };
    months.set(monthKey(p.community.code, p.month), chainHash);
  }
  return {
    leaves: sortedLeaves(
      disclosures.map((d) => ({
        id: d.id,
        contentHash: d.contentHash ?? "",
        title: d.title,
        communities: d.targets.map((t) => t.community.code).sort(),
      })),
    ),
    heads,
    months,
  };
}

export interface StoredLog {
  county: { id: string; code: string; name: string };
  /** The published public key (PEM) and its fingerprint; null before the county's first checkpoint. */
  key: { keyId: string; publicKey: string } | null;
  lines: string[];
  /** Each checkpoint's added leaves, by sequence; a list that does not read as leaves counts as empty. */
  added: Map<number, LeafRecord[]>;
}

export async function loadStoredLog(db: Db | Tx, county: { id: string; code: string; name: string }): Promise<StoredLog> {
  const [key, rows] = await Promise.all([
    db.checkpointKey.findUnique({ where: { countyId: county.id }, select: { keyId: true, publicKey: true } }),
    db.checkpoint.findMany({
      where: { countyId: county.id },
      orderBy: { sequence: "asc" },
      select: { sequence: true, line: true, addedLeaves: true },
    }),
  ]);
  const added = new Map<number, LeafRecord[]>();
  for (const row of rows) {
    const leaves = leafListSchema.safeParse(row.addedLeaves);
    if (leaves.success) added.set(row.sequence, leaves.data);
  }
  return { county, key, lines: rows.map((r) => r.line), added };
}

export type AppendOutcome =
  | { county: string; status: "appended"; sequence: number; disclosures: number }
  | { county: string; status: "unchanged"; sequence: number }
  | { county: string; status: "no-key"; path: string; published: boolean }
  | { county: string; status: "refused"; reason: string };

class Refused extends Error {}

export interface AppendOptions {
  keyDir: string;
  /** Only these counties (codes); every county by default. */
  counties?: readonly string[];
  /** Generate a key for a county that has none yet (never for one whose log is already signed). */
  createKeys?: boolean;
  onKeyCreated?: (county: string, path: string) => void;
  at?: Date;
}

/**
 * Signs a new checkpoint for every county whose published content changed since its last one.
 * Before signing, the county's log is checked whole and everything its last checkpoint covered
 * must still be in the database with the hash it had: a checkpoint never launders a rewrite, so
 * once content was checkpointed, changing it (hash recomputed or not) stops the log until a person
 * looks. Published content only grows, so a checkpoint adds leaves and never drops any.
 */
export async function appendCheckpoints(db: Db, options: AppendOptions): Promise<AppendOutcome[]> {
  const counties = await db.county.findMany({
    where: options.counties ? { code: { in: [...options.counties] } } : {},
    select: { id: true, code: true, name: true, checkpointKey: { select: { keyId: true } } },
    orderBy: { code: "asc" },
  });
  const outcomes: AppendOutcome[] = [];
  for (const county of counties) {
    let key = readPrivateKey(options.keyDir, county.code);
    if (!key && options.createKeys && !county.checkpointKey) {
      const path = generateCountyKey(options.keyDir, county.code);
      options.onKeyCreated?.(county.code, path);
      key = readPrivateKey(options.keyDir, county.code);
    }
    if (!key) {
      outcomes.push({
        county: county.code,
        status: "no-key",
        path: keyPath(options.keyDir, county.code),
        published: county.checkpointKey !== null,
      });
      continue;
    }
    const signingKey = key;
    try {
      outcomes.push(
        await db.$transaction((tx) => appendOne(tx, county, signingKey, options.at ?? new Date()), { timeout: 60_000 }),
      );
    } catch (error) {
      if (!(error instanceof Refused)) throw error;
      outcomes.push({ county: county.code, status: "refused", reason: error.message });
    }
  }
  return outcomes;
}

async function appendOne(tx: Tx, county: StoredLog["county"], key: KeyObject, at: Date): Promise<AppendOutcome> {
  const keyId = keyIdOf(key);
  const log = await loadStoredLog(tx, county);
  if (log.key && log.key.keyId !== keyId) {
    throw new Refused(
      `密钥 ${keyId.slice(0, 16)}… 不是签署本县校验点日志的密钥（公布的公钥指纹 ${log.key.keyId.slice(0, 16)}…）`,
    );
  }
  const checked = checkLog(log.lines, publicKeyOf(key), county.code);
  if (checked.problem) throw new Refused(`已有日志的校验点 #${checked.problem.sequence}：${checked.problem.message}`);
  const last = checked.checkpoints.at(-1)?.statement;
  const state = await countyState(tx, county.id);
  let covered = new Map<string, LeafRecord>();
  if (last) {
    const signed = signedLeaves(log.added, last);
    if (signed.problem !== null) throw new Refused(`数据库中保存的${signed.problem}`);
    covered = signed.leaves;
    const [rewrite] = rewritesSince(last, covered, state);
    if (rewrite) throw new Refused(`${rewrite.communities.join("、")} ${rewrite.record}：${rewrite.problem}`);
    const unchanged =
      state.leaves.length === covered.size &&
      JSON.stringify(Object.entries(state.heads).sort()) === JSON.stringify(Object.entries(last.financeHeads).sort());
    if (unchanged) return { county: county.code, status: "unchanged", sequence: last.sequence };
  }
  if (!log.key) await tx.checkpointKey.create({ data: { countyId: county.id, keyId, publicKey: publicKeyPem(key) } });
  const statement: CheckpointStatement = {
    format: CHECKPOINT_FORMAT,
    county: county.code,
    sequence: (last?.sequence ?? 0) + 1,
    time: at.toISOString(),
    previous: checked.checkpoints.at(-1)?.hash ?? null,
    keyId,
    disclosures: { count: state.leaves.length, merkleRoot: merkleRoot(state.leaves) },
    financeHeads: state.heads,
  };
  const signed = signCheckpoint(statement, key);
  await tx.checkpoint.create({
    data: {
      countyId: county.id,
      sequence: statement.sequence,
      time: at,
      line: signed.line,
      hash: signed.hash,
      addedLeaves: state.leaves
        .filter((l) => !covered.has(l.id))
        .map((l) => ({ id: l.id, contentHash: l.contentHash, title: l.title, communities: l.communities })),
    },
  });
  return { county: county.code, status: "appended", sequence: statement.sequence, disclosures: state.leaves.length };
}

/** A record a checkpoint covered that the database no longer holds as it was signed. */
export interface Rewrite {
  /** The communities it belongs to: as the database says now, else as the leaf recorded. */
  communities: string[];
  /** The record, as people name it: 公开事项 <id>「<title>」 or 财务 <month>. */
  record: string;
  problem: string;
}

/**
 * Everything of a checkpoint's content that the database no longer holds with the hash that was
 * signed: disclosures gone or with another hash, finance months gone or with another chain hash.
 * `source` names the checkpoint in the messages (校验点 #3, 留存副本的校验点 #3).
 */
export function rewritesSince(
  statement: CheckpointStatement,
  covered: ReadonlyMap<string, LeafRecord>,
  state: CountyState,
  source = `校验点 #${statement.sequence}`,
): Rewrite[] {
  const now = new Map(state.leaves.map((l) => [l.id, l]));
  const found: Rewrite[] = [];
  for (const leaf of covered.values()) {
    const current = now.get(leaf.id);
    const record = `公开事项 ${leaf.id}「${leaf.title}」`;
    if (!current) found.push({ communities: leaf.communities, record, problem: `已不在数据库中（${source} 收录过它）` });
    else if (current.contentHash !== leaf.contentHash) {
      found.push({
        communities: current.communities,
        record,
        problem: `校验值与${source} 签名记录的不符（内容连同校验值被改写）`,
      });
    }
  }
  for (const [community, head] of Object.entries(statement.financeHeads)) {
    const hash = state.months.get(monthKey(community, head.month));
    const record = `财务 ${head.month}`;
    if (hash === undefined) found.push({ communities: [community], record, problem: `已不在数据库中（${source} 收录过它）` });
    else if (hash !== head.chainHash) {
      found.push({ communities: [community], record, problem: `账目哈希与${source} 签名记录的不符（账目连同哈希链被改写）` });
    }
  }
  return found;
}

/** One line per county saying what an append did, for the CLI and the server's log. */
export function describeOutcome(o: AppendOutcome): string {
  switch (o.status) {
    case "appended":
      return `✓ ${o.county} 校验点 #${o.sequence} 已签署（公开事项 ${o.disclosures} 条）`;
    case "unchanged":
      return `· ${o.county} 公开内容自校验点 #${o.sequence} 以来没有变化，不需要新的校验点`;
    case "no-key":
      return o.published
        ? `✗ ${o.county} 签署本县校验点日志的密钥不在 ${o.path}：请从备份恢复`
        : `✗ ${o.county} 没有签名密钥 ${o.path}：先运行 npm run checkpoint -- keygen --county ${o.county}`;
    case "refused":
      return `✗ ${o.county} 拒绝签署新校验点：${o.reason}。请运行 npm run verify 查明`;
  }
}

export const appendFailed = (o: AppendOutcome) => o.status === "no-key" || o.status === "refused";
