import {
  type AssistanceRowInputFields,
  type CreateOriginVillageInput,
  createOriginVillage,
  publishAssistanceList,
} from "../../api/assistance/service.ts";
import type { Viewer } from "../../api/auth/viewer.ts";
import type { Db } from "../../api/db/client.ts";
import { at, wobble } from "./calendar.ts";

/**
 * Demo assistance lists (示例数据), published through the service: every community's 低保 list for
 * September to November 2026 and a 临时救助 list in October; 特和 and 铜锣湾 also a 特困供养 list for
 * the third quarter. Recipients are invented (their given names are drawn from a list the demo's
 * staff never use, so no recipient shares a published staff name) and come from 17 villages of
 * origin in eight townships of Rongjiang (Guizhou) and Shicheng (Jiangxi). Amounts follow the
 * shape of the 2026 rules: 低保 is paid per person per month by class (A 620, B 480, C 350 yuan in
 * Rongjiang; A 700, B 560, C 420 in Shicheng), 特困供养 1,100 yuan per person per month, 临时救助 a
 * one-off 800–3,000 yuan. The November lists are published on 22 November, so on the demo's
 * "today" (late November) their notice window is open; the others are final.
 */
const VILLAGES: (Omit<CreateOriginVillageInput, "countyCode"> & { countyCode: "RJ" | "SC" })[] = [
  ["RJ-V-XIAODAN", "小丹江村", "平阳乡"],
  ["RJ-V-PINGYANG", "平阳村", "平阳乡"],
  ["RJ-V-DANGLIAO", "党鸠村", "平阳乡"],
  ["RJ-V-DINGWEI", "定威村", "定威乡"],
  ["RJ-V-DINGKAO", "定抗村", "定威乡"],
  ["RJ-V-XINGHUA", "兴华村", "兴华乡"],
  ["RJ-V-MEILE", "摆乐村", "兴华乡"],
  ["RJ-V-JIHUA", "计划村", "计划乡"],
  ["RJ-V-JIAYA", "加早村", "计划乡"],
  ["RJ-V-SHUIWEI", "水尾村", "水尾乡"],
  ["RJ-V-TASHI", "塔石村", "塔石乡"],
  ["RJ-V-LALI", "乐里村", "乐里镇"],
].map(([code, name, township]) => ({
  countyCode: "RJ" as const,
  code: code as string,
  name: name as string,
  township: township as string,
  county: "榕江县",
  province: "贵州省",
}));
const SC_VILLAGES: typeof VILLAGES = [
  ["SC-V-MULAN", "木兰村", "木兰乡"],
  ["SC-V-XIAOPU", "小坪村", "木兰乡"],
  ["SC-V-DAYOU", "大由村", "大由乡"],
  ["SC-V-LONGGANG", "龙岗村", "龙岗乡"],
  ["SC-V-ZHUKENG", "珠坑村", "珠坑乡"],
].map(([code, name, township]) => ({
  countyCode: "SC" as const,
  code: code as string,
  name: name as string,
  township: township as string,
  county: "石城县",
  province: "江西省",
}));

const SURNAMES = ["杨", "吴", "龙", "石", "潘", "王", "欧", "罗", "陈", "赖", "温"];
/** Given names the demo's staff (prisma/seed/people.ts) never have. */
const GIVEN = [
  "老贵",
  "妹英",
  "安芬",
  "代发",
  "朝英",
  "家顺",
  "贵珍",
  "宏亮",
  "老三",
  "水妹",
  "德芬",
  "开荣",
  "银花",
  "志富",
  "满妹",
  "庭秀",
];

const COMMUNITIES = [
  "RJ-FUMIN",
  "RJ-WOLONG",
  "RJ-YANGGUANG",
  "RJ-TEHE",
  "RJ-FENGLE",
  "RJ-DINGWEI",
  "RJ-FENGHUANG",
  "SC-TONGLUOWAN",
];

interface Household {
  name: string;
  villageCode: string;
  residentGroup: string;
  householdSize: number;
  /** 低保 class: per-person monthly rate index. */
  grade: 0 | 1 | 2;
}

const LOW_INCOME_RATES = { RJ: [62_000, 48_000, 35_000], SC: [70_000, 56_000, 42_000] } as const;
const MONTHS = [
  { period: "2026-09", publishedAt: "2026-09-04T10:00:00" },
  { period: "2026-10", publishedAt: "2026-10-09T10:00:00" },
  { period: "2026-11", publishedAt: "2026-11-22T10:00:00" },
] as const;

function households(communityIndex: number, county: "RJ" | "SC"): Household[] {
  const next = wobble(4201 + communityIndex * 97);
  const villages = county === "SC" ? SC_VILLAGES : VILLAGES;
  return Array.from({ length: 7 + (communityIndex % 3) }, (_, n) => ({
    name: `${SURNAMES[(communityIndex * 3 + n * 5) % SURNAMES.length]}${GIVEN[(communityIndex * 5 + n * 7) % GIVEN.length]}`,
    villageCode: (villages[Math.floor(next() * villages.length)] ?? villages[0])?.code as string,
    residentGroup: next() < 0.5 ? `${1 + Math.floor(next() * 12)}栋` : `第${"一二三四五六"[Math.floor(next() * 6)]}居民小组`,
    householdSize: 1 + Math.floor(next() * 5),
    grade: Math.floor(next() * 3) as 0 | 1 | 2,
  }));
}

const yuanOf = (fen: number) => (fen / 100).toFixed(2);

export async function seedAssistance(db: Db, staff: Viewer): Promise<number> {
  let published = 0;
  for (const village of [...VILLAGES, ...SC_VILLAGES]) await createOriginVillage(db, staff, village, at("2026-08-20T09:00:00"));
  for (const [index, code] of COMMUNITIES.entries()) {
    const county = code.startsWith("SC") ? "SC" : "RJ";
    const authority = county === "SC" ? "石城县民政局" : "榕江县民政局";
    const all = households(index, county);
    for (const [m, month] of MONTHS.entries()) {
      // A household leaves the list in October (income above the line) and one joins in November.
      const onList = all.filter((_, n) => !(m >= 1 && n === 0) && !(m < 2 && n === all.length - 1));
      const rows: AssistanceRowInputFields[] = onList.map((h) => ({
        recipientName: h.name,
        villageCode: h.villageCode,
        residentGroup: h.residentGroup,
        householdSize: h.householdSize,
        amount: yuanOf(LOW_INCOME_RATES[county][h.grade] * h.householdSize),
        reason: "LOW_INCOME",
      }));
      await publishAssistanceList(
        db,
        staff,
        {
          communityCode: code,
          kind: "MINIMUM_LIVING",
          period: month.period,
          approvingAuthority: authority,
          basis: `《社会救助暂行办法》《最低生活保障审核确认办法》（民发〔2021〕57号），${county === "SC" ? "江西省" : "贵州省"}城市低保标准`,
          rows,
        },
        at(month.publishedAt),
      );
      published++;
    }
    const next = wobble(733 + index);
    const temporary = all.slice(1, 3 + (index % 2)).map(
      (h, n): AssistanceRowInputFields => ({
        recipientName: h.name,
        villageCode: h.villageCode,
        residentGroup: h.residentGroup,
        householdSize: h.householdSize,
        amount: yuanOf((8 + Math.floor(next() * 23)) * 10_000),
        reason: (["ILLNESS", "DISASTER", "EDUCATION"] as const)[n % 3] ?? "OTHER",
      }),
    );
    await publishAssistanceList(
      db,
      staff,
      {
        communityCode: code,
        kind: "TEMPORARY",
        period: "2026-10",
        approvingAuthority: `${authority}（乡镇人民政府审核）`,
        basis: "《社会救助暂行办法》第四十七条至第五十条；临时救助实施办法",
        rows: temporary,
      },
      at("2026-10-16T15:00:00"),
    );
    published++;
    if (code === "RJ-TEHE" || code === "SC-TONGLUOWAN") {
      const h = all[all.length - 2] as Household;
      await publishAssistanceList(
        db,
        staff,
        {
          communityCode: code,
          kind: "EXTREME_POVERTY",
          period: "2026-Q3",
          approvingAuthority: authority,
          basis: "《特困人员认定办法》（民发〔2021〕43号）",
          rows: [
            {
              recipientName: h.name,
              villageCode: h.villageCode,
              residentGroup: h.residentGroup,
              householdSize: 1,
              amount: yuanOf(3 * 110_000),
              reason: "NO_SUPPORT",
            },
          ],
        },
        at("2026-07-03T10:00:00"),
      );
      published++;
    }
  }
  return published;
}
