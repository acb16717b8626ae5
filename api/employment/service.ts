import { z } from "zod";
import type { Viewer } from "../auth/viewer.ts";
import { catalogueItemNamed } from "../catalogue/service.ts";
import { type Db, inTransaction, type Tx } from "../db/client.ts";
import { correct, publishNotice } from "../disclosures/service.ts";
import { type FieldIssue, NotFoundError, StateConflictError, ValidationError } from "../errors.ts";
import { monthCode, todayInShanghai } from "../periods.ts";
import { fileError } from "../sheets/grid.ts";
import { uploadFields } from "../sheets/upload.ts";
import { optionalText, parseInput, requiredText } from "../validation.ts";
import {
  COUNT_LABELS,
  type FigureCounts,
  figuresMarkdown,
  inconsistencies,
  monthLabel,
  type PublishedFigures,
} from "./figures.ts";
import { MAX_IMPORT_ROWS, readFiguresSheet } from "./sheet.ts";

/** The catalogue item (公开目录) a month's figures fulfil unless the editor names another. */
export const EMPLOYMENT_ITEM = "就业目标完成情况月报";

const count = (field: keyof FigureCounts) =>
  z
    .number()
    .int(`${COUNT_LABELS[field]}应为整数`)
    .min(0, `${COUNT_LABELS[field]}不能为负`)
    .max(1_000_000, `${COUNT_LABELS[field]}不能超过 1000000`);

const counts = {
  householdsWithLabour: count("householdsWithLabour"),
  householdsWithEmployed: count("householdsWithEmployed"),
  willingWorkers: count("willingWorkers"),
  trainedWithinYear: count("trainedWithinYear"),
  employedLocalIndustry: count("employedLocalIndustry"),
  employedWorkshop: count("employedWorkshop"),
  employedWelfarePost: count("employedWelfarePost"),
  employedLabourExport: count("employedLabourExport"),
  employedSelf: count("employedSelf"),
};

const figuresInput = z
  .object({
    communityCode: requiredText("社区代码", 50),
    month: monthCode,
    ...counts,
    note: optionalText("说明", 500),
    /** The catalogue item (公开目录) the monthly notice fulfils, if the community's catalogue has one. */
    catalogueItemId: z.string().trim().min(1, "目录事项不能为空").nullish(),
  })
  .superRefine((c, ctx) => {
    for (const issue of inconsistencies(c)) ctx.addIssue({ code: "custom", path: [issue.field], message: issue.message });
  });

const correctionArgs = z.object({
  input: figuresInput,
  reason: z.string().trim().min(4, "请说明更正原因（至少 4 个字）").max(500, "原因不能超过 500 个字"),
});

const importArgs = z.object({
  countyCode: requiredText("县代码", 20),
  ...uploadFields(5),
  catalogueItemId: z.string().trim().min(1, "目录事项不能为空").nullish(),
});

export type EmploymentFiguresInput = z.input<typeof figuresInput>;
export type CorrectEmploymentFiguresArgs = z.input<typeof correctionArgs>;
export type ImportEmploymentFiguresArgs = z.input<typeof importArgs>;

type Figures = z.output<typeof figuresInput>;

/** The figures currently standing for a community's month: published, not corrected, not withdrawn. */
export const standing = { disclosure: { status: "PUBLISHED", correctedBy: { is: null } } } as const;

async function loadCommunity(tx: Tx, code: string, field: string) {
  const community = await tx.community.findUnique({ where: { code } });
  if (!community) throw new ValidationError([{ field, message: `社区不存在：${code}` }]);
  return community;
}

const futureMonth = (month: string, at: Date) => month > todayInShanghai(at).slice(0, 7);
const futureMessage = (month: string) => `${month} 尚未到来，不能公开该月的数字`;

async function currentOf(tx: Tx, communityId: string, month: string) {
  return tx.employmentFigures.findFirst({ where: { communityId, month, ...standing }, include: { disclosure: true } });
}

const title = (communityName: string, month: string) => `${communityName}${monthLabel(month)}就业目标完成情况`;

async function attach(tx: Tx, viewer: Viewer, communityId: string, f: Figures, disclosureId: string, at: Date) {
  const { communityCode: _, catalogueItemId: __, note, ...numbers } = f;
  return tx.employmentFigures.create({
    data: { ...numbers, note: note ?? null, communityId, disclosureId, createdAt: at, createdByName: viewer.name },
    include: { disclosure: true },
  });
}

async function publishIn(tx: Tx, viewer: Viewer, f: Figures, at: Date, fields: { community: string; month: string }) {
  const community = await loadCommunity(tx, f.communityCode, fields.community);
  if (futureMonth(f.month, at)) throw new ValidationError([{ field: fields.month, message: futureMessage(f.month) }]);
  if (await currentOf(tx, community.id, f.month)) {
    throw new StateConflictError(
      "EMPLOYMENT_FIGURES_EXIST",
      `${community.name}${f.month} 的就业数字已公开；如有错误，请发布更正（原件会一同保留）`,
    );
  }
  const notice = await publishNotice(
    tx,
    viewer,
    {
      communityCodes: [community.code],
      categoryCode: "JOBS",
      title: title(community.name, f.month),
      body: figuresMarkdown(community.name, f.month, f, f.note ?? null),
      period: f.month,
      catalogueItemId: f.catalogueItemId ?? (await catalogueItemNamed(tx, community, EMPLOYMENT_ITEM, at)),
      isSample: community.isSample,
    },
    at,
  );
  return attach(tx, viewer, community.id, f, notice.id, at);
}

/** Publishes one community's month as a JOBS notice (hashed, immutable) with its figures. */
export async function publishEmploymentFigures(
  db: Db,
  viewer: Viewer,
  raw: EmploymentFiguresInput,
  at = new Date(),
): Promise<PublishedFigures> {
  const input = parseInput(figuresInput, raw);
  return inTransaction(db, (tx) => publishIn(tx, viewer, input, at, { community: "input.communityCode", month: "input.month" }));
}

/** Corrects a published month: new figures under a correction notice that points at the old; both stay visible. */
export async function correctEmploymentFigures(
  db: Db,
  viewer: Viewer,
  args: CorrectEmploymentFiguresArgs,
  at = new Date(),
): Promise<PublishedFigures> {
  const { input, reason } = parseInput(correctionArgs, args, "");
  return inTransaction(db, async (tx) => {
    const community = await loadCommunity(tx, input.communityCode, "input.communityCode");
    const current = await currentOf(tx, community.id, input.month);
    if (!current) throw new NotFoundError(input.month, `${community.name}${input.month} 尚未公开就业数字，无需更正`);
    const correction = await correct(
      tx,
      viewer,
      {
        id: current.disclosureId,
        input: {
          title: `${title(community.name, input.month)}（更正）`,
          body: figuresMarkdown(community.name, input.month, input, input.note ?? null),
          period: input.month,
          reason,
        },
      },
      at,
    );
    return attach(tx, viewer, community.id, input, correction.id, at);
  });
}

/**
 * Publishes the employment office's sheet for a county: one notice per community and month. Every
 * row is checked first — cells, consistency, the community in this county, the month not in the
 * future and not already published — and every problem is reported with its row; nothing is
 * written unless every row is good.
 */
export async function importEmploymentFigures(
  db: Db,
  viewer: Viewer,
  args: ImportEmploymentFiguresArgs,
  at = new Date(),
): Promise<PublishedFigures[]> {
  const input = parseInput(importArgs, args, "");
  const county = await db.county.findUnique({
    where: { code: input.countyCode },
    include: { townships: { include: { communities: true } } },
  });
  if (!county) throw new ValidationError([{ field: "countyCode", message: `县不存在：${input.countyCode}` }]);
  const { rows, issues } = await readFiguresSheet(input.fileName, input.contentBase64);
  if (rows.length > MAX_IMPORT_ROWS)
    throw fileError(`一次最多导入 ${MAX_IMPORT_ROWS} 行，本文件有 ${rows.length} 行，请分批导入`);

  const communities = county.townships.flatMap((t) => t.communities);
  const byLabel = new Map(communities.flatMap((c) => [[c.code, c] as const, [c.name, c] as const]));
  const published = await db.employmentFigures.findMany({
    where: { communityId: { in: communities.map((c) => c.id) }, ...standing },
    select: { communityId: true, month: true },
  });
  const taken = new Set(published.map((p) => `${p.communityId}/${p.month}`));
  /** Rows already matched to a community and month: the same community may be written by code in one row and by name in another. */
  const matched = new Map<string, number>();
  const good: Figures[] = [];
  for (const { rowNumber, row } of rows) {
    const issue = (field: string, message: string): FieldIssue => ({ field: `file.row${rowNumber}.${field}`, message });
    const community = byLabel.get(row.community);
    if (!community) {
      issues.push(issue("community", `第${rowNumber}行「社区」“${row.community}”不是${county.name}的社区（填写社区代码或名称）`));
    } else if (futureMonth(row.month, at)) {
      issues.push(issue("month", `第${rowNumber}行「月份」${futureMessage(row.month)}`));
    } else if (taken.has(`${community.id}/${row.month}`)) {
      issues.push(issue("month", `第${rowNumber}行：${community.name}${row.month} 的就业数字已公开；如有错误，请发布更正`));
    } else if (matched.has(`${community.id}/${row.month}`)) {
      issues.push(
        issue(
          "community",
          `第${rowNumber}行与第${matched.get(`${community.id}/${row.month}`)}行都是${community.name}${row.month} 的数字，每个社区每月只能有一行`,
        ),
      );
    } else {
      matched.set(`${community.id}/${row.month}`, rowNumber);
      const { community: _, ...figures } = row;
      good.push({ ...figures, communityCode: community.code, catalogueItemId: input.catalogueItemId ?? null });
    }
  }
  if (issues.length > 0) throw new ValidationError([...issues].sort((a, b) => rowOf(a.field) - rowOf(b.field)));

  try {
    return await inTransaction(db, async (tx) => {
      const created: PublishedFigures[] = [];
      for (const [i, f] of good.entries()) {
        const n = rows[i]?.rowNumber ?? i + 2;
        created.push(await publishIn(tx, viewer, f, at, { community: `file.row${n}.community`, month: `file.row${n}.month` }));
      }
      return created;
    });
  } catch (error) {
    // The catalogue item is checked as each notice is made; name it as the import's own argument.
    if (!(error instanceof ValidationError)) throw error;
    throw new ValidationError(
      error.issues.map((i) => (i.field === "input.catalogueItemId" ? { ...i, field: "catalogueItemId" } : i)),
    );
  }
}

const rowOf = (field: string) => Number(/row(\d+)/.exec(field)?.[1] ?? 0);
