import type { Viewer } from "../../api/auth/viewer.ts";
import { createCountyCatalogueItem } from "../../api/catalogue/service.ts";
import type { Db } from "../../api/db/client.ts";
import { EMPLOYMENT_ITEM, type EmploymentFiguresInput, publishEmploymentFigures } from "../../api/employment/service.ts";
import { nextMonth } from "../../api/periods.ts";
import { at, DEMO_MONTHS, wobble } from "./calendar.ts";
import { COMMUNITIES, COUNTIES, type CommunitySpec } from "./places.ts";

/**
 * Demo employment figures (示例数据): twelve months per community, counts only, moving toward the
 * documents' targets (every household with labour has someone employed; every willing worker
 * trained within a year of moving in). 定威 is behind: a rural site far from the industrial park.
 * Every figure is invented.
 */

/** The community the demo shows as behind on both goals. */
export const BEHIND = "RJ-DINGWEI";

/** From `start` to `end` over the twelve months, with a little month-to-month noise. */
const path = (start: number, end: number, i: number, noise: number) =>
  Math.min(1, start + ((end - start) * i) / (DEMO_MONTHS.length - 1) + noise);

function monthFigures(
  spec: CommunitySpec,
  i: number,
  rand: () => number,
): Omit<EmploymentFiguresInput, "communityCode" | "month"> {
  const behind = spec.code === BEHIND;
  const householdsWithLabour = Math.round(spec.households * 0.86) + i;
  const willingWorkers = Math.round(householdsWithLabour * 1.45);
  const employedShare = behind ? path(0.8, 0.89, i, rand() * 0.01) : path(0.935, 0.995, i, rand() * 0.004);
  const trainedShare = behind ? path(0.58, 0.76, i, rand() * 0.01) : path(0.82, 0.985, i, rand() * 0.006);
  // The last month of a community on track reaches the household target exactly.
  const householdsWithEmployed =
    !behind && i === DEMO_MONTHS.length - 1 ? householdsWithLabour : Math.floor(householdsWithLabour * employedShare);
  const employed = Math.min(willingWorkers, Math.round(householdsWithEmployed * (behind ? 1.22 : 1.38)));
  const welfare = spec.code.startsWith("RJ-") ? 22 + Math.round(rand() * 6) : 12;
  const local = Math.round(employed * (behind ? 0.18 : 0.3));
  const workshop = Math.round(employed * (behind ? 0.16 : 0.12));
  const exported = Math.round(employed * (behind ? 0.5 : 0.4));
  return {
    householdsWithLabour,
    householdsWithEmployed,
    willingWorkers,
    trainedWithinYear: Math.floor(willingWorkers * trainedShare),
    employedLocalIndustry: local,
    employedWorkshop: workshop,
    employedWelfarePost: welfare,
    employedLabourExport: exported,
    employedSelf: Math.max(0, employed - local - workshop - welfare - exported),
    note: behind && i === 0 ? "本社区距工业园区较远，已开通园区通勤班车，并增设扶贫车间1个。" : null,
  };
}

/** Returns how many notices it published. */
export async function seedEmployment(db: Db, staff: Viewer): Promise<number> {
  const items = new Map<string, string>();
  for (const county of COUNTIES) {
    const item = await createCountyCatalogueItem(
      db,
      staff,
      {
        countyCode: county.code,
        name: EMPLOYMENT_ITEM,
        categoryCode: "JOBS",
        basis: "[000] 培训和就业服务工程：建立搬迁劳动力就业台账；[001] 附件2 二(二)6、7：一户一人以上就业、全员培训",
        cadence: "MONTHLY",
        dueDays: 10,
        responsible: "县人力资源和社会保障局、社区就业社保服务中心",
        effectiveFrom: `${DEMO_MONTHS[0]}-01`,
        sortOrder: 60,
      },
      at("2025-11-01T09:00:00"),
    );
    await db.catalogueItem.update({ where: { id: item.id }, data: { isSample: true } });
    items.set(county.code, item.id);
  }
  let published = 0;
  for (const [c, spec] of COMMUNITIES.entries()) {
    const rand = wobble(7000 + c);
    for (const [i, month] of DEMO_MONTHS.entries()) {
      await publishEmploymentFigures(
        db,
        staff,
        {
          communityCode: spec.code,
          month,
          ...monthFigures(spec, i, rand),
          catalogueItemId: items.get(spec.code.slice(0, 2)) ?? null,
        },
        at(`${nextMonth(month)}-08T10:00:00`),
      );
      published++;
    }
  }
  return published;
}
