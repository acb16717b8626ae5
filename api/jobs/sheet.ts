import { yuan } from "../money.ts";
import {
  accept,
  amount,
  type CellKind,
  defineColumns,
  integer,
  isoDate,
  oneOf,
  parseSheet,
  reject,
  sheetHeaders,
  sheetTemplate,
  shown,
  text,
  yesNo,
} from "../sheets/grid.ts";
import { JOB_KIND_LABELS, LOCATION_SCOPE_LABELS, PAY_KIND_LABELS } from "./labels.ts";

/**
 * Job postings as county and community employment staff upload them: one header row, then one
 * posting per row. Parsing is all-or-nothing — every problem in the file is reported at once.
 * Limits follow the posting input the API validates, so a parsed row is not rejected again there.
 */
export interface PostingRow {
  title: string;
  /** The employer's name, as registered in the county. */
  employer: string;
  kind: keyof typeof JOB_KIND_LABELS;
  openings: number;
  ageMin: number | null;
  ageMax: number | null;
  education: string | null;
  skills: string | null;
  health: string | null;
  /** The place of work; left empty for work in the county, it is filled from the county. */
  workProvince: string | null;
  workCity: string | null;
  workDistrict: string | null;
  /** The address within the district; where to register is applyPlace. */
  workAddress: string;
  locationScope: keyof typeof LOCATION_SCOPE_LABELS;
  payKind: keyof typeof PAY_KIND_LABELS;
  /** Fen per month (for piece rates: what a worker typically earns). */
  payMin: number;
  /** Fen per month. */
  payMax: number;
  pieceRate: string | null;
  socialInsurance: boolean;
  meals: boolean;
  housing: boolean;
  transport: boolean;
  flexible: boolean;
  homeBased: boolean;
  hours: string;
  /** Fen per month. */
  postSubsidy: number | null;
  termMonths: number | null;
  /** Fen, one-off. */
  exportSubsidy: number | null;
  applyContact: string;
  applyPhone: string;
  applyPlace: string;
  /** YYYY-MM-DD. */
  validFrom: string;
  /** YYYY-MM-DD, inclusive. */
  validUntil: string;
  /** Empty: every community of the county. */
  communityCodes: string[];
}

const MAX_COMMUNITIES = 500;

/** Community codes such as RJ-FUMIN, separated by 、 , ， or spaces; read case-insensitively, kept upper-case, without repeats. */
function communityCodeList(): CellKind<string[], string[]> {
  return {
    parse(value) {
      const codes = [
        ...new Set(
          value
            .split(/[、,，\s]+/)
            .filter(Boolean)
            .map((code) => code.toUpperCase()),
        ),
      ];
      const wrong = codes.filter((code) => code.length > 50 || !/^[A-Z0-9]+(?:-[A-Z0-9]+)*$/.test(code));
      if (wrong.length > 0) {
        return reject(
          `中的${wrong.map((code) => `“${shown(code)}”`).join("、")}不是社区代码：应为如 RJ-FUMIN 的代码，多个用顿号、逗号或空格分隔，留空表示全县所有社区`,
        );
      }
      if (codes.length > MAX_COMMUNITIES) return reject(`最多填写${MAX_COMMUNITIES}个社区，实际为${codes.length}个`);
      return accept(codes);
    },
    empty: [],
    format: (codes) => codes.join("、"),
    numFmt: "@",
  };
}

export const COLUMNS = defineColumns([
  { field: "title", label: "岗位名称", kind: text({ max: 60 }), required: true, width: 24 },
  { field: "employer", label: "用工单位", kind: text({ max: 100 }), required: true, width: 28 },
  { field: "kind", label: "岗位类型", kind: oneOf(JOB_KIND_LABELS), required: true, width: 12 },
  { field: "openings", label: "招聘人数", kind: integer({ min: 1 }), required: true, width: 10 },
  { field: "ageMin", label: "最低年龄", kind: integer({ min: 16, max: 70 }), required: false, width: 10 },
  { field: "ageMax", label: "最高年龄", kind: integer({ min: 16, max: 75 }), required: false, width: 10 },
  { field: "education", label: "学历要求", kind: text({ max: 50 }), required: false, width: 12 },
  { field: "skills", label: "技能要求", kind: text({ max: 500 }), required: false, width: 30 },
  { field: "health", label: "健康要求", kind: text({ max: 100 }), required: false, width: 24 },
  { field: "workProvince", label: "工作省份", kind: text({ max: 20 }), required: false, width: 12 },
  { field: "workCity", label: "工作城市", kind: text({ max: 30 }), required: false, width: 12 },
  { field: "workDistrict", label: "工作区县", kind: text({ max: 30 }), required: false, width: 12 },
  { field: "workAddress", label: "工作地点", kind: text({ max: 200 }), required: true, width: 30 },
  { field: "locationScope", label: "地点范围", kind: oneOf(LOCATION_SCOPE_LABELS), required: true, width: 10 },
  { field: "payKind", label: "计薪方式", kind: oneOf(PAY_KIND_LABELS), required: true, width: 10 },
  { field: "payMin", label: "月收入下限", unit: "元", kind: amount(), required: true, width: 16 },
  { field: "payMax", label: "月收入上限", unit: "元", kind: amount(), required: true, width: 16 },
  { field: "pieceRate", label: "计件标准", kind: text({ max: 100 }), required: false, width: 30 },
  { field: "socialInsurance", label: "社保", kind: yesNo(), required: false, width: 8 },
  { field: "meals", label: "包吃", kind: yesNo(), required: false, width: 8 },
  { field: "housing", label: "包住", kind: yesNo(), required: false, width: 8 },
  { field: "transport", label: "交通补贴", kind: yesNo(), required: false, width: 10 },
  { field: "flexible", label: "弹性工作", kind: yesNo(), required: false, width: 10 },
  { field: "homeBased", label: "居家就业", kind: yesNo(), required: false, width: 10 },
  { field: "hours", label: "工作时间", kind: text({ max: 100 }), required: true, width: 28 },
  { field: "postSubsidy", label: "公益岗补贴", unit: "元/月", kind: amount(), required: false, width: 18 },
  { field: "termMonths", label: "岗位期限", unit: "月", kind: integer({ min: 1, max: 60 }), required: false, width: 14 },
  { field: "exportSubsidy", label: "输出补贴", unit: "元", kind: amount(), required: false, width: 14 },
  { field: "applyContact", label: "联系人", kind: text({ max: 50 }), required: true, width: 20 },
  {
    field: "applyPhone",
    label: "联系电话",
    kind: text({ pattern: /^[0-9+\- ]{5,20}$/, hint: "应为5～20位数字，可含空格、-或+" }),
    required: true,
    width: 16,
  },
  { field: "applyPlace", label: "报名地点", kind: text({ max: 200 }), required: true, width: 30 },
  { field: "validFrom", label: "开始日期", kind: isoDate(), required: true, width: 12 },
  { field: "validUntil", label: "截止日期", kind: isoDate(), required: true, width: 12 },
  { field: "communityCodes", label: "目标社区", kind: communityCodeList(), required: false, width: 36 },
]);

export const POSTING_HEADERS: readonly string[] = sheetHeaders(COLUMNS);

export const SHEET_NAME = "招聘岗位";

const EXAMPLE_ROWS: readonly PostingRow[] = [
  {
    title: "苗绣绣娘（可居家）",
    employer: "富民社区苗绣扶贫车间",
    kind: "REGULAR",
    openings: 20,
    ageMin: 18,
    ageMax: 65,
    education: null,
    skills: "会刺绣者优先，不会的车间免费教",
    health: null,
    workProvince: null,
    workCity: null,
    workDistrict: null,
    workAddress: "富民社区综合服务中心一楼苗绣车间（可领料回家绣）",
    locationScope: "COMMUNITY",
    payKind: "PIECE_RATE",
    payMin: 150_000,
    payMax: 350_000,
    pieceRate: "按件计酬，每幅绣片35–120元，每周结算",
    socialInsurance: false,
    meals: false,
    housing: false,
    transport: false,
    flexible: true,
    homeBased: true,
    hours: "时间自由，每周到车间交货领料一次",
    postSubsidy: null,
    termMonths: null,
    exportSubsidy: null,
    applyContact: "车间负责人杨女士",
    applyPhone: "0855-6626302",
    applyPlace: "富民社区综合服务中心一楼苗绣车间",
    validFrom: "2026-03-01",
    validUntil: "2026-05-31",
    communityCodes: ["RJ-FUMIN", "RJ-WOLONG", "RJ-YANGGUANG"],
  },
  {
    title: "小区保洁员（公益性岗位）",
    employer: "榕江县城市管理局",
    kind: "PUBLIC_WELFARE",
    openings: 6,
    ageMin: 40,
    ageMax: 60,
    education: null,
    skills: "优先安排脱贫户、监测户中就业困难人员",
    health: "身体健康，能胜任体力劳动",
    workProvince: null,
    workCity: null,
    workDistrict: null,
    workAddress: "卧龙社区各楼栋及公共区域",
    locationScope: "COMMUNITY",
    payKind: "MONTHLY",
    payMin: 180_000,
    payMax: 180_000,
    pieceRate: null,
    socialInsurance: true,
    meals: false,
    housing: false,
    transport: false,
    flexible: false,
    homeBased: false,
    hours: "每天6小时，早晚各一班",
    postSubsidy: 180_000,
    termMonths: 12,
    exportSubsidy: null,
    applyContact: "社区就业服务窗口",
    applyPhone: "0855-6626301",
    applyPlace: "卧龙社区综合服务中心一楼就业窗口",
    validFrom: "2026-03-01",
    validUntil: "2026-03-31",
    communityCodes: ["RJ-WOLONG"],
  },
  {
    title: "浙江宁波家电厂组织输出（普工）",
    employer: "榕江县人力资源服务有限公司",
    kind: "LABOUR_EXPORT",
    openings: 30,
    ageMin: 18,
    ageMax: 45,
    education: null,
    skills: "统一组织乘车前往，途中有专人带队",
    health: null,
    // Where the work is; where to register and gather is the county hall, in 报名地点.
    workProvince: "浙江省",
    workCity: "宁波市",
    workDistrict: "慈溪市",
    workAddress: "周巷镇家电产业园",
    locationScope: "OUT_OF_PROVINCE",
    payKind: "MONTHLY",
    payMin: 550_000,
    payMax: 750_000,
    pieceRate: null,
    socialInsurance: true,
    meals: true,
    housing: true,
    transport: true,
    flexible: false,
    homeBased: false,
    hours: "8小时工作制，加班另计",
    postSubsidy: null,
    termMonths: null,
    exportSubsidy: 100_000,
    applyContact: "县人社局劳务输出窗口",
    applyPhone: "0855-6626301",
    applyPlace: "报名：各安置社区就业窗口；出发集合：榕江县古州镇人社服务大厅",
    validFrom: "2026-03-01",
    validUntil: "2026-03-31",
    communityCodes: [],
  },
];

/** Parses CSV (UTF-8, optional BOM) or XLSX, chosen by the file name's extension (.csv/.xlsx, case-insensitive). */
export async function parsePostingSheet(fileName: string, bytes: Uint8Array): Promise<PostingRow[]> {
  return await parseSheet(fileName, bytes, COLUMNS, {
    sheetName: SHEET_NAME,
    noRowsMessage: "文件中没有数据行：第1行为表头，请从第2行起每行填写一个岗位",
    // A value is undefined where its cell was already reported, so each check waits for valid cells.
    checkRow(row, context) {
      const { invalid, header } = context;
      if (row.ageMin != null && row.ageMax != null && row.ageMin > row.ageMax) {
        invalid("ageMax", `（${row.ageMax}）不能小于「${header("ageMin")}」（${row.ageMin}）`);
      }
      if (row.payMin !== undefined && row.payMax !== undefined && row.payMin > row.payMax) {
        invalid("payMax", `（${yuan(row.payMax)}）不能低于「${header("payMin")}」（${yuan(row.payMin)}）`);
      }
      if (row.validFrom !== undefined && row.validUntil !== undefined && row.validFrom > row.validUntil) {
        invalid("validUntil", `（${row.validUntil}）不能早于「${header("validFrom")}」（${row.validFrom}）`);
      }
      if (row.payKind === "PIECE_RATE" && row.pieceRate === null) {
        invalid("pieceRate", `不能为空：「${header("payKind")}」为「计件」的岗位须写明计件标准，如“每幅绣片35–120元”`);
      }
      if (row.kind === "PUBLIC_WELFARE") {
        for (const field of ["postSubsidy", "termMonths"] as const) {
          if (row[field] === null) invalid(field, "不能为空：「公益性岗位」须填写公益岗补贴和岗位期限");
        }
      }
      if (row.kind !== undefined && row.kind !== "LABOUR_EXPORT" && row.exportSubsidy != null) {
        invalid(
          "exportSubsidy",
          `应留空：只有「劳务输出」岗位才有输出补贴，本行「${header("kind")}」为「${JOB_KIND_LABELS[row.kind]}」`,
        );
      }
    },
  });
}

/**
 * A template with the headers and three example rows (a workshop's home-based embroidery piece work,
 * a public-welfare cleaner post, labour export to Ningbo with its place of work apart from where to register) as CSV (UTF-8 with BOM so Excel opens it) or XLSX (sheet named
 * 招聘岗位, bold frozen header, sensible column widths).
 */
export async function postingSheetTemplate(format: "csv" | "xlsx"): Promise<Uint8Array> {
  return await sheetTemplate(format, COLUMNS, EXAMPLE_ROWS, SHEET_NAME);
}
