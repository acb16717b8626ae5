/** How residents read the Party-affairs vocabulary (党务公开); shared by the API, the notices and the portal. */
export const PARTY_MEETING_LABELS = {
  MEMBERS_MEETING: "支部党员大会",
  BRANCH_COMMITTEE: "支部委员会会议",
  PARTY_GROUP: "党小组会",
  PARTY_LESSON: "党课",
  THEME_DAY: "主题党日",
  ORGANIZATIONAL_LIFE: "组织生活会",
} as const;

export const PARTY_DEVELOPMENT_STAGE_LABELS = {
  DEVELOPMENT_TARGET: "发展对象",
  PROBATIONARY_MEMBER: "拟接收预备党员",
} as const;

/** The notice's name, as printed on it. */
export const PARTY_NOTICE_TITLES = {
  DEVELOPMENT_TARGET: "发展对象公示",
  PROBATIONARY_MEMBER: "预备党员公示",
} as const;

export const PARTY_GENDER_LABELS = { MALE: "男", FEMALE: "女" } as const;

/** Where a notice's window stands on a day. */
export const PARTY_NOTICE_WINDOW_LABELS = {
  NOT_YET_OPEN: "尚未开始公示",
  OPEN: "公示中",
  CLOSED: "公示期已满",
} as const;

/** The four grades of 民主评议党员. */
export const PARTY_APPRAISAL_GRADE_LABELS = {
  EXCELLENT: "优秀",
  QUALIFIED: "合格",
  BASICALLY_QUALIFIED: "基本合格",
  UNQUALIFIED: "不合格",
} as const;

export type PartyMeetingKind = keyof typeof PARTY_MEETING_LABELS;
export type PartyDevelopmentStage = keyof typeof PARTY_DEVELOPMENT_STAGE_LABELS;
export type PartyNoticeWindow = keyof typeof PARTY_NOTICE_WINDOW_LABELS;
