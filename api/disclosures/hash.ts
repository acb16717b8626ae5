import { createHash } from "node:crypto";
import canonicalize from "canonicalize";

/** What a published disclosure says, in the shape that is hashed. Field names are part of the format. */
export interface PublishedContent {
  id: string;
  category: string;
  title: string;
  body: string;
  period: { kind: string; start: string; end: string } | null;
  communities: string[];
  publishedAt: string;
  publisher: string;
  corrects: string | null;
  correctionReason: string | null;
}

/**
 * Canonical serialization: RFC 8785 JSON (sorted keys, no whitespace), format-tagged so the
 * format can evolve without old hashes becoming ambiguous. Anyone can recompute the hash with
 * `printf '%s' "$canonical" | sha256sum`.
 */
export function canonicalContent(content: PublishedContent): string {
  const json = canonicalize({
    format: "sunboard.disclosure.v1",
    ...content,
    communities: [...content.communities].sort(),
  });
  if (json === undefined) throw new Error("disclosure content cannot be serialized");
  return json;
}

export function contentHash(canonical: string): string {
  return createHash("sha256").update(canonical, "utf8").digest("hex");
}
