import { ASSISTANCE_KIND_LABELS, type AssistanceKind } from "../../assistance/labels.ts";
import type { Role } from "../../db/generated/client.ts";
import type { ResultOf, Run } from "../graphql.ts";
import { ImportAssistance, ImportEmployment, ImportFees, ImportJobs, ImportLedger, type ImportTargets } from "./operations.ts";

export type Targets = NonNullable<ResultOf<typeof ImportTargets>["me"]>;

export interface Option {
  value: string;
  label: string;
}

/** A form field naming where the rows go; `name` is the argument the API names in its issues (without `input.`). */
export interface TargetField {
  name: string;
  label: string;
  hint?: string;
  required: boolean;
  /** A choice among the viewer's own records; a free text field without it. */
  options?: (targets: Targets) => Option[];
  type?: "date" | "number";
}

/** The file as the import mutations take it. */
export interface Upload {
  fileName: string;
  contentBase64: string;
}

export interface Outcome {
  __typename: string;
  message?: string;
  issues?: { field: string; message: string }[];
}

export interface Importer {
  /** The path under /staff/imports/. */
  slug: string;
  title: string;
  summary: string;
  /** The template's name under /templates/ (`.csv` and `.xlsx`). */
  template: string;
  /** Who may use it: the mutation's own scope decides, this only keeps forms from those it would refuse. */
  roles: readonly Role[];
  fields: readonly TargetField[];
  run(run: Run, values: Record<string, string>, upload: Upload): Promise<{ outcome: Outcome; done: string }>;
}

const COMMUNITY_STAFF: readonly Role[] = ["COMMUNITY_EDITOR", "COUNTY_EDITOR", "ADMIN"];
const COUNTY_STAFF: readonly Role[] = ["COUNTY_EDITOR", "ADMIN"];

const countyField: TargetField = {
  name: "countyCode",
  label: "县",
  required: true,
  options: (t) => (t.county ? [{ value: t.county.code, label: t.county.name }] : []),
};

const optional = (text: string | undefined) => (text?.trim() ? text.trim() : null);

/** Every importer the API offers, in the order a community's staff meet them. */
export const IMPORTERS: readonly Importer[] = [
  {
    slug: "ledger",
    title: "财务收支明细",
    summary: "把一个月的收支分录一次导入尚未提交的月份。",
    template: "ledger-entries",
    roles: COMMUNITY_STAFF,
    fields: [
      {
        name: "periodId",
        label: "导入到哪个月",
        hint: "只能导入尚未提交审核的月份。",
        required: true,
        options: (t) =>
          t.communities.flatMap((c) =>
            c.financePeriods.edges
              .filter(({ node }) => node.status === "OPEN")
              .map(({ node }) => ({ value: node.id, label: `${c.name} ${node.label}` })),
          ),
      },
    ],
    async run(run, values, upload) {
      const { importLedgerEntries: outcome } = await run(ImportLedger, { periodId: values.periodId ?? "", ...upload });
      const done =
        outcome.__typename === "ImportLedgerEntriesSuccess" && "period" in outcome
          ? `已导入，${outcome.period.label}现有 ${outcome.period.entries.totalCount} 笔分录。`
          : "";
      return { outcome, done };
    },
  },
  {
    slug: "fees",
    title: "收费收缴情况",
    summary: "按楼栋公开一个月的物业费等收缴情况。",
    template: "fee-collection",
    roles: COMMUNITY_STAFF,
    fields: [
      {
        name: "feeItemId",
        label: "收费项目",
        required: true,
        options: (t) => t.communities.flatMap((c) => c.feeItems.map((f) => ({ value: f.id, label: `${c.name} ${f.name}` }))),
      },
      { name: "month", label: "月份", hint: "例如 2026-03", required: true },
    ],
    async run(run, values, upload) {
      const { importFeeCollection: outcome } = await run(ImportFees, {
        feeItemId: values.feeItemId ?? "",
        month: values.month ?? "",
        ...upload,
      });
      return { outcome, done: "已导入并公开，公示栏将在几分钟内更新。" };
    },
  },
  {
    slug: "assistance",
    title: "救助名单",
    summary: "公示民政部门审批的低保、特困等救助名单；身份证号和电话不会被接受。",
    template: "assistance-list",
    roles: COMMUNITY_STAFF,
    fields: [
      {
        name: "communityCode",
        label: "社区",
        required: true,
        options: (t) => t.communities.map((c) => ({ value: c.code, label: c.name })),
      },
      {
        name: "kind",
        label: "救助类别",
        required: true,
        options: () => Object.entries(ASSISTANCE_KIND_LABELS).map(([value, label]) => ({ value, label })),
      },
      { name: "period", label: "所属期间", hint: "例如 2026-10、2026-Q4 或 2026", required: true },
      { name: "approvingAuthority", label: "审批机关", required: true },
      { name: "basis", label: "政策依据", required: true },
      { name: "windowDays", label: "公示天数", hint: "不填为 7 天", required: false, type: "number" },
      { name: "windowStartsOn", label: "公示开始日期", hint: "不填为今天", required: false, type: "date" },
    ],
    async run(run, values, upload) {
      const days = optional(values.windowDays);
      // GraphQL would refuse a non-integer Int before the service could name the field.
      if (days !== null && !/^\d+$/.test(days)) {
        const issue = { field: "windowDays", message: "公示天数应为正整数" };
        return { outcome: { __typename: "ValidationError", message: issue.message, issues: [issue] }, done: "" };
      }
      const { importAssistanceList: outcome } = await run(ImportAssistance, {
        input: {
          communityCode: values.communityCode ?? "",
          kind: (values.kind ?? "") as AssistanceKind,
          period: values.period ?? "",
          approvingAuthority: values.approvingAuthority ?? "",
          basis: values.basis ?? "",
          windowDays: days === null ? null : Number(days),
          windowStartsOn: optional(values.windowStartsOn),
        },
        ...upload,
      });
      return { outcome, done: "救助名单已导入并进入公示期，公示栏将在几分钟内更新。" };
    },
  },
  {
    slug: "jobs",
    title: "招聘岗位",
    summary: "为全县批量发布招聘岗位。",
    template: "job-postings",
    roles: COUNTY_STAFF,
    fields: [countyField],
    async run(run, values, upload) {
      const { importJobPostings: outcome } = await run(ImportJobs, { countyCode: values.countyCode ?? "", ...upload });
      const count = "postings" in outcome ? outcome.postings.length : 0;
      return { outcome, done: `已发布 ${count} 个岗位，公示栏将在几分钟内更新。` };
    },
  },
  {
    slug: "employment",
    title: "就业目标月报",
    summary: "按社区和月份公开就业部门的月报。",
    template: "employment-figures",
    roles: COUNTY_STAFF,
    fields: [countyField],
    async run(run, values, upload) {
      const { importEmploymentFigures: outcome } = await run(ImportEmployment, {
        countyCode: values.countyCode ?? "",
        ...upload,
      });
      const count = "months" in outcome ? outcome.months.length : 0;
      return { outcome, done: `已公开 ${count} 份月报，公示栏将在几分钟内更新。` };
    },
  },
];
