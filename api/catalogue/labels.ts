/** How residents read the catalogue vocabulary; shared by the API and the portal. */
export const CATALOGUE_CADENCE_LABELS = {
  WITHIN_DAYS: "事项发生后限期公开",
  MONTHLY: "每月",
  QUARTERLY: "每季度",
  HALF_YEARLY: "每半年",
  YEARLY: "每年",
  PER_EVENT: "随时公开",
} as const;

export const CATALOGUE_DUE_ANCHOR_LABELS = {
  PERIOD_END: "期满后计算",
  PERIOD_START: "当期内计算",
} as const;

export const CATALOGUE_SOURCE_LABELS = {
  DISCLOSURE: "注明本目录事项的公开事项",
  FINANCE_PERIOD: "每月财务公开",
  FEE_MONTH: "每月收费收缴情况",
  JOB_BOARD: "每月就业和培训信息",
  ASSET_INCOME_STATEMENT: "年度资产收益使用情况",
} as const;

export const CATALOGUE_STATUS_LABELS = {
  ON_TIME: "按时",
  DUE_SOON: "即将到期",
  OVERDUE: "已逾期",
  UNSCHEDULED: "无固定周期",
  SUSPENDED: "暂停公开",
} as const;

const PERIOD_WORDS = { MONTHLY: "月", QUARTERLY: "季度", HALF_YEARLY: "半年", YEARLY: "年度" } as const;

/** The due rule in words: 每月，次月10日前 · 每季度，季度结束后15日内 · 事项发生后5日内. */
export function dueRuleLabel(item: {
  cadence: keyof typeof CATALOGUE_CADENCE_LABELS;
  dueAnchor: keyof typeof CATALOGUE_DUE_ANCHOR_LABELS;
  dueDays: number;
}): string {
  const cadence = CATALOGUE_CADENCE_LABELS[item.cadence];
  if (item.cadence === "PER_EVENT") return cadence;
  if (item.cadence === "WITHIN_DAYS") return `事项发生后${item.dueDays}日内公开`;
  const period = PERIOD_WORDS[item.cadence];
  if (item.dueAnchor === "PERIOD_START") return `${cadence}，当${period}第${item.dueDays}日前公开`;
  if (item.cadence === "MONTHLY") return `${cadence}，次月${item.dueDays}日前公开`;
  return `${cadence}，${period}结束后${item.dueDays}日内公开`;
}

/** The period owed, as residents read it: 2026年11月, 2026年第四季度, 2026年上半年, 2026年度. */
export function owedPeriodLabel(cadence: keyof typeof CATALOGUE_CADENCE_LABELS, start: string): string {
  const [year, month] = [Number(start.slice(0, 4)), Number(start.slice(5, 7))];
  if (cadence === "MONTHLY") return `${year}年${month}月`;
  if (cadence === "QUARTERLY") return `${year}年第${"一二三四"[Math.floor((month - 1) / 3)]}季度`;
  if (cadence === "HALF_YEARLY") return `${year}年${month <= 6 ? "上" : "下"}半年`;
  return `${year}年度`;
}

/** The status in words, with its number of days: 已逾期 5 天 · 即将到期（还剩 3 天）· 今日到期. */
export function statusText(s: { status: keyof typeof CATALOGUE_STATUS_LABELS; daysLeft: number | null }): string {
  const label = CATALOGUE_STATUS_LABELS[s.status];
  if (s.status === "OVERDUE" && s.daysLeft !== null) return `${label} ${-s.daysLeft} 天`;
  if (s.status === "DUE_SOON" && s.daysLeft !== null) return s.daysLeft === 0 ? "今日到期" : `${label}（还剩 ${s.daysLeft} 天）`;
  return label;
}
