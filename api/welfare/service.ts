import { z } from "zod";
import type { Viewer } from "../auth/viewer.ts";
import { addDays } from "../catalogue/status.ts";
import { type Db, inTransaction, type Tx } from "../db/client.ts";
import type { JobPosting, WelfareAppointment, WelfarePost, WelfareQuota, WelfareTenure } from "../db/generated/client.ts";
import { publishNotice } from "../disclosures/service.ts";
import { type FieldIssue, NotFoundError, StateConflictError, ValidationError } from "../errors.ts";
import { createJobPosting } from "../jobs/service.ts";
import { decimalString, FEN, yuan } from "../money.ts";
import { isoDate, monthCode, parsePeriod, periodLabel, todayInShanghai } from "../periods.ts";
import { enumOf, optionalText, parseInput, requiredText, withDefault } from "../validation.ts";
import { WELFARE_EXIT_REASON_LABELS, WELFARE_POST_KIND_LABELS } from "./labels.ts";
import { appointmentMarkdown, subsidyMarkdown } from "./render.ts";
import { holderKey, isResidentId, WELFARE_NOTICE_DAYS } from "./rules.ts";

const count = (label: string, min = 0, max = 100_000) =>
  z
    .number()
    .int(`${label}应为整数`)
    .min(min, min === 0 ? `${label}不能为负` : `${label}至少为 ${min}`)
    .max(max, `${label}不能超过 ${max}`);
const reason = z.string().trim().min(4, "请说明原因（至少 4 个字）").max(500, "原因不能超过 500 个字");
const communityCode = requiredText("社区代码", 50);
const phone = z
  .string()
  .trim()
  .regex(/^[0-9+\- ]{5,20}$/, "联系电话应为 5–20 位数字，可含空格、- 或 +");

const quotaInput = z.object({
  countyCode: requiredText("县代码", 20),
  total: count("核定岗位总数", 1),
  basis: requiredText("核定依据", 300),
  shares: z
    .array(z.object({ communityCode, posts: count("社区核定岗位数") }))
    .min(1, "请把核定岗位分配到社区")
    .max(500),
});

const postsInput = z
  .object({
    communityCode,
    kind: enumOf(WELFARE_POST_KIND_LABELS, "岗位类别"),
    title: requiredText("岗位名称", 60),
    duties: optionalText("岗位职责", 300),
    monthlySubsidy: decimalString(FEN, "月补贴").refine((fen) => fen > 0, "月补贴应大于 0"),
    hours: requiredText("工作时间", 100),
    openedOn: isoDate("设岗日期"),
    count: withDefault(count("设岗数量", 1, 100), 1),
  })
  .superRefine((p, ctx) => {
    if (p.kind === "OTHER" && !p.duties) {
      ctx.addIssue({ code: "custom", path: ["duties"], message: "类别为“其他”的岗位请写明岗位职责" });
    }
  });

const closePostArgs = z.object({ id: z.string(), closedOn: isoDate("撤岗日期"), reason });

const holderLine = z.object({
  postId: requiredText("岗位", 50),
  name: z.string().trim().min(2, "姓名至少 2 个字").max(20, "姓名不能超过 20 个字"),
  residentId: z
    .string()
    .trim()
    .toUpperCase()
    .refine(isResidentId, "身份证号码不正确：应为 18 位，最后一位为数字或 X，且校验位正确"),
});
const appointInput = z.object({
  communityCode,
  startsOn: isoDate("上岗日期"),
  holders: z.array(holderLine).min(1, "请至少填写一名拟聘人员").max(100, "一次公示最多 100 人"),
});

const endTenureArgs = z
  .object({
    id: z.string(),
    endedOn: isoDate("退岗日期"),
    reason: enumOf(WELFARE_EXIT_REASON_LABELS, "退岗原因"),
    note: optionalText("说明", 300),
  })
  .superRefine((a, ctx) => {
    if (a.reason === "OTHER" && !a.note)
      ctx.addIssue({ code: "custom", path: ["note"], message: "退岗原因为“其他”时请填写说明" });
  });

const subsidyInput = z
  .object({
    communityCode,
    month: monthCode,
    holders: count("发放人数", 0, 10_000),
    total: decimalString(FEN, "发放总额"),
    paidOn: isoDate("发放日期"),
  })
  .superRefine((s, ctx) => {
    if (s.holders === 0 && s.total > 0)
      ctx.addIssue({ code: "custom", path: ["total"], message: "发放人数为 0 时发放总额应为 0" });
    if (s.holders > 0 && s.total === 0)
      ctx.addIssue({ code: "custom", path: ["total"], message: "有发放人数时发放总额应大于 0" });
    if (parsePeriod(s.month) && s.paidOn < `${s.month}-01`) {
      ctx.addIssue({ code: "custom", path: ["paidOn"], message: "发放日期不能早于补贴月份" });
    }
  });

const advertiseInput = z.object({
  postIds: z.array(requiredText("岗位", 50)).min(1, "请至少选择一个空缺岗位").max(50, "一次最多 50 个岗位"),
  employerId: requiredText("用工单位", 50),
  validFrom: isoDate("开始日期"),
  validUntil: isoDate("截止日期"),
  termMonths: count("岗位期限", 1, 60),
  ageMin: z.number().int().nullish(),
  ageMax: z.number().int().nullish(),
  health: optionalText("健康要求", 100),
  applyContact: requiredText("联系人", 50),
  applyPhone: phone,
  applyPlace: requiredText("报名地点", 200),
});

export type WelfareQuotaInput = z.input<typeof quotaInput>;
export type WelfarePostsInput = z.input<typeof postsInput>;
export type CloseWelfarePostArgs = z.input<typeof closePostArgs>;
export type AppointWelfareHoldersInput = z.input<typeof appointInput>;
export type EndWelfareTenureArgs = z.input<typeof endTenureArgs>;
export type WelfareSubsidyInput = z.input<typeof subsidyInput>;
export type AdvertiseWelfareVacanciesInput = z.input<typeof advertiseInput>;

const communityByCode = async (tx: Tx, code: string, field: string) => {
  const community = await tx.community.findUnique({ where: { code }, include: { township: { select: { countyId: true } } } });
  if (!community) throw new ValidationError([{ field, message: `社区不存在：${code}` }]);
  return community;
};

/** Posts not closed by the day: what counts against the community's share. */
const postsStanding = (tx: Tx, communityId: string, on: string) =>
  tx.welfarePost.count({ where: { communityId, OR: [{ closedOn: null }, { closedOn: { gt: on } }] } });

/**
 * Sets a county's quota of public-welfare posts (核定岗位) and its split over the communities. The
 * shares add up to the total; no community's share may fall below the posts it has set up.
 */
export async function setWelfareQuota(db: Db, viewer: Viewer, raw: WelfareQuotaInput, at = new Date()): Promise<WelfareQuota> {
  const input = parseInput(quotaInput, raw);
  return inTransaction(db, async (tx) => {
    const county = await tx.county.findUnique({ where: { code: input.countyCode } });
    if (!county) throw new ValidationError([{ field: "input.countyCode", message: `县不存在：${input.countyCode}` }]);
    const communities = await tx.community.findMany({ where: { township: { countyId: county.id } } });
    const issues: FieldIssue[] = [];
    const seen = new Set<string>();
    const today = todayInShanghai(at);
    for (const [i, share] of input.shares.entries()) {
      const field = `input.shares.${i}`;
      const community = communities.find((c) => c.code === share.communityCode);
      if (!community) issues.push({ field: `${field}.communityCode`, message: `不是本县的社区：${share.communityCode}` });
      else if (seen.has(share.communityCode))
        issues.push({ field: `${field}.communityCode`, message: `社区重复：${share.communityCode}` });
      else {
        const standing = await postsStanding(tx, community.id, today);
        if (share.posts < standing)
          issues.push({ field: `${field}.posts`, message: `${community.name}已设 ${standing} 个岗位，核定数不能少于已设岗位数` });
      }
      seen.add(share.communityCode);
    }
    const allocated = input.shares.reduce((s, x) => s + x.posts, 0);
    if (allocated !== input.total)
      issues.push({ field: "input.shares", message: `各社区核定岗位数之和（${allocated}）应等于核定岗位总数（${input.total}）` });
    if (issues.length) throw new ValidationError(issues);

    const data = { total: input.total, basis: input.basis, updatedAt: at, updatedByName: viewer.name };
    const quota = await tx.welfareQuota.upsert({
      where: { countyId: county.id },
      create: { countyId: county.id, ...data },
      update: data,
    });
    await tx.welfareQuotaShare.deleteMany({ where: { quotaId: quota.id } });
    await tx.welfareQuotaShare.createMany({
      data: input.shares.map((s) => ({
        quotaId: quota.id,
        communityId: communities.find((c) => c.code === s.communityCode)?.id ?? "",
        posts: s.posts,
      })),
    });
    return quota;
  });
}

/** Sets up posts in a community (设岗), within its share of the county quota; each gets a public code. */
export async function createWelfarePosts(
  db: Db,
  viewer: Viewer,
  raw: WelfarePostsInput,
  at = new Date(),
): Promise<WelfarePost[]> {
  const input = parseInput(postsInput, raw);
  return inTransaction(db, async (tx) => {
    const community = await communityByCode(tx, input.communityCode, "input.communityCode");
    const share = await tx.welfareQuotaShare.findUnique({ where: { communityId: community.id } });
    if (!share) {
      throw new ValidationError([
        { field: "input.communityCode", message: `${community.name}尚未分配公益性岗位核定数，请先由县里核定` },
      ]);
    }
    const standing = await postsStanding(tx, community.id, input.openedOn);
    if (standing + input.count > share.posts) {
      throw new ValidationError([
        {
          field: "input.count",
          message: `超出本社区核定岗位数：核定 ${share.posts} 个，已设 ${standing} 个，最多还能设 ${share.posts - standing} 个`,
        },
      ]);
    }
    const existing = await tx.welfarePost.count({ where: { communityId: community.id } });
    const { communityCode: _, count: n, ...fields } = input;
    const created: WelfarePost[] = [];
    for (let i = 1; i <= n; i++) {
      created.push(
        await tx.welfarePost.create({
          data: {
            ...fields,
            code: `${community.code}-GY-${String(existing + i).padStart(3, "0")}`,
            communityId: community.id,
            isSample: community.isSample,
            createdAt: at,
            createdByName: viewer.name,
          },
        }),
      );
    }
    return created;
  });
}

/** Closes a post (撤岗) from a day on; only once nobody holds it from that day. */
export async function closeWelfarePost(db: Db, _viewer: Viewer, args: CloseWelfarePostArgs): Promise<WelfarePost> {
  const { id, closedOn, reason: why } = parseInput(closePostArgs, args, "");
  return inTransaction(db, async (tx) => {
    const post = await tx.welfarePost.findUnique({ where: { id } });
    if (!post) throw new NotFoundError(id, "公益性岗位不存在");
    if (post.closedOn) throw new StateConflictError("WELFARE_POST_CLOSED", `该岗位已于 ${post.closedOn} 撤销`);
    if (closedOn <= post.openedOn) throw new ValidationError([{ field: "closedOn", message: "撤岗日期应晚于设岗日期" }]);
    const holder = await tx.welfareTenure.findFirst({
      where: { postId: id, OR: [{ endedOn: null }, { endedOn: { gt: closedOn } }] },
    });
    if (holder) throw new StateConflictError("WELFARE_POST_HELD", "该岗位在撤岗日期后仍有人员在岗或拟上岗，请先办理退岗");
    return tx.welfarePost.update({ where: { id }, data: { closedOn, closeReason: why } });
  });
}

/**
 * Appoints people to vacant posts (以岗聘任): publishes the notice (公示) naming them masked, with
 * the post and its subsidy, and records their tenures from `startsOn`, which must come after the
 * notice window. Nobody holds two posts at once, and no post has two holders on any day.
 */
export async function appointWelfareHolders(
  db: Db,
  viewer: Viewer,
  raw: AppointWelfareHoldersInput,
  at = new Date(),
): Promise<WelfareAppointment> {
  const input = parseInput(appointInput, raw);
  const noticeFrom = todayInShanghai(at);
  const noticeUntil = addDays(noticeFrom, WELFARE_NOTICE_DAYS - 1);
  const earliest = addDays(noticeFrom, WELFARE_NOTICE_DAYS);
  return inTransaction(db, async (tx) => {
    const community = await communityByCode(tx, input.communityCode, "input.communityCode");
    const issues: FieldIssue[] = [];
    if (input.startsOn < earliest) {
      issues.push({
        field: "input.startsOn",
        message: `上岗日期应在 ${WELFARE_NOTICE_DAYS} 天公示期满之后，最早为 ${earliest}`,
      });
    }
    const posts = await tx.welfarePost.findMany({
      where: { id: { in: input.holders.map((h) => h.postId) } },
      include: { tenures: { where: { OR: [{ endedOn: null }, { endedOn: { gt: input.startsOn } }] } } },
    });
    const keys = input.holders.map((h) => holderKey(h.residentId));
    const elsewhere = await tx.welfareTenure.findMany({
      where: { holderKey: { in: keys }, OR: [{ endedOn: null }, { endedOn: { gt: input.startsOn } }] },
      include: { post: { select: { code: true } } },
    });
    for (const [i, line] of input.holders.entries()) {
      const field = `input.holders.${i}`;
      const post = posts.find((p) => p.id === line.postId);
      if (!post || post.communityId !== community.id)
        issues.push({ field: `${field}.postId`, message: "岗位不存在或不属于本社区" });
      else if (post.openedOn > input.startsOn || (post.closedOn !== null && post.closedOn <= input.startsOn))
        issues.push({ field: `${field}.postId`, message: `岗位 ${post.code} 在上岗日期不存在（设岗 ${post.openedOn}）` });
      else if (post.tenures.length > 0)
        issues.push({ field: `${field}.postId`, message: `岗位 ${post.code} 在上岗日期已有人员在岗或拟上岗` });
      if (input.holders.findIndex((h) => h.postId === line.postId) < i)
        issues.push({ field: `${field}.postId`, message: "同一岗位在本次公示中出现了两次" });
      if (keys.indexOf(keys[i] as string) < i)
        issues.push({ field: `${field}.residentId`, message: "同一人在本次公示中出现了两次；一人只能担任一个公益性岗位" });
      const other = elsewhere.find((t) => t.holderKey === keys[i]);
      if (other) {
        issues.push({
          field: `${field}.residentId`,
          message: `此人在上岗日期仍担任岗位 ${other.post.code}${other.endedOn ? `（至 ${other.endedOn} 退岗）` : ""}，一人不能同时担任两个公益性岗位`,
        });
      }
    }
    if (issues.length) throw new ValidationError(issues);

    const lines = input.holders.map((h) => {
      const post = posts.find((p) => p.id === h.postId) as WelfarePost;
      return { post, holderName: h.name };
    });
    const notice = await publishNotice(
      tx,
      viewer,
      {
        communityCodes: [community.code],
        categoryCode: "JOBS",
        title: `${community.name}公益性岗位拟聘人员公示`,
        body: appointmentMarkdown(community, { noticeFrom, noticeUntil, startsOn: input.startsOn }, lines),
        period: `${noticeFrom}/${noticeUntil}`,
        isSample: community.isSample,
      },
      at,
    );
    return tx.welfareAppointment.create({
      data: {
        communityId: community.id,
        disclosureId: notice.id,
        noticeFrom,
        noticeUntil,
        startsOn: input.startsOn,
        createdAt: at,
        createdByName: viewer.name,
        tenures: {
          create: input.holders.map((h, i) => ({
            postId: h.postId,
            holderName: h.name,
            holderKey: keys[i] as string,
            startsOn: input.startsOn,
          })),
        },
      },
    });
  });
}

/** Ends a tenure (退岗) with its reason from the fixed list; `endedOn` is the first day out of the post. */
export async function endWelfareTenure(
  db: Db,
  viewer: Viewer,
  args: EndWelfareTenureArgs,
  at = new Date(),
): Promise<WelfareTenure> {
  const { id, endedOn, reason: exitReason, note } = parseInput(endTenureArgs, args, "");
  return inTransaction(db, async (tx) => {
    const tenure = await tx.welfareTenure.findUnique({ where: { id } });
    if (!tenure) throw new NotFoundError(id, "任职记录不存在");
    if (tenure.endedOn) throw new StateConflictError("WELFARE_TENURE_ENDED", `该人员已于 ${tenure.endedOn} 退岗`);
    if (endedOn <= tenure.startsOn) {
      throw new ValidationError([{ field: "endedOn", message: `退岗日期应晚于上岗日期（${tenure.startsOn}）` }]);
    }
    return tx.welfareTenure.update({
      where: { id },
      data: { endedOn, exitReason, exitNote: note, endedAt: at, endedByName: viewer.name },
    });
  });
}

/**
 * Records and publishes what a community paid in subsidies for a month (在岗领补): how many people
 * and how much in all — never who got what. Checked against the tenures of the month: no more
 * people than held a post in it, no more money than their posts' full monthly subsidies.
 */
export async function recordWelfareSubsidy(db: Db, viewer: Viewer, raw: WelfareSubsidyInput, at = new Date()) {
  const input = parseInput(subsidyInput, raw);
  const period = parsePeriod(input.month);
  if (!period) throw new ValidationError([{ field: "input.month", message: "月份不正确" }]);
  return inTransaction(db, async (tx) => {
    const community = await communityByCode(tx, input.communityCode, "input.communityCode");
    const issues: FieldIssue[] = [];
    if (input.paidOn > todayInShanghai(at)) issues.push({ field: "input.paidOn", message: "发放日期不能晚于今天" });
    const tenures = await tx.welfareTenure.findMany({
      where: {
        post: { communityId: community.id },
        startsOn: { lte: period.end },
        OR: [{ endedOn: null }, { endedOn: { gt: period.start } }],
      },
      include: { post: { select: { monthlySubsidy: true } } },
    });
    const most = tenures.reduce((s, t) => s + t.post.monthlySubsidy, 0);
    if (input.holders > tenures.length)
      issues.push({ field: "input.holders", message: `发放人数不能超过当月在岗人数（${tenures.length} 人）` });
    if (input.total > most)
      issues.push({ field: "input.total", message: `发放总额不能超过当月在岗人员的月补贴之和（${yuan(most)} 元）` });
    if (issues.length) throw new ValidationError(issues);
    if (
      await tx.welfareSubsidyPayment.findUnique({
        where: { communityId_month: { communityId: community.id, month: input.month } },
      })
    ) {
      throw new StateConflictError("WELFARE_SUBSIDY_EXISTS", `${input.month} 的补贴发放情况已公开；如有错误，请更正该公开事项`);
    }
    const notice = await publishNotice(
      tx,
      viewer,
      {
        communityCodes: [community.code],
        categoryCode: "JOBS",
        title: `${community.name}${periodLabel(period)}公益性岗位补贴发放情况`,
        body: subsidyMarkdown(input),
        period: input.month,
        isSample: community.isSample,
      },
      at,
    );
    const { communityCode: _, ...fields } = input;
    return tx.welfareSubsidyPayment.create({
      data: { ...fields, communityId: community.id, disclosureId: notice.id, createdAt: at, createdByName: viewer.name },
    });
  });
}

/**
 * Advertises vacant posts as one job posting (kind PUBLIC_WELFARE) through the jobs service: posts
 * of one community, one kind, one subsidy and one working time, none held on `validFrom`.
 */
export async function advertiseWelfareVacancies(
  db: Db,
  viewer: Viewer,
  raw: AdvertiseWelfareVacanciesInput,
  at = new Date(),
): Promise<JobPosting> {
  const input = parseInput(advertiseInput, raw);
  return inTransaction(db, async (tx) => {
    const posts = await tx.welfarePost.findMany({
      where: { id: { in: input.postIds } },
      include: {
        community: { include: { township: { select: { countyId: true } } } },
        tenures: { where: { OR: [{ endedOn: null }, { endedOn: { gt: input.validFrom } }] } },
      },
    });
    const issues: FieldIssue[] = [];
    const [first] = posts;
    for (const [i, id] of input.postIds.entries()) {
      const field = `input.postIds.${i}`;
      const post = posts.find((p) => p.id === id);
      if (!post || !first) issues.push({ field, message: "岗位不存在" });
      else if (input.postIds.indexOf(id) < i) issues.push({ field, message: "岗位重复" });
      else if (post.communityId !== first.communityId) issues.push({ field, message: "一次招聘的岗位应属于同一社区" });
      else if (post.kind !== first.kind || post.monthlySubsidy !== first.monthlySubsidy || post.hours !== first.hours)
        issues.push({ field, message: "一次招聘的岗位应类别、月补贴和工作时间相同" });
      else if (post.closedOn !== null && post.closedOn <= input.validFrom)
        issues.push({ field, message: `岗位 ${post.code} 已撤销` });
      else if (post.tenures.some((t) => t.startsOn <= input.validFrom || t.endedOn === null))
        issues.push({ field, message: `岗位 ${post.code} 已有人员在岗或拟上岗，不是空缺岗位` });
    }
    if (issues.length || !first) throw new ValidationError(issues);
    const employer = await tx.employer.findUnique({ where: { id: input.employerId } });
    if (!employer || employer.countyId !== first.community.township.countyId) {
      throw new ValidationError([{ field: "input.employerId", message: "用工单位不存在或不是本县登记的单位" }]);
    }
    const subsidy = yuan(first.monthlySubsidy);
    const posting = await createJobPosting(tx, viewer, {
      employerId: employer.id,
      title: `${first.community.name}${first.title}（公益性岗位）`,
      kind: "PUBLIC_WELFARE",
      openings: posts.length,
      ageMin: input.ageMin ?? null,
      ageMax: input.ageMax ?? null,
      health: input.health,
      skills: first.duties,
      workAddress: first.community.address,
      locationScope: "COMMUNITY",
      payKind: "MONTHLY",
      payMin: subsidy,
      payMax: subsidy,
      hours: first.hours,
      flexible: false,
      postSubsidy: subsidy,
      termMonths: input.termMonths,
      applyContact: input.applyContact,
      applyPhone: input.applyPhone,
      applyPlace: input.applyPlace,
      validFrom: input.validFrom,
      validUntil: input.validUntil,
      communityCodes: [first.community.code],
    });
    await tx.welfareVacancyLink.createMany({
      data: posts.map((p) => ({ postId: p.id, jobPostingId: posting.id, createdAt: at })),
    });
    return posting;
  });
}
