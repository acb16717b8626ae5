import type { Viewer } from "../../api/auth/viewer.ts";
import type { Db } from "../../api/db/client.ts";
import { yuan } from "../../api/money.ts";
import type { PartyMeetingKind } from "../../api/party/labels.ts";
import { publishPartyAppraisal, publishPartyFees, publishPartyNotice, recordPartyMeeting } from "../../api/party/service.ts";
import { todayInShanghai } from "../../api/periods.ts";
import { at, DEMO_MONTHS, wobble } from "./calendar.ts";
import { personName } from "./people.ts";
import { COMMUNITIES } from "./places.ts";

/**
 * Demo Party affairs (示例数据), published through the Party-affairs services so that each record's
 * notice counts toward its catalogue item (prisma/seed/catalogue.ts runs first):
 *
 * - a year of meetings per community, 2025-11 to 2026-10 (the months of the demo books): the branch
 *   committee, a Party group and 主题党日 monthly, the members' meeting and the Party lesson
 *   quarterly, the 组织生活会 in January; the meetings a community skipped (LATE) are why the
 *   catalogue shows it late: 特和's branch committee from September, 卧龙's from October and 卧龙's
 *   third-quarter members' meeting, 丰乐's third-quarter Party lesson; 定威's branch-committee
 *   records stop in September, when it suspended the item;
 * - 2025's democratic appraisal counts (published 2026-02-10) and twelve months of Party-fee totals;
 * - two member-development notices: 富民's 发展对象公示 of 9–13 November 2026 (closed) and 凤凰's
 *   预备党员公示, which opened two days before the day the demo is seeded, so it is open that day.
 */

const SAMPLE = "（示例数据：演示用的虚构内容。）";

interface Plan {
  kind: PartyMeetingKind;
  months: readonly string[];
  day: (n: number) => number;
  topic: (month: string) => string;
  summary: string;
}

const QUARTER_END = DEMO_MONTHS.filter((m) => ["12", "03", "06", "09"].includes(m.slice(5)));
const QUARTER_MID = DEMO_MONTHS.filter((m) => ["11", "02", "05", "08"].includes(m.slice(5)));
const THEMES = ["学习党的创新理论", "就业帮扶走访", "环境卫生整治", "关爱留守老人和儿童", "消防安全宣传", "政策宣讲进楼栋"];

const PLANS: Plan[] = [
  {
    kind: "BRANCH_COMMITTEE",
    months: DEMO_MONTHS,
    day: (n) => 20 + (n % 5),
    topic: (m) => `研究${Number(m.slice(5))}月党员活动和网格服务工作`,
    summary: "研究本月党员活动安排、困难党员慰问和网格服务工作，明确责任人和完成时限。",
  },
  {
    kind: "PARTY_GROUP",
    months: DEMO_MONTHS,
    day: (n) => 12 + (n % 4),
    topic: () => "学习文件，交流楼栋联系户情况",
    summary: "党小组组织学习，党员交流联系服务楼栋群众情况，收集群众反映的问题交支委会研究。",
  },
  {
    kind: "THEME_DAY",
    months: DEMO_MONTHS,
    day: (n) => 5 + (n % 3),
    topic: (m) => THEMES[Number(m.slice(5)) % THEMES.length] as string,
    summary: "党员集中学习后分组开展志愿服务，佩戴党员徽章亮身份。",
  },
  {
    kind: "MEMBERS_MEETING",
    months: QUARTER_END,
    day: (n) => 16 + (n % 6),
    topic: () => "学习上级精神，讨论社区重点工作",
    summary: "传达学习上级会议精神，通报本季度党建和社区工作，讨论公益性岗位设置和发展党员工作。",
  },
  {
    kind: "PARTY_LESSON",
    months: QUARTER_MID,
    day: () => 26,
    topic: () => "稳就业、促增收，建设幸福安置社区",
    summary: "由党组织书记讲党课，结合搬迁后续扶持政策讲解就业帮扶、产业发展和社区治理。",
  },
  {
    kind: "ORGANIZATIONAL_LIFE",
    months: ["2026-01"],
    day: (n) => 20 + (n % 5),
    topic: () => "2025年度组织生活会",
    summary: "对照检查，开展批评和自我批评，党员逐一发言，形成问题清单和整改措施。",
  },
];

/** Meetings a community skipped: from this month on, none of this kind is recorded. */
const LATE: Record<string, Partial<Record<PartyMeetingKind, string>>> = {
  "RJ-TEHE": { BRANCH_COMMITTEE: "2026-09" },
  "RJ-WOLONG": { BRANCH_COMMITTEE: "2026-10", MEMBERS_MEETING: "2026-09" },
  "RJ-FENGLE": { PARTY_LESSON: "2026-08" },
  "RJ-DINGWEI": { BRANCH_COMMITTEE: "2026-09" },
};

const addDays = (date: string, n: number) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

/** How many are expected at a meeting of this kind, for an organization of `members` Party members. */
function expected(kind: PartyMeetingKind, members: number): number {
  if (kind === "BRANCH_COMMITTEE") return members >= 50 ? 7 : 5;
  if (kind === "PARTY_GROUP") return Math.min(members, 12);
  return members;
}

/** Returns how many notices it published. */
export async function seedParty(db: Db, staff: Viewer): Promise<number> {
  let published = 0;
  for (const [n, spec] of COMMUNITIES.entries()) {
    const random = wobble(2026 + n * 17);
    const late = LATE[spec.code] ?? {};
    for (const plan of PLANS) {
      for (const month of plan.months) {
        const skipFrom = late[plan.kind];
        if (skipFrom && month >= skipFrom) continue;
        const heldOn = `${month}-${String(plan.day(n)).padStart(2, "0")}`;
        const members = expected(plan.kind, spec.partyMembers);
        const absent = Math.min(members - 1, Math.floor(random() * Math.max(2, members / 8)));
        await recordPartyMeeting(
          db,
          staff,
          {
            communityCode: spec.code,
            kind: plan.kind,
            meeting: {
              heldOn,
              topic: plan.topic(month),
              members,
              present: members - absent,
              summary: `${plan.summary}${SAMPLE}`,
            },
          },
          at(`${addDays(heldOn, 3)}T10:00:00`),
        );
        published++;
      }
    }

    const participants = spec.partyMembers - 1 - Math.floor(random() * 3);
    const excellent = Math.max(1, Math.round(participants * 0.15));
    const basicallyQualified = n % 3 === 0 ? 1 : 0;
    await publishPartyAppraisal(
      db,
      staff,
      {
        communityCode: spec.code,
        year: 2025,
        counts: {
          participants,
          excellent,
          qualified: participants - excellent - basicallyQualified,
          basicallyQualified,
          unqualified: 0,
        },
      },
      at("2026-02-10T10:00:00"),
    );
    published++;

    // Party fees: twelve months, published after each quarter (and October on its own).
    const fees = DEMO_MONTHS.map((month) => {
      const payers = spec.partyMembers - Math.floor(random() * 3);
      return { month, members: spec.partyMembers, payers, amount: yuan(payers * (600 + Math.floor(random() * 900))) };
    });
    for (const [months, when] of [
      [["2025-11", "2025-12"], "2026-01-10T10:00:00"],
      [["2026-01", "2026-02", "2026-03"], "2026-04-10T10:00:00"],
      [["2026-04", "2026-05", "2026-06"], "2026-07-10T10:00:00"],
      [["2026-07", "2026-08", "2026-09"], "2026-10-10T10:00:00"],
      [["2026-10"], "2026-11-10T10:00:00"],
    ] as const) {
      await publishPartyFees(
        db,
        staff,
        { communityCode: spec.code, months: fees.filter((f) => (months as readonly string[]).includes(f.month)) },
        at(when),
      );
      published++;
    }
  }

  await publishPartyNotice(
    db,
    staff,
    {
      communityCode: "RJ-FUMIN",
      stage: "DEVELOPMENT_TARGET",
      opensOn: "2026-11-09",
      contact: "富民社区党总支办公室，电话 0855-6621018，地址 榕江县古州镇富民路18号社区服务中心二楼",
      candidates: [
        { name: personName(0, 41), gender: "FEMALE", birthYear: 1994 },
        { name: personName(0, 42), gender: "MALE", birthYear: 1989 },
      ],
    },
    at("2026-11-09T09:00:00"),
  );
  // Opened two days before the seeding day: five working days are still running that day.
  const opened = addDays(todayInShanghai(), -2);
  await publishPartyNotice(
    db,
    staff,
    {
      communityCode: "RJ-FENGHUANG",
      stage: "PROBATIONARY_MEMBER",
      opensOn: opened,
      contact: "凤凰社区党支部，电话 0855-6638026，地址 凤凰社区服务中心党群活动室",
      candidates: [{ name: personName(6, 43), gender: "FEMALE", birthYear: 1998 }],
    },
    at(`${opened}T09:00:00`),
  );
  return published + 2;
}
