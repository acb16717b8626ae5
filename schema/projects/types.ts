import { imageFileName } from "../../api/images.ts";
import { yuan } from "../../api/money.ts";
import {
  ACCEPTANCE_RESULT_LABELS,
  PROCUREMENT_METHOD_LABELS,
  PROJECT_FUNDER_KIND_LABELS,
  PROJECT_STAGE_KIND_LABELS,
  PROJECT_STATUS_LABELS,
} from "../../api/projects/labels.ts";
import { currentStages, type ProjectMoney, projectMoney, projectStatus } from "../../api/projects/stages.ts";
import { builder, labelledValues } from "../builder.ts";
import { CatalogueItemRef } from "../catalogue/types.ts";

export const ProjectFunderKind = builder.enumType("ProjectFunderKind", {
  description: "Where a funded project's money comes from (资金来源类别)",
  values: labelledValues(PROJECT_FUNDER_KIND_LABELS),
});
export const ProjectStageKind = builder.enumType("ProjectStageKind", {
  description: "A stage of a funded project's life, in the order they happen",
  values: labelledValues(PROJECT_STAGE_KIND_LABELS),
});
export const ProcurementMethod = builder.enumType("ProcurementMethod", {
  description: "How the work or goods were procured (采购方式)",
  values: labelledValues(PROCUREMENT_METHOD_LABELS),
});
export const AcceptanceResult = builder.enumType("AcceptanceResult", {
  description: "The result of an acceptance inspection (验收结果)",
  values: labelledValues(ACCEPTANCE_RESULT_LABELS),
});
export const ProjectStatus = builder.enumType("ProjectStatus", {
  description: "Where a project stands, from its latest stage",
  values: labelledValues(PROJECT_STATUS_LABELS),
});

const money = (fen: number | null) => (fen === null ? null : yuan(fen));

export const ProjectMoneyRef = builder.objectRef<ProjectMoney>("ProjectMoney").implement({
  description: "A project's money table, exact decimal yuan: what was approved, contracted, spent and settled",
  fields: (t) => ({
    budget: t.string({
      description: "The approved budget (批准预算), from the standing approval stage",
      resolve: (m) => yuan(m.budget),
    }),
    contractAmount: t.string({
      nullable: true,
      description: "The contract amount (合同金额), once procured",
      resolve: (m) => money(m.contractAmount),
    }),
    finalAmount: t.string({
      nullable: true,
      description: "The final amount (决算金额), once settled",
      resolve: (m) => money(m.finalAmount),
    }),
    spent: t.string({
      description: "Spent so far: the sum of the linked ledger entries in published months of the books",
      resolve: (m) => yuan(m.spent),
    }),
    variance: t.string({
      description: "Budget minus spent; negative when spending exceeds the budget",
      resolve: (m) => yuan(m.variance),
    }),
  }),
});

/** Linked entries shown publicly are those in published months of the books. */
const publishedLinks = { where: { entry: { period: { status: "PUBLISHED" } } } } as const;
const moneySelect = {
  stages: true,
  entryLinks: { ...publishedLinks, select: { entry: { select: { amount: true } } } },
} as const;

builder.prismaObject("ProjectStage", {
  description:
    "A published stage of a funded project: immutable and hashed through its notice; a mistake is corrected by a new stage",
  fields: (t) => ({
    id: t.exposeID("id", { description: "Stable id; correctProjectStage names it" }),
    kind: t.expose("kind", { type: ProjectStageKind, description: "Which stage" }),
    kindLabel: t.string({ description: "The stage in words, e.g. 验收", resolve: (s) => PROJECT_STAGE_KIND_LABELS[s.kind] }),
    date: t.exposeString("date", { description: "ISO date of the stage (立项、签约、开工、验收 … day)" }),
    amount: t.string({
      nullable: true,
      description: "Exact decimal yuan: the approved budget (立项), contract amount (采购/招标) or final amount (决算)",
      resolve: (s) => money(s.amount),
    }),
    percentComplete: t.exposeInt("percentComplete", { nullable: true, description: "Percent complete (进度 only)" }),
    method: t.expose("method", { type: ProcurementMethod, nullable: true, description: "Procurement method (采购/招标 only)" }),
    methodLabel: t.string({
      nullable: true,
      description: "The procurement method in words",
      resolve: (s) => (s.method ? PROCUREMENT_METHOD_LABELS[s.method] : null),
    }),
    party: t.exposeString("party", {
      nullable: true,
      description: "The approving authority (立项), contractor (采购/招标) or who accepted the work (验收)",
    }),
    result: t.expose("result", { type: AcceptanceResult, nullable: true, description: "Acceptance result (验收 only)" }),
    resultLabel: t.string({
      nullable: true,
      description: "The acceptance result in words",
      resolve: (s) => (s.result ? ACCEPTANCE_RESULT_LABELS[s.result] : null),
    }),
    note: t.exposeString("note", { nullable: true, description: "Remarks published with the stage" }),
    notice: t.relation("disclosure", { description: "The published notice (公示) with its SHA-256 hash" }),
    corrects: t.relation("corrects", { nullable: true, description: "The stage this one corrects" }),
    correctedBy: t.relation("correctedBy", { nullable: true, description: "The stage that corrects this one, if any" }),
    correctionReason: t.exposeString("correctionReason", { nullable: true, description: "Why this correction was made" }),
    current: t.boolean({
      description: "Whether this stage stands (no correction supersedes it)",
      select: { correctedBy: { select: { id: true } } },
      resolve: (s) => s.correctedBy === null,
    }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was recorded and published" }),
  }),
});

export const FundedProjectRef = builder.prismaObject("FundedProject", {
  description: "资助项目: a community project funded by public money or a third party, published through its whole life",
  fields: (t) => ({
    id: t.exposeID("id", { description: "Stable id" }),
    name: t.exposeString("name", { description: "The project's name" }),
    community: t.relation("community", { description: "The community it belongs to" }),
    funderKind: t.expose("funderKind", { type: ProjectFunderKind, description: "Where the money comes from" }),
    funderKindLabel: t.string({
      description: "Where the money comes from, in words",
      resolve: (p) => PROJECT_FUNDER_KIND_LABELS[p.funderKind],
    }),
    funderName: t.exposeString("funderName", { description: "Who funds it, e.g. 广州市对口帮扶资金" }),
    status: t.field({
      type: ProjectStatus,
      description: "Where it stands, from its latest standing stage",
      select: { stages: true },
      resolve: (p) => projectStatus(currentStages(p.stages)),
    }),
    statusLabel: t.string({
      description: "Where it stands, in words",
      select: { stages: true },
      resolve: (p) => PROJECT_STATUS_LABELS[projectStatus(currentStages(p.stages))],
    }),
    percentComplete: t.int({
      description: "The latest published percent complete; 100 once accepted, 0 before any progress",
      select: { stages: true },
      resolve: (p) => {
        const current = currentStages(p.stages);
        if (current.some((s) => s.kind === "ACCEPTANCE" && s.result === "PASSED")) return 100;
        return [...current].reverse().find((s) => s.kind === "PROGRESS")?.percentComplete ?? 0;
      },
    }),
    catalogueItem: t.field({
      type: CatalogueItemRef,
      nullable: true,
      description: "The catalogue item (公开目录) its stage notices fulfil, if any",
      select: { catalogueItem: { include: { category: true } } },
      resolve: (p) => p.catalogueItem,
    }),
    stages: t.relation("stages", {
      description: "Every published stage in the order of the project's life, a correction right after what it corrects",
      query: { orderBy: [{ sequence: "asc" }, { createdAt: "asc" }, { id: "asc" }] },
    }),
    money: t.field({
      type: ProjectMoneyRef,
      description: "Budget, contract, spent (linked entries in published months) and variance",
      select: moneySelect,
      resolve: (p) =>
        projectMoney(
          currentStages(p.stages),
          p.entryLinks.map((l) => l.entry.amount),
        ),
    }),
    entries: t.prismaField({
      type: ["LedgerEntry"],
      description: "The ledger entries spent on it, in published months of the books, by date",
      resolve: (query, p, _a, ctx) =>
        ctx.db.ledgerEntry.findMany({
          ...query,
          where: { projectLink: { projectId: p.id }, period: { status: "PUBLISHED" } },
          orderBy: [{ date: "asc" }, { sequence: "asc" }],
        }),
    }),
    photos: t.relation("photos", {
      description: "Photos of the project, by the day they were taken",
      query: { orderBy: [{ takenOn: "asc" }, { createdAt: "asc" }] },
    }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was created (and its approval published)" }),
  }),
});

builder.prismaObject("ProjectPhoto", {
  description: "A photo of a project, stored as uploaded with its SHA-256; never changed",
  fields: (t) => ({
    id: t.exposeID("id", { description: "Stable id" }),
    caption: t.exposeString("caption", { description: "What it shows" }),
    takenOn: t.exposeString("takenOn", { description: "ISO date it was taken" }),
    mimeType: t.exposeString("mimeType", { description: "image/jpeg, image/png or image/webp" }),
    fileName: t.string({
      description: "A file name for it: its SHA-256 and extension",
      resolve: imageFileName,
    }),
    byteSize: t.exposeInt("byteSize", { description: "Size in bytes" }),
    sha256: t.exposeString("sha256", { description: "SHA-256 of the stored bytes, hex" }),
    dataBase64: t.string({ description: "The image itself, Base64", resolve: (p) => Buffer.from(p.data).toString("base64") }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was added" }),
  }),
});
