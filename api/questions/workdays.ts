import type { QuestionSettings } from "./settings.ts";

const nextDay = (date: string) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

/** A working day: Monday to Friday unless a public holiday, or a weekend day made a working day (调休). */
export function isWorkingDay(date: string, calendar: Pick<QuestionSettings, "holidays" | "makeUpWorkdays">): boolean {
  if (calendar.makeUpWorkdays.has(date)) return true;
  if (calendar.holidays.has(date)) return false;
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/**
 * The last day to answer a question that arrived on `askedOn`: the Nth working day after it (the
 * day it arrived does not count, whatever time it arrived). Pure, on ISO dates.
 */
export function answerDueOn(
  askedOn: string,
  calendar: Pick<QuestionSettings, "answerWorkingDays" | "holidays" | "makeUpWorkdays">,
): string {
  let day = askedOn;
  for (let counted = 0; counted < calendar.answerWorkingDays; ) {
    day = nextDay(day);
    if (isWorkingDay(day, calendar)) counted++;
  }
  return day;
}
