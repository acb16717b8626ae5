/** How residents read the questions vocabulary; shared by the API and the portal. */
export const QUESTION_STATUS_LABELS = {
  RECEIVED: "待审核",
  PUBLISHED: "已公开",
  HIDDEN: "已隐藏",
} as const;

/** Where a question stands for the asker, judged on a day: what the portal prints beside it. */
export const QUESTION_STANDING_LABELS = {
  ANSWERED: "已答复",
  ANSWERED_LATE: "逾期后答复",
  AWAITING: "待答复",
  OVERDUE: "已逾期未答复",
  HIDDEN: "已隐藏，无需答复",
} as const;

export type QuestionStanding = keyof typeof QUESTION_STANDING_LABELS;

/** What the moderation step may do. */
export const MODERATION_ACTION_LABELS = {
  PUBLISH: "公开",
  HIDE: "隐藏",
} as const;
