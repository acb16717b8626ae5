import { percentage, unitPrice, yuan } from "../money.ts";
import { periodLabel } from "../periods.ts";
import { BILLING_QUANTITY_LABELS, BILLING_UNIT_LABELS, FEE_COLLECTOR_LABELS } from "./labels.ts";
import { type CollectionRow, sumRows } from "./months.ts";

/**
 * The notices a fee publication puts on the board. They are generated from the structured rows,
 * so the published (and hashed) text says exactly what the rows say.
 */
interface Item {
  name: string;
  collector: keyof typeof FEE_COLLECTOR_LABELS;
  collectorName: string;
  billingUnit: keyof typeof BILLING_UNIT_LABELS;
}

export interface PriceContent {
  effectiveFrom: string;
  tiers: { upTo: number | null; unitPrice: number }[];
  basisDocument: string;
  basisAuthority: string;
  approvedOn: string;
  residentsDecision: string | null;
  subsidyPerUnit: number | null;
  subsidySource: string | null;
  subsidyEndsOn: string | null;
  consultationFrom: string | null;
  consultationTo: string | null;
  opinionsSummary: string | null;
  consultationResponse: string | null;
}

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** A tier as a notice names it, in monthly quantities of the billing unit: "0–180千瓦时/月", "400千瓦时/月以上". */
export function tierLabel(
  tiers: { upTo: number | null }[],
  index: number,
  billingUnit: keyof typeof BILLING_UNIT_LABELS,
): string {
  if (tiers.length === 1) return "全部用量";
  const quantity = `${BILLING_QUANTITY_LABELS[billingUnit]}/月`;
  const from = index === 0 ? 0 : (tiers[index - 1]?.upTo ?? 0);
  const upTo = tiers[index]?.upTo;
  return upTo === null || upTo === undefined ? `${from}${quantity}以上` : `${from}–${upTo}${quantity}`;
}

export function priceMarkdown(item: Item, p: PriceContent): string {
  const unit = BILLING_UNIT_LABELS[item.billingUnit];
  const lines = [
    `${item.name}自 **${p.effectiveFrom}** 起执行以下价格，由${FEE_COLLECTOR_LABELS[item.collector]}（${cell(item.collectorName)}）收取。`,
    "",
    "| 档次 | 单价 |",
    "| --- | ---: |",
    ...p.tiers.map((t, i) => `| ${tierLabel(p.tiers, i, item.billingUnit)} | ${unitPrice(t.unitPrice)} ${unit} |`),
    "",
    `**定价依据**：${cell(p.basisAuthority)}《${cell(p.basisDocument)}》，批准日期 ${p.approvedOn}。`,
  ];
  if (p.residentsDecision) lines.push("", `**居民会议决定**：${p.residentsDecision}`);
  if (p.subsidyPerUnit !== null) {
    lines.push(
      "",
      `**补贴**：由${p.subsidySource ?? "政府"}补贴 ${unitPrice(p.subsidyPerUnit)} ${unit}${p.subsidyEndsOn ? `，至 ${p.subsidyEndsOn} 止` : ""}；补贴期内居民实际负担为补贴后的金额。`,
    );
  }
  if (p.consultationFrom && p.consultationTo) {
    lines.push("", `**征求意见**：${p.consultationFrom} 至 ${p.consultationTo}。`);
    if (p.opinionsSummary) lines.push("", `居民意见：${p.opinionsSummary}`);
    if (p.consultationResponse) lines.push("", `采纳情况：${p.consultationResponse}`);
  }
  return lines.join("\n");
}

const rate = (part: number, whole: number) => {
  const p = percentage(part, whole);
  return p === null ? "—" : `${p}%`;
};

export function collectionMarkdown(item: Item, month: string, rows: readonly CollectionRow[]): string {
  const total = sumRows(rows);
  const label = periodLabel({ kind: "MONTH", start: `${month}-01`, end: `${month}-01` });
  const row = (name: string, r: Omit<CollectionRow, "building" | "note">, note: string | null) =>
    `| ${cell(name)} | ${r.householdsBilled} | ${r.householdsPaid} | ${rate(r.householdsPaid, r.householdsBilled)} | ${r.householdsInArrears} | ${yuan(r.amountDue)} | ${yuan(r.amountCollected)} | ${rate(r.amountCollected, r.amountDue)} | ${cell(note ?? "")} |`;
  return [
    `${label}${item.name}收缴情况如下（只公开户数，不公开住户姓名）。`,
    "",
    "| 楼栋 | 应缴户数 | 已缴户数 | 户数收缴率 | 欠费户数 | 应收金额（元） | 实收金额（元） | 金额收缴率 | 备注 |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ...(rows.length === 1 && rows[0]?.building === null ? [] : rows.map((r) => row(r.building ?? "全社区", r, r.note))),
    row("合计", total, rows.length === 1 ? (rows[0]?.note ?? null) : null),
    "",
    `对收费有疑问，请向${FEE_COLLECTOR_LABELS[item.collector]}（${cell(item.collectorName)}）或社区居务监督委员会反映。`,
  ].join("\n");
}
