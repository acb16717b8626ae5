import { countColumn, defineColumns, defineDataset, newest, textColumn } from "~/lib/data/dataset.ts";
import { type EmploymentMonth, loadEmployment } from "./load.ts";

const COLUMNS = defineColumns([
  textColumn("month", "月份", 10),
  countColumn("householdsWithLabour", "有劳动力户"),
  countColumn("householdsWithEmployed", "其中有人就业户"),
  textColumn("householdRate", "户就业率（%）", 10),
  textColumn("householdTarget", "户就业目标（%）", 10),
  textColumn("householdStatus", "户就业完成情况", 14),
  countColumn("willingWorkers", "有意愿劳动力"),
  countColumn("trainedWithinYear", "其中一年内培训"),
  textColumn("trainingRate", "培训率（%）", 10),
  textColumn("trainingTarget", "培训目标（%）", 10),
  textColumn("trainingStatus", "培训完成情况", 14),
  countColumn("employedTotal", "就业人数"),
  textColumn("note", "说明", 30),
  textColumn("correctionReason", "更正说明", 30),
  textColumn("notice", "公告编号", 28),
  textColumn("publishedAt", "发布时间", 22),
  textColumn("noticeHash", "SHA-256 校验值", 66),
]);

const goalOf = (m: EmploymentMonth, goal: "HOUSEHOLD_EMPLOYMENT" | "TRAINING") => m.goals.find((g) => g.goal === goal);

/**
 * The monthly figures the employment page's table lists, newest month first: counts only, never a
 * person. Rates are the API's exact percent strings (two decimals), empty where there is nothing
 * to divide by, as the page's —.
 */
export const EMPLOYMENT_DATASETS = [
  defineDataset({
    id: "employment-months",
    title: "就业目标月报",
    description:
      "每月搬迁劳动力户就业率和培训率：有劳动力户、有人就业户、有意愿劳动力、一年内培训人数、就业人数，完成率和目标（%），更正的月报标明原因。",
    frequency: "MONTHLY",
    scope: "community",
    columns: COLUMNS,
    sheetName: "就业目标月报",
    async load(code) {
      const { months } = await loadEmployment(code);
      const rows = months.map((m) => {
        const household = goalOf(m, "HOUSEHOLD_EMPLOYMENT");
        const training = goalOf(m, "TRAINING");
        return {
          month: m.month,
          householdsWithLabour: m.householdsWithLabour,
          householdsWithEmployed: m.householdsWithEmployed,
          householdRate: household?.rate.percent ?? null,
          householdTarget: household?.target.percent ?? null,
          householdStatus: household?.statusLabel ?? null,
          willingWorkers: m.willingWorkers,
          trainedWithinYear: m.trainedWithinYear,
          trainingRate: training?.rate.percent ?? null,
          trainingTarget: training?.target.percent ?? null,
          trainingStatus: training?.statusLabel ?? null,
          employedTotal: m.employedTotal,
          note: m.note,
          correctionReason: m.correctionReason,
          notice: m.disclosure.id,
          publishedAt: m.publishedAt,
          noticeHash: m.contentHash,
        };
      });
      return { rows, modified: newest(months.map((m) => m.publishedAt)) };
    },
  }),
];
