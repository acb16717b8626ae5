import { type Context, signedIn } from "../../api/context.ts";
import { projectCommunities, stageCommunities } from "../../api/projects/access.ts";
import { addProjectPhoto } from "../../api/projects/photos.ts";
import { correctProjectStage, createFundedProject, linkProjectEntry, recordProjectStage } from "../../api/projects/service.ts";
import { builder, type SchemaTypesOf, sentFields } from "../builder.ts";
import { writeResult } from "../errors.ts";
import { AcceptanceResult, FundedProjectRef, ProcurementMethod, ProjectFunderKind, ProjectStageKind } from "./types.ts";

type InputFields = PothosSchemaTypes.InputFieldBuilder<SchemaTypesOf<typeof builder>, "InputObject">;

/** What a stage records; which fields a stage needs depends on its kind. */
const stageFields = (t: InputFields) => ({
  date: t.string({ required: true, description: "ISO date of the stage" }),
  amount: t.string({
    description:
      "Exact decimal yuan: contract amount (PROCUREMENT) or final amount (FINAL_ACCOUNTS); budget when correcting APPROVAL",
  }),
  percentComplete: t.int({ description: "Percent complete, 0–100 (PROGRESS only)" }),
  method: t.field({ type: ProcurementMethod, description: "Procurement method (PROCUREMENT only)" }),
  party: t.string({ description: "Contractor (PROCUREMENT), who accepted (ACCEPTANCE), approving authority (APPROVAL)" }),
  result: t.field({ type: AcceptanceResult, description: "Acceptance result (ACCEPTANCE only)" }),
  note: t.string({ description: "Remarks published with the stage" }),
});

const CreateFundedProjectInput = builder.inputType("CreateFundedProjectInput", {
  description: "A new funded project and its approval (立项), published at once",
  fields: (t) => ({
    communityCode: t.string({ required: true, description: "The community, e.g. RJ-FUMIN" }),
    name: t.string({ required: true, description: "The project's name" }),
    funderKind: t.field({ type: ProjectFunderKind, required: true, description: "Where the money comes from" }),
    funderName: t.string({ required: true, description: "Who funds it" }),
    approvedOn: t.string({ required: true, description: "ISO date of approval (立项日期)" }),
    budget: t.string({ required: true, description: "The approved budget, exact decimal yuan" }),
    approvedBy: t.string({ required: true, description: "The approving authority (批准单位)" }),
    note: t.string({ description: "What the project is, published with the approval" }),
    catalogueItemId: t.id({ description: "The catalogue item (公开目录) its stage notices fulfil, if any" }),
  }),
});

const ProjectStageInput = builder.inputType("ProjectStageInput", {
  description: "The next stage of a project; stages follow 立项 → 采购/招标 → 开工 → 进度 → 验收 → 决算",
  fields: (t) => ({
    projectId: t.id({ required: true, description: "The project" }),
    kind: t.field({ type: ProjectStageKind, required: true, description: "Which stage (APPROVAL is recorded at creation)" }),
    ...stageFields(t),
  }),
});

const ProjectStageCorrectionInput = builder.inputType("ProjectStageCorrectionInput", {
  description: "The corrected content of a stage (of the same kind as the stage it corrects)",
  fields: (t) => stageFields(t),
});

const LinkProjectEntryInput = builder.inputType("LinkProjectEntryInput", {
  description: "A ledger expense spent on a project",
  fields: (t) => ({
    projectId: t.id({ required: true, description: "The project" }),
    entryId: t.id({ required: true, description: "The ledger entry (an expense of the same community's books)" }),
  }),
});

const AddProjectPhotoInput = builder.inputType("AddProjectPhotoInput", {
  description: "A photo of a project, stored as uploaded (at most 2 MB)",
  fields: (t) => ({
    projectId: t.id({ required: true, description: "The project" }),
    caption: t.string({ required: true, description: "What it shows" }),
    takenOn: t.string({ required: true, description: "ISO date it was taken" }),
    mimeType: t.string({ required: true, description: "image/jpeg, image/png or image/webp" }),
    dataBase64: t.string({ required: true, description: "The image, Base64" }),
  }),
});

const reload = (ctx: Context, id: string) => ctx.db.fundedProject.findUniqueOrThrow({ where: { id } });

builder.mutationFields((t) => ({
  createFundedProject: t.field({
    type: FundedProjectRef,
    description: "Create a funded project and publish its approval (立项公示)",
    errors: writeResult("CreateFundedProject", "project"),
    extensions: { changesPortal: true },
    args: { input: t.arg({ type: CreateFundedProjectInput, required: true, description: "The project" }) },
    authScopes: (_root, { input }) => ({ editorOf: [input.communityCode] }),
    resolve: async (_root, { input }, ctx) => createFundedProject(ctx.db, signedIn(ctx), sentFields(input)),
  }),
  recordProjectStage: t.field({
    type: FundedProjectRef,
    description: "Record and publish a project's next stage; refused when out of order",
    errors: writeResult("RecordProjectStage", "project"),
    extensions: { changesPortal: true },
    args: { input: t.arg({ type: ProjectStageInput, required: true, description: "The stage" }) },
    authScopes: async (_root, { input }, ctx) => ({ editorOf: await projectCommunities(ctx.db, input.projectId) }),
    resolve: async (_root, { input }, ctx) =>
      reload(ctx, (await recordProjectStage(ctx.db, signedIn(ctx), sentFields(input))).projectId),
  }),
  correctProjectStage: t.field({
    type: FundedProjectRef,
    description: "Correct a published stage: a new stage, published as a correction; the original stays visible",
    errors: writeResult("CorrectProjectStage", "project"),
    extensions: { changesPortal: true },
    args: {
      id: t.arg.id({ required: true, description: "The stage to correct (the latest correction, if it was corrected)" }),
      input: t.arg({ type: ProjectStageCorrectionInput, required: true, description: "The corrected content" }),
      reason: t.arg.string({ required: true, description: "Why it is corrected (published)" }),
    },
    authScopes: async (_root, { id }, ctx) => ({ editorOf: await stageCommunities(ctx.db, id) }),
    resolve: async (_root, { id, input, reason }, ctx) =>
      reload(ctx, (await correctProjectStage(ctx.db, signedIn(ctx), { id, input: sentFields(input), reason })).projectId),
  }),
  linkProjectEntry: t.field({
    type: FundedProjectRef,
    description: "Link a ledger expense to a project: it counts as spent on the project",
    errors: writeResult("LinkProjectEntry", "project"),
    extensions: { changesPortal: true },
    args: { input: t.arg({ type: LinkProjectEntryInput, required: true, description: "The project and the entry" }) },
    authScopes: async (_root, { input }, ctx) => ({ editorOf: await projectCommunities(ctx.db, input.projectId) }),
    resolve: async (_root, { input }, ctx) =>
      reload(ctx, (await linkProjectEntry(ctx.db, signedIn(ctx), sentFields(input))).projectId),
  }),
  addProjectPhoto: t.field({
    type: FundedProjectRef,
    description: "Add a photo to a project (stored as uploaded, with its SHA-256)",
    errors: writeResult("AddProjectPhoto", "project"),
    extensions: { changesPortal: true },
    args: { input: t.arg({ type: AddProjectPhotoInput, required: true, description: "The photo" }) },
    authScopes: async (_root, { input }, ctx) => ({ editorOf: await projectCommunities(ctx.db, input.projectId) }),
    resolve: async (_root, { input }, ctx) => reload(ctx, (await addProjectPhoto(ctx.db, signedIn(ctx), input)).projectId),
  }),
}));
