/** How residents read the public-welfare post (公益性岗位) vocabulary; shared by the API, notices and portal. */
export const WELFARE_POST_KIND_LABELS = {
  CLEANING: "保洁",
  SECURITY: "保安",
  FOREST_RANGER: "护林",
  ACTIVITY_ROOM: "活动室管理",
  GREENING: "绿化养护",
  ELDER_CARE: "助老服务",
  OTHER: "其他",
} as const;

/** Why a holder left a post (有序退岗): a fixed list, so the county can count the reasons. */
export const WELFARE_EXIT_REASON_LABELS = {
  TERM_ENDED: "合同期满",
  RESIGNED: "主动辞职",
  FAILED_REVIEW: "考核不合格",
  OTHER_EMPLOYMENT: "实现其他就业",
  OTHER: "其他",
} as const;

/** A tenure's standing on a day. */
export const WELFARE_TENURE_STATUS_LABELS = {
  NOTICE: "公示中（尚未上岗）",
  IN_POST: "在岗",
  LEFT: "已退岗",
} as const;

export type WelfarePostKind = keyof typeof WELFARE_POST_KIND_LABELS;
export type WelfareExitReason = keyof typeof WELFARE_EXIT_REASON_LABELS;
export type WelfareTenureStatus = keyof typeof WELFARE_TENURE_STATUS_LABELS;
