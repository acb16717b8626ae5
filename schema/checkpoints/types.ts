import { type LeafRecord, leafListSchema, leavesFile, parseLine, type SignedCheckpoint } from "../../api/checkpoints/log.ts";
import type { County } from "../../api/db/generated/client.ts";
import { builder, MAX_PAGE_SIZE } from "../builder.ts";

/** The checkpoint a stored line says it is; null when the line does not read as one (`npm run verify` says why). */
function signed(line: string): SignedCheckpoint | null {
  try {
    return parseLine(line);
  } catch {
    return null;
  }
}

const addedLeaves = (json: unknown): LeafRecord[] => {
  const leaves = leafListSchema.safeParse(json);
  return leaves.success ? leaves.data : [];
};

const LeafRef = builder.objectRef<LeafRecord>("CheckpointLeaf").implement({
  description: '叶子: one published disclosure as a checkpoint covers it; its leaf hash is SHA-256(0x00 ‖ "<id>:<contentHash>")',
  fields: (t) => ({
    disclosureId: t.exposeID("id", { description: "The disclosure's id" }),
    contentHash: t.exposeString("contentHash", { description: "The disclosure's contentHash when the checkpoint was signed" }),
    title: t.exposeString("title", {
      description: "Its title, to name it (not part of the leaf hash; the content hash covers it)",
    }),
    communityCodes: t.exposeStringList("communities", { description: "The communities it is published in" }),
  }),
});

const FinanceHeadRef = builder
  .objectRef<{ community: string; month: string; chainHash: string }>("CheckpointFinanceHead")
  .implement({
    description: "A community's latest published month of the books when the checkpoint was signed: the head of its hash chain",
    fields: (t) => ({
      communityCode: t.exposeString("community", { description: "The community" }),
      month: t.exposeString("month", { description: "Its latest published month, e.g. 2026-10" }),
      chainHash: t.exposeString("chainHash", { description: "That month's chainHash" }),
    }),
  });

const StatementRef = builder.objectRef<SignedCheckpoint>("CheckpointStatement").implement({
  description: "What a checkpoint signed (the `checkpoint` object of its line)",
  fields: (t) => ({
    county: t.string({ description: "The county's code", resolve: (c) => c.statement.county }),
    format: t.string({ description: "The format of the statement: sunboard.checkpoint.v1", resolve: (c) => c.statement.format }),
    previousHash: t.string({
      nullable: true,
      description: "SHA-256 (hex) of the previous checkpoint's line; null for the county's first",
      resolve: (c) => c.statement.previous,
    }),
    keyId: t.string({
      description: "SHA-256 (hex) of the signing public key's SPKI DER encoding",
      resolve: (c) => c.statement.keyId,
    }),
    disclosureCount: t.int({
      description: "How many published disclosures of the county's communities it covers",
      resolve: (c) => c.statement.disclosures.count,
    }),
    merkleRoot: t.string({
      description: "Merkle root (hex) over those disclosures' leaves, sorted by id (RFC 6962 tree hash)",
      resolve: (c) => c.statement.disclosures.merkleRoot,
    }),
    financeHeads: t.field({
      type: [FinanceHeadRef],
      description: "Each community's latest published month and its chain hash, by community code",
      resolve: (c) => Object.entries(c.statement.financeHeads).map(([community, head]) => ({ community, ...head })),
    }),
    signature: t.string({
      description: "Ed25519 signature (base64) over the RFC 8785 JSON of the statement",
      resolve: (c) => c.signature,
    }),
  }),
});

builder.prismaObject("Checkpoint", {
  description: "校验点: a signed statement of everything a county had published at one moment",
  fields: (t) => ({
    sequence: t.exposeInt("sequence", { description: "1, 2, 3 … within the county's log" }),
    time: t.expose("time", { type: "DateTime", description: "When it was signed" }),
    line: t.exposeString("line", { description: "The signed line exactly as log.jsonl carries it (RFC 8785 JSON)" }),
    hash: t.exposeString("hash", { description: "SHA-256 (hex) of line; the next checkpoint names it as previousHash" }),
    statement: t.field({
      type: StatementRef,
      nullable: true,
      description: "What it signed, read from line; null if the stored line does not read as a checkpoint",
      resolve: (c) => signed(c.line),
    }),
    addedLeaves: t.field({
      type: [LeafRef],
      description:
        "The leaves it added to the previous checkpoint's, sorted by id; its leaves are these and all earlier checkpoints'",
      resolve: (c) => addedLeaves(c.addedLeaves),
    }),
    leavesFile: t.string({
      nullable: true,
      description: "Its leaves file exactly as the portal publishes it at /checkpoints/<county>/leaves/<sequence>.json",
      resolve: (c) => {
        const checkpoint = signed(c.line);
        return checkpoint ? leavesFile(checkpoint.statement, addedLeaves(c.addedLeaves)) : null;
      },
    }),
  }),
});

export const CheckpointLogRef = builder.objectRef<County>("CheckpointLog").implement({
  description: "校验点日志: a county's public, append-only log of signed checkpoints, oldest first",
  fields: (t) => ({
    county: t.prismaField({
      type: "County",
      description: "The county that signs it",
      resolve: (query, county, _a, ctx) => ctx.db.county.findUniqueOrThrow({ ...query, where: { id: county.id } }),
    }),
    publicKey: t.string({
      nullable: true,
      description: "The county's Ed25519 public key (SPKI PEM) that signs every checkpoint; null before the first",
      resolve: async (county, _a, ctx) =>
        (await ctx.db.checkpointKey.findUnique({ where: { countyId: county.id }, select: { publicKey: true } }))?.publicKey ??
        null,
    }),
    length: t.int({
      description: "How many checkpoints the log holds",
      resolve: (county, _a, ctx) => ctx.db.checkpoint.count({ where: { countyId: county.id } }),
    }),
    latest: t.prismaField({
      type: "Checkpoint",
      nullable: true,
      description: "The newest checkpoint",
      resolve: (query, county, _a, ctx) =>
        ctx.db.checkpoint.findFirst({ ...query, where: { countyId: county.id }, orderBy: { sequence: "desc" } }),
    }),
    checkpoint: t.prismaField({
      type: "Checkpoint",
      nullable: true,
      description: "One checkpoint by its sequence number",
      args: { sequence: t.arg.int({ required: true, description: "1, 2, 3 …" }) },
      resolve: (query, county, { sequence }, ctx) =>
        ctx.db.checkpoint.findUnique({ ...query, where: { countyId_sequence: { countyId: county.id, sequence } } }),
    }),
    checkpoints: t.prismaField({
      type: ["Checkpoint"],
      description: "Checkpoints in log order, oldest first; a mirror asks for those after the last one it holds",
      args: {
        afterSequence: t.arg.int({ defaultValue: 0, description: "Only checkpoints with a higher sequence number" }),
        first: t.arg.int({ defaultValue: MAX_PAGE_SIZE, description: `How many, at most ${MAX_PAGE_SIZE}` }),
      },
      resolve: (query, county, { afterSequence, first }, ctx) =>
        ctx.db.checkpoint.findMany({
          ...query,
          where: { countyId: county.id, sequence: { gt: afterSequence ?? 0 } },
          orderBy: { sequence: "asc" },
          take: Math.max(0, Math.min(first ?? MAX_PAGE_SIZE, MAX_PAGE_SIZE)),
        }),
    }),
  }),
});
