import { z } from "zod";
import type { Viewer } from "../auth/viewer.ts";
import type { Db } from "../db/client.ts";
import type { FinancePeriod } from "../db/generated/client.ts";
import { contentHash } from "../disclosures/hash.ts";
import { publishNotice } from "../disclosures/service.ts";
import { StateConflictError } from "../errors.ts";
import { parseInput } from "../validation.ts";
import { loadPeriodForSeal, PERIOD_FORMAT, periodCanonical, storedSeal } from "./canonical.ts";
import { loadPeriod, requireStatus } from "./ledger.ts";
import { monthLabel, periodMarkdown, printedHashes } from "./render.ts";
import type { PeriodArgs } from "./review.ts";
import { closingOf, totalsOf } from "./totals.ts";

/**
 * Publishes a signed-off month: its chain hash is worked out over the entries, totals, review,
 * queries and the previous published month's hash, and a finance disclosure carrying the summary
 * and the hash is published in the same transaction. Months are published in order, so the chain
 * has no holes.
 */
export async function publishFinancePeriod(db: Db, viewer: Viewer, args: PeriodArgs, at = new Date()): Promise<FinancePeriod> {
  const { periodId } = parseInput(z.object({ periodId: z.string() }), args, "");
  return db.$transaction(
    async (tx) => {
      const period = await loadPeriod(tx, periodId, "periodId");
      requireStatus(period, "REVIEWED", "监委会签署审核意见后才能公开");
      const earlier = await tx.financePeriod.findFirst({
        where: { communityId: period.communityId, month: { lt: period.month } },
        orderBy: { month: "desc" },
      });
      if (earlier && earlier.status !== "PUBLISHED") {
        throw new StateConflictError("FINANCE_PREVIOUS_UNPUBLISHED", `请先公开 ${earlier.month}：账目按月份顺序公开`);
      }
      const full = await loadPeriodForSeal(tx, periodId);
      const previousHash = earlier?.chainHash ?? null;
      const seal = { publishedAt: at, publisherName: viewer.name, previousHash, format: PERIOD_FORMAT };
      const chainHash = contentHash(periodCanonical(full, seal));
      const notice = await publishNotice(
        tx,
        viewer,
        {
          communityCodes: [period.community.code],
          categoryCode: "FINANCE",
          title: `${monthLabel(period.month)}财务收支公开`,
          body: periodMarkdown(full, chainHash, previousHash),
          period: period.month,
          isSample: period.community.isSample,
        },
        at,
      );
      return tx.financePeriod.update({
        where: { id: periodId },
        data: {
          status: "PUBLISHED",
          publishedAt: at,
          publisherName: viewer.name,
          chainHash,
          previousHash,
          canonicalFormat: PERIOD_FORMAT,
          disclosureId: notice.id,
        },
      });
    },
    // A month of thousands of entries is hashed inside the transaction.
    { timeout: 60_000 },
  );
}

export interface ChainBreak {
  community: string;
  month: string;
  problem: string;
}

export interface ChainReport {
  communities: number;
  periods: number;
  breaks: ChainBreak[];
}

/** Whether the month's stored hashes are the ones its published notice printed. */
const matchesNotice = (period: FinancePeriod, notice: string) => {
  const printed = printedHashes(notice);
  return printed.chainHash === period.chainHash && printed.previousHash === period.previousHash;
};

/**
 * Whether a published month still hashes to its chain hash, and that hash is the one its notice
 * printed; null before publication. One recomputation: a fixed handful of statements per month.
 */
export async function periodHashVerified(db: Db, period: FinancePeriod): Promise<boolean | null> {
  if (!period.chainHash) return null;
  if ((await recomputeHash(db, period)) !== period.chainHash) return false;
  const notice = period.disclosureId
    ? await db.disclosure.findUnique({ where: { id: period.disclosureId }, select: { body: true } })
    : null;
  return notice !== null && matchesNotice(period, notice.body);
}

/** Recomputes a published month's hash from the rows as they are now. */
export async function recomputeHash(db: Db, period: FinancePeriod): Promise<string | null> {
  const seal = storedSeal(period);
  if (!seal) return null;
  return contentHash(periodCanonical(await loadPeriodForSeal(db, period.id), seal));
}

/**
 * Walks every community's published months in order and checks each link: the month's hash
 * against its rows, its stored link against the previous month's hash, both hashes against the
 * ones its published notice printed, its opening balance against the previous closing balance,
 * and its frozen totals against its entries. Reports the first broken link of each community
 * (everything after it depends on it).
 */
export async function verifyFinanceChains(
  db: Db,
  options: { community?: string; onCommunity?: (code: string, months: number, broken: ChainBreak | null) => void } = {},
): Promise<ChainReport> {
  const communities = await db.community.findMany({
    where: options.community ? { code: options.community } : {},
    select: { id: true, code: true },
    orderBy: { code: "asc" },
  });
  const report: ChainReport = { communities: 0, periods: 0, breaks: [] };
  for (const community of communities) {
    const periods = await db.financePeriod.findMany({
      where: { communityId: community.id, status: "PUBLISHED" },
      orderBy: { month: "asc" },
    });
    if (periods.length === 0) continue;
    report.communities++;
    const notices = new Map(
      (
        await db.disclosure.findMany({
          where: { id: { in: periods.flatMap((p) => (p.disclosureId ? [p.disclosureId] : [])) } },
          select: { id: true, body: true },
        })
      ).map((d) => [d.id, d.body]),
    );
    let previous: FinancePeriod | null = null;
    let broken: ChainBreak | null = null;
    for (const period of periods) {
      report.periods++;
      const problem = await checkLink(db, period, previous, period.disclosureId ? notices.get(period.disclosureId) : undefined);
      previous = period;
      if (problem) {
        broken = { community: community.code, month: period.month, problem };
        report.breaks.push(broken);
        break;
      }
    }
    options.onCommunity?.(community.code, periods.length, broken);
  }
  return report;
}

async function checkLink(
  db: Db,
  period: FinancePeriod,
  previous: FinancePeriod | null,
  notice: string | undefined,
): Promise<string | null> {
  if (period.previousHash !== (previous?.chainHash ?? null)) {
    return previous ? `与上一公开月份 ${previous.month} 的哈希链接不符` : "记录的上一月哈希指向不存在的公开月份";
  }
  if (previous && previous.closingBalance !== period.openingBalance) {
    return `期初余额与 ${previous.month} 的期末余额不符`;
  }
  const hash = await recomputeHash(db, period);
  if (hash !== period.chainHash) return "账目内容与公开时的哈希不符（分录、合计、审核意见或质询被改动）";
  // The hash recomputes, but it may have been recomputed: the notice printed at publication says what it was.
  if (notice === undefined) return "找不到本月的财务公开原件，无法对照公开时印出的哈希";
  if (!matchesNotice(period, notice)) return "账目哈希与本月财务公开原件上印出的不符（账目连同哈希被改写）";
  const entries = await db.ledgerEntry.findMany({
    where: { periodId: period.id },
    select: { amount: true, category: { select: { id: true, direction: true } } },
  });
  const totals = totalsOf(entries);
  if (
    totals.income !== period.incomeTotal ||
    totals.expense !== period.expenseTotal ||
    closingOf(period.openingBalance, totals) !== period.closingBalance
  ) {
    return "记录的收支合计或期末余额与分录不符";
  }
  return null;
}
