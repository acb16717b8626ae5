/** Chinese labels of the finance domain's codes, as residents and staff read them. */
export const DIRECTION_LABELS = { INCOME: "收入", EXPENSE: "支出" } as const;

export const PERIOD_STATUS_LABELS = {
  OPEN: "记账中",
  SUBMITTED: "待监委会审核",
  REVIEWED: "监委会已审核",
  PUBLISHED: "已公开",
} as const;

export const OPINION_LABELS = { AGREE: "同意", OBJECTION: "有异议" } as const;

export const ASSET_KIND_LABELS = {
  SHOP: "商铺",
  STALL: "摊位",
  PARKING: "停车场",
  SERVICE_ROOM: "服务用房",
  WORKSHOP: "厂房/扶贫车间",
  OTHER: "其他",
} as const;

export type Direction = keyof typeof DIRECTION_LABELS;

/** Whether an asset is let on a given day, run by the community itself, or standing empty. */
export const ASSET_STATUS_LABELS = { LEASED: "已出租", SELF_OPERATED: "社区自营", VACANT: "空置" } as const;
