import { query } from "~/lib/api.ts";
import { present } from "~/lib/communities/load.ts";
import type { ResultOf } from "~/lib/graphql.ts";
import { CommunityWelfare, CountyWelfare, WelfareStatus } from "./queries.ts";

export type CommunityWelfareData = NonNullable<ResultOf<typeof CommunityWelfare>["community"]>["welfare"];
export type CountyWelfareData = NonNullable<ResultOf<typeof CountyWelfare>["county"]>["welfare"];
export type WelfareFigures = CommunityWelfareData["figures"];
export type WelfareTurnover = CommunityWelfareData["turnover"];

/**
 * The day the figures are taken on: the build's, in Asia/Shanghai. The portal is rebuilt after
 * every change and just after midnight, so a page's figures are those of the date it states.
 */
export const buildDay = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());

export async function loadCommunityWelfare(code: string, on: string): Promise<CommunityWelfareData> {
  return present((await query(CommunityWelfare, { code, on })).community, code).welfare;
}

export async function loadCountyWelfare(county: string, on: string): Promise<CountyWelfareData> {
  return present((await query(CountyWelfare, { county, on })).county, county).welfare;
}

/** The figures in one line: 核定 40 个，在岗 36 人，空缺 4 个（另有 1 人公示中）. */
export const figuresLine = (f: Pick<WelfareFigures, "quota" | "held" | "vacant" | "onNotice">) =>
  f.quota === 0
    ? "尚未核定公益性岗位"
    : `核定 ${f.quota} 个，在岗 ${f.held} 人，空缺 ${f.vacant} 个${f.onNotice > 0 ? `（另有 ${f.onNotice} 人公示中，尚未上岗）` : ""}`;

/** The community page's line about its public-welfare posts, on the day of the build. */
export async function welfareStatusLine(code: string): Promise<string> {
  const figures = present((await query(WelfareStatus, { code, on: buildDay() })).community, code).welfare.figures;
  return figuresLine(figures);
}

/** 2026-11-26 → 2026年11月26日 */
export const dayLabel = (iso: string) => `${iso.slice(0, 4)}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
