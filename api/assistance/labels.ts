/** How residents read the assistance vocabulary; shared by the API and the portal. */
export const ASSISTANCE_KIND_LABELS = {
  MINIMUM_LIVING: "低保",
  EXTREME_POVERTY: "特困供养",
  TEMPORARY: "临时救助",
  MEDICAL: "医疗救助",
  DISABILITY_ALLOWANCE: "残疾人补贴",
  FESTIVAL_VISIT: "慰问",
  OTHER: "其他",
} as const;

/**
 * Why a household receives assistance, from a fixed list: the public side never carries free-text
 * health or family details.
 */
export const ASSISTANCE_REASON_LABELS = {
  LOW_INCOME: "家庭收入低于低保标准",
  NO_SUPPORT: "无劳动能力、无生活来源、无法定赡养扶养人",
  ILLNESS: "因病",
  DISABILITY: "因残",
  DISASTER: "因灾或意外事故",
  EDUCATION: "因学",
  ELDERLY: "高龄或独居老人",
  HOLIDAY: "节日慰问",
  OTHER: "其他",
} as const;

/** Where a list's notice window (公示期) stands on a day. */
export const ASSISTANCE_WINDOW_LABELS = {
  UPCOMING: "公示期未开始",
  OPEN: "公示中",
  CLOSED: "公示期已满，名单为最终结果",
} as const;

export type AssistanceKind = keyof typeof ASSISTANCE_KIND_LABELS;
export type AssistanceReason = keyof typeof ASSISTANCE_REASON_LABELS;
export type AssistanceWindowStatus = keyof typeof ASSISTANCE_WINDOW_LABELS;
