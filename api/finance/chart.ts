import type { Tx } from "../db/client.ts";
import type { Direction } from "./labels.ts";

export interface CategorySpec {
  code: string;
  name: string;
  direction: Direction;
  assetIncome?: boolean;
}

/**
 * The default chart of income and expenditure (收支科目) for a resettlement community, after the
 * way these communities are funded: rent from the collective assets built with the settlement
 * (shops, stalls, parking, service rooms, workshops), county grants and operating funds, special
 * service funds, Party activity funds; and paid out as cadre pay, public-welfare post subsidies,
 * property services, maintenance, assistance and services to residents. Staff add their own.
 */
export const DEFAULT_CATEGORIES: readonly CategorySpec[] = [
  { code: "ASSET_RENT_SHOP", name: "商铺租金收入", direction: "INCOME", assetIncome: true },
  { code: "ASSET_RENT_STALL", name: "摊位租金收入", direction: "INCOME", assetIncome: true },
  { code: "ASSET_RENT_PARKING", name: "停车场收入", direction: "INCOME", assetIncome: true },
  { code: "ASSET_RENT_ROOM", name: "服务用房及厂房租金收入", direction: "INCOME", assetIncome: true },
  { code: "FISCAL_GRANT", name: "财政补助收入", direction: "INCOME" },
  { code: "OPERATING_FUND", name: "社区运转经费", direction: "INCOME" },
  { code: "SERVICE_FUND", name: "为民服务专项经费", direction: "INCOME" },
  { code: "PARTY_FUND", name: "党组织活动经费", direction: "INCOME" },
  { code: "OTHER_INCOME", name: "其他收入", direction: "INCOME" },
  { code: "CADRE_PAY", name: "社区干部报酬", direction: "EXPENSE" },
  { code: "WELFARE_POST", name: "公益性岗位补贴", direction: "EXPENSE" },
  { code: "PROPERTY_SERVICE", name: "物业服务支出", direction: "EXPENSE" },
  { code: "MAINTENANCE", name: "维修维护支出", direction: "EXPENSE" },
  { code: "ASSISTANCE", name: "救助慰问支出", direction: "EXPENSE" },
  { code: "PARTY_ACTIVITY", name: "党组织活动支出", direction: "EXPENSE" },
  { code: "RESIDENT_SERVICE", name: "为民服务项目支出", direction: "EXPENSE" },
  { code: "UTILITIES", name: "公共水电费", direction: "EXPENSE" },
  { code: "OFFICE", name: "办公费", direction: "EXPENSE" },
  { code: "OTHER_EXPENSE", name: "其他支出", direction: "EXPENSE" },
];

/** Gives a community the default chart the first time it keeps books here; a no-op afterwards. */
export async function ensureDefaultChart(tx: Tx, communityId: string): Promise<void> {
  if ((await tx.ledgerCategory.count({ where: { communityId } })) > 0) return;
  await tx.ledgerCategory.createMany({
    data: DEFAULT_CATEGORIES.map((c, i) => ({ ...c, assetIncome: c.assetIncome ?? false, communityId, sortOrder: (i + 1) * 10 })),
  });
}
