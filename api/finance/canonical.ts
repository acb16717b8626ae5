import canonicalize from "canonicalize";
import type { Tx } from "../db/client.ts";
import type { FinancePeriod } from "../db/generated/client.ts";
import { yuan } from "../money.ts";
import { closingOf, totalsOf } from "./totals.ts";

/**
 * What a published month of the books says, in the shape that is hashed: every entry, the totals
 * worked out from them, the committee's review, the queries and answers, and the previous
 * published month's hash — so each month's hash vouches for the whole chain before it. Field names
 * and order-independence (RFC 8785) are part of the format; `format` versions it.
 */
export const PERIOD_FORMAT = "sunboard.finance-period.v2";

/** v1 listed signatures as names only, recorded from one token; v2 has each member's own time and opinion. */
const V1 = "sunboard.finance-period.v1";

export interface PeriodSeal {
  publishedAt: Date;
  publisherName: string;
  previousHash: string | null;
  /** The format the month is sealed in: PERIOD_FORMAT at publication; the stored one when verifying. */
  format: string;
}

/** The seal a published month was hashed under, as stored with it; null before publication. */
export function storedSeal(
  p: Pick<FinancePeriod, "publishedAt" | "publisherName" | "previousHash" | "canonicalFormat">,
): PeriodSeal | null {
  if (!p.publishedAt || !p.publisherName) return null;
  return { publishedAt: p.publishedAt, publisherName: p.publisherName, previousHash: p.previousHash, format: p.canonicalFormat };
}

/**
 * Everything the canonical form is built from, as the database holds it. Categories and assets are
 * read once by id rather than joined per entry, so a month of thousands of entries still costs a
 * fixed handful of statements.
 */
export async function loadPeriodForSeal(db: Tx, periodId: string) {
  const period = await db.financePeriod.findUniqueOrThrow({
    where: { id: periodId },
    include: {
      community: { select: { code: true } },
      signatures: { orderBy: [{ signedAt: "asc" }, { posting: { sortOrder: "asc" } }] },
      queries: { orderBy: { askedAt: "asc" } },
    },
  });
  const rows = await db.ledgerEntry.findMany({ where: { periodId }, orderBy: { sequence: "asc" } });
  const categories = new Map(
    (
      await db.ledgerCategory.findMany({
        where: { id: { in: [...new Set(rows.map((e) => e.categoryId))] } },
        select: { id: true, code: true, name: true, direction: true },
      })
    ).map((c) => [c.id, c]),
  );
  const assetIds = [...new Set(rows.flatMap((e) => (e.assetId ? [e.assetId] : [])))];
  const assets = new Map(
    (await db.collectiveAsset.findMany({ where: { id: { in: assetIds } }, select: { id: true, code: true } })).map((a) => [
      a.id,
      a,
    ]),
  );
  const entries = rows.map((e) => {
    const category = categories.get(e.categoryId);
    if (!category) throw new Error(`entry ${e.id} has no category`);
    return { ...e, category, asset: e.assetId ? (assets.get(e.assetId) ?? null) : null };
  });
  return { ...period, entries };
}

export type SealablePeriod = Awaited<ReturnType<typeof loadPeriodForSeal>>;

export function periodCanonical(p: SealablePeriod, seal: PeriodSeal): string {
  const totals = totalsOf(p.entries);
  const json = canonicalize({
    format: seal.format,
    community: p.community.code,
    month: p.month,
    openingBalance: yuan(p.openingBalance),
    entries: p.entries.map((e) => ({
      id: e.id,
      sequence: e.sequence,
      date: e.date,
      voucherNo: e.voucherNo,
      category: e.category.code,
      categoryName: e.category.name,
      direction: e.category.direction,
      amount: yuan(e.amount),
      counterparty: e.counterparty,
      description: e.description,
      attachmentRef: e.attachmentRef,
      asset: e.asset?.code ?? null,
      adjusts: e.adjustsId,
      adjustmentReason: e.adjustmentReason,
    })),
    totals: {
      income: yuan(totals.income),
      expense: yuan(totals.expense),
      closingBalance: yuan(closingOf(p.openingBalance, totals)),
      byCategory: totals.byCategory
        .map((t) => ({ category: t.category.code, direction: t.category.direction, amount: yuan(t.amount) }))
        .sort((a, b) => String(a.category).localeCompare(String(b.category))),
    },
    review: {
      opinion: p.opinion,
      opinionText: p.opinionText,
      reviewedAt: p.reviewedAt?.toISOString() ?? null,
      reviewedBy: p.reviewedByName,
      signatures: p.signatures.map((s) =>
        seal.format === V1
          ? { name: s.name, role: s.role }
          : {
              name: s.name,
              role: s.role,
              signedAt: s.signedAt?.toISOString() ?? null,
              opinion: s.opinion,
              opinionText: s.opinionText,
            },
      ),
    },
    queries: p.queries.map((q) => ({
      id: q.id,
      entry: q.entryId,
      question: q.question,
      askedAt: q.askedAt.toISOString(),
      askedBy: q.askedByName,
      answer: q.answer,
      answeredAt: q.answeredAt?.toISOString() ?? null,
      answeredBy: q.answeredByName,
    })),
    publishedAt: seal.publishedAt.toISOString(),
    publisher: seal.publisherName,
    previousHash: seal.previousHash,
  });
  if (json === undefined) throw new Error("finance period cannot be serialized");
  return json;
}
