/** How residents read the employment-goals vocabulary; shared by the API and the portal. */

/** Where the employed relocated workers work, in the employment office's own categories. */
export const EMPLOYMENT_KIND_LABELS = {
  LOCAL_INDUSTRY: "园区及本地企业就业",
  WORKSHOP: "扶贫车间就业",
  WELFARE_POST: "公益性岗位就业",
  LABOUR_EXPORT: "外出务工",
  SELF_EMPLOYED: "自主创业及灵活就业",
} as const;

export type EmploymentKind = keyof typeof EMPLOYMENT_KIND_LABELS;

/** The goals the documents set for a resettlement community's employment service. */
export const EMPLOYMENT_GOAL_LABELS = {
  HOUSEHOLD_EMPLOYMENT: "有劳动力的搬迁户至少一人就业",
  TRAINING: "有意愿的劳动力落户一年内接受培训",
} as const;

export type EmploymentGoal = keyof typeof EMPLOYMENT_GOAL_LABELS;
