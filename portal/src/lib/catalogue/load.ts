import { query } from "~/lib/api.ts";
import { present } from "~/lib/communities/load.ts";
import type { ResultOf } from "~/lib/graphql.ts";
import { CommunityCatalogue, CountyOverdue } from "./queries.ts";

export type CatalogueEntry = NonNullable<ResultOf<typeof CommunityCatalogue>["community"]>["catalogue"][number];

/**
 * The instant statuses are judged on: the build's. The portal is rebuilt every day just after
 * midnight (Asia/Shanghai), so a page's statuses are those of the day it shows as its build date.
 */
export const builtAt = () => new Date().toISOString();

/** A community's catalogue with each item's status on the day of the build. */
export async function loadCatalogue(code: string, asOf: string): Promise<CatalogueEntry[]> {
  return present((await query(CommunityCatalogue, { code, asOf })).community, code).catalogue;
}

/** A county's communities ranked by overdue items on the day of the build. */
export async function loadCountyOverdue(county: string, asOf: string) {
  return present((await query(CountyOverdue, { county, asOf })).county, county).overdue;
}

/** The catalogue grouped by disclosure category, in the order the API gives it. */
export function byCategory(entries: readonly CatalogueEntry[]) {
  const groups: { code: string; name: string; entries: CatalogueEntry[] }[] = [];
  for (const e of entries) {
    const group = groups.find((g) => g.code === e.item.categoryCode);
    if (group) group.entries.push(e);
    else groups.push({ code: e.item.categoryCode, name: e.item.categoryName, entries: [e] });
  }
  return groups;
}

/**
 * One line for the community page: how many catalogue items are overdue and which, on the day of
 * the build, so residents see it without opening the catalogue.
 */
export async function catalogueStatusLine(code: string): Promise<string> {
  const entries = await loadCatalogue(code, builtAt());
  if (entries.length === 0) return "尚无公开目录";
  const overdue = entries.filter((e) => e.status === "OVERDUE");
  const soon = entries.filter((e) => e.status === "DUE_SOON").length;
  const late =
    overdue.length === 0 ? "全部按时公开" : `${overdue.length} 项逾期未公开（${overdue.map((e) => e.item.name).join("、")}）`;
  return soon > 0 ? `${late}，${soon} 项 7 日内到期` : late;
}
