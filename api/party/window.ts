/**
 * A notice's window of working days, on Asia/Shanghai calendar dates. Pure: no database, no clock.
 * A window opens on `opensOn` and runs `workingDays` working days (Monday to Friday), the opening
 * day counted when it is one; it is open until the end of its last day, 24:00 Beijing time.
 */
import { todayInShanghai } from "../periods.ts";
import type { PartyNoticeWindow } from "./labels.ts";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (date: string, n: number) => {
  const d = day(date);
  d.setUTCDate(d.getUTCDate() + n);
  return iso(d);
};

export const isWorkingDay = (date: string): boolean => {
  const weekday = day(date).getUTCDay();
  return weekday !== 0 && weekday !== 6;
};

/** The last day of a window opening on `opensOn` and running `workingDays` working days. */
export function windowEnd(opensOn: string, workingDays: number): string {
  let date = opensOn;
  let counted = isWorkingDay(date) ? 1 : 0;
  while (counted < workingDays) {
    date = addDays(date, 1);
    if (isWorkingDay(date)) counted++;
  }
  return date;
}

/** Working days from `from` to `to`, both included (0 when `to` is before `from`). */
export function workingDaysBetween(from: string, to: string): number {
  let n = 0;
  for (let d = from; d <= to; d = addDays(d, 1)) if (isWorkingDay(d)) n++;
  return n;
}

export interface WindowState {
  status: PartyNoticeWindow;
  /** Whether objections may be raised on that day. */
  isOpen: boolean;
  /** The day the state was computed for (Asia/Shanghai). */
  asOfDate: string;
  /** Working days left in the window, today included; 0 unless open. */
  workingDaysLeft: number;
  /** Calendar days until the window opens; 0 once it has. */
  daysUntilOpen: number;
}

/** Where a window stands at the instant `asOf` (turned into a Beijing date here). */
export function windowState(w: { opensOn: string; closesOn: string }, asOf: Date): WindowState {
  const today = todayInShanghai(asOf);
  if (today < w.opensOn) {
    const daysUntilOpen = Math.round((day(w.opensOn).getTime() - day(today).getTime()) / 86_400_000);
    return { status: "NOT_YET_OPEN", isOpen: false, asOfDate: today, workingDaysLeft: 0, daysUntilOpen };
  }
  if (today > w.closesOn) return { status: "CLOSED", isOpen: false, asOfDate: today, workingDaysLeft: 0, daysUntilOpen: 0 };
  return {
    status: "OPEN",
    isOpen: true,
    asOfDate: today,
    workingDaysLeft: workingDaysBetween(today, w.closesOn),
    daysUntilOpen: 0,
  };
}

/** The instant a window closes: the day after its last day, 00:00 Beijing time. */
export const closesAt = (closesOn: string): Date => new Date(`${addDays(closesOn, 1)}T00:00:00+08:00`);
