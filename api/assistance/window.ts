import { todayInShanghai } from "../periods.ts";
import type { AssistanceWindowStatus } from "./labels.ts";

/** The notice window (公示期) every list gets unless it says otherwise: MCA rules for 低保 review, 2021. */
export const DEFAULT_WINDOW_DAYS = 7;

/** A list's notice window on one day, Asia/Shanghai calendar. */
export interface AssistanceWindow {
  startsOn: string;
  /** The last day of the window, inclusive. */
  endsOn: string;
  days: number;
  /** The day it was computed for. */
  on: string;
  status: AssistanceWindowStatus;
  /** Days left after `on` while open (0 on the last day); days until it opens while upcoming; null once closed. */
  daysLeft: number | null;
}

const DAY = 86_400_000;
const epochDay = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY;
const fromEpochDay = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);

/** An ISO date `days` calendar days after `date`. */
export const addDays = (date: string, days: number) => fromEpochDay(epochDay(date) + days);

/**
 * Where the window stands at `at`: from its first day to its last day inclusive it is OPEN; after
 * that CLOSED, and the list is final. So a 7-day window from 2026-11-02 closes at the end of
 * 2026-11-08 (Asia/Shanghai), i.e. at 2026-11-08T16:00:00Z.
 */
export function assistanceWindow(list: { windowStartsOn: string; windowDays: number }, at: Date): AssistanceWindow {
  const on = todayInShanghai(at);
  const endsOn = addDays(list.windowStartsOn, list.windowDays - 1);
  const base = { startsOn: list.windowStartsOn, endsOn, days: list.windowDays, on };
  if (on < list.windowStartsOn) return { ...base, status: "UPCOMING", daysLeft: epochDay(list.windowStartsOn) - epochDay(on) };
  if (on <= endsOn) return { ...base, status: "OPEN", daysLeft: epochDay(endsOn) - epochDay(on) };
  return { ...base, status: "CLOSED", daysLeft: null };
}

/** The window in words, for pages and notices: 2026-11-02 至 2026-11-08（7 天），公示中，还剩 3 天. */
export function windowText(w: AssistanceWindow): string {
  const span = `${w.startsOn} 至 ${w.endsOn}（${w.days} 天）`;
  if (w.status === "OPEN") return `${span}，公示中，${w.daysLeft === 0 ? "今天是最后一天" : `还剩 ${w.daysLeft} 天`}`;
  if (w.status === "UPCOMING") return `${span}，${w.daysLeft} 天后开始`;
  return `${span}，公示期已满，名单为最终结果`;
}
