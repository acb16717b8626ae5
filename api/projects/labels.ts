/** How residents read the funded-project vocabulary; shared by the API and the portal. */
export const PROJECT_FUNDER_KIND_LABELS = {
  FISCAL: "财政资金",
  PAIRING: "对口帮扶",
  DONATION: "社会捐助",
  ENTERPRISE: "企业资助",
  OTHER: "其他",
} as const;

export const PROJECT_STAGE_KIND_LABELS = {
  APPROVAL: "立项",
  PROCUREMENT: "采购/招标",
  START: "开工",
  PROGRESS: "进度",
  ACCEPTANCE: "验收",
  FINAL_ACCOUNTS: "决算",
} as const;

export const PROCUREMENT_METHOD_LABELS = {
  PUBLIC_TENDER: "公开招标",
  INVITED_TENDER: "邀请招标",
  COMPETITIVE_NEGOTIATION: "竞争性谈判",
  INQUIRY: "询价",
  SINGLE_SOURCE: "单一来源",
  SMALL_DIRECT: "小额直接采购",
} as const;

export const ACCEPTANCE_RESULT_LABELS = {
  PASSED: "合格",
  FAILED: "不合格，限期整改",
} as const;

/** Where a project stands, from its latest stage: what the lists print. */
export const PROJECT_STATUS_LABELS = {
  APPROVED: "已立项",
  PROCURED: "已完成采购",
  UNDER_WAY: "施工中",
  ACCEPTED: "已验收",
  CLOSED: "已决算",
} as const;

export type ProjectStageKind = keyof typeof PROJECT_STAGE_KIND_LABELS;
export type ProjectStatus = keyof typeof PROJECT_STATUS_LABELS;
