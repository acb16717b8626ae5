import { z } from "zod";
import type { Viewer } from "../auth/viewer.ts";
import { type Db, inTransaction, type Tx } from "../db/client.ts";
import type { FeeCollection, FeeItem, FeePrice } from "../db/generated/client.ts";
import { correct, publishNotice } from "../disclosures/service.ts";
import { NotFoundError, StateConflictError, ValidationError } from "../errors.ts";
import { decimalString, FEN, PRICE, yuan } from "../money.ts";
import { isoDate, monthCode, periodLabel } from "../periods.ts";
import { uploadFields } from "../sheets/upload.ts";
import { enumOf, optionalText, parseInput, requiredText } from "../validation.ts";
import { BILLING_UNIT_LABELS, FEE_COLLECTOR_LABELS, FEE_KIND_LABELS } from "./labels.ts";
import type { CollectionRow } from "./months.ts";
import { collectionMarkdown, priceMarkdown } from "./render.ts";
import { parseCollectionSheet } from "./sheet.ts";

const createItemInput = z.object({
  communityCode: requiredText("社区代码", 50),
  code: z
    .string()
    .trim()
    .regex(/^[A-Z][A-Z0-9_]{1,31}$/, "收费项目代码应为 2–32 位大写字母、数字或下划线，如 WATER"),
  kind: enumOf(FEE_KIND_LABELS, "收费种类"),
  name: requiredText("收费项目名称", 50),
  collector: enumOf(FEE_COLLECTOR_LABELS, "收费主体类型"),
  collectorName: requiredText("收费单位名称", 100),
  billingUnit: enumOf(BILLING_UNIT_LABELS, "计费单位"),
});

const priceInput = z
  .object({
    feeItemId: requiredText("收费项目", 50),
    effectiveFrom: isoDate("执行日期"),
    tiers: z
      .array(
        z.object({
          upTo: z
            .number()
            .int("档次上限应为整数")
            .positive("档次上限应大于 0")
            .nullish()
            .transform((v) => v ?? null),
          unitPrice: decimalString(PRICE, "单价"),
        }),
      )
      .min(1, "至少填写一个价格档次")
      .max(10, "价格档次不能超过 10 个"),
    basisDocument: requiredText("定价文件文号", 100),
    basisAuthority: requiredText("定价机关", 100),
    approvedOn: isoDate("批准日期"),
    residentsDecision: optionalText("居民会议决定", 2000),
    subsidy: z
      .object({
        perUnit: decimalString(PRICE, "补贴标准"),
        source: requiredText("补贴资金来源", 100),
        endsOn: isoDate("补贴截止日期"),
      })
      .nullish(),
    consultation: z
      .object({
        from: isoDate("征求意见开始日期"),
        to: isoDate("征求意见截止日期"),
        opinionsSummary: optionalText("居民意见摘要", 2000),
        response: optionalText("意见采纳情况", 2000),
      })
      .nullish(),
  })
  .superRefine((p, ctx) => {
    p.tiers.forEach((t, i) => {
      const last = i === p.tiers.length - 1;
      if (last && t.upTo !== null)
        ctx.addIssue({ code: "custom", path: ["tiers", i, "upTo"], message: "最后一档不设上限（留空）" });
      if (!last && t.upTo === null)
        ctx.addIssue({ code: "custom", path: ["tiers", i, "upTo"], message: "除最后一档外，每档都要填写上限" });
      const previous = p.tiers[i - 1]?.upTo;
      if (t.upTo !== null && previous !== null && previous !== undefined && t.upTo <= previous) {
        ctx.addIssue({ code: "custom", path: ["tiers", i, "upTo"], message: "档次上限应逐档递增" });
      }
    });
    if (p.approvedOn > p.effectiveFrom)
      ctx.addIssue({ code: "custom", path: ["approvedOn"], message: "批准日期不能晚于执行日期" });
    if (p.consultation && p.consultation.from > p.consultation.to) {
      ctx.addIssue({ code: "custom", path: ["consultation", "to"], message: "征求意见截止日期不能早于开始日期" });
    }
  });

const collectionRow = z
  .object({
    building: z
      .string()
      .trim()
      .max(30, "楼栋名称不能超过 30 个字")
      .nullish()
      .transform((s) => (s ? s : null)),
    householdsBilled: z.number().int().nonnegative("应缴户数不能为负"),
    householdsPaid: z.number().int().nonnegative("已缴户数不能为负"),
    householdsInArrears: z.number().int().nonnegative("欠费户数不能为负"),
    amountDue: decimalString(FEN, "应收金额"),
    amountCollected: decimalString(FEN, "实收金额"),
    note: optionalText("备注", 200),
  })
  .superRefine((r, ctx) => {
    if (r.householdsPaid > r.householdsBilled)
      ctx.addIssue({ code: "custom", path: ["householdsPaid"], message: "已缴户数不能多于应缴户数" });
    if (r.householdsInArrears > r.householdsBilled) {
      ctx.addIssue({ code: "custom", path: ["householdsInArrears"], message: "欠费户数不能多于应缴户数" });
    }
  });

const collectionInput = z
  .object({
    feeItemId: requiredText("收费项目", 50),
    month: monthCode,
    rows: z.array(collectionRow).min(1, "至少填写一行收缴情况").max(500, "一次最多 500 行"),
  })
  .superRefine((c, ctx) => {
    const names = c.rows.map((r) => r.building);
    if (names.includes(null) && names.length > 1) {
      ctx.addIssue({ code: "custom", path: ["rows"], message: "按楼栋填报时每行都要填写楼栋；全社区合计只能单独一行" });
    }
    names.forEach((n, i) => {
      if (n !== null && names.indexOf(n) !== i)
        ctx.addIssue({ code: "custom", path: ["rows", i, "building"], message: `楼栋“${n}”重复` });
    });
  });

const correctionArgs = z.object({
  input: collectionInput,
  reason: z.string().trim().min(4, "请说明更正原因（至少 4 个字）").max(500, "原因不能超过 500 个字"),
});

export type CreateFeeItemInput = z.input<typeof createItemInput>;
export type FeePriceInput = z.input<typeof priceInput>;
const importArgs = z.object({ feeItemId: z.string(), month: monthCode, ...uploadFields(5) });

export type CollectionInput = z.input<typeof collectionInput>;
export type ImportCollectionArgs = z.input<typeof importArgs>;
export type CorrectCollectionArgs = z.input<typeof correctionArgs>;

async function loadItem(tx: Tx, id: string) {
  const item = await tx.feeItem.findUnique({ where: { id }, include: { community: true } });
  if (!item) throw new ValidationError([{ field: "input.feeItemId", message: "收费项目不存在" }]);
  return item;
}

export async function createFeeItem(db: Db, _viewer: Viewer, raw: CreateFeeItemInput): Promise<FeeItem> {
  const input = parseInput(createItemInput, raw);
  return db.$transaction(async (tx) => {
    const community = await tx.community.findUnique({ where: { code: input.communityCode } });
    if (!community) throw new ValidationError([{ field: "input.communityCode", message: `社区不存在：${input.communityCode}` }]);
    const clash = await tx.feeItem.findUnique({ where: { communityId_code: { communityId: community.id, code: input.code } } });
    if (clash) throw new ValidationError([{ field: "input.code", message: `本社区已有代码为 ${input.code} 的收费项目` }]);
    const { communityCode: _, ...fields } = input;
    return tx.feeItem.create({ data: { ...fields, communityId: community.id } });
  });
}

/**
 * A new price is a new version from its effective date, published as a fee disclosure in the same
 * transaction; earlier versions stay as they were.
 */
export async function publishFeePrice(db: Db, viewer: Viewer, raw: FeePriceInput, at = new Date()): Promise<FeePrice> {
  const input = parseInput(priceInput, raw);
  return db.$transaction(async (tx) => {
    const item = await loadItem(tx, input.feeItemId);
    const clash = await tx.feePrice.findUnique({
      where: { feeItemId_effectiveFrom: { feeItemId: item.id, effectiveFrom: input.effectiveFrom } },
    });
    if (clash) {
      throw new StateConflictError(
        "FEE_PRICE_EXISTS",
        `该收费项目已有 ${input.effectiveFrom} 起执行的价格；价格只能新增版本，不能修改`,
      );
    }
    const content = {
      effectiveFrom: input.effectiveFrom,
      tiers: input.tiers,
      basisDocument: input.basisDocument,
      basisAuthority: input.basisAuthority,
      approvedOn: input.approvedOn,
      residentsDecision: input.residentsDecision,
      subsidyPerUnit: input.subsidy?.perUnit ?? null,
      subsidySource: input.subsidy?.source ?? null,
      subsidyEndsOn: input.subsidy?.endsOn ?? null,
      consultationFrom: input.consultation?.from ?? null,
      consultationTo: input.consultation?.to ?? null,
      opinionsSummary: input.consultation?.opinionsSummary ?? null,
      consultationResponse: input.consultation?.response ?? null,
    };
    const notice = await publishNotice(
      tx,
      viewer,
      {
        communityCodes: [item.community.code],
        categoryCode: "FEES",
        title: `${item.name}价格公示（${input.effectiveFrom}起执行）`,
        body: priceMarkdown(item, content),
        isSample: item.community.isSample,
      },
      at,
    );
    const { tiers, ...columns } = content;
    return tx.feePrice.create({
      data: {
        ...columns,
        feeItemId: item.id,
        disclosureId: notice.id,
        tiers: { create: tiers.map((t, position) => ({ position, upTo: t.upTo, unitPrice: t.unitPrice })) },
      },
    });
  });
}

/** The disclosure currently standing for an item's month: published, not corrected, not withdrawn. */
async function currentCollectionDisclosure(tx: Tx, feeItemId: string, month: string) {
  const row = await tx.feeCollection.findFirst({
    where: { feeItemId, month, disclosure: { status: "PUBLISHED", correctedBy: { is: null } } },
    select: { disclosureId: true },
  });
  return row?.disclosureId ?? null;
}

function collectionTitle(item: { name: string }, month: string) {
  return `${periodLabel({ kind: "MONTH", start: `${month}-01`, end: `${month}-01` })}${item.name}收缴情况`;
}

async function attachRows(tx: Tx, feeItemId: string, month: string, disclosureId: string, rows: CollectionRow[]) {
  await tx.feeCollection.createMany({ data: rows.map((r) => ({ ...r, feeItemId, month, disclosureId })) });
  return tx.feeCollection.findMany({ where: { disclosureId } });
}

/** Publishes a month's collection status (per building or for the whole community) as one disclosure. */
export async function publishFeeCollection(
  db: Db,
  viewer: Viewer,
  raw: CollectionInput,
  at = new Date(),
): Promise<FeeCollection[]> {
  const input = parseInput(collectionInput, raw);
  return inTransaction(db, async (tx) => {
    const item = await loadItem(tx, input.feeItemId);
    if (await currentCollectionDisclosure(tx, item.id, input.month)) {
      throw new StateConflictError("FEE_COLLECTION_EXISTS", `${input.month} 的收缴情况已公开；如有错误，请发布更正`);
    }
    const notice = await publishNotice(
      tx,
      viewer,
      {
        communityCodes: [item.community.code],
        categoryCode: "FEES",
        title: collectionTitle(item, input.month),
        body: collectionMarkdown(item, input.month, input.rows),
        period: input.month,
        isSample: item.community.isSample,
      },
      at,
    );
    return attachRows(tx, item.id, input.month, notice.id, input.rows);
  });
}

/** Corrects a published month: new rows under a correction disclosure; the original stays visible. */
export async function correctFeeCollection(db: Db, viewer: Viewer, args: CorrectCollectionArgs, at = new Date()) {
  const { input, reason } = parseInput(correctionArgs, args, "");
  return db.$transaction(async (tx) => {
    const item = await loadItem(tx, input.feeItemId);
    const current = await currentCollectionDisclosure(tx, item.id, input.month);
    if (!current) throw new NotFoundError(input.month, `${input.month} 尚未公开收缴情况，无需更正`);
    const correction = await correct(
      tx,
      viewer,
      {
        id: current,
        input: {
          title: `${collectionTitle(item, input.month)}（更正）`,
          body: collectionMarkdown(item, input.month, input.rows),
          period: input.month,
          reason,
        },
      },
      at,
    );
    return attachRows(tx, item.id, input.month, correction.id, input.rows);
  });
}

/** The community of a fee item, as the list its editing scope is decided by. */
export async function feeItemCommunities(db: Db, feeItemId: string): Promise<string[] | null> {
  const item = await db.feeItem.findUnique({ where: { id: feeItemId }, select: { community: { select: { code: true } } } });
  return item ? [item.community.code] : null;
}

/** Imports a month's per-building status from an uploaded CSV/XLSX: every row valid, or nothing written. */
export async function importFeeCollection(
  db: Db,
  viewer: Viewer,
  args: ImportCollectionArgs,
  at = new Date(),
): Promise<FeeCollection[]> {
  // The import's own arguments are checked under their own names before the file is read.
  const input = parseInput(importArgs, args, "");
  if (!(await db.feeItem.findUnique({ where: { id: input.feeItemId } }))) {
    throw new ValidationError([{ field: "feeItemId", message: "收费项目不存在" }]);
  }
  const rows = await parseCollectionSheet(input.fileName, input.contentBase64);
  return publishFeeCollection(
    db,
    viewer,
    {
      feeItemId: input.feeItemId,
      month: input.month,
      rows: rows.map((r) => ({ ...r, amountDue: yuan(r.amountDue), amountCollected: yuan(r.amountCollected) })),
    },
    at,
  );
}
