import { createHash } from "node:crypto";

/** One published disclosure as a checkpoint covers it. */
export interface Leaf {
  id: string;
  contentHash: string;
}

/** Leaves in tree order: by id, compared code unit by code unit (ids are ASCII, so byte order). */
export const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const sha256 = (...parts: (Buffer | string)[]) => {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part);
  return hash.digest();
};

/**
 * SHA-256(0x00 ‖ UTF-8 "<id>:<contentHash>"). The 0x00 and 0x01 prefixes keep a leaf from ever
 * being read as an inner node (RFC 6962 §2.1), so nobody can pass off two leaves as one.
 */
export function leafHash(leaf: Leaf): Buffer {
  return sha256(Buffer.from([0]), `${leaf.id}:${leaf.contentHash}`);
}

/**
 * The Merkle root (hex) over a county's published disclosures: leaves sorted by id; each level
 * pairs neighbours left to right as SHA-256(0x01 ‖ left ‖ right) over the raw 32-byte digests;
 * an odd node left at the end of a level is carried up unchanged (not duplicated, so no two leaf
 * lists share a root). This is the Merkle Tree Hash of RFC 6962 §2.1; the empty tree's root is
 * SHA-256 of nothing.
 */
export function merkleRoot(leaves: readonly Leaf[]): string {
  if (leaves.length === 0) return sha256().toString("hex");
  let level = [...leaves].sort(byId).map(leafHash);
  while (level.length > 1) {
    const next: Buffer[] = [];
    for (let i = 0; i < level.length; i += 2) {
      const left = level[i] as Buffer;
      const right = level[i + 1];
      next.push(right ? sha256(Buffer.from([1]), left, right) : left);
    }
    level = next;
  }
  return (level[0] as Buffer).toString("hex");
}
