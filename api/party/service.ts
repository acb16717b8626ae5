/**
 * Party affairs (党务公开) as records: meetings (三会一课), member-development notices with their
 * windows, democratic appraisal counts and Party-fee totals. Each record is published at once as a
 * PARTY_AFFAIRS notice through publishNotice (immutable, hashed); corrections are new records that
 * point at what they correct, and both stay visible.
 */
import { z } from "zod";
import type { Viewer } from "../auth/viewer.ts";
import { catalogueItemNamed } from "../catalogue/service.ts";
import { type Db, inTransaction, type Tx } from "../db/client.ts";
import type { PartyAppraisal, PartyDevelopmentNotice, PartyFeeMonth, PartyMeeting } from "../db/generated/client.ts";
import { correct, publishNotice } from "../disclosures/service.ts";
import { NotFoundError, StateConflictError, ValidationError } from "../errors.ts";
import { decimalString, FEN } from "../money.ts";
import { isoDate, monthCode, todayInShanghai } from "../periods.ts";
import { enumOf, parseInput, requiredText, withDefault } from "../validation.ts";
import {
  PARTY_DEVELOPMENT_STAGE_LABELS,
  PARTY_GENDER_LABELS,
  PARTY_MEETING_LABELS,
  PARTY_NOTICE_TITLES,
  type PartyMeetingKind,
} from "./labels.ts";
import { appraisalMarkdown, feesMarkdown, meetingMarkdown, meetingTitle, noticeMarkdown } from "./render.ts";
import { APPRAISAL_ITEM, DEVELOPMENT_ITEM, MEETING_SCHEDULE, NOTICE_RULES } from "./rules.ts";
import { windowEnd } from "./window.ts";

const headcount = (label: string) =>
  z.number().int(`${label}应为整数`).nonnegative(`${label}不能为负`).max(100_000, `${label}不能超过 100000`);
const reason = z.string().trim().min(4, "请说明更正原因（至少 4 个字）").max(500, "原因不能超过 500 个字");

/** A meeting as held: present never more than the members expected. */
const meeting = z
  .object({
    heldOn: isoDate("会议日期"),
    topic: requiredText("会议主题", 100),
    members: headcount("应到人数").min(1, "应到人数至少为 1"),
    present: headcount("实到人数"),
    summary: requiredText("会议情况摘要", 2000),
  })
  .superRefine((m, ctx) => {
    if (m.present > m.members) ctx.addIssue({ code: "custom", path: ["present"], message: "实到人数不能多于应到人数" });
  });

const meetingInput = z.object({
  communityCode: requiredText("社区代码", 50),
  kind: enumOf(PARTY_MEETING_LABELS, "会议类型"),
  meeting,
});
const meetingCorrection = z.object({ id: z.string(), meeting, reason });

const thisYear = (at: Date) => Number(todayInShanghai(at).slice(0, 4));

const candidate = z.object({
  name: requiredText("姓名", 20).refine((s) => [...s].length >= 2, "姓名至少 2 个字"),
  gender: enumOf(PARTY_GENDER_LABELS, "性别"),
  birthYear: z.number().int("出生年份应为整数").min(1900, "出生年份不能早于 1900 年").max(2100, "出生年份不正确"),
});

const noticeInput = z.object({
  communityCode: requiredText("社区代码", 50),
  stage: enumOf(PARTY_DEVELOPMENT_STAGE_LABELS, "公示阶段"),
  opensOn: isoDate("公示开始日期"),
  workingDays: withDefault(
    z
      .number()
      .int("公示工作日数应为整数")
      .min(NOTICE_RULES.minWorkingDays, `公示期不能少于 ${NOTICE_RULES.minWorkingDays} 个工作日`)
      .max(NOTICE_RULES.maxWorkingDays, `公示期不能超过 ${NOTICE_RULES.maxWorkingDays} 个工作日`),
    NOTICE_RULES.defaultWorkingDays,
  ),
  contact: requiredText("意见反映联系方式", 200),
  candidates: z.array(candidate).min(1, "至少公示 1 人").max(50, "一次最多公示 50 人"),
});

const grade = (label: string) => headcount(label);
const appraisalCounts = z
  .object({
    participants: headcount("参评党员人数").min(1, "参评党员人数至少为 1"),
    excellent: grade("优秀人数"),
    qualified: grade("合格人数"),
    basicallyQualified: grade("基本合格人数"),
    unqualified: grade("不合格人数"),
  })
  .superRefine((a, ctx) => {
    const sum = a.excellent + a.qualified + a.basicallyQualified + a.unqualified;
    if (sum !== a.participants) {
      ctx.addIssue({
        code: "custom",
        path: ["participants"],
        message: `各等次人数之和（${sum}）应等于参评党员人数（${a.participants}）`,
      });
    }
  });
const appraisalInput = z.object({
  communityCode: requiredText("社区代码", 50),
  year: z.number().int("年度应为整数").min(2000, "年度不能早于 2000 年"),
  counts: appraisalCounts,
});
const appraisalCorrection = z.object({ id: z.string(), counts: appraisalCounts, reason });

const feeMonth = z
  .object({
    month: monthCode,
    amount: decimalString(FEN, "党费合计"),
    payers: headcount("已缴党员人数"),
    members: headcount("应缴党员人数").min(1, "应缴党员人数至少为 1"),
  })
  .superRefine((m, ctx) => {
    if (m.payers > m.members) ctx.addIssue({ code: "custom", path: ["payers"], message: "已缴党员人数不能多于应缴党员人数" });
    if (m.payers === 0 && m.amount > 0) ctx.addIssue({ code: "custom", path: ["amount"], message: "无人缴纳时党费合计应为 0" });
    if (m.payers > 0 && m.amount === 0)
      ctx.addIssue({ code: "custom", path: ["amount"], message: "有党员缴纳时党费合计不能为 0" });
  });
const feesInput = z
  .object({
    communityCode: requiredText("社区代码", 50),
    months: z.array(feeMonth).min(1, "至少填写 1 个月").max(12, "一次最多公开 12 个月"),
  })
  .superRefine((f, ctx) => {
    const seen = new Set<string>();
    f.months.forEach((m, i) => {
      if (seen.has(m.month)) ctx.addIssue({ code: "custom", path: ["months", i, "month"], message: `${m.month} 重复填写` });
      seen.add(m.month);
    });
  });

export type RecordPartyMeetingInput = z.input<typeof meetingInput>;
export type CorrectPartyMeetingArgs = z.input<typeof meetingCorrection>;
export type PublishPartyNoticeInput = z.input<typeof noticeInput>;
export type PublishPartyAppraisalInput = z.input<typeof appraisalInput>;
export type CorrectPartyAppraisalArgs = z.input<typeof appraisalCorrection>;
export type PublishPartyFeesInput = z.input<typeof feesInput>;

/** The community and the name of its Party organization, which every Party-affairs notice speaks for. */
async function partyCommunity(tx: Tx, code: string, field = "input.communityCode") {
  const community = await tx.community.findUnique({
    where: { code },
    include: { organizations: { where: { kind: "PARTY_ORGANIZATION" } } },
  });
  if (!community) throw new ValidationError([{ field, message: `社区不存在：${code}` }]);
  const organization = community.organizations[0];
  if (!organization) throw new ValidationError([{ field, message: `${community.name}尚未登记党组织` }]);
  return { community, organizationName: organization.name };
}

/** Only the latest version of a record is corrected, so corrections form one chain. */
function requireLatest(record: { correctedBy: { id: string } | null }) {
  if (record.correctedBy) {
    throw new StateConflictError("PARTY_RECORD_CORRECTED", `该记录已被更正，请对最新的更正（${record.correctedBy.id}）进行更正`);
  }
}

function notInFuture(date: string, at: Date, field: string, label: string) {
  if (date > todayInShanghai(at)) throw new ValidationError([{ field, message: `${label}不能晚于今天` }]);
}

/**
 * The period a meeting's notice covers: the month, quarter or year of its kind's frequency
 * (支委会 2026-09, 党员大会 2026-Q3, 组织生活会 2026), which the catalogue counts it toward.
 */
function meetingPeriod(kind: PartyMeetingKind, heldOn: string): string {
  const year = heldOn.slice(0, 4);
  switch (MEETING_SCHEDULE[kind].cadence) {
    case "MONTHLY":
      return heldOn.slice(0, 7);
    case "QUARTERLY":
      return `${year}-Q${Math.ceil(Number(heldOn.slice(5, 7)) / 3)}`;
    case "YEARLY":
      return year;
  }
}

/** Records a meeting as held and publishes it at once, naming the catalogue item of its kind. */
export async function recordPartyMeeting(
  db: Db,
  viewer: Viewer,
  raw: RecordPartyMeetingInput,
  at = new Date(),
): Promise<PartyMeeting> {
  const input = parseInput(meetingInput, raw);
  return inTransaction(db, async (tx) => {
    const { community, organizationName } = await partyCommunity(tx, input.communityCode);
    notInFuture(input.meeting.heldOn, at, "input.meeting.heldOn", "会议日期");
    const content = { ...input.meeting, kind: input.kind };
    const notice = await publishNotice(
      tx,
      viewer,
      {
        communityCodes: [community.code],
        categoryCode: "PARTY_AFFAIRS",
        title: meetingTitle(community.name, content),
        body: meetingMarkdown(organizationName, content),
        period: meetingPeriod(input.kind, content.heldOn),
        catalogueItemId: await catalogueItemNamed(tx, community, MEETING_SCHEDULE[input.kind].catalogueItem, at),
        isSample: community.isSample,
      },
      at,
    );
    return tx.partyMeeting.create({
      data: {
        ...content,
        communityId: community.id,
        recordedAt: at,
        recordedByName: viewer.name,
        disclosureId: notice.id,
        isSample: community.isSample,
      },
    });
  });
}

/** Corrects a meeting's date, topic, attendance or summary: a new record and a corrected notice, both kept. */
export async function correctPartyMeeting(
  db: Db,
  viewer: Viewer,
  args: CorrectPartyMeetingArgs,
  at = new Date(),
): Promise<PartyMeeting> {
  const { id, meeting: m, reason: why } = parseInput(meetingCorrection, args, "");
  return inTransaction(db, async (tx) => {
    const original = await tx.partyMeeting.findUnique({
      where: { id },
      include: { correctedBy: { select: { id: true } }, community: true },
    });
    if (!original) throw new NotFoundError(id, "会议记录不存在");
    requireLatest(original);
    notInFuture(m.heldOn, at, "meeting.heldOn", "会议日期");
    const { organizationName } = await partyCommunity(tx, original.community.code, "id");
    const content = { ...m, kind: original.kind as PartyMeetingKind };
    const notice = await correct(
      tx,
      viewer,
      {
        id: original.disclosureId,
        input: {
          title: `${meetingTitle(original.community.name, content)}（更正）`,
          body: meetingMarkdown(organizationName, content),
          period: meetingPeriod(content.kind, m.heldOn),
          reason: why,
        },
      },
      at,
    );
    return tx.partyMeeting.create({
      data: {
        ...content,
        communityId: original.communityId,
        recordedAt: at,
        recordedByName: viewer.name,
        correctsId: original.id,
        correctionReason: why,
        disclosureId: notice.id,
        isSample: original.isSample,
      },
    });
  });
}

/**
 * Publishes a member-development notice (发展对象公示 / 预备党员公示) with its window: it opens on
 * `opensOn` (today or up to 30 days ahead) and runs `workingDays` working days (5 by default).
 */
export async function publishPartyNotice(
  db: Db,
  viewer: Viewer,
  raw: PublishPartyNoticeInput,
  at = new Date(),
): Promise<PartyDevelopmentNotice> {
  const input = parseInput(noticeInput, raw);
  return inTransaction(db, async (tx) => {
    const { community, organizationName } = await partyCommunity(tx, input.communityCode);
    const today = todayInShanghai(at);
    if (input.opensOn < today) {
      throw new ValidationError([{ field: "input.opensOn", message: "公示开始日期不能早于发布当天（公示期须完整）" }]);
    }
    const latest = new Date(`${today}T00:00:00Z`);
    latest.setUTCDate(latest.getUTCDate() + NOTICE_RULES.maxDaysAhead);
    if (input.opensOn > latest.toISOString().slice(0, 10)) {
      throw new ValidationError([
        { field: "input.opensOn", message: `公示开始日期最多在发布后 ${NOTICE_RULES.maxDaysAhead} 天内` },
      ]);
    }
    const issues = input.candidates.flatMap((c, i) =>
      c.birthYear > thisYear(at) - 18
        ? [{ field: `input.candidates.${i}.birthYear`, message: "入党须年满 18 岁，出生年份不正确" }]
        : [],
    );
    if (issues.length) throw new ValidationError(issues);
    const closesOn = windowEnd(input.opensOn, input.workingDays);
    const content = { ...input, organizationName, closesOn };
    const notice = await publishNotice(
      tx,
      viewer,
      {
        communityCodes: [community.code],
        categoryCode: "PARTY_AFFAIRS",
        title: `${community.name}${PARTY_NOTICE_TITLES[input.stage]}`,
        body: noticeMarkdown(content),
        period: `${input.opensOn}/${closesOn}`,
        catalogueItemId: await catalogueItemNamed(tx, community, DEVELOPMENT_ITEM, at),
        isSample: community.isSample,
      },
      at,
    );
    return tx.partyDevelopmentNotice.create({
      data: {
        communityId: community.id,
        stage: input.stage,
        opensOn: input.opensOn,
        closesOn,
        workingDays: input.workingDays,
        contact: input.contact,
        publishedAt: at,
        publishedByName: viewer.name,
        disclosureId: notice.id,
        isSample: community.isSample,
        candidates: { create: input.candidates.map((c, sortOrder) => ({ ...c, sortOrder })) },
      },
    });
  });
}

/** Publishes a year's democratic appraisal as counts per grade; one per community and year (then corrections). */
export async function publishPartyAppraisal(
  db: Db,
  viewer: Viewer,
  raw: PublishPartyAppraisalInput,
  at = new Date(),
): Promise<PartyAppraisal> {
  const input = parseInput(appraisalInput, raw);
  return inTransaction(db, async (tx) => {
    const { community, organizationName } = await partyCommunity(tx, input.communityCode);
    if (input.year > thisYear(at)) throw new ValidationError([{ field: "input.year", message: "年度不能晚于今年" }]);
    const existing = await tx.partyAppraisal.findFirst({ where: { communityId: community.id, year: input.year } });
    if (existing) {
      throw new StateConflictError("PARTY_APPRAISAL_EXISTS", `${input.year}年度的评议结果已公开；如有错误，请发布更正`);
    }
    const content = { year: input.year, ...input.counts };
    const notice = await publishNotice(
      tx,
      viewer,
      {
        communityCodes: [community.code],
        categoryCode: "PARTY_AFFAIRS",
        title: `${community.name}${input.year}年度民主评议党员结果`,
        body: appraisalMarkdown(organizationName, content),
        period: String(input.year),
        catalogueItemId: await catalogueItemNamed(tx, community, APPRAISAL_ITEM, at),
        isSample: community.isSample,
      },
      at,
    );
    return tx.partyAppraisal.create({
      data: {
        ...content,
        communityId: community.id,
        recordedAt: at,
        recordedByName: viewer.name,
        disclosureId: notice.id,
        isSample: community.isSample,
      },
    });
  });
}

/** Corrects a year's appraisal counts: a new record and a corrected notice, both kept. */
export async function correctPartyAppraisal(
  db: Db,
  viewer: Viewer,
  args: CorrectPartyAppraisalArgs,
  at = new Date(),
): Promise<PartyAppraisal> {
  const { id, counts, reason: why } = parseInput(appraisalCorrection, args, "");
  return inTransaction(db, async (tx) => {
    const original = await tx.partyAppraisal.findUnique({
      where: { id },
      include: { correctedBy: { select: { id: true } }, community: true },
    });
    if (!original) throw new NotFoundError(id, "评议结果不存在");
    requireLatest(original);
    const { organizationName } = await partyCommunity(tx, original.community.code, "id");
    const content = { year: original.year, ...counts };
    const notice = await correct(
      tx,
      viewer,
      {
        id: original.disclosureId,
        input: {
          title: `${original.community.name}${original.year}年度民主评议党员结果（更正）`,
          body: appraisalMarkdown(organizationName, content),
          period: String(original.year),
          reason: why,
        },
      },
      at,
    );
    return tx.partyAppraisal.create({
      data: {
        ...content,
        communityId: original.communityId,
        recordedAt: at,
        recordedByName: viewer.name,
        correctsId: original.id,
        correctionReason: why,
        disclosureId: notice.id,
        isSample: original.isSample,
      },
    });
  });
}

/** The period code of consecutive months: a month, a calendar quarter or a date range. */
function monthsPeriod(months: string[]): string {
  const sorted = [...months].sort();
  const first = sorted[0] as string;
  const last = sorted.at(-1) as string;
  if (first === last) return first;
  const [y, m] = first.split("-").map(Number) as [number, number];
  if (sorted.length === 3 && (m - 1) % 3 === 0 && last === `${y}-${String(m + 2).padStart(2, "0")}`) {
    return `${y}-Q${(m + 2) / 3}`;
  }
  const [ly, lm] = last.split("-").map(Number) as [number, number];
  const lastDay = new Date(Date.UTC(ly, lm, 0)).getUTCDate();
  return `${first}-01/${last}-${String(lastDay).padStart(2, "0")}`;
}

/**
 * Publishes Party-fee totals for one or more months in one notice: per month the total collected
 * and how many members paid. There is no field for a person; each month is published once.
 */
export async function publishPartyFees(
  db: Db,
  viewer: Viewer,
  raw: PublishPartyFeesInput,
  at = new Date(),
): Promise<PartyFeeMonth[]> {
  const input = parseInput(feesInput, raw);
  return inTransaction(db, async (tx) => {
    const { community, organizationName } = await partyCommunity(tx, input.communityCode);
    const thisMonth = todayInShanghai(at).slice(0, 7);
    const issues = input.months.flatMap((m, i) =>
      m.month > thisMonth ? [{ field: `input.months.${i}.month`, message: "月份不能晚于本月" }] : [],
    );
    if (issues.length) throw new ValidationError(issues);
    const months = input.months.map((m) => m.month);
    const published = await tx.partyFeeMonth.findMany({
      where: { communityId: community.id, month: { in: months } },
      select: { month: true },
    });
    if (published.length) {
      throw new StateConflictError(
        "PARTY_FEES_EXIST",
        `以下月份的党费收缴情况已公开：${published.map((p) => p.month).join("、")}`,
      );
    }
    const sorted = [...input.months].sort((a, b) => a.month.localeCompare(b.month));
    const period = monthsPeriod(months);
    const notice = await publishNotice(
      tx,
      viewer,
      {
        communityCodes: [community.code],
        categoryCode: "PARTY_AFFAIRS",
        title: `${community.name}党费收缴情况（${sorted[0]?.month}${sorted.length > 1 ? `至${sorted.at(-1)?.month}` : ""}）`,
        body: feesMarkdown(organizationName, sorted),
        period,
        isSample: community.isSample,
      },
      at,
    );
    await tx.partyFeeMonth.createMany({
      data: sorted.map((m) => ({
        ...m,
        communityId: community.id,
        recordedAt: at,
        disclosureId: notice.id,
        isSample: community.isSample,
      })),
    });
    return tx.partyFeeMonth.findMany({ where: { disclosureId: notice.id }, orderBy: { month: "asc" } });
  });
}
