import { defineColumns, defineDataset, moneyColumn, newest, textColumn, yesNoColumn } from "~/lib/data/dataset.ts";
import { fenOf } from "~/lib/format.ts";
import { buildDay, loadCommunityWelfare } from "./load.ts";

const COLUMNS = defineColumns([
  textColumn("on", "计算日期", 12),
  textColumn("code", "岗位编号", 14),
  textColumn("title", "岗位", 20),
  textColumn("kind", "类别", 12),
  moneyColumn("monthlySubsidy", "月补贴"),
  textColumn("hours", "工作时间", 20),
  textColumn("holder", "人员（部分隐去）", 12),
  textColumn("status", "状态", 10),
  textColumn("startsOn", "上岗日期", 12),
  yesNoColumn("recruiting", "正在招聘"),
  textColumn("appointment", "拟聘公示编号", 28),
]);

/**
 * The posts and who holds them, as the welfare page shows them on the day of the build: the holder
 * only by the masked name the API gives the public (张*芳), never an ID number or phone; subsidies
 * stay monthly totals on the page, no one's own payment. Whether a holder is still on notice or in
 * post depends on the day, so the day is a column and a file read later still says what it meant.
 */
export const WELFARE_DATASETS = [
  defineDataset({
    id: "welfare-posts",
    title: "公益性岗位和在岗人员（姓名部分隐去）",
    description:
      "每个公益性岗位：编号、岗位、类别、月补贴（元）、工作时间，在岗或公示中的人员（姓名只含姓和最后一个字）及上岗日期，空缺岗位是否正在招聘。",
    frequency: "DAILY",
    scope: "community",
    columns: COLUMNS,
    sheetName: "公益性岗位",
    async load(code) {
      const welfare = await loadCommunityWelfare(code, buildDay());
      const rows = welfare.posts.map((p) => ({
        on: welfare.on,
        code: p.code,
        title: p.title,
        kind: p.kindLabel,
        monthlySubsidy: fenOf(p.monthlySubsidy),
        hours: p.hours,
        holder: p.holder?.maskedName ?? null,
        status: p.holder?.statusLabel ?? "空缺",
        startsOn: p.holder?.startsOn ?? null,
        recruiting: !p.holder && p.vacancyPostings.length > 0,
        appointment: p.holder?.appointment.disclosure.id ?? null,
      }));
      return { rows, modified: newest(welfare.posts.map((p) => p.holder?.appointment.disclosure.publishedAt)) };
    },
  }),
];
