/**
 * A catalogue item's schedule and status on a given day, from the dates alone. Pure: no database,
 * no clock. Every date is an Asia/Shanghai calendar date (YYYY-MM-DD); the instant `asOf` is turned
 * into one here, so 2026-11-10T15:59:59Z is still the 10th and 16:00:00Z is the 11th.
 *
 * A scheduled item owes one publication per period (month, quarter, half-year, year; calendar
 * boundaries). A period's due day is counted from its end (`PERIOD_END`: the Nth day after the
 * period, e.g. finances by the 10th of the next month) or from its start (`PERIOD_START`: the Nth
 * day of the period itself, e.g. the month's jobs board by the 5th). The period owed next is the
 * one after the latest period a publication covered, and never one before the item took effect.
 */
import { todayInShanghai } from "../periods.ts";

export type Cadence = "WITHIN_DAYS" | "MONTHLY" | "QUARTERLY" | "HALF_YEARLY" | "YEARLY" | "PER_EVENT";
export type DueAnchor = "PERIOD_END" | "PERIOD_START";
export type CatalogueStatus = "ON_TIME" | "DUE_SOON" | "OVERDUE" | "UNSCHEDULED" | "SUSPENDED";

/** Days before a due date from which an item is DUE_SOON (the due day itself included). */
export const DUE_SOON_DAYS = 7;

const MONTHS_PER_PERIOD: Partial<Record<Cadence, number>> = { MONTHLY: 1, QUARTERLY: 3, HALF_YEARLY: 6, YEARLY: 12 };

/** Whether an item has a calendar schedule (per-event and within-N-days items do not). */
export const isScheduled = (cadence: Cadence): boolean => MONTHS_PER_PERIOD[cadence] !== undefined;

export interface Schedule {
  cadence: Cadence;
  dueAnchor: DueAnchor;
  dueDays: number;
  /**
   * ISO date the item took effect — or, after a suspension ended, the day it ended: the first
   * period owed is the one containing it.
   */
  effectiveFrom: string;
}

/** One publication that satisfies the item. */
export interface Publication {
  /** When it was published. */
  publishedAt: Date;
  /** Last day of the period it covers (ISO date), when it declares one. */
  coversUntil: string | null;
}

export interface ItemStatus<P extends Publication = Publication> {
  status: CatalogueStatus;
  /** The latest publication (by publication time), whatever the schedule. */
  last: P | null;
  /** First and last day of the period owed next; null without a schedule. */
  periodStart: string | null;
  periodEnd: string | null;
  /** The day the period owed next must be published by (inclusive); null without a schedule. */
  dueOn: string | null;
  /** Days from today to dueOn (negative once overdue); null without a schedule. */
  daysLeft: number | null;
  /** Days past dueOn when OVERDUE, otherwise 0. */
  overdueDays: number;
  /** How many periods are past their due day without a publication. */
  periodsMissed: number;
}

// ── exact calendar arithmetic on ISO dates, in whole days (UTC is only the carrier here)

const DAY_MS = 86_400_000;
const epochDay = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const fromEpochDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** `date` plus `days` calendar days. */
export const addDays = (date: string, days: number): string => fromEpochDay(epochDay(date) + days);

/** Whole days from `from` to `to` (positive when `to` is later). */
export const daysBetween = (from: string, to: string): number => epochDay(to) - epochDay(from);

/** Months since year 0 of a date's month. */
const monthIndex = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;

const firstOfMonth = (index: number) =>
  `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}-01`;

/** The period (by index) of a cadence that contains a date. */
const periodOf = (date: string, months: number) => Math.floor(monthIndex(date) / months);

const periodStart = (period: number, months: number) => firstOfMonth(period * months);
const periodEnd = (period: number, months: number) => addDays(firstOfMonth((period + 1) * months), -1);

/** The due day of a period: the Nth day after its end, or the Nth day of the period itself. */
function dueOf(period: number, months: number, anchor: DueAnchor, dueDays: number): string {
  return anchor === "PERIOD_END"
    ? addDays(periodEnd(period, months), dueDays)
    : addDays(periodStart(period, months), Math.max(dueDays, 1) - 1);
}

/**
 * The period a publication covers: the one containing the last day it declares, or, when it
 * declares none, the one it is published for — the latest period already ended at publication
 * (PERIOD_END items report afterwards) or the one it is published in (PERIOD_START items).
 */
function coveredPeriod(p: Publication, months: number, anchor: DueAnchor): number {
  if (p.coversUntil) return periodOf(p.coversUntil, months);
  const day = todayInShanghai(p.publishedAt);
  return anchor === "PERIOD_END" ? periodOf(day, months) - 1 : periodOf(day, months);
}

/** The item's status on the Asia/Shanghai day of `asOf`. */
export function itemStatus<P extends Publication>(
  schedule: Schedule,
  publications: readonly P[],
  asOf: Date,
  suspended = false,
): ItemStatus<P> {
  const today = todayInShanghai(asOf);
  const shown = publications.filter((p) => p.publishedAt.getTime() <= asOf.getTime());
  const last = shown.reduce<P | null>((a, b) => (a && a.publishedAt >= b.publishedAt ? a : b), null);
  const unscheduled = {
    last,
    periodStart: null,
    periodEnd: null,
    dueOn: null,
    daysLeft: null,
    overdueDays: 0,
    periodsMissed: 0,
  };
  const months = MONTHS_PER_PERIOD[schedule.cadence];
  if (suspended) return { status: "SUSPENDED", ...unscheduled };
  if (months === undefined) return { status: "UNSCHEDULED", ...unscheduled };

  const first = periodOf(schedule.effectiveFrom, months);
  const covered = shown.map((p) => coveredPeriod(p, months, schedule.dueAnchor));
  const next = Math.max(first, ...covered.map((c) => c + 1));
  const dueOn = dueOf(next, months, schedule.dueAnchor, schedule.dueDays);
  const daysLeft = daysBetween(today, dueOn);
  let periodsMissed = 0;
  while (daysBetween(today, dueOf(next + periodsMissed, months, schedule.dueAnchor, schedule.dueDays)) < 0) periodsMissed++;
  return {
    status: daysLeft < 0 ? "OVERDUE" : daysLeft <= DUE_SOON_DAYS ? "DUE_SOON" : "ON_TIME",
    last,
    periodStart: periodStart(next, months),
    periodEnd: periodEnd(next, months),
    dueOn,
    daysLeft,
    overdueDays: Math.max(0, -daysLeft),
    periodsMissed,
  };
}
