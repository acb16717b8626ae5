/** How residents read the fee vocabulary; shared by the API, the rendered notices and the portal. */
export const FEE_KIND_LABELS = {
  PROPERTY_MANAGEMENT: "物业管理费",
  WATER: "水费",
  ELECTRICITY: "电费",
  NETWORK_TV: "网络电视费",
  GAS: "燃气费",
  OTHER: "其他收费",
} as const;

export const FEE_COLLECTOR_LABELS = {
  PROPERTY_COMPANY: "物业服务企业",
  UTILITY: "公用事业单位",
  COMMUNITY: "社区",
} as const;

export const BILLING_UNIT_LABELS = {
  PER_SQM_MONTH: "元/平方米·月",
  PER_HOUSEHOLD_MONTH: "元/户·月",
  PER_TON: "元/吨",
  PER_KWH: "元/千瓦时",
  PER_CUBIC_METRE: "元/立方米",
} as const;

/** The quantity a tier bound counts, per month. */
export const BILLING_QUANTITY_LABELS = {
  PER_SQM_MONTH: "平方米",
  PER_HOUSEHOLD_MONTH: "户",
  PER_TON: "吨",
  PER_KWH: "千瓦时",
  PER_CUBIC_METRE: "立方米",
} as const;
