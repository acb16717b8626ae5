import { createHash } from "node:crypto";
import type { Db } from "../db/client.ts";
import type { JobPosting, Prisma } from "../db/generated/client.ts";
import { type FieldIssue, ValidationError } from "../errors.ts";
import { LOCATION_SCOPE_LABELS } from "./labels.ts";

/**
 * Places of work (工作地点): province, city, district and address, kept apart from where to register
 * or gather (applyPlace). Province-level divisions carry their GB/T 2260 code, which names the
 * pre-built pages by province (/jobs/to/33/ for 浙江省) in plain ASCII.
 */
export const PROVINCES = {
  "11": "北京市",
  "12": "天津市",
  "13": "河北省",
  "14": "山西省",
  "15": "内蒙古自治区",
  "21": "辽宁省",
  "22": "吉林省",
  "23": "黑龙江省",
  "31": "上海市",
  "32": "江苏省",
  "33": "浙江省",
  "34": "安徽省",
  "35": "福建省",
  "36": "江西省",
  "37": "山东省",
  "41": "河南省",
  "42": "湖北省",
  "43": "湖南省",
  "44": "广东省",
  "45": "广西壮族自治区",
  "46": "海南省",
  "50": "重庆市",
  "51": "四川省",
  "52": "贵州省",
  "53": "云南省",
  "54": "西藏自治区",
  "61": "陕西省",
  "62": "甘肃省",
  "63": "青海省",
  "64": "宁夏回族自治区",
  "65": "新疆维吾尔自治区",
  "71": "台湾省",
  "81": "香港特别行政区",
  "82": "澳门特别行政区",
} as const;

export type ProvinceCode = keyof typeof PROVINCES;

/** The short form staff often type: 浙江, 广西, 内蒙古, 新疆 … */
const shortName = (full: string) => full.replace(/(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/, "");

/** The full name of a province-level division typed in full or short (浙江 → 浙江省), or null. */
export function provinceName(typed: string): string | null {
  const t = typed.trim();
  return Object.values(PROVINCES).find((full) => full === t || shortName(full) === t) ?? null;
}

export function provinceCode(name: string): ProvinceCode | null {
  return (Object.entries(PROVINCES).find(([, full]) => full === name)?.[0] as ProvinceCode | undefined) ?? null;
}

/**
 * The URL segment of a city's page under its province: a short hash of the name, stable across
 * builds so that a feed subscribed to today still works next year.
 */
export function citySlug(province: string, city: string): string {
  return createHash("sha256").update(`${province}/${city}`).digest("hex").slice(0, 8);
}

type Place = Pick<JobPosting, "workProvince" | "workCity" | "workDistrict" | "workAddress">;

/** Words shown where a posting does not say where the work is. */
export const PLACE_UNKNOWN = "未注明";

/** Whether the posting says where the work is: rows from before the split may not. */
export const placeRecorded = (p: Place) => p.workProvince !== null;

/** The address with the province, city and district it starts with taken off: staff often repeat them (榕江县工业园区…). */
export function addressWithin(p: Place): string {
  const parts = [p.workProvince, p.workCity, p.workDistrict].filter((x): x is string => Boolean(x));
  return parts.reduce((address, part) => (address.startsWith(part) ? address.slice(part.length) : address), p.workAddress);
}

/** "浙江省宁波市慈溪市 慈东工业区…", or 未注明 for a row that does not say. */
export function placeOfWorkText(p: Place): string {
  if (!placeRecorded(p)) return PLACE_UNKNOWN;
  const area = [p.workProvince, p.workCity, p.workDistrict].filter(Boolean).join("");
  const rest = addressWithin(p);
  return rest ? `${area} ${rest}` : area;
}

type County = { name: string; province: string; prefecture: string };
type Scope = JobPosting["locationScope"];
type PlaceInput = { workProvince: string | null; workCity: string | null; workDistrict: string | null; locationScope: Scope };

/**
 * The place of work a new or edited posting records, checked against its scope and its county.
 * Work within the community or county is in the county, so what staff leave out is filled from it
 * (this is why postings created with the older fields still say where the work is); work elsewhere
 * in the province or beyond needs its province and city, which only the person posting knows.
 */
export function resolvePlace(p: PlaceInput, county: County, field: string) {
  const { place, issues } = checkPlace(p, county);
  if (issues.length) throw new ValidationError(issues.map((i) => ({ field: `${field}.${i.field}`, message: i.message })));
  return place;
}

/** resolvePlace's rules, reporting instead of throwing: an import collects every row's problems first. */
export function checkPlace(p: PlaceInput, county: County) {
  const issues: FieldIssue[] = [];
  const issue = (field: "workProvince" | "workCity", message: string) => issues.push({ field, message });
  const province = p.workProvince === null ? null : provinceName(p.workProvince);
  const local = p.locationScope === "COMMUNITY" || p.locationScope === "COUNTY";
  const place = {
    workProvince: province ?? (p.locationScope === "OUT_OF_PROVINCE" ? null : county.province),
    workCity: p.workCity ?? (local ? county.prefecture : null),
    workDistrict: p.workDistrict ?? (local && p.workCity === null ? county.name : null),
  };
  if (p.workProvince !== null && province === null) {
    issue("workProvince", `工作省份“${p.workProvince}”不正确：应为省级行政区名称，如 浙江省、广东省`);
  } else if (p.locationScope === "OUT_OF_PROVINCE") {
    if (place.workProvince === null) issue("workProvince", "省外务工岗位请填写工作所在省份，如 浙江省");
    else if (place.workProvince === county.province)
      issue("workProvince", `地点范围为“省外”，工作省份不能是本县所在的${county.province}`);
  } else if (place.workProvince !== county.province) {
    issue("workProvince", `地点范围为“${LOCATION_SCOPE_LABELS[p.locationScope]}”，工作省份应为本县所在的${county.province}`);
  }
  if (!local && place.workCity === null) issue("workCity", "外出务工岗位请填写工作城市，如 宁波市");
  return { place, issues };
}

export interface Destination {
  province: string;
  provinceCode: string;
  city: string;
  citySlug: string;
  postings: number;
}

/** The provinces and cities where the matching postings away from home have their place of work. */
export async function jobDestinations(db: Db, where: Prisma.JobPostingWhereInput): Promise<Destination[]> {
  const groups = await db.jobPosting.groupBy({
    by: ["workProvince", "workCity"],
    where: { ...where, locationScope: { in: ["PROVINCE", "OUT_OF_PROVINCE"] }, workCity: { not: null } },
    _count: { _all: true },
  });
  return groups
    .flatMap(({ workProvince: province, workCity: city, _count }) => {
      const code = province ? provinceCode(province) : null;
      return province && code && city
        ? [{ province, provinceCode: code, city, citySlug: citySlug(province, city), postings: _count._all }]
        : [];
    })
    .sort((a, b) => b.postings - a.postings || a.provinceCode.localeCompare(b.provinceCode) || a.city.localeCompare(b.city));
}
