import { query } from "~/lib/api.ts";
import { present } from "~/lib/communities/load.ts";
import type { ResultOf } from "~/lib/graphql.ts";
import { perCommunity } from "~/lib/paths.ts";
import { AssistanceListPage, CommunityAssistance, CommunityAssistanceIds, OriginVillages, VillageAssistance } from "./queries.ts";

export type AssistanceSummary = NonNullable<ResultOf<typeof CommunityAssistance>["community"]>["assistanceLists"][number];
export type AssistanceListDetail = NonNullable<ResultOf<typeof AssistanceListPage>["assistanceList"]>;
export type Village = NonNullable<ResultOf<typeof VillageAssistance>["originVillage"]>;

/**
 * The instant notice windows are judged on: the build's. The portal is rebuilt every day just after
 * midnight (Asia/Shanghai), so a window shows as open or closed as of the date the page states.
 */
export const builtAt = () => new Date().toISOString();

/** A community's lists, newest period first, with their windows on the build's day, and totals by kind. */
export async function loadCommunityAssistance(code: string, asOf: string) {
  return present((await query(CommunityAssistance, { code, asOf })).community, code);
}

/** One list with its masked rows. */
export async function loadAssistanceList(id: string, asOf: string): Promise<AssistanceListDetail> {
  const list = (await query(AssistanceListPage, { id, asOf })).assistanceList;
  if (!list) throw new Error(`assistance list ${id} vanished during the build`);
  return list;
}

/** getStaticPaths of the list pages: /c/<code>/assistance/<id>/ */
export async function assistanceListPaths() {
  const communities = await perCommunity();
  const perList = await Promise.all(
    communities.map(async ({ params }) =>
      present((await query(CommunityAssistanceIds, { code: params.code })).community, params.code).assistanceLists.map((l) => ({
        params: { code: params.code, id: l.id },
      })),
    ),
  );
  return perList.flat();
}

/** The register of villages of origin, by province, county, township and name. */
export async function loadVillages() {
  return (await query(OriginVillages, {})).originVillages;
}

/** getStaticPaths of the village pages: /v/<village>/ */
export async function villagePaths() {
  return (await loadVillages()).map((v) => ({ params: { village: v.code } }));
}

/** A village with every list that names one of its former households, and only those households. */
export async function loadVillage(code: string, asOf: string): Promise<Village> {
  const village = (await query(VillageAssistance, { code, asOf })).originVillage;
  if (!village) throw new Error(`village ${code} vanished during the build`);
  return village;
}

/** The date a page's windows were judged on, as it prints it: the build's day in Asia/Shanghai. */
export const judgedOn = (asOf: string) => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date(asOf));

/** One line for the community page: how many lists are in their notice window on the build's day. */
export async function assistanceStatusLine(code: string): Promise<string> {
  const { assistanceLists } = await loadCommunityAssistance(code, builtAt());
  if (assistanceLists.length === 0) return "尚无救助和帮扶公示";
  const open = assistanceLists.filter((l) => l.window.status === "OPEN").length;
  return open > 0 ? `${open} 份名单正在公示，公示期内可提出异议` : `${assistanceLists.length} 份名单，均已过公示期`;
}
