import { assistanceListCommunities, originVillageCounty } from "../../api/assistance/access.ts";
import {
  correctAssistanceList,
  createOriginVillage,
  importAssistanceList,
  publishAssistanceList,
  updateOriginVillage,
} from "../../api/assistance/service.ts";
import { signedIn } from "../../api/context.ts";
import { builder, type SchemaTypesOf, sentFields } from "../builder.ts";
import { writeResult } from "../errors.ts";
import { AssistanceKindEnum, AssistanceListRef, AssistanceReasonEnum, OriginVillageRef } from "./types.ts";

type InputFields = PothosSchemaTypes.InputFieldBuilder<SchemaTypesOf<typeof builder>, "InputObject">;

const AssistanceRowInput = builder.inputType("AssistanceRowInput", {
  description: "One household. There is no field for an ID number, phone or address: the list never holds them",
  fields: (t) => ({
    recipientName: t.string({ required: true, description: "Full name (published masked: 张*芳)" }),
    villageCode: t.string({ required: true, description: "Code of the household's village of origin in the register" }),
    residentGroup: t.string({ required: true, description: "Residents' group or building (居民小组或楼栋), never the room" }),
    householdSize: t.int({ required: true, description: "People in the household, 1–20" }),
    amount: t.string({ required: true, description: "Amount, exact decimal yuan" }),
    reason: t.field({ type: AssistanceReasonEnum, required: true, description: "Why, from the fixed list" }),
  }),
});

const listFields = (t: InputFields) => ({
  kind: t.field({ type: AssistanceKindEnum, required: true, description: "The kind of assistance" }),
  period: t.string({ required: true, description: "The period it covers: 2026-10, 2026-Q4, 2026 or a date range" }),
  approvingAuthority: t.string({ required: true, description: "The approving authority (审批机关)" }),
  basis: t.string({ required: true, description: "The policy basis (政策依据)" }),
  windowDays: t.int({ description: "Length of the notice window (公示期) in days; 7 when left out" }),
  windowStartsOn: t.string({ description: "ISO date the window opens, not before today; today when left out" }),
});

const PublishAssistanceListInput = builder.inputType("PublishAssistanceListInput", {
  description: "An assistance list, published at once in the community and in every origin village of its rows",
  fields: (t) => ({
    communityCode: t.string({ required: true, description: "The destination community, e.g. RJ-FUMIN" }),
    ...listFields(t),
    rows: t.field({ type: [AssistanceRowInput], required: true, description: "The households, in list order" }),
  }),
});

const ImportAssistanceListInput = builder.inputType("ImportAssistanceListInput", {
  description: "The list's own fields; its households come from the spreadsheet",
  fields: (t) => ({
    communityCode: t.string({ required: true, description: "The destination community, e.g. RJ-FUMIN" }),
    ...listFields(t),
  }),
});

const AssistanceListCorrectionInput = builder.inputType("AssistanceListCorrectionInput", {
  description: "The corrected list, whole; it gets a notice window of its own",
  fields: (t) => ({
    ...listFields(t),
    rows: t.field({ type: [AssistanceRowInput], required: true, description: "The households, in list order" }),
  }),
});

const villageFields = <R extends boolean>(t: InputFields, required: R) => ({
  name: t.string({ required, description: "The village, e.g. 平阳村" }),
  township: t.string({ required, description: "Its township (乡镇)" }),
  county: t.string({ required, description: "Its county (县、市、区)" }),
  province: t.string({ required, description: "Its province" }),
});

const CreateOriginVillageInput = builder.inputType("CreateOriginVillageInput", {
  description: "A village of origin for the register",
  fields: (t) => ({
    countyCode: t.string({ required: true, description: "The county whose editors keep the entry, e.g. RJ" }),
    code: t.string({ required: true, description: "Stable public code (its page /v/<code>/), e.g. RJ-V-PINGYANG" }),
    ...villageFields(t, true),
  }),
});

const UpdateOriginVillageInput = builder.inputType("UpdateOriginVillageInput", {
  description: "What changes in a village's entry; its code never does",
  fields: (t) => villageFields(t, false),
});

builder.mutationFields((t) => ({
  publishAssistanceList: t.field({
    type: AssistanceListRef,
    description:
      "Publish an assistance list: one notice, hashed, in the community and on each origin village's page (迁入地社区和迁出村同步公开)",
    errors: writeResult("PublishAssistanceList", "list"),
    extensions: { changesPortal: true },
    args: { input: t.arg({ type: PublishAssistanceListInput, required: true, description: "The list" }) },
    authScopes: (_root, { input }) => ({ editorOf: [input.communityCode] }),
    resolve: (_root, { input }, ctx) =>
      publishAssistanceList(ctx.db, signedIn(ctx), { ...sentFields(input), rows: input.rows.map(sentFields) }),
  }),
  importAssistanceList: t.field({
    type: AssistanceListRef,
    description:
      "Publish a list from the civil-affairs spreadsheet (CSV or XLSX, template /templates/assistance-list.xlsx): all rows or none; a column or cell that looks like an ID number or phone is refused",
    errors: writeResult("ImportAssistanceList", "list"),
    extensions: { changesPortal: true },
    args: {
      input: t.arg({ type: ImportAssistanceListInput, required: true, description: "The list's own fields" }),
      fileName: t.arg.string({ required: true, description: "Its extension (.csv or .xlsx) says how to read it" }),
      contentBase64: t.arg.string({ required: true, description: "The file, Base64" }),
    },
    authScopes: (_root, { input }) => ({ editorOf: [input.communityCode] }),
    resolve: (_root, { input, fileName, contentBase64 }, ctx) =>
      importAssistanceList(ctx.db, signedIn(ctx), { input: sentFields(input), fileName, contentBase64 }),
  }),
  correctAssistanceList: t.field({
    type: AssistanceListRef,
    description: "Correct a published list: a new list, published as a correction; the original stays visible",
    errors: writeResult("CorrectAssistanceList", "list"),
    extensions: { changesPortal: true },
    args: {
      id: t.arg.id({ required: true, description: "The list to correct (the latest correction, if it was corrected)" }),
      input: t.arg({ type: AssistanceListCorrectionInput, required: true, description: "The corrected list" }),
      reason: t.arg.string({ required: true, description: "Why it is corrected (published)" }),
    },
    authScopes: async (_root, { id }, ctx) => ({ editorOf: await assistanceListCommunities(ctx.db, id) }),
    resolve: (_root, { id, input, reason }, ctx) =>
      correctAssistanceList(ctx.db, signedIn(ctx), {
        id,
        input: { ...sentFields(input), rows: input.rows.map(sentFields) },
        reason,
      }),
  }),
  createOriginVillage: t.field({
    type: OriginVillageRef,
    description: "Register a village of origin (county editors of the keeping county, admins)",
    errors: writeResult("CreateOriginVillage", "village"),
    extensions: { changesPortal: true },
    args: { input: t.arg({ type: CreateOriginVillageInput, required: true, description: "The village" }) },
    authScopes: (_root, { input }) => ({ countyEditorOf: input.countyCode }),
    resolve: (_root, { input }, ctx) => createOriginVillage(ctx.db, signedIn(ctx), input),
  }),
  updateOriginVillage: t.field({
    type: OriginVillageRef,
    description: "Correct a village's entry in the register (county editors of the keeping county, admins)",
    errors: writeResult("UpdateOriginVillage", "village"),
    extensions: { changesPortal: true },
    args: {
      id: t.arg.id({ required: true, description: "The village's id" }),
      input: t.arg({ type: UpdateOriginVillageInput, required: true, description: "What changes" }),
    },
    authScopes: async (_root, { id }, ctx) => ({ countyEditorOf: await originVillageCounty(ctx.db, id) }),
    resolve: (_root, { id, input }, ctx) => updateOriginVillage(ctx.db, signedIn(ctx), { id, input: sentFields(input) }),
  }),
}));
