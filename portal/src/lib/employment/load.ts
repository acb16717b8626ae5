import { query } from "~/lib/api.ts";
import { present } from "~/lib/communities/load.ts";
import type { ResultOf } from "~/lib/graphql.ts";
import { CommunityEmployment, CountyEmployment } from "./queries.ts";

export type EmploymentMonth = NonNullable<ResultOf<typeof CommunityEmployment>["community"]>["employmentMonths"][number];
export type EmploymentGoal = EmploymentMonth["goals"][number];
export type EmploymentTarget = ResultOf<typeof CommunityEmployment>["employmentTargets"][number];

/** A community's published months (up to five years), newest first, and the targets they are judged against. */
export async function loadEmployment(code: string) {
  const result = await query(CommunityEmployment, { code });
  return { months: present(result.community, code).employmentMonths, targets: result.employmentTargets };
}

/** A county's communities ranked by gap to the targets on the latest month. */
export async function loadCountyEmployment(county: string) {
  const result = await query(CountyEmployment, { county });
  return { ranking: present(result.county, county).employmentRanking, targets: result.employmentTargets };
}

/** A rate as printed: 97.12%, or — when there is nothing to divide by. */
export const percentText = (percent: string | null) => (percent === null ? "—" : `${percent}%`);

/** One line for the community page: the latest month's goals in words. */
export async function employmentStatusLine(code: string): Promise<string> {
  const [latest] = (await loadEmployment(code)).months;
  if (!latest) return "尚未公开就业目标月报";
  return `${latest.monthLabel}：${latest.goals.map((g) => `${g.goalLabel} ${percentText(g.rate.percent)}（${g.statusLabel}）`).join("；")}`;
}
