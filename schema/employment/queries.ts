import { EMPLOYMENT_GOAL_LABELS, type EmploymentGoal } from "../../api/employment/labels.ts";
import { communityMonths, countyRanking } from "../../api/employment/read.ts";
import { ValidationError } from "../../api/errors.ts";
import { monthCode } from "../../api/periods.ts";
import { builder } from "../builder.ts";
import { EmploymentMonthRef, EmploymentRankingRef, EmploymentTargetRef } from "./types.ts";

builder.prismaObjectField("Community", "employmentMonths", (t) =>
  t.field({
    type: [EmploymentMonthRef],
    description: "就业目标月报: the community's published employment figures, newest month first (current versions)",
    args: { last: t.arg.int({ description: "How many months, newest first; default 12, at most 60" }) },
    select: { id: true },
    resolve: (c, { last }, ctx) => communityMonths(ctx.db, c.id, last ?? 12),
  }),
);

builder.prismaObjectField("County", "employmentRanking", (t) =>
  t.field({
    type: EmploymentRankingRef,
    description: "The county's communities ranked by gap to the employment targets on a month",
    args: { month: t.arg.string({ description: "YYYY-MM; default the latest month any community published" }) },
    select: { id: true },
    resolve: (county, { month }, ctx) => {
      if (month && !monthCode.safeParse(month).success)
        throw new ValidationError([{ field: "month", message: "月份应为 YYYY-MM 格式，如 2026-03" }]);
      return countyRanking(ctx.db, county.id, month ?? null);
    },
  }),
);

builder.queryField("employmentTargets", (t) =>
  t.field({
    type: [EmploymentTargetRef],
    description: "The employment goals' targets and where the documents set them",
    resolve: () => (Object.keys(EMPLOYMENT_GOAL_LABELS) as EmploymentGoal[]).map((goal) => ({ goal })),
  }),
);
