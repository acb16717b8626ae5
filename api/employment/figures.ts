import type { Disclosure, EmploymentFigures } from "../db/generated/client.ts";
import { formatDecimal, parseDecimal, percentage } from "../money.ts";
import { periodLabel } from "../periods.ts";
import { EMPLOYMENT_GOAL_LABELS, EMPLOYMENT_KIND_LABELS, type EmploymentGoal, type EmploymentKind } from "./labels.ts";
import { EMPLOYMENT_TARGETS } from "./targets.ts";

/** The counts of one community's month, as entered or imported (no person, only numbers). */
export interface FigureCounts {
  householdsWithLabour: number;
  householdsWithEmployed: number;
  willingWorkers: number;
  trainedWithinYear: number;
  employedLocalIndustry: number;
  employedWorkshop: number;
  employedWelfarePost: number;
  employedLabourExport: number;
  employedSelf: number;
}

/** The column of each kind of employment. */
export const KIND_FIELDS = {
  LOCAL_INDUSTRY: "employedLocalIndustry",
  WORKSHOP: "employedWorkshop",
  WELFARE_POST: "employedWelfarePost",
  LABOUR_EXPORT: "employedLabourExport",
  SELF_EMPLOYED: "employedSelf",
} as const satisfies Record<EmploymentKind, keyof FigureCounts>;

/** The Chinese name of every count, as the form, the spreadsheet and the errors name it. */
export const COUNT_LABELS: Record<keyof FigureCounts, string> = {
  householdsWithLabour: "有劳动力的搬迁户数",
  householdsWithEmployed: "其中至少一人就业的户数",
  willingWorkers: "有就业培训意愿的搬迁劳动力人数",
  trainedWithinYear: "其中落户一年内接受培训的人数",
  employedLocalIndustry: "园区及本地企业就业人数",
  employedWorkshop: "扶贫车间就业人数",
  employedWelfarePost: "公益性岗位就业人数",
  employedLabourExport: "外出务工人数",
  employedSelf: "自主创业及灵活就业人数",
};

export const employedTotal = (c: FigureCounts) =>
  c.employedLocalIndustry + c.employedWorkshop + c.employedWelfarePost + c.employedLabourExport + c.employedSelf;

/**
 * The consistency rules, each naming the count it faults: parts never exceed their wholes, the
 * households with someone employed are no more than the people employed, and the employed are
 * among the workers counted.
 */
export function inconsistencies(c: FigureCounts): { field: keyof FigureCounts; message: string }[] {
  const issues: { field: keyof FigureCounts; message: string }[] = [];
  const more = (part: keyof FigureCounts, whole: keyof FigureCounts) => {
    if (c[part] > c[whole])
      issues.push({ field: part, message: `${COUNT_LABELS[part]}（${c[part]}）不能多于${COUNT_LABELS[whole]}（${c[whole]}）` });
  };
  more("householdsWithEmployed", "householdsWithLabour");
  more("trainedWithinYear", "willingWorkers");
  const employed = employedTotal(c);
  if (c.householdsWithEmployed > employed)
    issues.push({
      field: "householdsWithEmployed",
      message: `${COUNT_LABELS.householdsWithEmployed}（${c.householdsWithEmployed}）不能多于各类就业人数合计（${employed}）：每户至少一人就业`,
    });
  if (employed > c.willingWorkers)
    issues.push({
      field: "willingWorkers",
      message: `${COUNT_LABELS.willingWorkers}（${c.willingWorkers}）不能少于各类就业人数合计（${employed}）`,
    });
  return issues;
}

/** A rate exactly as counted: numerator, denominator, and the percentage (two decimals, half up). */
export interface Rate {
  numerator: number;
  denominator: number;
  /** null when there is nothing to divide by. */
  percent: string | null;
}

export const rateOf = (numerator: number, denominator: number): Rate => ({
  numerator,
  denominator,
  percent: percentage(numerator, denominator),
});

/** One goal judged on a month: the rate, the target beside it, and how far short it falls. */
export interface GoalResult {
  goal: EmploymentGoal;
  rate: Rate;
  /** Percentage points short of the target, two decimals; "0.00" when met; null without a rate. */
  gap: string | null;
  met: boolean | null;
}

const GOAL_COUNTS: Record<EmploymentGoal, [keyof FigureCounts, keyof FigureCounts]> = {
  HOUSEHOLD_EMPLOYMENT: ["householdsWithEmployed", "householdsWithLabour"],
  TRAINING: ["trainedWithinYear", "willingWorkers"],
};

/** The gap in basis points (1/100 of a percentage point), for ranking; null without a rate. */
export const gapBasisPoints = (goal: EmploymentGoal, rate: Rate): number | null => {
  if (rate.percent === null) return null;
  return Math.max(0, EMPLOYMENT_TARGETS[goal].basisPoints - (parseDecimal(rate.percent, 2) as number));
};

export function goalResult(goal: EmploymentGoal, c: FigureCounts): GoalResult {
  const [part, whole] = GOAL_COUNTS[goal];
  const rate = rateOf(c[part], c[whole]);
  const gap = gapBasisPoints(goal, rate);
  return { goal, rate, gap: gap === null ? null : formatDecimal(gap, 2), met: gap === null ? null : gap === 0 };
}

export const goalResults = (c: FigureCounts): GoalResult[] =>
  (Object.keys(EMPLOYMENT_GOAL_LABELS) as EmploymentGoal[]).map((g) => goalResult(g, c));

/** A published month: its figures row and the notice that published it. */
export type PublishedFigures = EmploymentFigures & { disclosure: Disclosure };

export const monthLabel = (month: string) => periodLabel({ kind: "MONTH", start: `${month}-01`, end: `${month}-01` });

const percentText = (r: Rate) => (r.percent === null ? "—" : `${r.percent}%`);

/** The notice's body: every count, each goal's rate with its target and gap, counts only. */
export function figuresMarkdown(communityName: string, month: string, c: FigureCounts, note: string | null): string {
  const goals = goalResults(c);
  const goalRow = (g: GoalResult) =>
    `| ${EMPLOYMENT_GOAL_LABELS[g.goal]} | ${g.rate.numerator} / ${g.rate.denominator} | ${percentText(g.rate)} | ${EMPLOYMENT_TARGETS[g.goal].percent}% | ${g.gap === null ? "—" : `${g.gap} 个百分点`} |`;
  return [
    `${communityName}${monthLabel(month)}搬迁劳动力就业和培训情况如下（只公开人数和户数，不公开个人信息）。`,
    "",
    "| 目标 | 完成 / 应完成 | 完成率 | 目标值 | 差距 |",
    "| --- | ---: | ---: | ---: | ---: |",
    ...goals.map(goalRow),
    "",
    "| 指标 | 数量 |",
    "| --- | ---: |",
    ...(Object.keys(COUNT_LABELS) as (keyof FigureCounts)[]).map((k) => `| ${COUNT_LABELS[k]} | ${c[k]} |`),
    `| 就业人数合计 | ${employedTotal(c)} |`,
    "",
    `完成率 = 完成数 ÷ 应完成数，按百分比保留两位小数（四舍五入）。目标依据：${goals.map((g) => `${EMPLOYMENT_TARGETS[g.goal].wording}（${EMPLOYMENT_TARGETS[g.goal].source}）`).join("；")}。`,
    ...(note ? ["", `说明：${note}`] : []),
  ].join("\n");
}

export const employedByKind = (c: FigureCounts) =>
  (Object.keys(KIND_FIELDS) as EmploymentKind[]).map((kind) => ({
    kind,
    label: EMPLOYMENT_KIND_LABELS[kind],
    count: c[KIND_FIELDS[kind]],
  }));
