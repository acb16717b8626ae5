import { FEN, parseDecimal, yuan } from "~api/money.ts";

/** Dates as residents read them, always in Beijing time whatever the build machine's zone. */
const dateTime = new Intl.DateTimeFormat("zh-CN", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "long",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hour12: false,
});
const date = new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", year: "numeric", month: "long", day: "numeric" });

export const formatDateTime = (iso: string) => dateTime.format(new Date(iso));
export const formatDate = (iso: string) => date.format(new Date(iso));

/** "2026-11-30" → "11月30日" for compact cards. */
export const shortDate = (iso: string) => `${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;

/** "-1438.14" → -143814. Sums of money are done in integer fen, never in floats. */
export function fenOf(amount: string): number {
  const negative = amount.startsWith("-");
  const fen = parseDecimal(negative ? amount.slice(1) : amount, FEN);
  if (fen === null) throw new Error(`not an exact amount: ${amount}`);
  return negative ? -fen : fen;
}

/** As fenOf, keeping an absent amount absent. */
export const fenOrNone = (amount: string | null | undefined): number | null => (amount == null ? null : fenOf(amount));

export const sumYuan = (amounts: readonly string[]) => yuan(amounts.reduce((sum, a) => sum + fenOf(a), 0));

/**
 * "254086.29" → "254,086.29", grouped as on a printed statement, by string alone. Every amount of
 * money a page prints goes through here (or wholeYuan), so all of them read alike.
 */
export const money = (amount: string) =>
  amount.replace(/^(-?)(\d+)/, (_, sign: string, whole: string) => sign + whole.replace(/\B(?=(\d{3})+(?!\d))/g, ","));

/** Whole yuan without the fen, grouped: "12000.00" → "12,000", "40.50" stays. */
export const wholeYuan = (amount: string) => money(amount).replace(/\.00$/, "");
