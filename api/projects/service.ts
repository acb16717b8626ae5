import { z } from "zod";
import type { Viewer } from "../auth/viewer.ts";
import { checkCatalogueItem } from "../catalogue/service.ts";
import { type Db, inTransaction, type Tx } from "../db/client.ts";
import type { FundedProject, ProjectEntryLink, ProjectStage } from "../db/generated/client.ts";
import { correct, publishNotice } from "../disclosures/service.ts";
import { NotFoundError, StateConflictError, ValidationError } from "../errors.ts";
import { decimalString, FEN } from "../money.ts";
import { isoDate } from "../periods.ts";
import { enumOf, optionalText, parseInput, requiredText } from "../validation.ts";
import {
  ACCEPTANCE_RESULT_LABELS,
  PROCUREMENT_METHOD_LABELS,
  PROJECT_FUNDER_KIND_LABELS,
  PROJECT_STAGE_KIND_LABELS,
} from "./labels.ts";
import { currentStages, sequenceRefusal, stageMarkdown } from "./stages.ts";

const reason = z.string().trim().min(4, "请说明原因（至少 4 个字）").max(500, "原因不能超过 500 个字");
const money = (label: string) =>
  decimalString(FEN, label)
    .refine((fen) => fen > 0, `${label}应大于 0`)
    .nullish()
    .transform((v) => v ?? null);

/** What a stage records; which fields a kind needs is checked by `stageRules`. */
const stageFields = z.object({
  date: isoDate("日期"),
  amount: money("金额"),
  percentComplete: z
    .number()
    .int("完成进度应为整数")
    .min(0, "完成进度不能小于 0")
    .max(100, "完成进度不能超过 100")
    .nullish()
    .transform((v) => v ?? null),
  method: enumOf(PROCUREMENT_METHOD_LABELS, "采购方式")
    .nullish()
    .transform((v) => v ?? null),
  party: optionalText("单位或人员", 100),
  result: enumOf(ACCEPTANCE_RESULT_LABELS, "验收结果")
    .nullish()
    .transform((v) => v ?? null),
  note: optionalText("说明", 1000),
});
type StageFields = z.output<typeof stageFields>;
type Kind = keyof typeof PROJECT_STAGE_KIND_LABELS;

/** Per kind: the fields it must have (with their names in the kind's words); every other field must be empty. */
const NEEDS: Record<Kind, Partial<Record<keyof StageFields, string>>> = {
  APPROVAL: { amount: "批准预算", party: "批准单位" },
  PROCUREMENT: { method: "采购方式", party: "承建（供货）单位", amount: "合同金额" },
  START: {},
  PROGRESS: { percentComplete: "完成进度" },
  ACCEPTANCE: { party: "验收单位（人员）", result: "验收结果" },
  FINAL_ACCOUNTS: { amount: "决算金额" },
};
const OPTIONAL_FIELDS = ["amount", "percentComplete", "method", "party", "result"] as const;

function stageIssues(kind: Kind, fields: StageFields): { field: string; message: string }[] {
  const needs = NEEDS[kind];
  return OPTIONAL_FIELDS.flatMap((field) => {
    const label = needs[field];
    if (label && fields[field] === null) return [{ field, message: `请填写${label}` }];
    if (!label && fields[field] !== null) return [{ field, message: `“${PROJECT_STAGE_KIND_LABELS[kind]}”阶段不填写此项` }];
    return [];
  });
}

const createInput = z.object({
  communityCode: requiredText("社区代码", 50),
  name: requiredText("项目名称", 100),
  funderKind: enumOf(PROJECT_FUNDER_KIND_LABELS, "资金来源类别"),
  funderName: requiredText("出资单位", 100),
  approvedOn: isoDate("立项日期"),
  budget: decimalString(FEN, "批准预算").refine((fen) => fen > 0, "批准预算应大于 0"),
  approvedBy: requiredText("批准单位", 100),
  note: optionalText("项目说明", 1000),
  /** The catalogue item (公开目录) its stage notices fulfil, if any. */
  catalogueItemId: z.string().trim().min(1, "目录事项不能为空").nullish(),
});
const stageInput = stageFields
  .extend({
    projectId: requiredText("项目", 50),
    kind: enumOf(PROJECT_STAGE_KIND_LABELS, "阶段"),
  })
  .superRefine((s, ctx) => {
    if (s.kind === "APPROVAL")
      ctx.addIssue({ code: "custom", path: ["kind"], message: "立项在创建项目时一并公开，无需单独记录" });
    else for (const i of stageIssues(s.kind, s)) ctx.addIssue({ code: "custom", path: [i.field], message: i.message });
  });
const correctArgs = z.object({ id: z.string(), input: stageFields, reason });
const linkInput = z.object({ projectId: requiredText("项目", 50), entryId: requiredText("账目", 50) });

export type CreateFundedProjectInput = z.input<typeof createInput>;
export type ProjectStageInput = z.input<typeof stageInput>;
export type CorrectProjectStageArgs = z.input<typeof correctArgs>;
export type LinkProjectEntryInput = z.input<typeof linkInput>;

type ProjectRow = FundedProject & { community: { code: string; isSample: boolean }; stages: ProjectStage[] };

async function loadProject(tx: Tx, id: string, field = "input.projectId"): Promise<ProjectRow> {
  const project = await tx.fundedProject.findUnique({
    where: { id },
    include: { community: { select: { code: true, isSample: true } }, stages: true },
  });
  if (!project) throw new ValidationError([{ field, message: "项目不存在" }]);
  return project;
}

/** Publishes a stage's notice and records the stage under it, in the caller's transaction. */
async function publishStage(
  tx: Tx,
  viewer: Viewer,
  project: ProjectRow,
  kind: Kind,
  fields: StageFields,
  at: Date,
): Promise<ProjectStage> {
  const notice = await publishNotice(
    tx,
    viewer,
    {
      communityCodes: [project.community.code],
      categoryCode: "COMMUNITY_AFFAIRS",
      title: `${project.name}${PROJECT_STAGE_KIND_LABELS[kind]}公示`,
      body: stageMarkdown(project, { kind, ...fields }),
      catalogueItemId: project.catalogueItemId,
      isSample: project.community.isSample,
    },
    at,
  );
  const sequence = Math.max(0, ...project.stages.map((s) => s.sequence)) + 1;
  return tx.projectStage.create({
    data: {
      projectId: project.id,
      kind,
      sequence,
      ...fields,
      disclosureId: notice.id,
      createdAt: at,
      createdByName: viewer.name,
    },
  });
}

/** Creates a funded project and publishes its approval (立项): name, funder and approved budget. */
export async function createFundedProject(
  db: Db,
  viewer: Viewer,
  raw: CreateFundedProjectInput,
  at = new Date(),
): Promise<FundedProject> {
  const input = parseInput(createInput, raw);
  return inTransaction(db, async (tx) => {
    const community = await tx.community.findUnique({ where: { code: input.communityCode } });
    if (!community) throw new ValidationError([{ field: "input.communityCode", message: `社区不存在：${input.communityCode}` }]);
    if (input.catalogueItemId) await checkCatalogueItem(tx, input.catalogueItemId, [community.id], "input.catalogueItemId");
    const project = await tx.fundedProject.create({
      data: {
        communityId: community.id,
        name: input.name,
        funderKind: input.funderKind,
        funderName: input.funderName,
        catalogueItemId: input.catalogueItemId ?? null,
        createdAt: at,
        createdByName: viewer.name,
        isSample: community.isSample,
      },
    });
    const row = { ...project, community: { code: community.code, isSample: community.isSample }, stages: [] };
    const approval = { date: input.approvedOn, amount: input.budget, party: input.approvedBy, note: input.note };
    await publishStage(tx, viewer, row, "APPROVAL", { percentComplete: null, method: null, result: null, ...approval }, at);
    return project;
  });
}

/** Records and publishes the project's next stage; refused, with nothing written, when out of order. */
export async function recordProjectStage(db: Db, viewer: Viewer, raw: ProjectStageInput, at = new Date()): Promise<ProjectStage> {
  const { projectId, kind, ...fields } = parseInput(stageInput, raw);
  return inTransaction(db, async (tx) => {
    const project = await loadProject(tx, projectId);
    const refusal = sequenceRefusal([...currentStages(project.stages), { kind, ...fields }]);
    if (refusal) throw new ValidationError([{ field: `input.${refusal.field}`, message: refusal.message }]);
    return publishStage(tx, viewer, project, kind, fields, at);
  });
}

/** Corrects a published stage: a new stage of the same kind, published as a correction of the original's notice. */
export async function correctProjectStage(
  db: Db,
  viewer: Viewer,
  args: CorrectProjectStageArgs,
  at = new Date(),
): Promise<ProjectStage> {
  const { id, input, reason: why } = parseInput(correctArgs, args, "");
  return inTransaction(db, async (tx) => {
    const original = await tx.projectStage.findUnique({ where: { id }, include: { correctedBy: true } });
    if (!original) throw new NotFoundError(id, "项目阶段不存在");
    if (original.correctedBy) {
      throw new StateConflictError(
        "PROJECT_STAGE_CORRECTED",
        `该阶段已被更正，请对最新的更正（${original.correctedBy.id}）进行更正`,
      );
    }
    const issues = stageIssues(original.kind, input);
    if (issues.length) throw new ValidationError(issues.map((i) => ({ field: `input.${i.field}`, message: i.message })));
    const project = await loadProject(tx, original.projectId, "id");
    const replaced = currentStages(project.stages).map((s) => (s.id === id ? { ...s, ...input } : s));
    const refusal = sequenceRefusal(replaced);
    // A correction keeps its kind: only a changed acceptance result can put the stages out of order.
    const field = refusal?.field === "kind" ? "result" : refusal?.field;
    if (refusal) throw new ValidationError([{ field: `input.${field}`, message: refusal.message }]);
    const notice = await correct(
      tx,
      viewer,
      {
        id: original.disclosureId,
        input: {
          title: `${project.name}${PROJECT_STAGE_KIND_LABELS[original.kind]}公示（更正）`,
          body: stageMarkdown(project, { kind: original.kind, ...input }, { reason: why }),
          reason: why,
        },
      },
      at,
    );
    return tx.projectStage.create({
      data: {
        projectId: project.id,
        kind: original.kind,
        sequence: original.sequence,
        ...input,
        disclosureId: notice.id,
        correctsId: original.id,
        correctionReason: why,
        createdAt: at,
        createdByName: viewer.name,
      },
    });
  });
}

/** Links an expense of the community's books to the project: it then counts as spent on it. */
export async function linkProjectEntry(
  db: Db,
  viewer: Viewer,
  raw: LinkProjectEntryInput,
  at = new Date(),
): Promise<ProjectEntryLink> {
  const input = parseInput(linkInput, raw);
  return inTransaction(db, async (tx) => {
    const project = await loadProject(tx, input.projectId);
    const entry = await tx.ledgerEntry.findUnique({
      where: { id: input.entryId },
      include: { category: true, period: true, projectLink: true },
    });
    const fail = (message: string) => new ValidationError([{ field: "input.entryId", message }]);
    if (!entry) throw fail("账目不存在");
    if (entry.period.communityId !== project.communityId) throw fail("只能关联本社区账簿中的账目");
    if (entry.category.direction !== "EXPENSE") throw fail("只能关联支出账目");
    if (entry.projectLink) {
      throw new StateConflictError("PROJECT_ENTRY_LINKED", "该账目已关联到一个项目；一笔账目只能计入一个项目");
    }
    return tx.projectEntryLink.create({
      data: { projectId: project.id, entryId: entry.id, createdAt: at, createdByName: viewer.name },
    });
  });
}
