import { z } from "zod";
import type { Viewer } from "../auth/viewer.ts";
import { type Db, inTransaction, type Tx } from "../db/client.ts";
import type { Employer, JobBoard, JobPosting, Prisma, TrainingCourse } from "../db/generated/client.ts";
import { publishNotice } from "../disclosures/service.ts";
import { type FieldIssue, NotFoundError, StateConflictError, ValidationError } from "../errors.ts";
import { decimalString, FEN, yuan } from "../money.ts";
import { isoDate, monthCode, parsePeriod, periodLabel } from "../periods.ts";
import { uploadFields } from "../sheets/upload.ts";
import { enumOf, flag, optionalText, parseInput, patchOf, requiredText, withDefault } from "../validation.ts";
import { boardMarkdown } from "./board.ts";
import {
  EMPLOYER_KIND_LABELS,
  JOB_KIND_LABELS,
  LOCATION_SCOPE_LABELS,
  PAY_KIND_LABELS,
  POSTING_STATUS_LABELS,
  TRADE_LABELS,
} from "./labels.ts";
import { checkPlace, resolvePlace } from "./places.ts";
import { parsePostingSheet } from "./sheet.ts";

const optionalFen = (label: string) =>
  decimalString(FEN, label)
    .nullish()
    .transform((v) => v ?? null);
const phone = z
  .string()
  .trim()
  .regex(/^[0-9+\- ]{5,20}$/, "联系电话应为 5–20 位数字，可含空格、- 或 +");
const communityCodes = withDefault(z.array(z.string().trim().min(1)).max(500), []);

const employerInput = z.object({
  countyCode: requiredText("县代码", 20),
  name: requiredText("用工单位名称", 100),
  kind: enumOf(EMPLOYER_KIND_LABELS, "用工单位类型"),
  verified: flag(),
  contactPhone: phone.nullish().transform((v) => v ?? null),
  address: optionalText("地址", 200),
});

const postingFields = z.object({
  employerId: requiredText("用工单位", 50),
  title: requiredText("岗位名称", 60),
  kind: enumOf(JOB_KIND_LABELS, "岗位类型"),
  openings: z.number().int().min(1, "招聘人数至少为 1"),
  ageMin: z
    .number()
    .int()
    .min(16, "最低年龄不能小于 16 岁")
    .max(70)
    .nullish()
    .transform((v) => v ?? null),
  ageMax: z
    .number()
    .int()
    .min(16)
    .max(75, "最高年龄不能大于 75 岁")
    .nullish()
    .transform((v) => v ?? null),
  education: optionalText("学历要求", 50),
  skills: optionalText("技能要求"),
  health: optionalText("健康要求", 100),
  /** Where the work is; left out for work in the county, it is filled from the county (see resolvePlace). */
  workProvince: optionalText("工作省份", 20),
  workCity: optionalText("工作城市", 30),
  workDistrict: optionalText("工作区县", 30),
  /** The address within the district (street, park, building); where to register is applyPlace. */
  workAddress: requiredText("工作地点", 200),
  locationScope: enumOf(LOCATION_SCOPE_LABELS, "地点范围"),
  payKind: enumOf(PAY_KIND_LABELS, "计薪方式"),
  payMin: decimalString(FEN, "月收入下限"),
  payMax: decimalString(FEN, "月收入上限"),
  pieceRate: optionalText("计件标准", 100),
  socialInsurance: flag(),
  meals: flag(),
  housing: flag(),
  transport: flag(),
  hours: requiredText("工作时间", 100),
  flexible: flag(),
  homeBased: flag(),
  postSubsidy: optionalFen("公益岗补贴"),
  termMonths: z
    .number()
    .int()
    .min(1)
    .max(60, "岗位期限不能超过 60 个月")
    .nullish()
    .transform((v) => v ?? null),
  exportSubsidy: optionalFen("输出补贴"),
  applyContact: requiredText("联系人", 50),
  applyPhone: phone,
  applyPlace: requiredText("报名地点", 200),
  validFrom: isoDate("开始日期"),
  validUntil: isoDate("截止日期"),
  communityCodes,
});

type PostingFields = z.output<typeof postingFields>;

/** Rules that tie fields together; checked on the merged record, so they hold after partial edits too. */
function checkPosting(p: PostingFields, ctx: z.RefinementCtx) {
  const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
  if (p.ageMin !== null && p.ageMax !== null && p.ageMin > p.ageMax) issue("ageMax", "最高年龄不能小于最低年龄");
  if (p.payMin > p.payMax) issue("payMax", "月收入上限不能低于下限");
  if (p.validFrom > p.validUntil) issue("validUntil", "截止日期不能早于开始日期");
  if (p.payKind === "PIECE_RATE" && !p.pieceRate) issue("pieceRate", "计件岗位请填写计件标准");
  if (p.kind === "PUBLIC_WELFARE" && (p.postSubsidy === null || p.termMonths === null)) {
    issue(p.postSubsidy === null ? "postSubsidy" : "termMonths", "公益性岗位请填写岗位补贴和岗位期限");
  }
  if (p.kind !== "LABOUR_EXPORT" && p.exportSubsidy !== null) issue("exportSubsidy", "只有劳务输出岗位才有输出补贴");
}

const postingInput = postingFields.superRefine(checkPosting);
const updatePostingArgs = z.object({ id: z.string(), input: patchOf(postingFields) });
const postingStatusArgs = z.object({ id: z.string(), status: enumOf(POSTING_STATUS_LABELS, "招聘状态") });

const courseFields = z.object({
  countyCode: requiredText("县代码", 20),
  title: requiredText("课程名称", 80),
  trade: enumOf(TRADE_LABELS, "培训工种"),
  provider: requiredText("培训机构", 100),
  startsOn: isoDate("开课日期"),
  endsOn: isoDate("结课日期"),
  sessions: requiredText("课时安排", 200),
  place: requiredText("培训地点", 200),
  capacity: z.number().int().min(1, "名额至少为 1"),
  enrolled: withDefault(z.number().int().min(0), 0),
  cost: withDefault(decimalString(FEN, "学员自付费用"), 0),
  trainingSubsidy: optionalFen("培训补贴"),
  livingAllowancePerDay: optionalFen("生活费补助"),
  eligibility: requiredText("报名条件", 300),
  certificate: optionalText("证书", 100),
  howToRegister: requiredText("报名方式", 300),
  registrationDeadline: isoDate("报名截止日期"),
  communityCodes,
});

const courseInput = courseFields.superRefine((c, ctx) => {
  if (c.startsOn > c.endsOn) ctx.addIssue({ code: "custom", path: ["endsOn"], message: "结课日期不能早于开课日期" });
  if (c.registrationDeadline > c.endsOn) {
    ctx.addIssue({ code: "custom", path: ["registrationDeadline"], message: "报名截止日期不能晚于结课日期" });
  }
  if (c.enrolled > c.capacity) ctx.addIssue({ code: "custom", path: ["enrolled"], message: "已报名人数不能超过名额" });
});

const enrolmentArgs = z.object({
  id: z.string(),
  enrolled: z.number().int("已报名人数应为整数").min(0, "已报名人数不能为负"),
  status: enumOf(POSTING_STATUS_LABELS, "报名状态").nullish(),
});
const boardArgs = z.object({ communityCode: requiredText("社区代码", 50), month: monthCode });
const importArgs = z.object({ countyCode: requiredText("县代码", 20), ...uploadFields(5) });

export type EmployerInput = z.input<typeof employerInput>;
export type JobPostingInput = z.input<typeof postingInput>;
export type UpdateJobPostingArgs = z.input<typeof updatePostingArgs>;
export type JobPostingStatusArgs = z.input<typeof postingStatusArgs>;
export type TrainingCourseInput = z.input<typeof courseInput>;
export type CourseEnrolmentArgs = z.input<typeof enrolmentArgs>;
export type JobBoardArgs = z.input<typeof boardArgs>;
export type ImportJobPostingsArgs = z.input<typeof importArgs>;

/** The communities a posting or course is for: the named ones (all in the county), or every community of the county. */
async function targetIds(tx: Tx, countyId: string, codes: string[]): Promise<string[]> {
  if (codes.length === 0) {
    const all = await tx.community.findMany({ where: { township: { countyId } }, select: { id: true } });
    return all.map((c) => c.id);
  }
  const found = await tx.community.findMany({
    where: { code: { in: codes } },
    select: { id: true, code: true, township: { select: { countyId: true } } },
  });
  const wrong = codes.filter((code) => !found.some((f) => f.code === code && f.township.countyId === countyId));
  if (wrong.length)
    throw new ValidationError([{ field: "input.communityCodes", message: `不是本县的社区：${wrong.join("、")}` }]);
  return found.map((f) => f.id);
}

export async function createEmployer(db: Db, _viewer: Viewer, raw: EmployerInput): Promise<Employer> {
  const input = parseInput(employerInput, raw);
  return db.$transaction(async (tx) => {
    const county = await tx.county.findUnique({ where: { code: input.countyCode } });
    if (!county) throw new ValidationError([{ field: "input.countyCode", message: `县不存在：${input.countyCode}` }]);
    if (await tx.employer.findUnique({ where: { countyId_name: { countyId: county.id, name: input.name } } })) {
      throw new ValidationError([{ field: "input.name", message: `本县已登记用工单位“${input.name}”` }]);
    }
    const { countyCode: _, ...fields } = input;
    return tx.employer.create({ data: { ...fields, countyId: county.id } });
  });
}

function postingColumns(p: PostingFields) {
  const { communityCodes: _, employerId: __, ...columns } = p;
  return columns;
}

export function createJobPosting(db: Db | Tx, _viewer: Viewer, raw: JobPostingInput): Promise<JobPosting> {
  return insertPosting(db, raw, "input");
}

/** `field` names where the posting came from: the mutation's `input`, or a row of an imported file. */
async function insertPosting(db: Db | Tx, raw: JobPostingInput, field: string): Promise<JobPosting> {
  const input = parseInput(postingInput, raw, field);
  return inTransaction(db, async (tx) => {
    const employer = await tx.employer.findUnique({ where: { id: input.employerId }, include: { county: true } });
    if (!employer) throw new ValidationError([{ field: `${field}.employerId`, message: "用工单位不存在，请先登记用工单位" }]);
    const place = resolvePlace(input, employer.county, field);
    const ids = await targetIds(tx, employer.countyId, input.communityCodes);
    return tx.jobPosting.create({
      data: {
        ...postingColumns(input),
        ...place,
        employerId: employer.id,
        countyId: employer.countyId,
        isSample: employer.isSample,
        targets: { create: ids.map((communityId) => ({ communityId })) },
      },
    });
  });
}

/**
 * Postings are working records, not disclosures: staff may edit them. What was offered in a month
 * is kept by that month's board, which froze the text when it was published.
 */
export async function updateJobPosting(db: Db, _viewer: Viewer, args: UpdateJobPostingArgs): Promise<JobPosting> {
  const { id, input: patch } = parseInput(updatePostingArgs, args, "");
  const raw = args.input;
  return db.$transaction(async (tx) => {
    const current = await tx.jobPosting.findUnique({
      where: { id },
      include: { county: true, targets: { include: { community: true } } },
    });
    if (!current) throw new NotFoundError(id, "招聘岗位不存在");
    const merged = parseInput(postingInput, {
      ...fromRow(current),
      communityCodes: current.targets.map((t) => t.community.code),
      // The patch as sent, not as parsed: the merged record is parsed once more as a whole.
      ...Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined)),
    });
    // "Every community of the county" is a county-level decision, made when the posting is created.
    // The schema defaults missing targets to [], so what the caller sent is read from the raw input.
    const retarget = raw.communityCodes !== undefined;
    if (retarget && patch.communityCodes?.length === 0) {
      throw new ValidationError([
        { field: "input.communityCodes", message: "修改目标社区时请列出社区代码；面向全县的岗位请由县级编辑重新发布" },
      ]);
    }
    if (patch.employerId && patch.employerId !== current.employerId) {
      throw new ValidationError([{ field: "input.employerId", message: "岗位的用工单位不能更改；请另行发布新岗位" }]);
    }
    if (retarget) {
      const ids = await targetIds(tx, current.countyId, merged.communityCodes);
      await tx.jobTarget.deleteMany({ where: { postingId: id } });
      await tx.jobTarget.createMany({ data: ids.map((communityId) => ({ postingId: id, communityId })) });
    }
    const place = resolvePlace(merged, current.county, "input");
    return tx.jobPosting.update({ where: { id }, data: { ...postingColumns(merged), ...place } });
  });
}

/** A stored posting in the shape its input takes, so edits are validated like new postings. */
function fromRow(p: JobPosting) {
  const yuan = (fen: number | null) => (fen === null ? null : (fen / 100).toFixed(2));
  return {
    ...p,
    payMin: yuan(p.payMin),
    payMax: yuan(p.payMax),
    postSubsidy: yuan(p.postSubsidy),
    exportSubsidy: yuan(p.exportSubsidy),
  };
}

export async function setJobPostingStatus(db: Db, _viewer: Viewer, args: JobPostingStatusArgs): Promise<JobPosting> {
  const { id, status } = parseInput(postingStatusArgs, args, "");
  const found = await db.jobPosting.findUnique({ where: { id } });
  if (!found) throw new NotFoundError(id, "招聘岗位不存在");
  return db.jobPosting.update({ where: { id }, data: { status } });
}

export async function createTrainingCourse(db: Db, _viewer: Viewer, raw: TrainingCourseInput): Promise<TrainingCourse> {
  const input = parseInput(courseInput, raw);
  return db.$transaction(async (tx) => {
    const county = await tx.county.findUnique({ where: { code: input.countyCode } });
    if (!county) throw new ValidationError([{ field: "input.countyCode", message: `县不存在：${input.countyCode}` }]);
    const ids = await targetIds(tx, county.id, input.communityCodes);
    const { countyCode: _, communityCodes: __, ...columns } = input;
    return tx.trainingCourse.create({
      data: { ...columns, countyId: county.id, targets: { create: ids.map((communityId) => ({ communityId })) } },
    });
  });
}

export async function setCourseEnrolment(db: Db, _viewer: Viewer, args: CourseEnrolmentArgs) {
  const { id, enrolled, status } = parseInput(enrolmentArgs, args, "");
  const course = await db.trainingCourse.findUnique({ where: { id } });
  if (!course) throw new NotFoundError(id, "培训课程不存在");
  if (!Number.isInteger(enrolled) || enrolled < 0 || enrolled > course.capacity) {
    throw new ValidationError([{ field: "enrolled", message: `已报名人数应在 0 到名额 ${course.capacity} 之间` }]);
  }
  return db.trainingCourse.update({ where: { id }, data: { enrolled, ...(status ? { status } : {}) } });
}

/** Open on a date: still recruiting and within its dates. Expiry needs no scheduled job. */
export const openOn = (date: string): Prisma.JobPostingWhereInput => ({
  status: "OPEN",
  validFrom: { lte: date },
  validUntil: { gte: date },
});

/** Open for registration on a date. */
export const courseOpenOn = (date: string): Prisma.TrainingCourseWhereInput => ({
  status: "OPEN",
  registrationDeadline: { gte: date },
});

/**
 * Publishes a community's monthly board (每月公开): a JOBS disclosure freezing the postings open at
 * some point in the month and the courses taking registrations, so what was offered survives expiry
 * and later edits.
 */
export async function publishJobBoard(db: Db, viewer: Viewer, args: JobBoardArgs, at = new Date()): Promise<JobBoard> {
  const input = parseInput(boardArgs, args, "");
  const period = parsePeriod(input.month);
  if (!period) throw new ValidationError([{ field: "month", message: "月份不正确" }]);
  return db.$transaction(async (tx) => {
    const community = await tx.community.findUnique({ where: { code: input.communityCode } });
    if (!community) throw new ValidationError([{ field: "communityCode", message: `社区不存在：${input.communityCode}` }]);
    if (await tx.jobBoard.findUnique({ where: { communityId_month: { communityId: community.id, month: input.month } } })) {
      throw new StateConflictError("JOB_BOARD_EXISTS", `${input.month} 的就业信息已公开；岗位变化请在下月公开`);
    }
    const [postings, courses] = await Promise.all([
      tx.jobPosting.findMany({
        where: {
          status: "OPEN",
          validFrom: { lte: period.end },
          validUntil: { gte: period.start },
          targets: { some: { communityId: community.id } },
        },
        include: { employer: true },
        orderBy: [{ payMax: "desc" }, { id: "asc" }],
      }),
      tx.trainingCourse.findMany({
        where: {
          status: "OPEN",
          registrationDeadline: { gte: period.start },
          startsOn: { lte: period.end },
          targets: { some: { communityId: community.id } },
        },
        orderBy: [{ startsOn: "asc" }, { id: "asc" }],
      }),
    ]);
    const notice = await publishNotice(
      tx,
      viewer,
      {
        communityCodes: [community.code],
        categoryCode: "JOBS",
        title: `${community.name}${periodLabel(period)}就业岗位和技能培训信息`,
        body: boardMarkdown(period, postings, courses),
        period: input.month,
        isSample: community.isSample,
      },
      at,
    );
    return tx.jobBoard.create({
      data: {
        communityId: community.id,
        month: input.month,
        disclosureId: notice.id,
        postings: postings.length,
        courses: courses.length,
      },
    });
  });
}

/** Publishes the month's board for every community (of a county) that has none yet; used by the CLI on the 1st. */
export async function publishMissingBoards(
  db: Db,
  viewer: Viewer,
  input: { month: string; countyCode?: string },
  at = new Date(),
) {
  const { month, countyCode } = input;
  const communities = await db.community.findMany({
    where: { ...(countyCode ? { township: { county: { code: countyCode } } } : {}), jobBoards: { none: { month } } },
    orderBy: { code: "asc" },
  });
  const published: JobBoard[] = [];
  for (const c of communities) published.push(await publishJobBoard(db, viewer, { communityCode: c.code, month }, at));
  return published;
}

/**
 * Imports postings from an uploaded CSV/XLSX for a county: every row checked (employers must be
 * registered, target communities must be the county's), then all created in one transaction, or none.
 */
export async function importJobPostings(db: Db, _viewer: Viewer, args: ImportJobPostingsArgs): Promise<JobPosting[]> {
  const input = parseInput(importArgs, args, "");
  const county = await db.county.findUnique({
    where: { code: input.countyCode },
    include: { employers: true, townships: { include: { communities: true } } },
  });
  if (!county) throw new ValidationError([{ field: "countyCode", message: `县不存在：${input.countyCode}` }]);
  const rows = await parsePostingSheet(input.fileName, input.contentBase64);

  const employers = new Map(county.employers.map((e) => [e.name, e.id]));
  const codes = new Set(county.townships.flatMap((t) => t.communities.map((c) => c.code)));
  const issues: FieldIssue[] = [];
  rows.forEach((row, i) => {
    const n = i + 2; // the header is row 1
    if (!employers.has(row.employer))
      issues.push({ field: `file.row${n}.employer`, message: `第${n}行「用工单位」“${row.employer}”尚未登记，请先登记用工单位` });
    for (const { field, message } of checkPlace(row, county).issues) {
      issues.push({ field: `file.row${n}.${field}`, message: `第${n}行：${message}` });
    }
    const foreign = row.communityCodes.filter((c) => !codes.has(c));
    if (foreign.length)
      issues.push({ field: `file.row${n}.communityCodes`, message: `第${n}行「目标社区」不是本县的社区：${foreign.join("、")}` });
  });
  if (issues.length) throw new ValidationError(issues);

  return db.$transaction(async (tx) => {
    const created: JobPosting[] = [];
    for (const [i, { employer, payMin, payMax, postSubsidy, exportSubsidy, ...row }] of rows.entries()) {
      const money = (fen: number | null) => (fen === null ? null : yuan(fen));
      created.push(
        await insertPosting(
          tx,
          {
            ...row,
            employerId: employers.get(employer) ?? "",
            payMin: yuan(payMin),
            payMax: yuan(payMax),
            postSubsidy: money(postSubsidy),
            exportSubsidy: money(exportSubsidy),
          },
          `file.row${i + 2}`,
        ),
      );
    }
    return created;
  });
}
