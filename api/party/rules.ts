/**
 * Party-affairs rules in numbers (DOMAIN.md, "Rules in numbers"), each a default that can be changed
 * where it says.
 *
 * Meeting frequency (三会一课) — Regulations on the Work of Party Branches (trial, 2018): the branch
 * members' meeting quarterly, the branch committee monthly, the Party group monthly, the Party lesson
 * at least quarterly; 主题党日 monthly is common practice, 组织生活会 at least yearly. The frequency is
 * enforced through the disclosure catalogue (api/catalogue): each kind of meeting has a catalogue item
 * of this name, and every meeting record is published as a notice naming the community's item in
 * force, so the item's cadence says when a meeting is owed and the catalogue says when it is late.
 * The county default catalogue is seeded from this table (prisma/seed/catalogue.ts); a county or a
 * community changes the frequency by keeping an item of the same name with another cadence
 * (`createCountyCatalogueItem` / `createCommunityCatalogueItem`, retiring the default one).
 */
import type { PartyMeetingKind } from "./labels.ts";

const REGULATIONS = "《中国共产党支部工作条例（试行）》（2018年）";

export interface MeetingSchedule {
  /** The catalogue item a meeting of this kind satisfies. */
  catalogueItem: string;
  cadence: "MONTHLY" | "QUARTERLY" | "YEARLY";
  /** Days after the period ends by which the record is due. */
  dueDays: number;
  basis: string;
}

export const MEETING_SCHEDULE: Record<PartyMeetingKind, MeetingSchedule> = {
  MEMBERS_MEETING: {
    catalogueItem: "党员大会召开情况",
    cadence: "QUARTERLY",
    dueDays: 15,
    basis: `${REGULATIONS}：支部党员大会一般每季度召开1次`,
  },
  BRANCH_COMMITTEE: {
    catalogueItem: "党支部委员会会议情况",
    cadence: "MONTHLY",
    dueDays: 10,
    basis: `${REGULATIONS}：支部委员会会议一般每月召开1次`,
  },
  PARTY_GROUP: {
    catalogueItem: "党小组会召开情况",
    cadence: "MONTHLY",
    dueDays: 10,
    basis: `${REGULATIONS}：党小组会一般每月召开1次`,
  },
  PARTY_LESSON: {
    catalogueItem: "党课开展情况",
    cadence: "QUARTERLY",
    dueDays: 15,
    basis: `${REGULATIONS}：党课每季度至少1次`,
  },
  THEME_DAY: {
    catalogueItem: "主题党日活动情况",
    cadence: "MONTHLY",
    dueDays: 10,
    basis: "各地通行做法：每月固定1天开展主题党日活动",
  },
  ORGANIZATIONAL_LIFE: {
    catalogueItem: "组织生活会召开情况",
    cadence: "YEARLY",
    dueDays: 90,
    basis: `${REGULATIONS}：组织生活会一般每年召开1次`,
  },
};

/**
 * Member-development notices (发展对象公示, 预备党员公示): at least 5 working days, common practice
 * under the Party's member-development rules (confirm per province). Counted in **working days**
 * (Monday to Friday; the notice says so). Statutory holidays and adjusted working weekends are not
 * known to the count: a notice spanning a holiday asks for more days (`workingDays`, up to the
 * maximum) so that it still runs five real working days.
 */
export const NOTICE_RULES = {
  minWorkingDays: 5,
  defaultWorkingDays: 5,
  maxWorkingDays: 20,
  /** How far ahead of its publication a window may open. */
  maxDaysAhead: 30,
} as const;

/** The catalogue item member-development notices satisfy. */
export const DEVELOPMENT_ITEM = "发展党员和预备党员转正公示";
/** The catalogue item an appraisal satisfies. */
export const APPRAISAL_ITEM = "民主评议党员结果";
