import { query } from "~/lib/api.ts";
import { present } from "~/lib/communities/load.ts";
import { defineColumns, defineDataset, textColumn } from "~/lib/data/dataset.ts";
import { newestPublication } from "~/lib/data/published.ts";
import { fenOf } from "~/lib/format.ts";
import { graphql } from "~/lib/graphql.ts";
import { COLUMNS, SHEET_NAME } from "~api/fees/sheet.ts";
import { loadFees } from "./load.ts";

const FeeCollectionRows = graphql(`
  query FeeCollectionRows($code: String!) {
    community(code: $code) {
      feeItems {
        name
        months {
          month
          disclosureId
          buildings { building householdsBilled householdsPaid householdsInArrears amountDue amountCollected note }
        }
      }
    }
  }
`);

const PRICE_COLUMNS = defineColumns([
  textColumn("item", "收费项目", 16),
  textColumn("kind", "类别", 10),
  textColumn("unit", "计费单位", 14),
  textColumn("effectiveFrom", "起始日期", 12),
  textColumn("effectiveTo", "截止日期", 12),
  textColumn("tier", "档次", 16),
  textColumn("upTo", "用量上限", 10),
  textColumn("unitPrice", "单价（元）", 10),
  textColumn("subsidy", "补贴（元）", 10),
  textColumn("basisDocument", "定价依据", 30),
  textColumn("basisAuthority", "批准机关", 20),
  textColumn("approvedOn", "批准日期", 12),
  textColumn("collector", "收费单位", 20),
]);

/** The importer's collection sheet, with the fee and month each row belongs to in front. */
const MONTH_COLUMNS = defineColumns([textColumn("item", "收费项目", 16), textColumn("month", "月份", 10), ...COLUMNS]);

export const FEE_DATASETS = [
  defineDataset({
    id: "fee-prices",
    title: "收费标准",
    description: "每个收费项目的各版价格，每档一行：单价、补贴、定价依据和批准机关。",
    frequency: "IRREG",
    scope: "community",
    columns: PRICE_COLUMNS,
    sheetName: "收费标准",
    async load(code) {
      const items = await loadFees(code);
      const rows = items.flatMap((item) =>
        item.prices.flatMap((price) =>
          price.tiers.map((tier) => ({
            item: item.name,
            kind: item.kindLabel,
            unit: item.unitLabel,
            effectiveFrom: price.effectiveFrom,
            effectiveTo: price.effectiveTo,
            tier: tier.label,
            upTo: tier.upTo === null ? null : String(tier.upTo),
            unitPrice: tier.unitPrice,
            subsidy: price.subsidy?.perUnit ?? null,
            basisDocument: price.basisDocument,
            basisAuthority: price.basisAuthority,
            approvedOn: price.approvedOn,
            collector: item.collectorName,
          })),
        ),
      );
      return { rows, modified: await newestPublication(items.flatMap((i) => i.prices.map((p) => p.disclosure?.id))) };
    },
  }),
  defineDataset({
    id: "fee-months",
    title: "收费收缴情况",
    description: "每个收费项目每月各楼栋的应缴、已缴、欠费户数和金额（与导入表格式相同，前加收费项目和月份）。",
    frequency: "MONTHLY",
    scope: "community",
    columns: MONTH_COLUMNS,
    sheetName: SHEET_NAME,
    async load(code) {
      const items = present((await query(FeeCollectionRows, { code })).community, code).feeItems;
      const months = items.flatMap((item) => item.months.map((m) => ({ item: item.name, ...m })));
      const rows = months.flatMap((m) =>
        m.buildings.map((b) => ({
          item: m.item,
          month: m.month,
          building: b.building ?? "全社区",
          householdsBilled: b.householdsBilled,
          householdsPaid: b.householdsPaid,
          householdsInArrears: b.householdsInArrears,
          amountDue: fenOf(b.amountDue),
          amountCollected: fenOf(b.amountCollected),
          note: b.note,
        })),
      );
      return { rows, modified: await newestPublication(months.map((m) => m.disclosureId)) };
    },
  }),
];
