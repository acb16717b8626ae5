import type { Viewer } from "../../api/auth/viewer.ts";
import { addDays } from "../../api/catalogue/status.ts";
import type { Db } from "../../api/db/client.ts";
import type { WelfarePost } from "../../api/db/generated/client.ts";
import { yuan } from "../../api/money.ts";
import { parsePeriod } from "../../api/periods.ts";
import type { WelfareExitReason, WelfarePostKind } from "../../api/welfare/labels.ts";
import { residentIdCheck } from "../../api/welfare/rules.ts";
import {
  advertiseWelfareVacancies,
  appointWelfareHolders,
  createWelfarePosts,
  endWelfareTenure,
  recordWelfareSubsidy,
  setWelfareQuota,
} from "../../api/welfare/service.ts";
import { at, DEMO_MONTHS } from "./calendar.ts";

/**
 * Demo public-welfare posts (示例数据). Rongjiang's 180 part-time posts ([001] 附件2 8) are split
 * over its seven communities by size; Shicheng's 铜锣湾 has 30 ([004] 二(二)2 gives the rule, the
 * number is invented). All posts are set up on 2025-10-01 and filled from 2025-11-01 after a
 * notice published on 2025-10-20, except a few left for later. Through 2026 some holders leave
 * (one of each reason on the fixed list at least); most are replaced after a new notice, the
 * latest ones are not yet (特和 has published the notice for one, starting in December), so most
 * communities have a vacancy or two in late November 2026. 富民 has also
 * not set up two of its posts, and advertises its vacant cleaning posts as a job posting. Each
 * month's subsidy (2025-11 to 2026-10) is paid on the 10th of the next month, pro rata to the
 * days in post, and published as counts and totals. Holders' names are invented, three
 * characters from lists that the other demo people do not use, so no published name is theirs.
 */

type PostSpec = [kind: WelfarePostKind, title: string, subsidy: string, hours: string, count: number];

const RJ_HOURS = "每天 4 小时（上午 7:30–11:30）";
const RJ_POSTS = (cleaning: number, security: number, room: number, greening: number, other: PostSpec[] = []): PostSpec[] => [
  ["CLEANING", "楼栋保洁", "900.00", RJ_HOURS, cleaning],
  ["SECURITY", "小区巡逻", "1000.00", "每天 5 小时，轮班", security],
  ["ACTIVITY_ROOM", "活动室管理", "900.00", "每天 4 小时（下午 2:30–6:30）", room],
  ["GREENING", "绿化养护", "900.00", RJ_HOURS, greening],
  ...other,
];

const PLAN: Record<string, { share: number; posts: PostSpec[]; exits: number; unreplaced: number }> = {
  "RJ-FUMIN": {
    share: 40,
    posts: RJ_POSTS(18, 8, 4, 6, [["ELDER_CARE", "助老服务", "900.00", RJ_HOURS, 2]]),
    exits: 5,
    unreplaced: 2,
  },
  "RJ-WOLONG": { share: 32, posts: RJ_POSTS(14, 8, 4, 6), exits: 4, unreplaced: 1 },
  "RJ-YANGGUANG": { share: 30, posts: RJ_POSTS(13, 7, 4, 6), exits: 3, unreplaced: 1 },
  "RJ-TEHE": {
    share: 24,
    posts: RJ_POSTS(9, 5, 3, 3, [["FOREST_RANGER", "生态护林", "800.00", "每月巡山不少于 20 天", 4]]),
    exits: 4,
    unreplaced: 2,
  },
  "RJ-FENGLE": {
    share: 20,
    posts: RJ_POSTS(8, 4, 2, 2, [["FOREST_RANGER", "生态护林", "800.00", "每月巡山不少于 20 天", 4]]),
    exits: 2,
    unreplaced: 0,
  },
  "RJ-DINGWEI": {
    share: 18,
    posts: RJ_POSTS(6, 4, 2, 2, [["FOREST_RANGER", "生态护林", "800.00", "每月巡山不少于 20 天", 4]]),
    exits: 3,
    unreplaced: 1,
  },
  "RJ-FENGHUANG": { share: 16, posts: RJ_POSTS(7, 4, 2, 3), exits: 2, unreplaced: 1 },
  "SC-TONGLUOWAN": {
    share: 30,
    posts: [
      ["CLEANING", "楼栋保洁", "1000.00", "每天 4 小时", 14],
      ["SECURITY", "小区安保", "1100.00", "每天 6 小时，轮班", 8],
      ["ACTIVITY_ROOM", "老年活动中心管理", "1000.00", "每天 4 小时", 4],
      ["ELDER_CARE", "助老服务", "1000.00", "每天 4 小时", 4],
    ],
    exits: 3,
    unreplaced: 1,
  },
};

/** Posts a community leaves unfilled at the start (set up later or not at all). */
const NOT_SET_UP: Record<string, number> = { "RJ-FUMIN": 2 };

const REASONS: WelfareExitReason[] = ["OTHER_EMPLOYMENT", "RESIGNED", "TERM_ENDED", "FAILED_REVIEW", "OTHER"];

const SURNAMES = ["杨", "吴", "石", "潘", "王", "龙", "李", "陈", "张", "欧", "罗", "赖", "温", "黄", "刘", "邓"];
const MIDDLE = ["天", "云", "子", "银", "兴", "学", "家", "朝", "应", "仕", "绍", "开", "贤", "茂", "德"];
const LAST = ["富", "贵", "福", "禄", "芝", "莲", "菊", "松", "柏", "妹", "娥", "香", "发", "才", "荣"];

/** The n-th invented holder name, distinct for n below 16 × 15 × 15 (16 and 15 share no factor). */
export function holderName(n: number): string {
  const s = SURNAMES[n % SURNAMES.length];
  const l = LAST[n % LAST.length];
  const m = MIDDLE[Math.floor(n / (SURNAMES.length * LAST.length)) % MIDDLE.length];
  return `${s}${m}${l}`;
}

/** An invented but well-formed resident ID number: the county's area code, a birth date, a sequence. */
function residentId(county: string, n: number): string {
  const area = county === "RJ" ? "522632" : "360730";
  const birth = new Date(Date.UTC(1966, 0, 1 + ((n * 137) % 9000)));
  const first17 = `${area}${birth.toISOString().slice(0, 10).replace(/-/g, "")}${String(n % 1000).padStart(3, "0")}`;
  return `${first17}${residentIdCheck(first17)}`;
}

const daysIn = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;

const pad = (n: number) => String(n).padStart(2, "0");

export async function seedWelfare(db: Db, staff: Viewer): Promise<number> {
  let published = 0;
  let people = 0;
  const nextPerson = (county: string) => {
    const n = people++;
    return { name: holderName(n), residentId: residentId(county, n) };
  };

  for (const county of ["RJ", "SC"]) {
    const codes = Object.keys(PLAN).filter((c) => c.startsWith(`${county}-`));
    const shares = codes.map((communityCode) => ({ communityCode, posts: PLAN[communityCode]?.share ?? 0 }));
    await setWelfareQuota(
      db,
      staff,
      {
        countyCode: county,
        total: shares.reduce((s, x) => s + x.posts, 0),
        basis:
          county === "RJ"
            ? "[001] 附件2 8：开发公益性岗位 180 个（半日制），按需设岗、以岗聘任、在岗领补、有序退岗；各社区按安置规模分配"
            : "[004] 二(二)2：按需设岗、以岗聘任、在岗领补、有序退岗（岗位数为示例数据）",
        shares,
      },
      at("2025-09-25T10:00:00"),
    );
  }

  for (const [ci, [code, plan]] of Object.entries(PLAN).entries()) {
    const county = code.slice(0, 2);
    const posts: WelfarePost[] = [];
    for (const [kind, title, monthlySubsidy, hours, count] of plan.posts) {
      posts.push(
        ...(await createWelfarePosts(
          db,
          staff,
          { communityCode: code, kind, title, monthlySubsidy, hours, openedOn: "2025-10-01", count },
          at("2025-10-01T09:00:00"),
        )),
      );
    }
    if (posts.length + (NOT_SET_UP[code] ?? 0) !== plan.share) throw new Error(`${code}: posts do not add up to its share`);

    await appointWelfareHolders(
      db,
      staff,
      { communityCode: code, startsOn: "2025-11-01", holders: posts.map((p) => ({ postId: p.id, ...nextPerson(county) })) },
      at("2025-10-20T10:00:00"),
    );
    published++;

    // Exits spread over 2026, on distinct posts; the latest `unreplaced` are still vacant.
    const exits = Array.from({ length: plan.exits }, (_, k) => ({
      post: posts[(k * 7 + ci * 3) % posts.length],
      endedOn: addDays("2026-01-16", Math.floor(((k + 1) * 300) / (plan.exits + 1)) + ci * 3),
      reason: REASONS[(k + ci) % REASONS.length] as WelfareExitReason,
    }));
    for (const [k, exit] of exits.entries()) {
      if (!exit.post) continue;
      const tenure = await db.welfareTenure.findFirstOrThrow({ where: { postId: exit.post.id, endedOn: null } });
      await endWelfareTenure(
        db,
        staff,
        {
          id: tenure.id,
          endedOn: exit.endedOn,
          reason: exit.reason,
          note: exit.reason === "OTHER" ? "家庭原因迁出本社区" : null,
        },
        at(`${exit.endedOn}T09:00:00`),
      );
      if (k >= plan.exits - plan.unreplaced) continue;
      const noticeFrom = addDays(exit.endedOn, 5);
      await appointWelfareHolders(
        db,
        staff,
        {
          communityCode: code,
          startsOn: addDays(noticeFrom, 10),
          holders: [{ postId: exit.post.id, ...nextPerson(county) }],
        },
        at(`${noticeFrom}T10:00:00`),
      );
      published++;
    }

    // 特和 has published a notice for one of its vacant posts; the holder starts in December.
    const [pending] = exits.slice(plan.exits - plan.unreplaced);
    if (code === "RJ-TEHE" && pending?.post) {
      await appointWelfareHolders(
        db,
        staff,
        { communityCode: code, startsOn: "2026-12-01", holders: [{ postId: pending.post.id, ...nextPerson(county) }] },
        at("2026-11-20T10:00:00"),
      );
      published++;
    }

    // 富民 advertises its vacant posts of the first vacant kind as one public-welfare posting.
    const vacant = exits.slice(plan.exits - plan.unreplaced).flatMap((e) => (e.post ? [e] : []));
    if (code === "RJ-FUMIN" && vacant[0]) {
      const [lead] = vacant;
      const alike = vacant.filter(
        (e) => e.post?.kind === lead.post?.kind && e.post?.monthlySubsidy === lead.post?.monthlySubsidy,
      );
      const employer = await db.employer.findFirstOrThrow({ where: { name: "榕江县城市管理局" } });
      const validFrom = addDays(alike[alike.length - 1]?.endedOn ?? lead.endedOn, 3);
      await advertiseWelfareVacancies(
        db,
        staff,
        {
          postIds: alike.map((e) => e.post?.id ?? ""),
          employerId: employer.id,
          validFrom,
          validUntil: addDays(validFrom, 60),
          termMonths: 12,
          ageMin: 35,
          ageMax: 60,
          health: "身体健康，能胜任岗位工作",
          applyContact: "富民社区就业服务窗口",
          applyPhone: "0855-6626301",
          applyPlace: "富民社区综合服务中心一楼就业窗口",
        },
        at(`${validFrom}T09:00:00`),
      );
    }

    // Each month's subsidy, pro rata to the days in post, paid on the 10th of the next month.
    const tenures = await db.welfareTenure.findMany({
      where: { post: { community: { code } } },
      include: { post: { select: { monthlySubsidy: true } } },
    });
    for (const month of DEMO_MONTHS) {
      const period = parsePeriod(month);
      if (!period) continue;
      const days = daysIn(period.start, period.end);
      let holders = 0;
      let total = 0;
      for (const t of tenures) {
        const from = [t.startsOn, period.start].sort()[1] ?? period.start;
        const lastIn = t.endedOn ? addDays(t.endedOn, -1) : period.end;
        const to = [lastIn, period.end].sort()[0] ?? period.end;
        if (from > to) continue;
        holders++;
        total += Math.round((t.post.monthlySubsidy * daysIn(from, to)) / days);
      }
      const [y, m] = month.split("-").map(Number) as [number, number];
      const paidOn = m === 12 ? `${y + 1}-01-10` : `${y}-${pad(m + 1)}-10`;
      await recordWelfareSubsidy(
        db,
        staff,
        { communityCode: code, month, holders, total: yuan(total), paidOn },
        at(`${paidOn}T10:00:00`),
      );
      published++;
    }
  }
  return published;
}
