import { defineColumns, defineDataset, newest, textColumn, yesNoColumn } from "~/lib/data/dataset.ts";
import { todayInShanghai } from "~api/periods.ts";
import { builtAt, loadCatalogue } from "./load.ts";

const COLUMNS = defineColumns([
  textColumn("category", "类别", 14),
  textColumn("item", "公开事项", 24),
  textColumn("basis", "依据", 30),
  textColumn("cadence", "公开频次", 10),
  textColumn("dueRule", "公开时限", 24),
  textColumn("responsible", "责任人", 12),
  textColumn("source", "来源", 12),
  yesNoColumn("inherited", "县目录事项"),
  textColumn("status", "状态", 16),
  yesNoColumn("overdue", "是否逾期"),
  textColumn("period", "应公开期间", 14),
  textColumn("dueOn", "应公开日期", 12),
  textColumn("lastTitle", "最近一次公开", 30),
  textColumn("lastPublishedAt", "最近公开时间", 22),
  textColumn("lastDisclosure", "最近公开事项编号", 28),
  textColumn("suspension", "暂停原因", 30),
  textColumn("asOf", "状态计算日期", 12),
]);

/**
 * The community's catalogue with each item's status on the day of the build: the status is
 * derived from dates, so the file states the day it was judged on, and the portal's rebuild just
 * after midnight makes it a daily dataset.
 */
export const CATALOGUE_DATASETS = [
  defineDataset({
    id: "catalogue",
    title: "公开目录和公开情况",
    description: "本社区应公开的每个事项：公开频次、时限、责任人，截至状态计算日期是否按时公开、是否逾期和最近一次公开。",
    frequency: "DAILY",
    scope: "community",
    columns: COLUMNS,
    sheetName: "公开目录",
    async load(code) {
      const asOf = builtAt();
      const entries = await loadCatalogue(code, asOf);
      const day = todayInShanghai(new Date(asOf));
      const rows = entries.map((e) => ({
        category: e.item.categoryName,
        item: e.item.name,
        basis: e.item.basis,
        cadence: e.item.cadenceLabel,
        dueRule: e.item.dueRuleLabel,
        responsible: e.item.responsible,
        source: e.item.sourceLabel,
        inherited: e.inherited,
        status: e.statusText,
        overdue: e.status === "OVERDUE",
        period: e.periodLabel,
        dueOn: e.dueOn,
        lastTitle: e.lastPublication?.title ?? null,
        lastPublishedAt: e.lastPublication?.publishedAt ?? null,
        lastDisclosure: e.lastPublication?.disclosureId ?? null,
        suspension: e.suspension?.reason ?? null,
        asOf: day,
      }));
      return { rows, modified: newest(entries.map((e) => e.lastPublication?.publishedAt)) };
    },
  }),
];
