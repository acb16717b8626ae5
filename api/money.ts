import { z } from "zod";

/**
 * Exact decimal money. The database keeps integers — amounts in fen (1/100 yuan), unit prices in
 * 1/10000 yuan because tariffs are published to four decimals — and the API speaks decimal
 * strings. Nothing here ever goes through a float.
 */
export const FEN = 2;
export const PRICE = 4;

/** "12.5" → 1250 at scale 2. Returns null for anything that is not a plain non-negative decimal. */
export function parseDecimal(text: string, scale: number): number | null {
  const m = /^(\d{1,12})(?:\.(\d+))?$/.exec(text.trim());
  if (!m?.[1]) return null;
  const fraction = m[2] ?? "";
  if (fraction.length > scale) return null;
  const value = Number(m[1]) * 10 ** scale + Number(fraction.padEnd(scale, "0") || "0");
  return Number.isSafeInteger(value) ? value : null;
}

/** 1250 at scale 2 → "12.50". */
export function formatDecimal(value: number, scale: number): string {
  const sign = value < 0 ? "-" : "";
  const digits = String(Math.abs(value)).padStart(scale + 1, "0");
  return scale === 0 ? `${sign}${digits}` : `${sign}${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
}

export const yuan = (fen: number) => formatDecimal(fen, FEN);
export const unitPrice = (scaled: number) => formatDecimal(scaled, PRICE);

/** A zod schema for a decimal string, turned into the integer at `scale`. */
export const decimalString = (scale: number, label: string) =>
  z
    .string()
    .trim()
    .refine((s) => parseDecimal(s, scale) !== null, {
      message: `${label}应为不超过 ${scale} 位小数的非负数，如 ${formatDecimal(125, scale)}`,
    })
    .transform((s) => parseDecimal(s, scale) as number);

/** Like decimalString, but a leading minus is allowed: "-12.50" → -1250 (a 红字 reversal). */
export const signedDecimalString = (scale: number, label: string) =>
  z
    .string()
    .trim()
    .refine((s) => parseDecimal(s.replace(/^-/, ""), scale) !== null, {
      message: `${label}应为不超过 ${scale} 位小数的数，如 ${formatDecimal(125, scale)} 或 -${formatDecimal(125, scale)}`,
    })
    .transform((s) => (s.startsWith("-") ? -1 : 1) * (parseDecimal(s.replace(/^-/, ""), scale) as number));

/**
 * `part / whole` as a percentage with two decimals, rounded half up, by integer arithmetic:
 * 487 of 520 → "93.65". Null when there is nothing to divide by.
 */
export function percentage(part: number, whole: number): string | null {
  if (whole <= 0) return null;
  const basisPoints = Math.floor((part * 20000 + whole) / (2 * whole));
  return formatDecimal(basisPoints, 2);
}
