import {
  employedByKind,
  employedTotal,
  type GoalResult,
  goalResults,
  monthLabel,
  type PublishedFigures,
  type Rate,
} from "../../api/employment/figures.ts";
import { EMPLOYMENT_GOAL_LABELS, EMPLOYMENT_KIND_LABELS, type EmploymentGoal } from "../../api/employment/labels.ts";
import { correctedFigures, type RankingRow } from "../../api/employment/read.ts";
import { EMPLOYMENT_TARGETS } from "../../api/employment/targets.ts";
import { builder, labelledValues } from "../builder.ts";
import { CommunityRef } from "../communities/types.ts";
import { DisclosureRef } from "../disclosures/types.ts";

export const EmploymentKind = builder.enumType("EmploymentKind", {
  description: "Where employed relocated workers work (就业方式)",
  values: labelledValues(EMPLOYMENT_KIND_LABELS),
});

export const EmploymentGoalEnum = builder.enumType("EmploymentGoal", {
  description: "A goal the documents set for employment in resettlement communities",
  values: labelledValues(EMPLOYMENT_GOAL_LABELS),
});

export const EmploymentRateRef = builder.objectRef<Rate>("EmploymentRate").implement({
  description: "A rate exactly as counted: numerator ÷ denominator, never a float",
  fields: (t) => ({
    numerator: t.exposeInt("numerator", { description: "What is achieved, e.g. households with someone employed" }),
    denominator: t.exposeInt("denominator", { description: "What it is out of, e.g. households with labour" }),
    percent: t.exposeString("percent", {
      nullable: true,
      description:
        "numerator ÷ denominator as a percentage with two decimals, rounded half up (2 of 3 → 66.67); null when the denominator is 0",
    }),
  }),
});

export const EmploymentTargetRef = builder.objectRef<{ goal: EmploymentGoal }>("EmploymentTarget").implement({
  description: "A goal's target as the documents set it (configured in api/employment/targets.ts)",
  fields: (t) => ({
    goal: t.field({ type: EmploymentGoalEnum, description: "The goal", resolve: (g) => g.goal }),
    goalLabel: t.string({ description: "The goal in words", resolve: (g) => EMPLOYMENT_GOAL_LABELS[g.goal] }),
    percent: t.string({
      description: "The target rate, percent with two decimals, e.g. 100.00",
      resolve: (g) => EMPLOYMENT_TARGETS[g.goal].percent,
    }),
    wording: t.string({ description: "The target as the documents word it", resolve: (g) => EMPLOYMENT_TARGETS[g.goal].wording }),
    source: t.string({
      description: "Where the documents set it, e.g. [001] 附件2 二(二)7",
      resolve: (g) => EMPLOYMENT_TARGETS[g.goal].source,
    }),
  }),
});

const GoalResultRef = builder.objectRef<GoalResult>("EmploymentGoalResult").implement({
  description: "One goal judged on a month: the rate, the target beside it, the gap",
  fields: (t) => ({
    goal: t.field({ type: EmploymentGoalEnum, description: "The goal", resolve: (g) => g.goal }),
    goalLabel: t.string({ description: "The goal in words", resolve: (g) => EMPLOYMENT_GOAL_LABELS[g.goal] }),
    rate: t.field({ type: EmploymentRateRef, description: "The rate achieved, from the month's counts", resolve: (g) => g.rate }),
    target: t.field({ type: EmploymentTargetRef, description: "The documents' target", resolve: (g) => ({ goal: g.goal }) }),
    gap: t.exposeString("gap", {
      nullable: true,
      description: "Percentage points short of the target, two decimals (0.00 when met); null when there is no rate",
    }),
    met: t.exposeBoolean("met", { nullable: true, description: "Whether the target is met; null when there is no rate" }),
    statusLabel: t.string({
      description: "达标, 未达标（差 x 个百分点）or 无数据",
      resolve: (g) => (g.met === null ? "无数据" : g.met ? "达标" : `未达标（差 ${g.gap} 个百分点）`),
    }),
  }),
});

const EmployedCountRef = builder
  .objectRef<{ kind: keyof typeof EMPLOYMENT_KIND_LABELS; label: string; count: number }>("EmployedCount")
  .implement({
    description: "How many relocated workers are employed in one way",
    fields: (t) => ({
      kind: t.field({ type: EmploymentKind, description: "The kind of employment", resolve: (c) => c.kind }),
      kindLabel: t.exposeString("label", { description: "The kind in words" }),
      count: t.exposeInt("count", { description: "Number of people" }),
    }),
  });

export const EmploymentMonthRef = builder.objectRef<PublishedFigures>("EmploymentMonth");
EmploymentMonthRef.implement({
  description: "就业目标月报: one community's employment figures for a month, counts only, as published",
  fields: (t) => ({
    id: t.exposeID("id", { description: "Stable id of this version of the figures" }),
    month: t.exposeString("month", { description: "The month, YYYY-MM" }),
    monthLabel: t.string({ description: "The month in words, e.g. 2026年3月", resolve: (f) => monthLabel(f.month) }),
    householdsWithLabour: t.exposeInt("householdsWithLabour", {
      description: "Relocated households with labour (有劳动力的搬迁户)",
    }),
    householdsWithEmployed: t.exposeInt("householdsWithEmployed", { description: "Of which with at least one person employed" }),
    willingWorkers: t.exposeInt("willingWorkers", { description: "Relocated workers willing to work and train" }),
    trainedWithinYear: t.exposeInt("trainedWithinYear", { description: "Of whom trained within 12 months of moving in" }),
    employedByKind: t.field({
      type: [EmployedCountRef],
      description: "The employed, by kind of employment",
      resolve: employedByKind,
    }),
    employedTotal: t.int({ description: "All employed relocated workers (the sum of the kinds)", resolve: employedTotal }),
    goals: t.field({ type: [GoalResultRef], description: "Each goal's rate with its target and gap", resolve: goalResults }),
    note: t.exposeString("note", { nullable: true, description: "The office's note on the month" }),
    disclosure: t.field({
      type: DisclosureRef,
      description: "The JOBS notice that published these figures",
      resolve: (f) => f.disclosure,
    }),
    contentHash: t.string({
      nullable: true,
      description: "SHA-256 of the published notice",
      resolve: (f) => f.disclosure.contentHash,
    }),
    publishedAt: t.field({
      type: "DateTime",
      nullable: true,
      description: "When it was published",
      resolve: (f) => f.disclosure.publishedAt,
    }),
    correctionReason: t.string({
      nullable: true,
      description: "Why these figures correct earlier ones (更正原因); null for a first publication",
      resolve: (f) => f.disclosure.correctionReason,
    }),
    corrects: t.field({
      type: EmploymentMonthRef,
      nullable: true,
      description: "The figures this correction replaced, still on record",
      resolve: (f, _args, ctx) => correctedFigures(ctx.db, f),
    }),
  }),
});

export const EmploymentRankingRowRef = builder.objectRef<RankingRow>("EmploymentRankingRow").implement({
  description: "A community in a county's ranking by gap to the employment targets",
  fields: (t) => ({
    rank: t.exposeInt("rank", { nullable: true, description: "1 = furthest behind; null when it has no figures for the month" }),
    community: t.field({ type: CommunityRef, description: "The community", resolve: (r) => r.community }),
    figures: t.field({
      type: EmploymentMonthRef,
      nullable: true,
      description: "Its figures for the month; null when it has not published them",
      resolve: (r) => r.figures,
    }),
  }),
});

export const EmploymentRankingRef = builder
  .objectRef<{ month: string | null; rows: RankingRow[] }>("EmploymentRanking")
  .implement({
    description: "A county's communities on one month, ranked by gap to target",
    fields: (t) => ({
      month: t.exposeString("month", {
        nullable: true,
        description: "The month ranked, YYYY-MM; null when nothing is published",
      }),
      monthLabel: t.string({
        nullable: true,
        description: "The month in words",
        resolve: (r) => (r.month === null ? null : monthLabel(r.month)),
      }),
      rows: t.field({
        type: [EmploymentRankingRowRef],
        description: "Furthest behind first; unreported last",
        resolve: (r) => r.rows,
      }),
    }),
  });
