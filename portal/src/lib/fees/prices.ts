import { formatDecimal, PRICE, parseDecimal } from "~api/money.ts";
import type { FeeItem, FeePrice } from "./load.ts";

/** The price in force as the portal was built: the version the API calls current. */
export const currentOf = (item: FeeItem) => item.prices.find((p) => p.effectiveFrom === item.currentPrice?.effectiveFrom) ?? null;

/**
 * The subsidy in plain words, with what residents actually pay worked out exactly:
 * "2028年12月31日前，每平方米每月由县财政补贴 0.50 元，居民实际负担 0.30 元。"
 */
export function subsidyInWords(item: FeeItem, price: FeePrice): string | null {
  const subsidy = price.subsidy;
  if (!subsidy) return null;
  const perUnit = parseDecimal(subsidy.perUnit, PRICE) ?? 0;
  const unit = item.unitLabel.replace(/^元\//, "");
  const tiers = price.tiers.map((t) => {
    const net = Math.max(0, (parseDecimal(t.unitPrice, PRICE) ?? 0) - perUnit);
    return `${price.tiers.length > 1 ? `${t.label}` : ""}居民实际负担 ${trim(formatDecimal(net, PRICE))} 元/${unit}`;
  });
  const until = subsidy.endsOn ? `${subsidy.endsOn} 前，` : "";
  return `${until}由${subsidy.source ?? "政府"}每${unit}补贴 ${trim(subsidy.perUnit)} 元，${tiers.join("；")}。`;
}

/** 0.8000 → 0.80, 0.4556 → 0.4556: prices as they are written on a notice. */
export function trim(decimal: string): string {
  return decimal.replace(/(\.\d\d\d*?)0+$/, "$1");
}
