/**
 * Reads communities' catalogues with each item's status on a day. A constant number of SQL
 * statements for any number of communities and items: every table is read once for all of them,
 * then the rows are grouped in memory and handed to the pure status computation.
 */
import type { Db } from "../db/client.ts";
import type { CatalogueItem, CatalogueSuspension, DisclosureCategory } from "../db/generated/client.ts";
import { parsePeriod, periodLabel, todayInShanghai } from "../periods.ts";
import { type ItemStatus, itemStatus, type Publication } from "./status.ts";

/** A publication that satisfied an item, with the disclosure to link to. */
export interface CataloguePublication extends Publication {
  disclosureId: string;
  title: string;
  /** The period it covers as residents read it (2026年10月), when it declares one. */
  periodLabel: string | null;
}

export type CatalogueItemRow = CatalogueItem & { category: DisclosureCategory };

/** One line of a community's catalogue on a day. */
export interface CatalogueEntry extends ItemStatus<CataloguePublication> {
  item: CatalogueItemRow;
  communityId: string;
  /** Inherited from the county's default catalogue (otherwise the community's own item). */
  inherited: boolean;
  /** The suspension in force on the day, if any. */
  suspension: CatalogueSuspension | null;
}

const monthEnd = (month: string) => parsePeriod(month)?.end ?? null;
const monthLabel = (month: string) => {
  const p = parsePeriod(month);
  return p ? periodLabel(p) : null;
};

type Sourced = Map<string, CataloguePublication[]>;
function push(map: Sourced, key: string, p: CataloguePublication): void {
  const list = map.get(key);
  if (list) list.push(p);
  else map.set(key, [p]);
}

/** Every catalogue of these communities on the day of `asOf`, keyed by community id. */
export async function loadCatalogues(
  db: Db,
  communityIds: readonly string[],
  asOf: Date,
): Promise<Map<string, CatalogueEntry[]>> {
  const ids = [...new Set(communityIds)];
  const communities = await db.community.findMany({
    where: { id: { in: ids } },
    select: { id: true, township: { select: { countyId: true } } },
  });
  const countyIds = [...new Set(communities.map((c) => c.township.countyId))];
  const published = { status: "PUBLISHED" as const, publishedAt: { lte: asOf } };
  const [items, suspensions, periods, fees, boards, statements, disclosures] = await Promise.all([
    db.catalogueItem.findMany({
      where: {
        OR: [{ countyId: { in: countyIds } }, { communityId: { in: ids } }],
        createdAt: { lte: asOf },
        AND: [{ OR: [{ retiredAt: null }, { retiredAt: { gt: asOf } }] }],
      },
      include: { category: true },
    }),
    db.catalogueSuspension.findMany({ where: { communityId: { in: ids }, startedAt: { lte: asOf } } }),
    db.financePeriod.findMany({
      where: { communityId: { in: ids }, disclosure: published },
      select: { communityId: true, month: true, disclosure: { select: { id: true, title: true, publishedAt: true } } },
    }),
    db.feeCollection.findMany({
      where: { feeItem: { communityId: { in: ids } }, disclosure: published },
      distinct: ["disclosureId"],
      select: {
        month: true,
        feeItem: { select: { communityId: true } },
        disclosure: { select: { id: true, title: true, publishedAt: true } },
      },
    }),
    db.jobBoard.findMany({
      where: { communityId: { in: ids }, disclosure: published },
      select: { communityId: true, month: true, disclosure: { select: { id: true, title: true, publishedAt: true } } },
    }),
    db.assetIncomeStatement.findMany({
      where: { communityId: { in: ids }, disclosure: published },
      select: { communityId: true, year: true, disclosure: { select: { id: true, title: true, publishedAt: true } } },
    }),
    db.disclosure.findMany({
      where: { catalogueItemId: { not: null }, ...published, targets: { some: { communityId: { in: ids } } } },
      select: {
        id: true,
        title: true,
        publishedAt: true,
        periodKind: true,
        periodStart: true,
        periodEnd: true,
        catalogueItemId: true,
        targets: { where: { communityId: { in: ids } }, select: { communityId: true } },
      },
    }),
  ]);

  // Publications by source, keyed `${source}:${communityId}` (derived) or `${itemId}:${communityId}`.
  const bySource: Sourced = new Map();
  const derived = (
    source: string,
    communityId: string,
    covers: string,
    label: string | null,
    d: { id: string; title: string; publishedAt: Date | null } | null,
  ) => {
    if (!d?.publishedAt) return;
    push(bySource, `${source}:${communityId}`, {
      publishedAt: d.publishedAt,
      coversUntil: covers,
      disclosureId: d.id,
      title: d.title,
      periodLabel: label,
    });
  };
  for (const p of periods) derived("FINANCE_PERIOD", p.communityId, monthEnd(p.month) ?? "", monthLabel(p.month), p.disclosure);
  for (const f of fees) derived("FEE_MONTH", f.feeItem.communityId, monthEnd(f.month) ?? "", monthLabel(f.month), f.disclosure);
  for (const b of boards) derived("JOB_BOARD", b.communityId, monthEnd(b.month) ?? "", monthLabel(b.month), b.disclosure);
  for (const s of statements) derived("ASSET_INCOME_STATEMENT", s.communityId, `${s.year}-12-31`, `${s.year}年度`, s.disclosure);
  for (const d of disclosures) {
    if (!d.publishedAt || !d.catalogueItemId) continue;
    const period =
      d.periodKind && d.periodStart && d.periodEnd ? { kind: d.periodKind, start: d.periodStart, end: d.periodEnd } : null;
    for (const t of d.targets) {
      push(bySource, `${d.catalogueItemId}:${t.communityId}`, {
        publishedAt: d.publishedAt,
        coversUntil: period?.end ?? null,
        disclosureId: d.id,
        title: d.title,
        periodLabel: period ? periodLabel(period) : null,
      });
    }
  }

  const result = new Map<string, CatalogueEntry[]>();
  for (const community of communities) {
    const own = items.filter((i) => i.countyId === community.township.countyId || i.communityId === community.id);
    const entries = own.map((item): CatalogueEntry => {
      const mine = suspensions.filter((s) => s.itemId === item.id && s.communityId === community.id);
      const suspension = mine.find((s) => s.endedAt === null || s.endedAt > asOf) ?? null;
      // After a suspension ends, the item is owed again from the period running when it ended.
      const ended = mine.flatMap((s) => (s.endedAt && s.endedAt <= asOf ? [todayInShanghai(s.endedAt)] : []));
      const resumedOn = [item.effectiveFrom, ...ended].sort().at(-1) ?? item.effectiveFrom;
      const key = item.source === "DISCLOSURE" ? item.id : item.source;
      const publications = bySource.get(`${key}:${community.id}`) ?? [];
      const status = itemStatus({ ...item, effectiveFrom: resumedOn }, publications, asOf, suspension !== null);
      return { ...status, item, communityId: community.id, inherited: item.countyId !== null, suspension };
    });
    entries.sort(
      (a, b) =>
        a.item.category.sortOrder - b.item.category.sortOrder ||
        a.item.sortOrder - b.item.sortOrder ||
        a.item.name.localeCompare(b.item.name, "zh-CN"),
    );
    result.set(community.id, entries);
  }
  return result;
}

/** A county's communities ranked by how many items are overdue on the day (most first, then by code). */
export async function loadCountyOverdue(db: Db, countyId: string, asOf: Date) {
  const communities = await db.community.findMany({
    where: { township: { countyId } },
    orderBy: { code: "asc" },
  });
  const catalogues = await loadCatalogues(
    db,
    communities.map((c) => c.id),
    asOf,
  );
  return communities
    .map((community) => {
      const overdue = (catalogues.get(community.id) ?? []).filter((e) => e.status === "OVERDUE");
      return { community, overdue };
    })
    .sort((a, b) => b.overdue.length - a.overdue.length);
}
