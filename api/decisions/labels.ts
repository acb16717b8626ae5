/** How residents read the decision vocabulary (四议两公开); shared by the API, the notices and the portal. */
export const DECISION_STAGE_LABELS = {
  PARTY_PROPOSAL: "党组织提议",
  JOINT_MEETING: "两委联席会议商议",
  PARTY_MEMBERS_REVIEW: "党员大会审议",
  RESIDENTS_RESOLUTION: "居民会议或居民代表会议决议",
} as const;

export const DECISION_OUTCOME_LABELS = {
  PASSED: "通过",
  FAILED: "未获通过",
  NO_QUORUM: "未达法定人数",
} as const;

/** Where a decision stands, derived from its stages and result. */
export const DECISION_STATUS_LABELS = {
  NOT_STARTED: "尚未提议",
  IN_PROGRESS: "审议中",
  STOPPED: "已终止",
  RESOLVED: "已决议，待实施",
  IMPLEMENTED: "已实施，结果已公开",
} as const;

export type DecisionStageKind = keyof typeof DECISION_STAGE_LABELS;
export type DecisionOutcome = keyof typeof DECISION_OUTCOME_LABELS;
export type DecisionStatus = keyof typeof DECISION_STATUS_LABELS;
