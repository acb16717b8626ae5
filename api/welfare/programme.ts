import type { Db } from "../db/client.ts";
import type { Prisma, WelfarePost, WelfareTenure } from "../db/generated/client.ts";
import { nextMonth, parsePeriod } from "../periods.ts";
import { WELFARE_EXIT_REASON_LABELS, type WelfareExitReason, type WelfareTenureStatus } from "./labels.ts";
import { TURNOVER_MONTHS } from "./rules.ts";

/**
 * The programme's figures, derived from the rows on a day (an ISO date, Asia/Shanghai calendar):
 * nothing here is stored, so a figure can always be recomputed for any past day.
 */

/** Holding a post on a day: started on or before it, not yet out (endedOn is the first day out). */
export const heldOn = (on: string): Prisma.WelfareTenureWhereInput => ({
  startsOn: { lte: on },
  OR: [{ endedOn: null }, { endedOn: { gt: on } }],
});

/** A post that exists on a day. */
export const postActiveOn = (on: string): Prisma.WelfarePostWhereInput => ({
  openedOn: { lte: on },
  OR: [{ closedOn: null }, { closedOn: { gt: on } }],
});

export const tenureStatus = (t: Pick<WelfareTenure, "startsOn" | "endedOn">, on: string): WelfareTenureStatus =>
  t.startsOn > on ? "NOTICE" : t.endedOn !== null && t.endedOn <= on ? "LEFT" : "IN_POST";

export interface WelfareFigures {
  /** The community's share of the county quota (核定岗位). */
  quota: number;
  /** Posts set up and existing on the day (已设岗位). */
  posts: number;
  /** Posts held on the day (在岗). */
  held: number;
  /** People on a published notice who have not started yet (公示中). */
  onNotice: number;
  /** quota − held: the places not filled, whether or not the post is set up yet (空缺). */
  vacant: number;
  /** Posts set up but not held on the day: what can be advertised now. */
  openPosts: number;
}

export const figuresOf = (quota: number, posts: number, held: number, onNotice: number): WelfareFigures => ({
  quota,
  posts,
  held,
  onNotice,
  vacant: Math.max(0, quota - held),
  openPosts: Math.max(0, posts - held),
});

/** The figures of each community on a day, in one query per kind of count. */
export async function communityFigures(db: Db, communityIds: readonly string[], on: string) {
  const ids = [...communityIds];
  const [shares, posts, tenures] = await Promise.all([
    db.welfareQuotaShare.findMany({ where: { communityId: { in: ids } } }),
    db.welfarePost.groupBy({ by: ["communityId"], where: { communityId: { in: ids }, ...postActiveOn(on) }, _count: true }),
    db.welfareTenure.findMany({
      where: {
        post: { communityId: { in: ids } },
        OR: [heldOn(on), { startsOn: { gt: on } }],
      },
      select: { startsOn: true, post: { select: { communityId: true } } },
    }),
  ]);
  const result = new Map<string, WelfareFigures>();
  for (const id of ids) {
    const mine = tenures.filter((t) => t.post.communityId === id);
    result.set(
      id,
      figuresOf(
        shares.find((s) => s.communityId === id)?.posts ?? 0,
        posts.find((p) => p.communityId === id)?._count ?? 0,
        mine.filter((t) => t.startsOn <= on).length,
        mine.filter((t) => t.startsOn > on).length,
      ),
    );
  }
  return result;
}

export const sumFigures = (all: Iterable<WelfareFigures>): WelfareFigures => {
  const list = [...all];
  const sum = (k: keyof WelfareFigures) => list.reduce((s, f) => s + f[k], 0);
  return figuresOf(sum("quota"), sum("posts"), sum("held"), sum("onNotice"));
};

export interface TurnoverMonth {
  month: string;
  /** Holders who started in the month (上岗). */
  joins: number;
  /** Holders out of their post from a day in the month (退岗; endedOn is the first day out). */
  exits: number;
  /** The exits by reason, in the fixed list's order; reasons with none are left out. */
  exitReasons: { reason: WelfareExitReason; count: number }[];
  /** Posts held on the month's last day. */
  heldAtEnd: number;
}

/** The months ending with `lastMonth`, oldest first. */
export function monthsEnding(lastMonth: string, count = TURNOVER_MONTHS): string[] {
  let [y, m] = lastMonth.split("-").map(Number) as [number, number];
  m -= count - 1;
  while (m < 1) {
    m += 12;
    y -= 1;
  }
  const months = [`${y}-${String(m).padStart(2, "0")}`];
  while (months.length < count) months.push(nextMonth(months[months.length - 1] as string));
  return months;
}

/** Joins and exits per month for the communities, up to the month of `on`; the last month is counted up to `on`. */
export async function turnover(db: Db, communityIds: readonly string[], on: string, count = TURNOVER_MONTHS) {
  const months = monthsEnding(on.slice(0, 7), count);
  const first = `${months[0]}-01`;
  const tenures = await db.welfareTenure.findMany({
    where: {
      post: { communityId: { in: [...communityIds] } },
      startsOn: { lte: on },
      OR: [{ endedOn: null }, { endedOn: { gte: first } }],
    },
    select: { startsOn: true, endedOn: true, exitReason: true },
  });
  return months.map((month): TurnoverMonth => {
    const period = parsePeriod(month);
    const end = period && period.end < on ? period.end : on;
    // endedOn is the first day out: an exit counts in the month the holder is first out of the post,
    // so each month's holders at its end are the previous month's plus its joins less its exits.
    const exited = tenures.filter((t) => t.endedOn?.startsWith(month) && t.endedOn <= on);
    return {
      month,
      joins: tenures.filter((t) => t.startsOn.startsWith(month)).length,
      exits: exited.length,
      exitReasons: (Object.keys(WELFARE_EXIT_REASON_LABELS) as WelfareExitReason[])
        .map((reason) => ({ reason, count: exited.filter((t) => t.exitReason === reason).length }))
        .filter((r) => r.count > 0),
      heldAtEnd: tenures.filter((t) => t.startsOn <= end && (t.endedOn === null || t.endedOn > end)).length,
    };
  });
}

export type PostWithTenures = WelfarePost & { tenures: WelfareTenure[] };

/** The tenure on a post on a day: the holder in post, else the one on notice to start next. */
export function holderOn(post: PostWithTenures, on: string): WelfareTenure | null {
  const current = post.tenures.find((t) => t.startsOn <= on && (t.endedOn === null || t.endedOn > on));
  if (current) return current;
  return post.tenures.filter((t) => t.startsOn > on).sort((a, b) => a.startsOn.localeCompare(b.startsOn))[0] ?? null;
}
