import {
  countColumn,
  type Dataset,
  defineColumns,
  defineDataset,
  moneyColumn,
  textColumn,
  yesNoColumn,
} from "~/lib/data/dataset.ts";
import { newestPublication } from "~/lib/data/published.ts";
import { fenOf, fenOrNone } from "~/lib/format.ts";
import { loadCountyProjects, loadProject, loadProjects, type Project } from "./load.ts";

const PROJECT_COLUMNS = defineColumns([
  textColumn("id", "编号", 28),
  textColumn("community", "社区", 16),
  textColumn("name", "项目名称", 30),
  textColumn("funderKind", "资金来源", 12),
  textColumn("funder", "资助方", 20),
  textColumn("status", "进展", 10),
  countColumn("percentComplete", "完成百分比"),
  moneyColumn("budget", "批准预算"),
  moneyColumn("contractAmount", "合同金额"),
  moneyColumn("finalAmount", "决算金额"),
  moneyColumn("spent", "已支出"),
  moneyColumn("variance", "预算结余"),
  textColumn("page", "网页", 30),
]);

const STAGE_COLUMNS = defineColumns([
  textColumn("project", "项目编号", 28),
  textColumn("name", "项目名称", 30),
  textColumn("kind", "阶段", 12),
  textColumn("date", "日期", 12),
  moneyColumn("amount", "金额"),
  countColumn("percentComplete", "完成百分比"),
  textColumn("method", "方式", 12),
  textColumn("party", "单位", 24),
  textColumn("result", "结论", 12),
  textColumn("note", "说明", 40),
  yesNoColumn("current", "现行记录"),
  textColumn("corrects", "更正的记录编号", 28),
  textColumn("correctionReason", "更正说明", 30),
  textColumn("notice", "公告编号", 28),
  textColumn("noticeHash", "SHA-256 校验值", 66),
]);

/** Each project in full, once per build: the community's two datasets and the county's read the same ones. */
const full = new Map<string, Promise<Project>>();
function fullProject(id: string): Promise<Project> {
  let found = full.get(id);
  if (!found) {
    found = loadProject(id);
    full.set(id, found);
  }
  return found;
}

/** Each project of a community or county in full (stages and money table); the list query has no stages. */
async function projectsOf(scope: Dataset["scope"], code: string): Promise<Project[]> {
  const list = scope === "community" ? await loadProjects(code) : await loadCountyProjects(code);
  return Promise.all(list.map((p) => fullProject(p.id)));
}

const modifiedOf = (projects: readonly Project[]) =>
  newestPublication(projects.flatMap((p) => p.stages.map((s) => s.notice?.id)));

function projectsDataset(scope: Dataset["scope"]) {
  return defineDataset({
    id: "projects",
    title: "资助项目",
    description: `${scope === "community" ? "本社区" : "全县各社区"}财政和社会资金资助的每个项目：资金来源、进展、预算、合同、决算和已支出金额（元）。`,
    frequency: "IRREG",
    scope,
    columns: PROJECT_COLUMNS,
    sheetName: "资助项目",
    async load(code) {
      const projects = await projectsOf(scope, code);
      const rows = projects.map((p) => ({
        id: p.id,
        community: p.community.name,
        name: p.name,
        funderKind: p.funderKindLabel,
        funder: p.funderName,
        status: p.statusLabel,
        percentComplete: p.percentComplete,
        budget: fenOf(p.money.budget),
        contractAmount: fenOrNone(p.money.contractAmount),
        finalAmount: fenOrNone(p.money.finalAmount),
        spent: fenOf(p.money.spent),
        variance: fenOf(p.money.variance),
        page: `/c/${p.community.code}/projects/${p.id}/`,
      }));
      return { rows, modified: await modifiedOf(projects) };
    },
  });
}

/** Every stage each project went through, from approval to final accounts; corrected stages stay, marked. */
const STAGES = defineDataset({
  id: "project-stages",
  title: "资助项目各阶段记录",
  description: "每个资助项目从立项、采购、施工到验收、决算的每条阶段记录：日期、金额、单位、结论和公告校验值。",
  frequency: "IRREG",
  scope: "community",
  columns: STAGE_COLUMNS,
  sheetName: "项目阶段",
  async load(code) {
    const projects = await projectsOf("community", code);
    const rows = projects.flatMap((p) =>
      p.stages.map((s) => ({
        project: p.id,
        name: p.name,
        kind: s.kindLabel,
        date: s.date,
        amount: fenOrNone(s.amount),
        percentComplete: s.percentComplete,
        method: s.methodLabel,
        party: s.party,
        result: s.resultLabel,
        note: s.note,
        current: s.current,
        corrects: s.corrects?.id ?? null,
        correctionReason: s.correctionReason,
        notice: s.notice?.id ?? null,
        noticeHash: s.notice?.contentHash ?? null,
      })),
    );
    return { rows, modified: await modifiedOf(projects) };
  },
});

export const PROJECT_DATASETS = [projectsDataset("community"), projectsDataset("county"), STAGES];
