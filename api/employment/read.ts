import type { Db } from "../db/client.ts";
import type { Community } from "../db/generated/client.ts";
import { gapBasisPoints, goalResult, type PublishedFigures } from "./figures.ts";
import { standing } from "./service.ts";

/** Most months a community's history answers with at once: five years. */
export const MAX_MONTHS = 60;

/** A community's standing figures, newest month first (corrected versions are reached through `corrects`). */
export async function communityMonths(db: Db, communityId: string, last: number): Promise<PublishedFigures[]> {
  return db.employmentFigures.findMany({
    where: { communityId, ...standing },
    include: { disclosure: true },
    orderBy: { month: "desc" },
    take: Math.min(Math.max(last, 0), MAX_MONTHS),
  });
}

/** The figures a correction replaced, still on record with their own notice. */
export async function correctedFigures(db: Db, figures: PublishedFigures): Promise<PublishedFigures | null> {
  if (!figures.disclosure.correctsId) return null;
  return db.employmentFigures.findUnique({
    where: { disclosureId: figures.disclosure.correctsId },
    include: { disclosure: true },
  });
}

export interface RankingRow {
  rank: number | null;
  community: Community;
  figures: PublishedFigures | null;
}

/**
 * A county's communities on one month (default: the latest any of them published), ranked by gap
 * to target — the household-employment gap first, then the training gap, both largest first, then
 * by code — so the community furthest behind heads the list. Communities with no figures for the
 * month come last, unranked.
 */
export async function countyRanking(db: Db, countyId: string, month: string | null) {
  const communities = await db.community.findMany({ where: { township: { countyId } }, orderBy: { code: "asc" } });
  const ids = communities.map((c) => c.id);
  const chosen =
    month ??
    (
      await db.employmentFigures.findFirst({
        where: { communityId: { in: ids }, ...standing },
        orderBy: { month: "desc" },
        select: { month: true },
      })
    )?.month ??
    null;
  if (chosen === null) return { month: null, rows: [] as RankingRow[] };
  const figures = await db.employmentFigures.findMany({
    where: { communityId: { in: ids }, month: chosen, ...standing },
    include: { disclosure: true },
  });
  const byCommunity = new Map(figures.map((f) => [f.communityId, f]));
  const gaps = (f: PublishedFigures) =>
    (["HOUSEHOLD_EMPLOYMENT", "TRAINING"] as const).map((g) => gapBasisPoints(g, goalResult(g, f).rate) ?? -1);
  const reported = communities
    .filter((c) => byCommunity.has(c.id))
    .map((community) => ({ community, figures: byCommunity.get(community.id) as PublishedFigures }))
    .map((r) => ({ ...r, gaps: gaps(r.figures) }))
    .sort(
      (a, b) =>
        (b.gaps[0] ?? 0) - (a.gaps[0] ?? 0) ||
        (b.gaps[1] ?? 0) - (a.gaps[1] ?? 0) ||
        a.community.code.localeCompare(b.community.code),
    );
  const rows: RankingRow[] = [
    ...reported.map((r, i) => ({ rank: i + 1, community: r.community, figures: r.figures })),
    ...communities.filter((c) => !byCommunity.has(c.id)).map((community) => ({ rank: null, community, figures: null })),
  ];
  return { month: chosen, rows };
}
