import { createHash, type KeyObject, sign, verify } from "node:crypto";
import canonicalize from "canonicalize";
import { z } from "zod";
import { keyIdOf } from "./keys.ts";
import { byId, type Leaf, merkleRoot } from "./merkle.ts";

/**
 * The checkpoint log's format. Each line of a county's log.jsonl is the RFC 8785 JSON of
 * `{"checkpoint": <statement>, "signature": <base64>}`, where the signature is Ed25519 over the
 * RFC 8785 JSON of the statement, which is also the exact text between `{"checkpoint":` and
 * `,"signature":` on the line. A checkpoint's hash is the SHA-256 of its whole line (UTF-8, no
 * newline); the next checkpoint names it as `previous`, so the log is itself a hash chain.
 */
export const CHECKPOINT_FORMAT = "sunboard.checkpoint.v1";

const hex64 = z.string().regex(/^[0-9a-f]{64}$/, "不是 64 位十六进制哈希");

const statementSchema = z
  .object({
    format: z.literal(CHECKPOINT_FORMAT),
    county: z.string().min(1),
    sequence: z.number().int().positive(),
    time: z.iso.datetime(),
    previous: hex64.nullable(),
    keyId: hex64,
    disclosures: z.strictObject({ count: z.number().int().nonnegative(), merkleRoot: hex64 }),
    financeHeads: z.record(z.string(), z.strictObject({ month: z.string(), chainHash: hex64 })),
  })
  .strict();

export type CheckpointStatement = z.infer<typeof statementSchema>;
export type FinanceHeads = CheckpointStatement["financeHeads"];

export interface SignedCheckpoint {
  statement: CheckpointStatement;
  signature: string;
  /** The line exactly as log.jsonl carries it. */
  line: string;
  /** SHA-256 (hex) of the line. */
  hash: string;
}

/** A leaf as the log publishes it: what is hashed (id, contentHash) and, to name it, its title and communities. */
export interface LeafRecord extends Leaf {
  title: string;
  communities: string[];
}

const leafSchema = z.object({
  id: z.string().min(1),
  contentHash: hex64,
  title: z.string(),
  communities: z.array(z.string()),
});
export const leafListSchema = z.array(leafSchema);

export const sha256Hex = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

function canonical(value: unknown): string {
  const json = canonicalize(value);
  if (json === undefined) throw new Error("checkpoint cannot be serialized");
  return json;
}

export function signCheckpoint(statement: CheckpointStatement, privateKey: KeyObject): SignedCheckpoint {
  const signature = sign(null, Buffer.from(canonical(statement), "utf8"), privateKey).toString("base64");
  const line = canonical({ checkpoint: statement, signature });
  return { statement, signature, line, hash: sha256Hex(line) };
}

export class LineError extends Error {}

/**
 * Reads one line of a log. Only the exact canonical bytes are accepted: a line that parses to the
 * same JSON but is spelled differently would hash differently and break every mirror's chain.
 */
export function parseLine(line: string): SignedCheckpoint {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    throw new LineError("不是有效的 JSON");
  }
  if (canonicalize(raw) !== line) throw new LineError("不是规范化（RFC 8785）的 JSON 文本");
  const outer = z.strictObject({ checkpoint: statementSchema, signature: z.base64() }).safeParse(raw);
  if (!outer.success)
    throw new LineError(`格式不符：${outer.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("；")}`);
  return { statement: outer.data.checkpoint, signature: outer.data.signature, line, hash: sha256Hex(line) };
}

export const signatureValid = (c: SignedCheckpoint, publicKey: KeyObject): boolean =>
  verify(null, Buffer.from(canonical(c.statement), "utf8"), publicKey, Buffer.from(c.signature, "base64"));

export interface LogProblem {
  /** The checkpoint (1-based line) at fault. */
  sequence: number;
  message: string;
}

export interface CheckedLog {
  /** The checkpoints up to the first problem, in order. */
  checkpoints: SignedCheckpoint[];
  problem: LogProblem | null;
}

/**
 * Checks a county's whole log against the public key it is trusted to be signed with: every line
 * canonical and signed by that key, sequence numbers 1, 2, 3 … and each `previous` the hash of
 * the line before. Stops at the first bad line, since nothing after it can be trusted.
 */
export function checkLog(lines: readonly string[], publicKey: KeyObject, county: string): CheckedLog {
  const keyId = keyIdOf(publicKey);
  const checkpoints: SignedCheckpoint[] = [];
  for (const [i, line] of lines.entries()) {
    const sequence = i + 1;
    const fail = (message: string): CheckedLog => ({ checkpoints, problem: { sequence, message } });
    let c: SignedCheckpoint;
    try {
      c = parseLine(line);
    } catch (error) {
      if (error instanceof LineError) return fail(`不是有效的校验点：${error.message}`);
      throw error;
    }
    const s = c.statement;
    if (s.county !== county) return fail(`属于县 ${s.county}，不属于县 ${county}`);
    if (s.sequence !== sequence) return fail(`序号为 ${s.sequence}，应为 ${sequence}（日志缺行或顺序被打乱）`);
    if (s.previous !== (checkpoints.at(-1)?.hash ?? null)) return fail("记录的上一校验点哈希与上一行不符（日志被改写）");
    if (s.keyId !== keyId) return fail("签名密钥不是公布的县级公钥");
    if (!signatureValid(c, publicKey)) return fail("签名无效：内容在签名后被改动，或不是用县里保管的密钥签的");
    checkpoints.push(c);
  }
  return { checkpoints, problem: null };
}

/**
 * The leaves of checkpoint `sequence`: every checkpoint's additions up to it. A leaf added twice
 * is an error, since published records are added once and never change.
 */
export function leavesUpTo(added: ReadonlyMap<number, readonly LeafRecord[]>, sequence: number): Map<string, LeafRecord> {
  const leaves = new Map<string, LeafRecord>();
  for (let n = 1; n <= sequence; n++) {
    for (const leaf of added.get(n) ?? []) {
      if (leaves.has(leaf.id)) throw new LineError(`校验点 #${n} 重复收录了公开事项 ${leaf.id}`);
      leaves.set(leaf.id, leaf);
    }
  }
  return leaves;
}

/** Whether a leaf list is the one a checkpoint signed (count and Merkle root); null if it is. */
export function leavesProblem(statement: CheckpointStatement, leaves: ReadonlyMap<string, LeafRecord>): string | null {
  if (leaves.size !== statement.disclosures.count) {
    return `叶子列表有 ${leaves.size} 条，校验点 #${statement.sequence} 签名记录的是 ${statement.disclosures.count} 条`;
  }
  if (merkleRoot([...leaves.values()]) !== statement.disclosures.merkleRoot) {
    return `叶子列表与校验点 #${statement.sequence} 签名的默克尔根不符`;
  }
  return null;
}

/** The leaves a checkpoint signed, from stored or saved additions, if they add up to its count and Merkle root. */
export function signedLeaves(
  added: ReadonlyMap<number, readonly LeafRecord[]>,
  statement: CheckpointStatement,
): { leaves: Map<string, LeafRecord>; problem: null } | { leaves: null; problem: string } {
  try {
    const leaves = leavesUpTo(added, statement.sequence);
    const problem = leavesProblem(statement, leaves);
    return problem ? { leaves: null, problem } : { leaves, problem: null };
  } catch (error) {
    if (error instanceof LineError) return { leaves: null, problem: error.message };
    throw error;
  }
}

/** Leaves in tree order, as the leaves files list them. */
export const sortedLeaves = (leaves: Iterable<LeafRecord>) => [...leaves].sort(byId);

/**
 * A checkpoint's leaves file, as the portal publishes it beside the log
 * (checkpoints/<county>/leaves/<sequence>.json): the leaves the checkpoint added to the previous
 * one's, in tree order. The leaves of checkpoint n are those of files 1 … n together; their
 * count and Merkle root are the ones checkpoint n signed.
 */
export const LEAVES_FORMAT = "sunboard.checkpoint-leaves.v1";

const leavesFileSchema = z.object({
  format: z.literal(LEAVES_FORMAT),
  county: z.string(),
  sequence: z.number().int().positive(),
  count: z.number().int().nonnegative(),
  merkleRoot: hex64,
  added: leafListSchema,
});

export function leavesFile(statement: CheckpointStatement, added: readonly LeafRecord[]): string {
  const file: z.infer<typeof leavesFileSchema> = {
    format: LEAVES_FORMAT,
    county: statement.county,
    sequence: statement.sequence,
    count: statement.disclosures.count,
    merkleRoot: statement.disclosures.merkleRoot,
    added: sortedLeaves(added).map((l) => ({ id: l.id, contentHash: l.contentHash, title: l.title, communities: l.communities })),
  };
  return `${JSON.stringify(file, null, 1)}\n`;
}

/** A saved leaves file's sequence and additions; null when the text is not one. */
export function readLeavesFile(text: string): { sequence: number; added: LeafRecord[] } | null {
  try {
    const file = leavesFileSchema.safeParse(JSON.parse(text));
    return file.success ? { sequence: file.data.sequence, added: file.data.added } : null;
  } catch {
    return null;
  }
}
