import { defineColumns, defineDataset, textColumn } from "~/lib/data/dataset.ts";
import { loadRoster } from "./load.ts";

const COLUMNS = defineColumns([
  textColumn("group", "类别", 12),
  textColumn("unit", "所在组织、网格、楼栋或窗口", 24),
  textColumn("name", "姓名", 10),
  textColumn("post", "职务", 14),
  textColumn("duties", "分工", 40),
  textColumn("publicPhone", "值班电话", 16),
  textColumn("startedOn", "任职日期", 12),
]);

/**
 * The people in office as the roster page shows them: only name, post, duties and the public duty
 * phone, the fields the API gives the public (never a private phone, ID number or address; no photos).
 */
export const ROSTER_DATASETS = [
  defineDataset({
    id: "people",
    title: "上岗公示人员",
    description: "截至网站更新时在岗的两委成员、网格员、楼长和服务中心工作人员：姓名、职务、分工和值班电话。",
    frequency: "IRREG",
    scope: "community",
    columns: COLUMNS,
    sheetName: "上岗公示",
    async load(code) {
      const roster = await loadRoster(code);
      const person =
        (group: string, unit: string) =>
        (p: { name: string; title: string; duties: string | null; publicPhone: string | null }) => ({
          group,
          unit,
          name: p.name,
          post: p.title,
          duties: p.duties,
          publicPhone: p.publicPhone,
          startedOn: null,
        });
      const rows = [
        ...roster.organizations.flatMap((o) =>
          o.postings.map((p) => ({ ...person("组织机构", o.name)({ ...p, title: p.role }), startedOn: p.startedOn })),
        ),
        ...roster.grids.flatMap((g) => [...g.leader.map(person("网格长", g.name)), ...g.workers.map(person("网格员", g.name))]),
        ...roster.buildings.flatMap((b) => b.heads.map(person("楼长", b.name))),
        ...roster.serviceStaff.map((s) => person("服务中心", s.counter ?? "服务中心")(s)),
      ];
      // Postings carry the day they began, not when they were published: the catalogue says 未记录 rather than guess.
      return { rows, modified: null };
    },
  }),
];
