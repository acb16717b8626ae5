import { z } from "zod";
import type { Viewer } from "../auth/viewer.ts";
import type { Db, Tx } from "../db/client.ts";
import type { AssetIncomeStatement, AssetLease, CollectiveAsset } from "../db/generated/client.ts";
import { publishNotice } from "../disclosures/service.ts";
import { StateConflictError, ValidationError } from "../errors.ts";
import { decimalString, FEN, yuan } from "../money.ts";
import { isoDate } from "../periods.ts";
import { enumOf, flag, optionalText, parseInput, requiredText } from "../validation.ts";
import { ASSET_KIND_LABELS, type ASSET_STATUS_LABELS } from "./labels.ts";

type AssetStatus = keyof typeof ASSET_STATUS_LABELS;

const assetInput = z.object({
  communityCode: requiredText("社区代码", 50),
  code: z
    .string()
    .trim()
    .regex(/^[A-Z0-9][A-Z0-9-]{0,31}$/, "资产编号应为 1–32 位大写字母、数字或连字符，如 SHOP-01"),
  name: requiredText("资产名称", 50),
  kind: enumOf(ASSET_KIND_LABELS, "资产类别"),
  location: requiredText("位置", 100),
  area: decimalString(FEN, "面积").nullish(),
  selfOperated: flag(),
});

export type CollectiveAssetInput = z.input<typeof assetInput>;

export async function createCollectiveAsset(db: Db, _viewer: Viewer, raw: CollectiveAssetInput): Promise<CollectiveAsset> {
  const input = parseInput(assetInput, raw);
  return db.$transaction(async (tx) => {
    const community = await tx.community.findUnique({ where: { code: input.communityCode } });
    if (!community) throw new ValidationError([{ field: "input.communityCode", message: `社区不存在：${input.communityCode}` }]);
    const clash = await tx.collectiveAsset.findUnique({
      where: { communityId_code: { communityId: community.id, code: input.code } },
    });
    if (clash) throw new ValidationError([{ field: "input.code", message: `本社区已有编号为 ${input.code} 的资产` }]);
    const { communityCode: _, ...fields } = input;
    return tx.collectiveAsset.create({ data: { ...fields, area: input.area ?? null, communityId: community.id } });
  });
}

const leaseInput = z
  .object({
    assetId: requiredText("资产", 50),
    lesseeBusiness: requiredText("承租经营项目", 100),
    monthlyRent: decimalString(FEN, "月租金"),
    leaseFrom: isoDate("租期开始日期"),
    leaseTo: isoDate("租期结束日期"),
    contractNo: optionalText("合同编号", 50),
  })
  .superRefine((l, ctx) => {
    if (l.leaseTo < l.leaseFrom) ctx.addIssue({ code: "custom", path: ["leaseTo"], message: "租期结束日期不能早于开始日期" });
  });

/** A new lease of an asset. Leases of one asset may not overlap; earlier leases stay on the register. */
export type AssetLeaseInput = z.input<typeof leaseInput>;

export async function addAssetLease(db: Db, _viewer: Viewer, raw: AssetLeaseInput): Promise<AssetLease> {
  const input = parseInput(leaseInput, raw);
  return db.$transaction(async (tx) => {
    const asset = await tx.collectiveAsset.findUnique({ where: { id: input.assetId }, include: { leases: true } });
    if (!asset) throw new ValidationError([{ field: "input.assetId", message: "资产不存在" }]);
    const overlap = asset.leases.find((l) => l.leaseFrom <= input.leaseTo && input.leaseFrom <= l.leaseTo);
    if (overlap) {
      throw new StateConflictError(
        "ASSET_LEASE_OVERLAP",
        `该资产 ${overlap.leaseFrom} 至 ${overlap.leaseTo} 已出租给“${overlap.lesseeBusiness}”，租期不能重叠`,
      );
    }
    return tx.assetLease.create({ data: input });
  });
}

/** Asset income (rent booked to asset-income categories) in a year's published months, in fen. */
export async function assetIncomeOfYear(db: Db | Tx, communityId: string, year: number) {
  const sum = await db.ledgerEntry.aggregate({
    where: {
      category: { assetIncome: true },
      period: { communityId, status: "PUBLISHED", month: { startsWith: `${year}-` } },
    },
    _sum: { amount: true },
  });
  return sum._sum.amount ?? 0;
}

const statementInput = z.object({
  communityCode: requiredText("社区代码", 50),
  year: z.number().int().min(2000, "年份不正确").max(2100, "年份不正确"),
  uses: z
    .array(
      z.object({
        purpose: requiredText("用途", 100),
        amount: decimalString(FEN, "金额"),
        decision: optionalText("决策依据", 200),
      }),
    )
    .min(1, "至少填写一项收益用途")
    .max(50, "收益用途最多 50 项"),
});

export type AssetIncomeStatementInput = z.input<typeof statementInput>;

/**
 * 资产收益使用情况: the year's asset income, taken from the published books, and what it was spent
 * on, published as a finance disclosure. Uses cannot add up to more than the income.
 */
export async function publishAssetIncomeStatement(
  db: Db,
  viewer: Viewer,
  raw: AssetIncomeStatementInput,
  at = new Date(),
): Promise<AssetIncomeStatement> {
  const input = parseInput(statementInput, raw);
  return db.$transaction(async (tx) => {
    const community = await tx.community.findUnique({ where: { code: input.communityCode } });
    if (!community) throw new ValidationError([{ field: "input.communityCode", message: `社区不存在：${input.communityCode}` }]);
    if (
      await tx.assetIncomeStatement.findUnique({ where: { communityId_year: { communityId: community.id, year: input.year } } })
    ) {
      throw new StateConflictError("ASSET_STATEMENT_EXISTS", `${input.year} 年度资产收益使用情况已公开`);
    }
    const income = await assetIncomeOfYear(tx, community.id, input.year);
    const months = (
      await tx.financePeriod.findMany({
        where: { communityId: community.id, status: "PUBLISHED", month: { startsWith: `${input.year}-` } },
        select: { month: true },
        orderBy: { month: "asc" },
      })
    ).map((p) => `${Number(p.month.slice(5))}月`);
    const used = input.uses.reduce((s, u) => s + u.amount, 0);
    if (used > income) {
      throw new ValidationError([
        {
          field: "input.uses",
          message: `收益用途合计 ${yuan(used)} 元，超过 ${input.year} 年已公开账目中的资产收益 ${yuan(income)} 元`,
        },
      ]);
    }
    const lines = input.uses.map((u) => `| ${u.purpose} | ${yuan(u.amount)} | ${u.decision ?? ""} |`);
    const body = [
      `${input.year}年度集体资产收益 ${yuan(income)} 元（取自已公开的${months.length ? ` ${months.join("、")} ` : ""}月度账目），使用情况如下：`,
      ["| 用途 | 金额（元） | 决策依据 |", "| --- | ---: | --- |", ...lines, `| 合计 | ${yuan(used)} | |`].join("\n"),
      `结余 ${yuan(income - used)} 元。`,
    ].join("\n\n");
    const notice = await publishNotice(
      tx,
      viewer,
      {
        communityCodes: [community.code],
        categoryCode: "FINANCE",
        title: `${input.year}年度集体资产收益使用情况`,
        body,
        period: String(input.year),
        isSample: community.isSample,
      },
      at,
    );
    return tx.assetIncomeStatement.create({
      data: {
        communityId: community.id,
        year: input.year,
        incomeTotal: income,
        disclosureId: notice.id,
        uses: { create: input.uses.map((u, position) => ({ ...u, position })) },
      },
    });
  });
}

/** The lease in force on a day (ISO date), if any. */
export const leaseOn = <L extends { leaseFrom: string; leaseTo: string }>(leases: L[], day: string) =>
  leases.find((l) => l.leaseFrom <= day && day <= l.leaseTo) ?? null;

/** Let, run by the community itself, or standing empty (空置) on a day. */
export const assetStatus = (
  a: { selfOperated: boolean; leases: { leaseFrom: string; leaseTo: string }[] },
  day: string,
): AssetStatus => (leaseOn(a.leases, day) ? "LEASED" : a.selfOperated ? "SELF_OPERATED" : "VACANT");
