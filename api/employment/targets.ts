import type { EmploymentGoal } from "./labels.ts";

/**
 * The targets the documents set, as exact percentages with two decimals. These are the defaults
 * of the rules in numbers (README, "Employment goals"): a deployment whose province sets other
 * targets changes them here, and every page and notice shows the target it was judged against.
 */
export const EMPLOYMENT_TARGETS: Readonly<
  Record<EmploymentGoal, { percent: string; basisPoints: number; wording: string; source: string }>
> = {
  HOUSEHOLD_EMPLOYMENT: {
    percent: "100.00",
    basisPoints: 10_000,
    wording: "有劳动力的搬迁家庭实现一户一人以上稳定就业，“零就业”家庭动态清零",
    source: "[001] 附件2 二(二)7；[000] 培训和就业服务工程",
  },
  TRAINING: {
    percent: "100.00",
    basisPoints: 10_000,
    wording: "有培训意愿的劳动力在落户 1 年内至少接受 1 次培训",
    source: "[000] 培训和就业服务工程；[001] 附件2 二(二)6",
  },
};
