import { builtAt } from "~/lib/catalogue/load.ts";
import { countColumn, defineColumns, defineDataset, moneyColumn, newest, textColumn, yesNoColumn } from "~/lib/data/dataset.ts";
import { fenOf } from "~/lib/format.ts";
import { loadParty } from "./load.ts";

const COLUMNS = defineColumns([
  textColumn("category", "类别", 12),
  textColumn("id", "记录编号", 28),
  textColumn("kind", "会议或公示类型", 14),
  textColumn("period", "期间", 20),
  textColumn("date", "日期", 12),
  textColumn("title", "主题或标题", 36),
  countColumn("expected", "应到或应缴人数"),
  countColumn("actual", "实到、参评、公示或已缴人数"),
  moneyColumn("amount", "党费合计"),
  textColumn("result", "结果", 30),
  yesNoColumn("superseded", "已被更正"),
  textColumn("corrects", "更正的记录编号", 28),
  textColumn("correctionReason", "更正说明", 30),
  textColumn("notice", "公告编号", 28),
  textColumn("publishedAt", "发布时间", 22),
  textColumn("noticeHash", "SHA-256 校验值", 66),
]);

/**
 * Every record the Party-affairs page lists, one row each: meetings (三会一课), development notices,
 * appraisals and monthly dues. The notices' candidates go out as a count, never by name: a name is
 * posted for the notice's own window, and a file outlives it. Appraisals are per grade counts, as
 * the page shows them, and dues are monthly totals, never per member.
 */
export const PARTY_DATASETS = [
  defineDataset({
    id: "party-records",
    title: "党务公开记录",
    description:
      "“三会一课”等组织生活会议、发展党员公示（只列人数）、民主评议党员各等次人数和每月党费收缴合计（元），更正过的记录保留并标明。",
    frequency: "IRREG",
    scope: "community",
    columns: COLUMNS,
    sheetName: "党务公开",
    async load(code) {
      const party = await loadParty(code, builtAt());
      const rows = [
        ...party.partyMeetings.map((m) => ({
          category: "组织生活会议",
          id: m.id,
          kind: m.kindLabel,
          period: m.quarterLabel,
          date: m.heldOn,
          title: m.topic,
          expected: m.members,
          actual: m.present,
          amount: null,
          result: null,
          superseded: m.superseded,
          corrects: m.corrects?.id ?? null,
          correctionReason: m.correctionReason,
          notice: m.notice.id,
          publishedAt: m.notice.publishedAt,
          noticeHash: m.notice.contentHash,
        })),
        ...party.partyNotices.map((n) => ({
          category: "发展党员公示",
          id: n.id,
          kind: n.stageLabel,
          period: `${n.opensOn} 至 ${n.closesOn}`,
          date: n.opensOn,
          title: n.title,
          expected: null,
          actual: n.candidates.length,
          amount: null,
          result: n.window.statusLabel,
          superseded: false,
          corrects: null,
          correctionReason: null,
          notice: n.notice.id,
          publishedAt: n.publishedAt,
          noticeHash: n.notice.contentHash,
        })),
        ...party.partyAppraisals.map((a) => ({
          category: "民主评议党员",
          id: a.id,
          kind: null,
          period: `${a.year}年度`,
          date: null,
          title: a.notice.title,
          expected: null,
          actual: a.participants,
          amount: null,
          result: a.grades.map((g) => `${g.gradeLabel}${g.count}人`).join("，"),
          superseded: a.superseded,
          corrects: null,
          correctionReason: a.correctionReason,
          notice: a.notice.id,
          publishedAt: a.notice.publishedAt,
          noticeHash: a.notice.contentHash,
        })),
        ...party.partyFeeMonths.map((f) => ({
          category: "党费收缴",
          id: null,
          kind: null,
          period: f.monthLabel,
          date: f.month,
          title: null,
          expected: f.members,
          actual: f.payers,
          amount: fenOf(f.amount),
          result: null,
          superseded: false,
          corrects: null,
          correctionReason: null,
          notice: f.notice.id,
          publishedAt: f.notice.publishedAt,
          noticeHash: f.notice.contentHash,
        })),
      ];
      return { rows, modified: newest(rows.map((r) => r.publishedAt)) };
    },
  }),
];
