import {
  EMPLOYER_KIND_LABELS,
  JOB_KIND_LABELS,
  LOCATION_SCOPE_LABELS,
  PAY_KIND_LABELS,
  POSTING_STATUS_LABELS,
  TRADE_LABELS,
} from "../../jobs/labels.ts";
import type { VariablesOf } from "../graphql.ts";
import { list, text } from "../staff.ts";
import type { CreateEmployer, CreateJobPosting, CreateTrainingCourse } from "./operations.ts";

type PostingInput = VariablesOf<typeof CreateJobPosting>["input"];
type CourseInput = VariablesOf<typeof CreateTrainingCourse>["input"];
type EmployerInput = VariablesOf<typeof CreateEmployer>["input"];

/** How a field is typed in and sent: text as typed, a whole number, decimal yuan as text, a date, a choice, a tick. */
type Kind = "text" | "long" | "tel" | "date" | "int" | "yuan" | "choice" | "flag";

export interface FieldSpec<Name extends string = string> {
  name: Name;
  label: string;
  kind: Kind;
  required?: boolean;
  hint?: string;
  choices?: Readonly<Record<string, string>>;
}

/** Every field of `JobPostingInput` but the communities, which the scope choice sends. */
export const POSTING_FIELDS: readonly FieldSpec<Exclude<keyof PostingInput, "communityCodes">>[] = [
  { name: "title", label: "岗位名称", kind: "text", required: true },
  { name: "employerId", label: "用工单位", kind: "choice", required: true },
  { name: "kind", label: "岗位类型", kind: "choice", required: true, choices: JOB_KIND_LABELS },
  { name: "openings", label: "招聘人数", kind: "int", required: true },
  { name: "locationScope", label: "工作地点范围", kind: "choice", required: true, choices: LOCATION_SCOPE_LABELS },
  { name: "workProvince", label: "工作省份", kind: "text", hint: "县内的岗位可不填，如 浙江省" },
  { name: "workCity", label: "工作城市", kind: "text", hint: "县外的岗位必填，如 宁波市" },
  { name: "workDistrict", label: "工作区县", kind: "text", hint: "如 慈溪市" },
  { name: "workAddress", label: "工作地点", kind: "text", required: true, hint: "街道、园区或楼栋；报名地点另填" },
  { name: "payKind", label: "计薪方式", kind: "choice", required: true, choices: PAY_KIND_LABELS },
  { name: "payMin", label: "月收入下限（元）", kind: "yuan", required: true, hint: "如 3500 或 3500.50" },
  { name: "payMax", label: "月收入上限（元）", kind: "yuan", required: true },
  { name: "pieceRate", label: "计件标准", kind: "text", hint: "计件岗位必填，如 每件 0.80 元" },
  { name: "hours", label: "工作时间", kind: "text", required: true, hint: "如 每天 8 小时，月休 4 天" },
  { name: "ageMin", label: "最低年龄", kind: "int" },
  { name: "ageMax", label: "最高年龄", kind: "int" },
  { name: "education", label: "学历要求", kind: "text" },
  { name: "skills", label: "技能要求", kind: "long" },
  { name: "health", label: "健康要求", kind: "text" },
  { name: "socialInsurance", label: "缴纳社保", kind: "flag" },
  { name: "meals", label: "包吃", kind: "flag" },
  { name: "housing", label: "包住", kind: "flag" },
  { name: "transport", label: "交通补贴", kind: "flag" },
  { name: "flexible", label: "时间灵活", kind: "flag" },
  { name: "homeBased", label: "可居家完成", kind: "flag" },
  { name: "postSubsidy", label: "公益岗月补贴（元）", kind: "yuan", hint: "公益性岗位必填" },
  { name: "termMonths", label: "公益岗期限（月）", kind: "int", hint: "公益性岗位必填" },
  { name: "exportSubsidy", label: "劳务输出一次性补贴（元）", kind: "yuan", hint: "仅劳务输出岗位" },
  { name: "applyContact", label: "联系人", kind: "text", required: true },
  { name: "applyPhone", label: "联系电话", kind: "tel", required: true },
  { name: "applyPlace", label: "报名地点", kind: "text", required: true, hint: "报名或集合的地方，不是工作地点" },
  { name: "validFrom", label: "开始日期", kind: "date", required: true },
  { name: "validUntil", label: "截止日期", kind: "date", required: true },
];

/** Every field of `TrainingCourseInput` but the county (the editor's own) and the communities. */
export const COURSE_FIELDS: readonly FieldSpec<Exclude<keyof CourseInput, "communityCodes" | "countyCode">>[] = [
  { name: "title", label: "课程名称", kind: "text", required: true },
  { name: "trade", label: "培训工种", kind: "choice", required: true, choices: TRADE_LABELS },
  { name: "provider", label: "培训机构", kind: "text", required: true },
  { name: "startsOn", label: "开课日期", kind: "date", required: true },
  { name: "endsOn", label: "结课日期", kind: "date", required: true },
  { name: "sessions", label: "课时安排", kind: "text", required: true, hint: "如 共 15 天，每天 9:00–17:00" },
  { name: "place", label: "培训地点", kind: "text", required: true },
  { name: "capacity", label: "名额", kind: "int", required: true },
  { name: "enrolled", label: "已报名人数", kind: "int", hint: "不填为 0" },
  { name: "cost", label: "学员自付费用（元）", kind: "yuan", hint: "不填为 0" },
  { name: "trainingSubsidy", label: "培训补贴（元）", kind: "yuan" },
  { name: "livingAllowancePerDay", label: "每天生活费补助（元）", kind: "yuan", hint: "脱产培训按政策每天 40 元" },
  { name: "eligibility", label: "报名条件", kind: "long", required: true },
  { name: "certificate", label: "结业证书", kind: "text" },
  { name: "howToRegister", label: "报名方式", kind: "long", required: true },
  { name: "registrationDeadline", label: "报名截止日期", kind: "date", required: true },
];

/** Every field of `CreateEmployerInput` but the county (the editor's own). */
export const EMPLOYER_FIELDS: readonly FieldSpec<Exclude<keyof EmployerInput, "countyCode">>[] = [
  { name: "name", label: "用工单位名称", kind: "text", required: true },
  { name: "kind", label: "单位类型", kind: "choice", required: true, choices: EMPLOYER_KIND_LABELS },
  { name: "contactPhone", label: "单位联系电话", kind: "tel" },
  { name: "address", label: "单位地址", kind: "text" },
  { name: "verified", label: "已经县就业部门核实", kind: "flag" },
];

export const STATUS_CHOICES = POSTING_STATUS_LABELS;

/** What the person typed, kept as typed so a refused form comes back as they left it. */
export interface FormValues {
  fields: Record<string, string>;
  flags: string[];
  /** `all`: every community of the county (the API's empty list); `some`: the ticked ones. */
  scope: "all" | "some" | "";
  communityCodes: string[];
}

export const EMPTY_FORM: FormValues = { fields: {}, flags: [], scope: "", communityCodes: [] };

export function readForm(body: unknown, specs: readonly FieldSpec[]): FormValues {
  const scope = text(body, "scope");
  return {
    fields: Object.fromEntries(specs.filter((s) => s.kind !== "flag").map((s) => [s.name, text(body, s.name)])),
    flags: specs.filter((s) => s.kind === "flag" && text(body, s.name) !== "").map((s) => s.name),
    scope: scope === "all" || scope === "some" ? scope : "",
    communityCodes: list(body, "communityCodes"),
  };
}

/**
 * The form's fields as the mutation's input, or the problems a form alone can have: a number that
 * is not one, a choice not offered. An empty optional field is left out, so the API applies its
 * own default; every other rule is the API's, answered beside the field it names.
 */
function toInput(
  values: FormValues,
  specs: readonly FieldSpec[],
): { input: Record<string, unknown>; issues: Record<string, string> } {
  const input: Record<string, unknown> = {};
  const issues: Record<string, string> = {};
  for (const spec of specs) {
    if (spec.kind === "flag") {
      input[spec.name] = values.flags.includes(spec.name);
      continue;
    }
    const typed = (values.fields[spec.name] ?? "").trim();
    if (typed === "" && !spec.required) continue;
    if (spec.kind === "int") {
      if (/^-?\d{1,9}$/.test(typed)) input[spec.name] = Number(typed);
      else issues[spec.name] = `${spec.label}应为整数`;
    } else if (spec.kind === "choice" && spec.choices && !(typed in spec.choices)) {
      issues[spec.name] = `请选择${spec.label}`;
    } else input[spec.name] = spec.kind === "long" ? (values.fields[spec.name] ?? "") : typed;
  }
  return { input, issues };
}

/** Where a posting or course goes, as the API's `communityCodes`, or why the choice cannot be sent. */
function scopeInput(values: FormValues): { communityCodes: string[]; issue?: string } {
  if (values.scope === "") return { communityCodes: [], issue: "请选择发布到本县全部社区，或勾选部分社区" };
  // The API reads an empty list as every community of the county, so "some" with none ticked never reaches it.
  if (values.scope === "some" && values.communityCodes.length === 0) return { communityCodes: [], issue: "请至少勾选一个社区" };
  return { communityCodes: values.scope === "all" ? [] : values.communityCodes };
}

/** The fields and the scope together: one input, and every problem the form alone has. */
function scopedInput(values: FormValues, specs: readonly FieldSpec[]) {
  const { input, issues } = toInput(values, specs);
  const { communityCodes, issue } = scopeInput(values);
  return { input: { ...input, communityCodes }, issues: issue ? { ...issues, communityCodes: issue } : issues };
}

export function postingInput(values: FormValues) {
  const { input, issues } = scopedInput(values, POSTING_FIELDS);
  // The names and kinds above are checked against the input type; the values' own rules are the API's.
  return { input: input as PostingInput, issues };
}

export function courseInput(values: FormValues, countyCode: string) {
  const { input, issues } = scopedInput(values, COURSE_FIELDS);
  return { input: { ...input, countyCode } as CourseInput, issues };
}

export function employerInput(values: FormValues, countyCode: string) {
  const { input, issues } = toInput(values, EMPLOYER_FIELDS);
  return { input: { ...input, countyCode } as EmployerInput, issues };
}
