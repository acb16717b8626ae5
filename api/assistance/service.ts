import { z } from "zod";
import type { Viewer } from "../auth/viewer.ts";
import { type Db, inTransaction, type Tx } from "../db/client.ts";
import type { AssistanceList, OriginVillage } from "../db/generated/client.ts";
import { correct, publishNotice } from "../disclosures/service.ts";
import { NotFoundError, StateConflictError, ValidationError } from "../errors.ts";
import { decimalString, FEN, yuan } from "../money.ts";
import { isoDate, periodCode, periodCodeSchema, todayInShanghai } from "../periods.ts";
import { uploadFields } from "../sheets/upload.ts";
import { enumOf, parseInput, patchOf, requiredText, withDefault } from "../validation.ts";
import { ASSISTANCE_KIND_LABELS, ASSISTANCE_REASON_LABELS } from "./labels.ts";
import { listMarkdown, listTitle, type NoticeRow } from "./notice.ts";
import { privateDataIn, RECIPIENT_NAME, roomIn } from "./privacy.ts";
import { parseAssistanceSheet } from "./sheet.ts";
import { assistanceWindow, DEFAULT_WINDOW_DAYS } from "./window.ts";

/** Text that must not carry an ID number or a mobile number. */
const plain = (label: string, max: number) =>
  requiredText(label, max).superRefine((s, ctx) => {
    const why = privateDataIn(s);
    if (why) ctx.addIssue({ code: "custom", message: `${label}${why}` });
  });

const recipientName = requiredText("姓名", 20).refine((s) => RECIPIENT_NAME.test(s), {
  message: "姓名应为 2～20 个汉字或字母，不含数字（不得填写身份证号或电话）",
});
const residentGroup = plain("居民小组或楼栋", 30).superRefine((s, ctx) => {
  const why = roomIn(s);
  if (why) ctx.addIssue({ code: "custom", message: why });
});
/** A village's public code, part of its URL: /v/<code>/. */
const villageCode = z
  .string()
  .trim()
  .regex(/^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$/, "迁出村编码应为大写字母、数字和连字符，如 RJ-V-PINGYANG")
  .max(40, "迁出村编码不能超过 40 个字符");

export const rowInput = z.object({
  recipientName,
  villageCode: requiredText("迁出村编码", 40),
  residentGroup,
  householdSize: z.number().int("家庭人口应为整数").min(1, "家庭人口至少 1 人").max(20, "家庭人口不能超过 20 人"),
  amount: decimalString(FEN, "金额").refine((fen) => fen > 0, "金额应大于 0"),
  reason: enumOf(ASSISTANCE_REASON_LABELS, "救助原因"),
});
const rows = z.array(rowInput).min(1, "名单至少一户").max(5000, "一份名单最多 5000 户");

const listFields = {
  kind: enumOf(ASSISTANCE_KIND_LABELS, "救助类别"),
  period: periodCodeSchema,
  approvingAuthority: plain("审批机关", 100),
  basis: plain("政策依据", 300),
  windowDays: withDefault(
    z.number().int("公示天数应为整数").min(1, "公示期至少 1 天").max(60, "公示期不能超过 60 天"),
    DEFAULT_WINDOW_DAYS,
  ),
  /** The first day of the window; the day of publication when left out. */
  windowStartsOn: isoDate("公示开始日期")
    .nullish()
    .transform((v) => v ?? null),
};
const publishInput = z.object({ communityCode: requiredText("社区代码", 50), ...listFields, rows });
const importArgs = z.object({ input: publishInput.omit({ rows: true }), ...uploadFields(10) });
const reason = z.string().trim().min(4, "请说明更正原因（至少 4 个字）").max(500, "更正原因不能超过 500 个字");
const correctArgs = z.object({ id: z.string(), input: z.object({ ...listFields, rows }), reason });

const villageFields = z.object({
  name: plain("村名", 50),
  township: plain("乡镇", 50),
  county: plain("县（市、区）", 50),
  province: plain("省（自治区、直辖市）", 50),
});
const createVillageInput = villageFields.extend({ countyCode: requiredText("县代码", 20), code: villageCode });
const updateVillageArgs = z.object({ id: z.string(), input: patchOf(villageFields) });

export type AssistanceRowInputFields = z.input<typeof rowInput>;
export type PublishAssistanceListInput = z.input<typeof publishInput>;
export type ImportAssistanceListArgs = z.input<typeof importArgs>;
export type CorrectAssistanceListArgs = z.input<typeof correctArgs>;
export type CreateOriginVillageInput = z.input<typeof createVillageInput>;
export type UpdateOriginVillageArgs = z.input<typeof updateVillageArgs>;

type ListFields = Omit<z.output<typeof publishInput>, "communityCode">;
type Community = {
  id: string;
  code: string;
  name: string;
  isSample: boolean;
  serviceCentreName: string;
  serviceCentrePhone: string | null;
};

/** Every row's village, found by code; unknown codes are refused naming each row (`<path>.<i>.villageCode`). */
async function villagesOf(tx: Tx, codes: string[], field: (index: number) => string): Promise<Map<string, OriginVillage>> {
  const found = await tx.originVillage.findMany({ where: { code: { in: [...new Set(codes)] } } });
  const byCode = new Map(found.map((v) => [v.code, v]));
  const issues = codes.flatMap((code, i) =>
    byCode.has(code) ? [] : [{ field: field(i), message: `迁出村不存在：${code}（请先在迁出村名录中登记）` }],
  );
  if (issues.length) throw new ValidationError(issues);
  return byCode;
}

/** Writes the list, its rows and its notice in the caller's transaction. */
async function writeList(
  tx: Tx,
  viewer: Viewer,
  community: Community,
  input: ListFields,
  at: Date,
  correction?: { original: AssistanceList; reason: string },
): Promise<AssistanceList> {
  const today = todayInShanghai(at);
  const windowStartsOn = input.windowStartsOn ?? today;
  if (windowStartsOn < today) {
    throw new ValidationError([{ field: "input.windowStartsOn", message: `公示开始日期不能早于发布当天（${today}）` }]);
  }
  const villages = await villagesOf(
    tx,
    input.rows.map((r) => r.villageCode),
    (i) => `input.rows.${i}.villageCode`,
  );
  const noticeRows: (NoticeRow & { village: OriginVillage })[] = input.rows.map((r) => ({
    ...r,
    village: villages.get(r.villageCode) as OriginVillage,
  }));
  const window = assistanceWindow({ windowStartsOn, windowDays: input.windowDays }, at);
  const notice = { ...input, community, window, rows: noticeRows };
  const title = listTitle(notice);
  const disclosure = correction
    ? await correct(
        tx,
        viewer,
        {
          id: correction.original.disclosureId,
          input: {
            title: `${title}（更正）`,
            body: listMarkdown(notice, correction),
            period: periodCode(input.period),
            reason: correction.reason,
          },
        },
        at,
      )
    : await publishNotice(
        tx,
        viewer,
        {
          communityCodes: [community.code],
          categoryCode: "COMMUNITY_AFFAIRS",
          title,
          body: listMarkdown(notice),
          period: periodCode(input.period),
          isSample: community.isSample,
        },
        at,
      );
  const list = await tx.assistanceList.create({
    data: {
      communityId: community.id,
      kind: input.kind,
      period: periodCode(input.period),
      approvingAuthority: input.approvingAuthority,
      basis: input.basis,
      windowStartsOn,
      windowDays: input.windowDays,
      disclosureId: disclosure.id,
      correctsId: correction?.original.id ?? null,
      correctionReason: correction?.reason ?? null,
      createdAt: at,
      createdByName: viewer.name,
      isSample: community.isSample,
    },
  });
  await tx.assistanceRow.createMany({
    data: noticeRows.map((r, i) => ({
      listId: list.id,
      sequence: i + 1,
      recipientName: r.recipientName,
      villageId: r.village.id,
      residentGroup: r.residentGroup,
      householdSize: r.householdSize,
      amount: r.amount,
      reason: r.reason,
    })),
  });
  return list;
}

async function loadCommunity(tx: Tx, code: string, field = "input.communityCode"): Promise<Community> {
  const community = await tx.community.findUnique({ where: { code } });
  if (!community) throw new ValidationError([{ field, message: `社区不存在：${code}` }]);
  return community;
}

/**
 * Publishes an assistance list at once: one COMMUNITY_AFFAIRS notice, hashed, in the destination
 * community; the same notice (same hash, same moment) is what each origin village's page shows.
 */
export async function publishAssistanceList(
  db: Db,
  viewer: Viewer,
  raw: PublishAssistanceListInput,
  at = new Date(),
): Promise<AssistanceList> {
  const { communityCode, ...input } = parseInput(publishInput, raw);
  return inTransaction(db, async (tx) => writeList(tx, viewer, await loadCommunity(tx, communityCode), input, at));
}

/** Publishes a list from the civil-affairs spreadsheet (template /templates/assistance-list.xlsx): all rows or none. */
export async function importAssistanceList(
  db: Db,
  viewer: Viewer,
  args: ImportAssistanceListArgs,
  at = new Date(),
): Promise<AssistanceList> {
  const { input, fileName, contentBase64 } = parseInput(importArgs, args, "");
  const { communityCode, ...fields } = input;
  if (!(await db.community.findUnique({ where: { code: communityCode } }))) {
    throw new ValidationError([{ field: "input.communityCode", message: `社区不存在：${communityCode}` }]);
  }
  const sheet = await parseAssistanceSheet(fileName, contentBase64);
  const villages = await db.originVillage.findMany({ where: { code: { in: sheet.map((r) => r.row.villageCode) } } });
  const known = new Set(villages.map((v) => v.code));
  const unknown = sheet.filter((r) => !known.has(r.row.villageCode));
  if (unknown.length) {
    throw new ValidationError(
      unknown.map((r) => ({
        field: `file.row${r.rowNumber}.villageCode`,
        message: `第${r.rowNumber}行「迁出村编码」${r.row.villageCode} 不在迁出村名录中，请先登记`,
      })),
    );
  }
  return publishAssistanceList(
    db,
    viewer,
    {
      communityCode,
      ...fields,
      period: periodCode(fields.period),
      rows: sheet.map(({ row }) => ({ ...row, amount: yuan(row.amount) })),
    },
    at,
  );
}

/**
 * Corrects a published list: a new list, published as a correction of the original's notice,
 * with its own notice window; the original stays visible and points at it.
 */
export async function correctAssistanceList(
  db: Db,
  viewer: Viewer,
  args: CorrectAssistanceListArgs,
  at = new Date(),
): Promise<AssistanceList> {
  const { id, input, reason: why } = parseInput(correctArgs, args, "");
  return inTransaction(db, async (tx) => {
    const original = await tx.assistanceList.findUnique({ where: { id }, include: { correctedBy: true, community: true } });
    if (!original) throw new NotFoundError(id, "救助名单不存在");
    if (original.correctedBy) {
      throw new StateConflictError(
        "ASSISTANCE_LIST_CORRECTED",
        `该名单已被更正，请对最新的更正（${original.correctedBy.id}）进行更正`,
      );
    }
    return writeList(tx, viewer, original.community, input, at, { original, reason: why });
  });
}

/** Registers a village of origin; kept by the named county's editors. */
export async function createOriginVillage(
  db: Db,
  _viewer: Viewer,
  raw: CreateOriginVillageInput,
  at = new Date(),
): Promise<OriginVillage> {
  const { countyCode, ...input } = parseInput(createVillageInput, raw);
  return inTransaction(db, async (tx) => {
    const county = await tx.county.findUnique({ where: { code: countyCode } });
    if (!county) throw new ValidationError([{ field: "input.countyCode", message: `县不存在：${countyCode}` }]);
    if (await tx.originVillage.findUnique({ where: { code: input.code } })) {
      throw new ValidationError([{ field: "input.code", message: `迁出村编码已被使用：${input.code}` }]);
    }
    const sample = await tx.community.findFirst({ where: { township: { countyId: county.id } }, select: { isSample: true } });
    return tx.originVillage.create({
      data: { ...input, countyId: county.id, createdAt: at, isSample: sample?.isSample ?? false },
    });
  });
}

/** Corrects a village's name or place in the register; its code (the URL) never changes. Published notices keep what they printed. */
export async function updateOriginVillage(db: Db, _viewer: Viewer, args: UpdateOriginVillageArgs): Promise<OriginVillage> {
  const { id, input } = parseInput(updateVillageArgs, args, "");
  if (!(await db.originVillage.findUnique({ where: { id } }))) throw new NotFoundError(id, "迁出村不存在");
  return db.originVillage.update({ where: { id }, data: input });
}
