import { z } from "zod";
import type { Viewer } from "../auth/viewer.ts";
import { type Db, inTransaction, type Tx } from "../db/client.ts";
import type { CatalogueItem, CatalogueSuspension, Community } from "../db/generated/client.ts";
import { NotFoundError, StateConflictError, ValidationError } from "../errors.ts";
import { isoDate, todayInShanghai } from "../periods.ts";
import { enumOf, parseInput, requiredText } from "../validation.ts";
import { CATALOGUE_CADENCE_LABELS, CATALOGUE_DUE_ANCHOR_LABELS, CATALOGUE_SOURCE_LABELS } from "./labels.ts";

/** The category and cadence a derived source implies: what publishes it decides both. */
const SOURCE_RULES = {
  FINANCE_PERIOD: { categoryCode: "FINANCE", cadence: "MONTHLY" },
  FEE_MONTH: { categoryCode: "FEES", cadence: "MONTHLY" },
  JOB_BOARD: { categoryCode: "JOBS", cadence: "MONTHLY" },
  ASSET_INCOME_STATEMENT: { categoryCode: "FINANCE", cadence: "YEARLY" },
} as const;

const DAYS_IN_PERIOD = { MONTHLY: 28, QUARTERLY: 90, HALF_YEARLY: 181, YEARLY: 365 } as const;

const reason = z.string().trim().min(4, "请说明原因（至少 4 个字）").max(500, "原因不能超过 500 个字");

const itemFields = z
  .object({
    name: requiredText("目录事项名称", 100),
    categoryCode: requiredText("公开类别", 50),
    basis: requiredText("公开依据", 500),
    cadence: enumOf(CATALOGUE_CADENCE_LABELS, "公开频次"),
    dueAnchor: enumOf(CATALOGUE_DUE_ANCHOR_LABELS, "期限起算方式")
      .nullish()
      .transform((a) => a ?? "PERIOD_END"),
    dueDays: z.number().int("公开期限天数应为整数").min(0, "公开期限天数不能为负").max(365, "公开期限不能超过 365 天"),
    responsible: requiredText("责任主体", 100),
    source: enumOf(CATALOGUE_SOURCE_LABELS, "公开来源")
      .nullish()
      .transform((s) => s ?? "DISCLOSURE"),
    effectiveFrom: isoDate("起始日期").nullish(),
    sortOrder: z.number().int("排序应为整数").nullish(),
  })
  .superRefine((item, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (item.cadence === "WITHIN_DAYS" && item.dueDays < 1)
      issue("dueDays", "限期公开的事项应填写事项发生后几日内公开（至少 1 日）");
    if (item.cadence === "PER_EVENT" && item.dueDays !== 0) issue("dueDays", "随时公开的事项没有公开期限，天数应为 0");
    if (item.cadence in DAYS_IN_PERIOD && item.dueAnchor === "PERIOD_START") {
      const most = DAYS_IN_PERIOD[item.cadence as keyof typeof DAYS_IN_PERIOD];
      if (item.dueDays < 1 || item.dueDays > most) issue("dueDays", `当期内计算的公开期限应在第 1 日至第 ${most} 日之间`);
    }
    if (item.source !== "DISCLOSURE") {
      const rule = SOURCE_RULES[item.source];
      if (item.cadence !== rule.cadence)
        issue(
          "cadence",
          `来源为“${CATALOGUE_SOURCE_LABELS[item.source]}”的事项，公开频次应为${CATALOGUE_CADENCE_LABELS[rule.cadence]}`,
        );
      if (item.categoryCode !== rule.categoryCode)
        issue("categoryCode", `来源为“${CATALOGUE_SOURCE_LABELS[item.source]}”的事项，公开类别应为 ${rule.categoryCode}`);
    }
  });

const countyItemInput = z.object({ countyCode: requiredText("县代码", 20) }).and(itemFields);
const communityItemInput = z.object({ communityCode: requiredText("社区代码", 50) }).and(itemFields);
const retireArgs = z.object({ id: z.string(), reason });
const suspendInput = z.object({ itemId: requiredText("目录事项", 50), communityCode: requiredText("社区代码", 50), reason });
const resumeArgs = z.object({ suspensionId: z.string(), reason: reason.nullish() });

export type CountyCatalogueItemInput = z.input<typeof countyItemInput>;
export type CommunityCatalogueItemInput = z.input<typeof communityItemInput>;
export type RetireCatalogueItemArgs = z.input<typeof retireArgs>;
export type SuspendCatalogueItemInput = z.input<typeof suspendInput>;
export type ResumeCatalogueItemArgs = z.input<typeof resumeArgs>;

type ItemFields = z.output<typeof itemFields>;

async function createItem(
  tx: Tx,
  viewer: Viewer,
  owner: { countyId: string } | { communityId: string },
  fields: ItemFields,
  isSample: boolean,
  at: Date,
): Promise<CatalogueItem> {
  if (!(await tx.disclosureCategory.findUnique({ where: { code: fields.categoryCode } }))) {
    throw new ValidationError([{ field: "input.categoryCode", message: `公开类别不存在：${fields.categoryCode}` }]);
  }
  return tx.catalogueItem.create({
    data: {
      ...owner,
      ...fields,
      dueDays: fields.cadence === "PER_EVENT" ? 0 : fields.dueDays,
      effectiveFrom: fields.effectiveFrom ?? todayInShanghai(at),
      sortOrder: fields.sortOrder ?? 0,
      createdAt: at,
      createdByName: viewer.name,
      isSample,
    },
  });
}

/** Adds an item to a county's default catalogue: every community of the county inherits it. */
export async function createCountyCatalogueItem(
  db: Db,
  viewer: Viewer,
  raw: CountyCatalogueItemInput,
  at = new Date(),
): Promise<CatalogueItem> {
  const { countyCode, ...fields } = parseInput(countyItemInput, raw);
  return inTransaction(db, async (tx) => {
    const county = await tx.county.findUnique({ where: { code: countyCode } });
    if (!county) throw new ValidationError([{ field: "input.countyCode", message: `县不存在：${countyCode}` }]);
    // Never sample data when an editor adds it; the demo seed marks its own items.
    return createItem(tx, viewer, { countyId: county.id }, fields, false, at);
  });
}

/** Adds an item of the community's own, beside what it inherits from the county. */
export async function createCommunityCatalogueItem(
  db: Db,
  viewer: Viewer,
  raw: CommunityCatalogueItemInput,
  at = new Date(),
): Promise<CatalogueItem> {
  const { communityCode, ...fields } = parseInput(communityItemInput, raw);
  return inTransaction(db, async (tx) => {
    const community = await tx.community.findUnique({ where: { code: communityCode } });
    if (!community) throw new ValidationError([{ field: "input.communityCode", message: `社区不存在：${communityCode}` }]);
    return createItem(tx, viewer, { communityId: community.id }, fields, community.isSample, at);
  });
}

/** Retires an item from a date on: it stays on record, and no period after it is owed. */
export async function retireCatalogueItem(
  db: Db,
  viewer: Viewer,
  args: RetireCatalogueItemArgs,
  at = new Date(),
): Promise<CatalogueItem> {
  const { id, reason: why } = parseInput(retireArgs, args, "");
  return inTransaction(db, async (tx) => {
    const item = await tx.catalogueItem.findUnique({ where: { id } });
    if (!item) throw new NotFoundError(id, "目录事项不存在");
    if (item.retiredAt) throw new StateConflictError("CATALOGUE_ITEM_RETIRED", "该目录事项已停用");
    return tx.catalogueItem.update({
      where: { id },
      data: { retiredAt: at, retiredByName: viewer.name, retirementReason: why },
    });
  });
}

/**
 * Suspends an inherited item in one community (暂停公开). The item is never silently dropped: the
 * suspension is a record with its reason, shown publicly in place of the item's status.
 */
export async function suspendCatalogueItem(
  db: Db,
  viewer: Viewer,
  raw: SuspendCatalogueItemInput,
  at = new Date(),
): Promise<CatalogueSuspension> {
  const input = parseInput(suspendInput, raw);
  return inTransaction(db, async (tx) => {
    const community = await tx.community.findUnique({
      where: { code: input.communityCode },
      select: { id: true, township: { select: { countyId: true } } },
    });
    if (!community) throw new ValidationError([{ field: "input.communityCode", message: `社区不存在：${input.communityCode}` }]);
    const item = await tx.catalogueItem.findUnique({ where: { id: input.itemId } });
    if (!item || item.retiredAt) throw new ValidationError([{ field: "input.itemId", message: "目录事项不存在或已停用" }]);
    if (item.countyId !== community.township.countyId) {
      throw new ValidationError([{ field: "input.itemId", message: "只能暂停本县公开目录中继承的事项；社区自设的事项请停用" }]);
    }
    const open = await tx.catalogueSuspension.findFirst({
      where: { itemId: item.id, communityId: community.id, endedAt: null },
    });
    if (open) throw new StateConflictError("CATALOGUE_ITEM_SUSPENDED", "该事项在本社区已暂停公开");
    return tx.catalogueSuspension.create({
      data: { itemId: item.id, communityId: community.id, reason: input.reason, startedAt: at, startedByName: viewer.name },
    });
  });
}

/** Ends a suspension: from now on the item is owed again, starting with the period now running. */
export async function resumeCatalogueItem(
  db: Db,
  viewer: Viewer,
  args: ResumeCatalogueItemArgs,
  at = new Date(),
): Promise<CatalogueSuspension> {
  const { suspensionId, reason: why } = parseInput(resumeArgs, args, "");
  return inTransaction(db, async (tx) => {
    const suspension = await tx.catalogueSuspension.findUnique({ where: { id: suspensionId } });
    if (!suspension) throw new NotFoundError(suspensionId, "暂停记录不存在");
    if (suspension.endedAt) throw new StateConflictError("CATALOGUE_SUSPENSION_ENDED", "该暂停已经结束");
    return tx.catalogueSuspension.update({
      where: { id: suspensionId },
      data: { endedAt: at, endedByName: viewer.name, endReason: why ?? null },
    });
  });
}

/**
 * For a disclosure that names its catalogue item at creation: the item must be in force and be
 * fulfilled by disclosures, in the catalogue of at least one of the disclosure's communities.
 */
export async function checkCatalogueItem(tx: Tx, itemId: string, communityIds: readonly string[], field: string) {
  const item = await tx.catalogueItem.findUnique({ where: { id: itemId } });
  const fail = (message: string) => new ValidationError([{ field, message }]);
  if (!item || item.retiredAt) throw fail("目录事项不存在或已停用");
  if (item.source !== "DISCLOSURE") {
    throw fail(`该目录事项由“${CATALOGUE_SOURCE_LABELS[item.source]}”自动对应，无需在公开事项中注明`);
  }
  const communities = await tx.community.findMany({
    where: { id: { in: [...communityIds] } },
    select: { id: true, township: { select: { countyId: true } } },
  });
  const inCatalogue = communities.some((c) => c.id === item.communityId || c.township.countyId === item.countyId);
  if (!inCatalogue) throw fail("该目录事项不在所选社区的公开目录中");
}

/** The community's catalogue item of this name in force on the day, own before inherited; null when none. */
export async function catalogueItemNamed(
  tx: Tx,
  community: Pick<Community, "id" | "townshipId">,
  name: string,
  at: Date,
): Promise<string | null> {
  const township = await tx.township.findUniqueOrThrow({ where: { id: community.townshipId }, select: { countyId: true } });
  const item = await tx.catalogueItem.findFirst({
    where: {
      name,
      source: "DISCLOSURE",
      createdAt: { lte: at },
      retiredAt: null,
      effectiveFrom: { lte: todayInShanghai(at) },
      OR: [{ communityId: community.id }, { countyId: township.countyId }],
    },
    orderBy: { communityId: { sort: "desc", nulls: "last" } },
    select: { id: true },
  });
  return item?.id ?? null;
}
