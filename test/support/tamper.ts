import { createDb, type Db } from "../../api/db/client.ts";
import { contentHash } from "../../api/disclosures/hash.ts";
import { publishedCanonical } from "../../api/disclosures/service.ts";
import { loadPeriodForSeal, periodCanonical, storedSeal } from "../../api/finance/canonical.ts";
import { periodMarkdown } from "../../api/finance/render.ts";
import { closingOf, totalsOf } from "../../api/finance/totals.ts";

/**
 * What someone with write access to the SQLite file and a copy of this repository can do, with
 * the project's own functions: rewrite published records so that every hash in the database
 * agrees with them again. Only the checkpoints, signed with a key the database does not hold,
 * and copies saved elsewhere still remember what was published.
 */
async function withDb<T>(databaseUrl: string, work: (db: Db) => Promise<T>): Promise<T> {
  const db = createDb(databaseUrl);
  try {
    return await work(db);
  } finally {
    await db.$disconnect();
  }
}

/** Recomputes a disclosure's contentHash from its stored content, as publication did. */
async function rehash(db: Db, id: string): Promise<void> {
  const d = await db.disclosure.findUniqueOrThrow({
    where: { id },
    include: { targets: { select: { community: { select: { code: true } } } } },
  });
  const canonical = publishedCanonical(
    d,
    d.targets.map((t) => t.community.code),
  );
  if (!canonical) throw new Error(`${id} is not published`);
  await db.disclosure.update({ where: { id }, data: { contentHash: contentHash(canonical) } });
}

/** Changes a published disclosure's body and recomputes its hash: `hashVerified` is true again. */
export function rewriteDisclosure(databaseUrl: string, id: string, body: string): Promise<void> {
  return withDb(databaseUrl, async (db) => {
    await db.disclosure.update({ where: { id }, data: { body } });
    await rehash(db, id);
  });
}

/**
 * Adds `fen` to the third entry of a published month and redoes the books from that month on:
 * frozen totals, balances carried forward, every chain hash linked to the new one before it. With
 * `notices`, also reprints each month's notice with the new hashes and recomputes its disclosure
 * hash, so that finance:verify finds nothing. Returns the months rewritten and their notices.
 */
export function rewriteBooks(
  databaseUrl: string,
  { community, month, fen, notices }: { community: string; month: string; fen: number; notices: boolean },
): Promise<{ months: string[]; noticeIds: string[] }> {
  return withDb(databaseUrl, async (db) => {
    const periods = await db.financePeriod.findMany({
      where: { community: { code: community }, status: "PUBLISHED", month: { gte: month } },
      orderBy: { month: "asc" },
    });
    if (periods[0]?.month !== month) throw new Error(`${community} ${month} is not published`);
    const entry = await db.ledgerEntry.findFirstOrThrow({
      where: { periodId: periods[0].id },
      orderBy: { sequence: "asc" },
      skip: 2,
    });
    await db.ledgerEntry.update({ where: { id: entry.id }, data: { amount: entry.amount + fen } });
    const before = await db.financePeriod.findFirst({
      where: { community: { code: community }, status: "PUBLISHED", month: { lt: month } },
      orderBy: { month: "desc" },
    });
    let previous = before ? { chainHash: before.chainHash, closing: before.closingBalance ?? 0 } : null;
    for (const p of periods) {
      const openingBalance = previous ? previous.closing : p.openingBalance;
      await db.financePeriod.update({ where: { id: p.id }, data: { openingBalance } });
      const full = await loadPeriodForSeal(db, p.id);
      const totals = totalsOf(full.entries);
      const seal = storedSeal(p);
      if (!seal) throw new Error(`${community} ${p.month} has no seal`);
      const previousHash = previous?.chainHash ?? null;
      const chainHash = contentHash(periodCanonical(full, { ...seal, previousHash }));
      const closingBalance = closingOf(openingBalance, totals);
      await db.financePeriod.update({
        where: { id: p.id },
        data: { incomeTotal: totals.income, expenseTotal: totals.expense, closingBalance, previousHash, chainHash },
      });
      if (notices && p.disclosureId) {
        await db.disclosure.update({
          where: { id: p.disclosureId },
          data: { body: periodMarkdown(full, chainHash, previousHash) },
        });
        await rehash(db, p.disclosureId);
      }
      previous = { chainHash, closing: closingBalance };
    }
    return { months: periods.map((p) => p.month), noticeIds: periods.flatMap((p) => (p.disclosureId ? [p.disclosureId] : [])) };
  });
}
