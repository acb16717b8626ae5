import { z } from "zod";
import type { Viewer } from "../auth/viewer.ts";
import type { Db, Tx } from "../db/client.ts";
import type { FinancePeriod, LedgerCategory, LedgerEntry } from "../db/generated/client.ts";
import { type FieldIssue, NotFoundError, StateConflictError, ValidationError } from "../errors.ts";
import { FEN, signedDecimalString } from "../money.ts";
import { isoDate, monthCode, nextMonth, parsePeriod } from "../periods.ts";
import { enumOf, flag, optionalText, parseInput, requiredText } from "../validation.ts";
import { ensureDefaultChart } from "./chart.ts";
import { DIRECTION_LABELS } from "./labels.ts";

// ---------------------------------------------------------------------------------------------
// Chart of categories

const categoryCode = z
  .string()
  .trim()
  .regex(/^[A-Z][A-Z0-9_]{1,39}$/, "科目代码应为 2–40 位大写字母、数字或下划线，如 ASSET_RENT_SHOP");

const createCategoryInput = z.object({
  communityCode: requiredText("社区代码", 50),
  code: categoryCode,
  name: requiredText("科目名称", 30),
  direction: enumOf(DIRECTION_LABELS, "收支方向"),
  assetIncome: flag(),
});

const renameCategoryArgs = z.object({ id: z.string(), name: requiredText("科目名称", 30) });
const byId = z.object({ id: z.string() });

export type CreateLedgerCategoryInput = z.input<typeof createCategoryInput>;
export type RenameLedgerCategoryArgs = z.input<typeof renameCategoryArgs>;
export type ByIdArgs = z.input<typeof byId>;

async function communityByCode(tx: Tx, code: string, field = "input.communityCode") {
  const community = await tx.community.findUnique({ where: { code } });
  if (!community) throw new ValidationError([{ field, message: `社区不存在：${code}` }]);
  return community;
}

export async function createLedgerCategory(db: Db, _viewer: Viewer, raw: CreateLedgerCategoryInput): Promise<LedgerCategory> {
  const input = parseInput(createCategoryInput, raw);
  if (input.assetIncome && input.direction !== "INCOME") {
    throw new ValidationError([{ field: "input.assetIncome", message: "只有收入科目才能记为集体资产收益" }]);
  }
  return db.$transaction(async (tx) => {
    const community = await communityByCode(tx, input.communityCode);
    await ensureDefaultChart(tx, community.id);
    const existing = await tx.ledgerCategory.findMany({ where: { communityId: community.id } });
    if (existing.some((c) => c.code === input.code)) {
      throw new ValidationError([{ field: "input.code", message: `本社区已有代码为 ${input.code} 的科目` }]);
    }
    if (existing.some((c) => c.name === input.name && !c.retiredAt)) {
      throw new ValidationError([{ field: "input.name", message: `本社区已有名为“${input.name}”的科目` }]);
    }
    const { communityCode: _, ...fields } = input;
    const sortOrder = Math.max(0, ...existing.map((c) => c.sortOrder)) + 10;
    return tx.ledgerCategory.create({ data: { ...fields, communityId: community.id, sortOrder } });
  });
}

/** A category once used in frozen books keeps its name; renaming is for categories not yet submitted. */
export async function renameLedgerCategory(db: Db, _viewer: Viewer, args: RenameLedgerCategoryArgs): Promise<LedgerCategory> {
  const { id, name } = parseInput(renameCategoryArgs, args, "");
  return db.$transaction(async (tx) => {
    const category = await tx.ledgerCategory.findUnique({ where: { id } });
    if (!category) throw new NotFoundError(id, "科目不存在");
    const frozen = await tx.ledgerEntry.count({ where: { categoryId: id, period: { status: { not: "OPEN" } } } });
    if (frozen > 0) {
      throw new StateConflictError(
        "LEDGER_CATEGORY_IN_USE",
        "该科目已用于提交审核或已公开的月份，名称不能再改；可停用该科目并新建科目",
      );
    }
    const clash = await tx.ledgerCategory.findFirst({
      where: { communityId: category.communityId, name, retiredAt: null, id: { not: id } },
    });
    if (clash) throw new ValidationError([{ field: "name", message: `本社区已有名为“${name}”的科目` }]);
    return tx.ledgerCategory.update({ where: { id }, data: { name } });
  });
}

/** Retired categories stay on every month that used them but take no new entries. */
export async function retireLedgerCategory(db: Db, _viewer: Viewer, args: ByIdArgs, at = new Date()): Promise<LedgerCategory> {
  const { id } = parseInput(byId, args, "");
  const category = await db.ledgerCategory.findUnique({ where: { id } });
  if (!category) throw new NotFoundError(id, "科目不存在");
  if (category.retiredAt) throw new StateConflictError("LEDGER_CATEGORY_RETIRED", "该科目已停用");
  return db.ledgerCategory.update({ where: { id }, data: { retiredAt: at } });
}

// ---------------------------------------------------------------------------------------------
// Periods

const openInput = z.object({
  communityCode: requiredText("社区代码", 50),
  month: monthCode,
  openingBalance: signedDecimalString(FEN, "期初余额").nullish(),
});

export type OpenFinancePeriodInput = z.input<typeof openInput>;

/**
 * Opens a month of the books. The first month a community keeps here states its opening balance
 * (承上期结余); every later month opens the month after the last one, once that one is frozen,
 * with its closing balance carried forward — so balances chain with no gaps.
 */
export async function openFinancePeriod(
  db: Db,
  _viewer: Viewer,
  raw: OpenFinancePeriodInput,
  at = new Date(),
): Promise<FinancePeriod> {
  const input = parseInput(openInput, raw);
  return db.$transaction(async (tx) => {
    const community = await communityByCode(tx, input.communityCode);
    const last = await tx.financePeriod.findFirst({ where: { communityId: community.id }, orderBy: { month: "desc" } });
    if (!last) {
      if (input.openingBalance === null || input.openingBalance === undefined) {
        throw new ValidationError([
          { field: "input.openingBalance", message: "本社区第一次在系统中记账，请填写期初余额（承上期结余）" },
        ]);
      }
      await ensureDefaultChart(tx, community.id);
      return tx.financePeriod.create({
        data: { communityId: community.id, month: input.month, openingBalance: input.openingBalance, openedAt: at },
      });
    }
    if (input.openingBalance !== null && input.openingBalance !== undefined) {
      throw new ValidationError([
        { field: "input.openingBalance", message: `期初余额由 ${last.month} 的期末余额自动结转，不能填写` },
      ]);
    }
    if (last.status === "OPEN" || last.closingBalance === null) {
      throw new StateConflictError("FINANCE_PREVIOUS_OPEN", `${last.month} 尚未提交审核；上月账目冻结后才能开始记下一个月`);
    }
    const expected = nextMonth(last.month);
    if (input.month !== expected) {
      throw new ValidationError([{ field: "input.month", message: `账目按月连续记录：下一个应记的月份是 ${expected}` }]);
    }
    return tx.financePeriod.create({
      data: { communityId: community.id, month: input.month, openingBalance: last.closingBalance, openedAt: at },
    });
  });
}

export async function loadPeriod(tx: Tx | Db, id: string, field = "input.periodId") {
  const period = await tx.financePeriod.findUnique({ where: { id }, include: { community: true } });
  if (!period) throw new ValidationError([{ field, message: "账期不存在" }]);
  return period;
}

export function requireStatus(
  period: { status: FinancePeriod["status"]; month: string },
  status: FinancePeriod["status"],
  action: string,
) {
  if (period.status === status) return;
  const messages: Record<FinancePeriod["status"], string> = {
    OPEN: `${period.month} 仍在记账中，${action}`,
    SUBMITTED: `${period.month} 已提交审核，账目已冻结，${action}`,
    REVIEWED: `${period.month} 已经监委会审核，${action}`,
    PUBLISHED: `${period.month} 已公开，公开后的账目不能改动，${action}；如有错误，请在当前记账月份录入调整分录`,
  };
  throw new StateConflictError(`FINANCE_PERIOD_${period.status}`, messages[period.status]);
}

// ---------------------------------------------------------------------------------------------
// Entries

const entryInput = z.object({
  periodId: requiredText("账期", 50),
  date: isoDate("记账日期"),
  voucherNo: requiredText("凭证号", 30),
  categoryId: requiredText("科目", 50),
  amount: signedDecimalString(FEN, "金额"),
  counterparty: requiredText("对方单位或个人", 100),
  description: requiredText("摘要", 200),
  attachmentRef: optionalText("附件", 200),
  assetId: optionalText("集体资产", 50),
  adjustsEntryId: optionalText("被调整的分录", 50),
  adjustmentReason: optionalText("调整原因", 500),
});

export type EntryDraft = Omit<z.output<typeof entryInput>, "periodId">;
export type LedgerEntryInput = z.input<typeof entryInput>;

type PeriodRow = FinancePeriod & { community: { id: string } };

/**
 * Checks entries about to be added to an open month against the books: category and asset of this
 * community, date inside the month, voucher numbers unused, adjustments pointing at frozen
 * entries. `field(i, name)` names where each problem is, so the same rules serve one entry typed
 * in and a spreadsheet of ten thousand.
 */
async function checkEntries(
  tx: Tx,
  period: PeriodRow,
  drafts: readonly EntryDraft[],
  field: (index: number, name: keyof EntryDraft) => string,
  prefix: (index: number) => string = () => "",
): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  const report = (index: number, name: keyof EntryDraft, message: string) =>
    issues.push({ field: field(index, name), message: `${prefix(index)}${message}` });
  const range = parsePeriod(period.month);
  const categories = new Map(
    (await tx.ledgerCategory.findMany({ where: { communityId: period.communityId } })).map((c) => [c.id, c]),
  );
  const assetIds = new Set(
    (await tx.collectiveAsset.findMany({ where: { communityId: period.communityId }, select: { id: true } })).map((a) => a.id),
  );
  const used = new Set(
    (await tx.ledgerEntry.findMany({ where: { periodId: period.id }, select: { voucherNo: true } })).map((e) => e.voucherNo),
  );
  const adjusted = new Map(
    (
      await tx.ledgerEntry.findMany({
        where: { id: { in: drafts.flatMap((d) => (d.adjustsEntryId ? [d.adjustsEntryId] : [])) } },
        include: { period: { select: { communityId: true, status: true, month: true } } },
      })
    ).map((e) => [e.id, e]),
  );

  drafts.forEach((d, i) => {
    if (range && (d.date < range.start || d.date > range.end)) {
      report(i, "date", `记账日期 ${d.date} 不在 ${period.month} 内`);
    }
    if (used.has(d.voucherNo)) report(i, "voucherNo", `凭证号“${d.voucherNo}”在 ${period.month} 已经使用`);
    used.add(d.voucherNo);
    const category = categories.get(d.categoryId);
    if (!category) report(i, "categoryId", "科目不存在或不属于本社区");
    else if (category.retiredAt) report(i, "categoryId", `科目“${category.name}”已停用`);
    if (d.amount === 0) report(i, "amount", "金额不能为 0");
    if (d.assetId) {
      if (!assetIds.has(d.assetId)) report(i, "assetId", "集体资产不存在或不属于本社区");
      else if (category && !category.assetIncome)
        report(i, "assetId", `科目“${category.name}”不是集体资产收益科目，不能关联资产`);
    }
    if (d.adjustsEntryId) {
      const original = adjusted.get(d.adjustsEntryId);
      if (!original || original.period.communityId !== period.communityId) {
        report(i, "adjustsEntryId", "被调整的分录不存在或不属于本社区");
      } else if (original.period.status === "OPEN") {
        report(i, "adjustsEntryId", `被调整的分录所在月份 ${original.period.month} 仍在记账中，请直接删除后重录`);
      }
      if (!d.adjustmentReason || [...d.adjustmentReason].length < 4) {
        report(i, "adjustmentReason", "调整分录必须说明调整原因（至少 4 个字）");
      }
    } else {
      if (d.amount < 0) report(i, "amount", "金额不能为负数；冲销已公开的分录请录入调整分录（红字）并说明原因");
      if (d.adjustmentReason) report(i, "adjustmentReason", "只有调整分录才填写调整原因");
    }
  });
  return issues;
}

/**
 * Adds entries to an open month, all or none: every entry is checked against the books first and
 * every problem reported, named by `field`. The one path for an entry typed in, a spreadsheet, and
 * the demo data.
 */
export async function addEntries(
  db: Db,
  viewer: Viewer,
  periodId: string,
  drafts: readonly EntryDraft[],
  field: (index: number, name: keyof EntryDraft) => string,
  options: {
    periodField?: string;
    /** Says where an entry came from, before each message (第12行：). */
    prefix?: (index: number) => string;
    /** Problems the caller found already (a spreadsheet's cells): reported together, and nothing written. */
    known?: readonly FieldIssue[];
  } = {},
): Promise<void> {
  await db.$transaction(
    async (tx) => {
      const period = await loadPeriod(tx, periodId, options.periodField ?? "input.periodId");
      requireStatus(period, "OPEN", "不能再录入分录");
      const found = await checkEntries(tx, period, drafts, field, options.prefix);
      const issues = [...(options.known ?? []), ...found];
      if (issues.length > 0) throw new ValidationError(issues);
      const last = await tx.ledgerEntry.aggregate({ where: { periodId }, _max: { sequence: true } });
      const start = (last._max.sequence ?? 0) + 1;
      const rows = drafts.map(({ adjustsEntryId, ...d }, i) => ({
        ...d,
        adjustsId: adjustsEntryId,
        periodId,
        sequence: start + i,
        createdByName: viewer.name,
      }));
      // Prisma's createMany slows down more than linearly on one huge call (10,000 rows: 10 s in
      // one call, 6 s in chunks of 500; see npm run bench:finance).
      for (let i = 0; i < rows.length; i += 500) await tx.ledgerEntry.createMany({ data: rows.slice(i, i + 500) });
    },
    // Ten thousand rows of a spreadsheet are checked and written in this one transaction.
    { timeout: 120_000 },
  );
}

/** Records one entry (or an adjusting entry, 调整分录) in an open month. */
export async function recordLedgerEntry(db: Db, viewer: Viewer, raw: LedgerEntryInput): Promise<LedgerEntry> {
  const { periodId, ...draft } = parseInput(entryInput, raw);
  await addEntries(db, viewer, periodId, [draft], (_, name) => `input.${name}`);
  return db.ledgerEntry.findUniqueOrThrow({ where: { periodId_voucherNo: { periodId, voucherNo: draft.voucherNo } } });
}

/** Removes a mistyped entry while its month is still open; frozen months only take adjustments. */
export async function deleteLedgerEntry(db: Db, _viewer: Viewer, args: ByIdArgs): Promise<LedgerEntry> {
  const { id } = parseInput(byId, args, "");
  return db.$transaction(async (tx) => {
    const entry = await tx.ledgerEntry.findUnique({ where: { id }, include: { period: true } });
    if (!entry) throw new NotFoundError(id, "分录不存在");
    requireStatus(entry.period, "OPEN", "不能删除分录");
    await tx.ledgerEntry.delete({ where: { id } });
    return entry;
  });
}
