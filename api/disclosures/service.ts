import { z } from "zod";
import type { Viewer } from "../auth/viewer.ts";
import { checkCatalogueItem } from "../catalogue/service.ts";
import { type Db, inTransaction, type Tx } from "../db/client.ts";
import type { Disclosure } from "../db/generated/client.ts";
import { NotFoundError, StateConflictError, ValidationError } from "../errors.ts";
import { periodCodeSchema } from "../periods.ts";
import { omittable, parseInput } from "../validation.ts";
import { canonicalContent, contentHash } from "./hash.ts";

const title = z.string().trim().min(2, "标题至少 2 个字").max(120, "标题不能超过 120 个字");
const body = z.string().trim().min(1, "正文不能为空").max(50_000, "正文不能超过 50000 个字符");
const reason = z.string().trim().min(4, "请说明原因（至少 4 个字）").max(500, "原因不能超过 500 个字");
const communityCodes = z
  .array(z.string().trim().min(1, "社区代码不能为空"))
  .min(1, "至少选择一个公开社区")
  .max(500, "一次最多公开到 500 个社区");

const createInput = z.object({
  communityCodes,
  categoryCode: z.string().trim().min(1, "请选择公开类别"),
  title,
  body,
  period: periodCodeSchema.nullish(),
  /** The catalogue item (公开目录) this disclosure fulfils, if any. */
  catalogueItemId: z.string().trim().min(1, "目录事项不能为空").nullish(),
});
const id = z.string();
const updateArgs = z.object({
  id,
  input: z.object({
    communityCodes: omittable(communityCodes, "公开社区"),
    categoryCode: omittable(createInput.shape.categoryCode, "公开类别"),
    title: omittable(title, "标题"),
    body: omittable(body, "正文"),
    period: periodCodeSchema.nullish(),
  }),
});
const publishArgs = z.object({ id });
const correctArgs = z.object({ id, input: z.object({ title, body, period: periodCodeSchema.nullish(), reason }) });
const withdrawArgs = z.object({ id, reason });

export type CreateDisclosureInput = z.input<typeof createInput>;
export type UpdateDisclosureArgs = z.input<typeof updateArgs>;
export type PublishDisclosureArgs = z.input<typeof publishArgs>;
export type CorrectDisclosureArgs = z.input<typeof correctArgs>;
export type WithdrawDisclosureArgs = z.input<typeof withdrawArgs>;

async function communityIds(tx: Tx, codes: string[]): Promise<string[]> {
  const unique = [...new Set(codes)];
  const found = await tx.community.findMany({ where: { code: { in: unique } }, select: { id: true, code: true } });
  const missing = unique.filter((c) => !found.some((f) => f.code === c));
  if (missing.length) {
    throw new ValidationError([{ field: "input.communityCodes", message: `社区不存在：${missing.join("、")}` }]);
  }
  return found.map((f) => f.id);
}

async function checkCategory(tx: Tx, code: string): Promise<void> {
  if (!(await tx.disclosureCategory.findUnique({ where: { code } }))) {
    throw new ValidationError([{ field: "input.categoryCode", message: `公开类别不存在：${code}` }]);
  }
}

async function load(tx: Tx, id: string): Promise<Disclosure> {
  const found = await tx.disclosure.findUnique({ where: { id } });
  if (!found) throw new NotFoundError(id, "公开事项不存在");
  return found;
}

const notDraft = () =>
  new StateConflictError("DISCLOSURE_NOT_DRAFT", "已发布的公开事项不能修改；如有错误，请发布更正（更正会与原件一同保留）");

/** Fixes the published content and its hash. Runs inside the publishing transaction. */
async function seal(tx: Tx, id: string, viewer: Viewer, publishedAt: Date): Promise<Disclosure> {
  const draft = await tx.disclosure.findUniqueOrThrow({
    where: { id },
    include: { targets: { include: { community: { select: { code: true } } } } },
  });
  const canonical = canonicalContent({
    ...contentOf(draft),
    communities: draft.targets.map((t) => t.community.code),
    publishedAt: publishedAt.toISOString(),
    publisher: viewer.name,
  });
  return tx.disclosure.update({
    where: { id },
    data: {
      status: "PUBLISHED",
      publishedAt,
      publishedById: viewer.userId,
      publisherName: viewer.name,
      contentHash: contentHash(canonical),
    },
  });
}

/** The columns a disclosure's hashed content is made of: what a list that never shows the body need not read. */
export type HashedDisclosure = Pick<
  Disclosure,
  | "id"
  | "categoryCode"
  | "title"
  | "body"
  | "periodKind"
  | "periodStart"
  | "periodEnd"
  | "correctsId"
  | "correctionReason"
  | "publishedAt"
  | "publisherName"
>;

function contentOf(d: HashedDisclosure) {
  return {
    id: d.id,
    category: d.categoryCode,
    title: d.title,
    body: d.body,
    period: d.periodKind && d.periodStart && d.periodEnd ? { kind: d.periodKind, start: d.periodStart, end: d.periodEnd } : null,
    corrects: d.correctsId,
    correctionReason: d.correctionReason,
  };
}

/** The exact string whose SHA-256 is the disclosure's published hash; null for drafts. */
export function publishedCanonical(d: HashedDisclosure, communityCodes: string[]): string | null {
  if (!d.publishedAt || !d.publisherName) return null;
  return canonicalContent({
    ...contentOf(d),
    communities: communityCodes,
    publishedAt: d.publishedAt.toISOString(),
    publisher: d.publisherName,
  });
}

const periodColumns = (p: { kind: string; start: string; end: string } | null | undefined) =>
  p === undefined
    ? {}
    : { periodKind: (p?.kind ?? null) as Disclosure["periodKind"], periodStart: p?.start ?? null, periodEnd: p?.end ?? null };

export async function createDraft(db: Db | Tx, viewer: Viewer, raw: CreateDisclosureInput): Promise<Disclosure> {
  const input = parseInput(createInput, raw);
  return inTransaction(db, async (tx) => {
    const ids = await communityIds(tx, input.communityCodes);
    await checkCategory(tx, input.categoryCode);
    if (input.catalogueItemId) await checkCatalogueItem(tx, input.catalogueItemId, ids, "input.catalogueItemId");
    return tx.disclosure.create({
      data: {
        categoryCode: input.categoryCode,
        title: input.title,
        body: input.body,
        ...periodColumns(input.period ?? null),
        catalogueItemId: input.catalogueItemId ?? null,
        createdById: viewer.userId,
        targets: { create: ids.map((communityId) => ({ communityId })) },
      },
    });
  });
}

export async function updateDraft(db: Db | Tx, _viewer: Viewer, args: UpdateDisclosureArgs): Promise<Disclosure> {
  const { id, input } = parseInput(updateArgs, args, "");
  return inTransaction(db, async (tx) => {
    const current = await load(tx, id);
    if (current.status !== "DRAFT") throw notDraft();
    if (input.categoryCode !== undefined) await checkCategory(tx, input.categoryCode);
    if (input.communityCodes !== undefined) {
      const ids = await communityIds(tx, input.communityCodes);
      await tx.disclosureTarget.deleteMany({ where: { disclosureId: id } });
      await tx.disclosureTarget.createMany({ data: ids.map((communityId) => ({ disclosureId: id, communityId })) });
    }
    return tx.disclosure.update({
      where: { id },
      data: {
        categoryCode: input.categoryCode,
        title: input.title,
        body: input.body,
        ...periodColumns(input.period),
      },
    });
  });
}

export async function publish(db: Db | Tx, viewer: Viewer, args: PublishDisclosureArgs, at = new Date()): Promise<Disclosure> {
  const { id } = parseInput(publishArgs, args, "");
  return inTransaction(db, async (tx) => {
    const current = await load(tx, id);
    if (current.status !== "DRAFT") {
      throw new StateConflictError("DISCLOSURE_ALREADY_PUBLISHED", "该公开事项已发布，不能重复发布");
    }
    return seal(tx, id, viewer, at);
  });
}

/**
 * Publishes a notice another domain generates from its own rows (a fee month, a jobs board, a
 * month of the books), inside that domain's transaction; demo communities' notices are marked as
 * sample data like everything else about them.
 */
export async function publishNotice(
  tx: Tx,
  viewer: Viewer,
  input: CreateDisclosureInput & { isSample: boolean },
  at = new Date(),
): Promise<Disclosure> {
  const { isSample, ...fields } = input;
  const draft = await createDraft(tx, viewer, fields);
  if (isSample) await tx.disclosure.update({ where: { id: draft.id }, data: { isSample } });
  return publish(tx, viewer, { id: draft.id }, at);
}

export async function correct(db: Db | Tx, viewer: Viewer, args: CorrectDisclosureArgs, at = new Date()): Promise<Disclosure> {
  const { id, input } = parseInput(correctArgs, args, "");
  return inTransaction(db, async (tx) => {
    const original = await tx.disclosure.findUnique({ where: { id }, include: { correctedBy: true, targets: true } });
    if (!original) throw new NotFoundError(id, "公开事项不存在");
    if (original.status === "DRAFT") {
      throw new StateConflictError("DISCLOSURE_NOT_PUBLISHED", "草稿尚未发布，请直接修改草稿，无需更正");
    }
    if (original.status === "WITHDRAWN") {
      throw new StateConflictError("DISCLOSURE_WITHDRAWN", "已撤回的公开事项不能更正");
    }
    if (original.correctedBy) {
      throw new StateConflictError(
        "DISCLOSURE_ALREADY_CORRECTED",
        `该公开事项已被更正，请对最新的更正（${original.correctedBy.id}）进行更正`,
      );
    }
    const created = await tx.disclosure.create({
      data: {
        categoryCode: original.categoryCode,
        title: input.title,
        body: input.body,
        ...periodColumns(input.period ?? null),
        createdById: viewer.userId,
        correctsId: original.id,
        correctionReason: input.reason,
        catalogueItemId: original.catalogueItemId,
        isSample: original.isSample,
        targets: { create: original.targets.map((t) => ({ communityId: t.communityId })) },
      },
    });
    return seal(tx, created.id, viewer, at);
  });
}

export async function withdraw(db: Db | Tx, viewer: Viewer, args: WithdrawDisclosureArgs, at = new Date()): Promise<Disclosure> {
  const { id, reason: why } = parseInput(withdrawArgs, args, "");
  return inTransaction(db, async (tx) => {
    const current = await load(tx, id);
    if (current.status === "DRAFT") {
      throw new StateConflictError("DISCLOSURE_NOT_PUBLISHED", "草稿尚未发布，无需撤回");
    }
    if (current.status === "WITHDRAWN") {
      throw new StateConflictError("DISCLOSURE_WITHDRAWN", "该公开事项已撤回");
    }
    return tx.disclosure.update({
      where: { id },
      data: { status: "WITHDRAWN", withdrawnAt: at, withdrawnById: viewer.userId, withdrawalReason: why },
    });
  });
}

/** Oldest to newest: every version a correction chain holds, whichever member is asked about. */
export async function correctionChain(db: Db, id: string): Promise<Disclosure[]> {
  const chain: Disclosure[] = [];
  let cursor: Disclosure | null = await db.disclosure.findUnique({ where: { id } });
  while (cursor?.correctsId) cursor = await db.disclosure.findUnique({ where: { id: cursor.correctsId } });
  while (cursor) {
    chain.push(cursor);
    cursor = await db.disclosure.findUnique({ where: { correctsId: cursor.id } });
  }
  return chain;
}

/** The community codes that a disclosure's authorization depends on. */
export async function targetCommunityCodes(db: Db, id: string): Promise<string[] | null> {
  const d = await db.disclosure.findUnique({
    where: { id },
    select: { targets: { select: { community: { select: { code: true } } } } },
  });
  return d ? d.targets.map((t) => t.community.code) : null;
}
