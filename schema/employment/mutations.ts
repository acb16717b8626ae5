import { signedIn } from "../../api/context.ts";
import { correctEmploymentFigures, importEmploymentFigures, publishEmploymentFigures } from "../../api/employment/service.ts";
import { builder, sentFields } from "../builder.ts";
import { writeResult } from "../errors.ts";
import { EmploymentMonthRef } from "./types.ts";

const EmploymentFiguresInput = builder.inputType("EmploymentFiguresInput", {
  description: "One community's employment figures for a month, counts only (parts never exceed their wholes)",
  fields: (t) => ({
    communityCode: t.string({ required: true, description: "The community, e.g. RJ-FUMIN" }),
    month: t.string({ required: true, description: "The month, YYYY-MM; not in the future" }),
    householdsWithLabour: t.int({ required: true, description: "Relocated households with labour (有劳动力的搬迁户数)" }),
    householdsWithEmployed: t.int({ required: true, description: "Of which with at least one person employed" }),
    willingWorkers: t.int({ required: true, description: "Relocated workers willing to work and train" }),
    trainedWithinYear: t.int({ required: true, description: "Of whom trained within 12 months of moving in" }),
    employedLocalIndustry: t.int({ required: true, description: "Employed in the industrial park and local firms" }),
    employedWorkshop: t.int({ required: true, description: "Employed in poverty-alleviation workshops (扶贫车间)" }),
    employedWelfarePost: t.int({ required: true, description: "Employed on public-welfare posts (公益性岗位)" }),
    employedLabourExport: t.int({ required: true, description: "Working away through labour export (外出务工)" }),
    employedSelf: t.int({ required: true, description: "Self-employed or in flexible employment" }),
    note: t.string({ description: "A note on the month, published with it" }),
    catalogueItemId: t.id({ description: "The catalogue item (公开目录) the monthly notice fulfils, if any" }),
  }),
});

const figuresScope = (input: { communityCode: string }) => ({ editorOf: [input.communityCode] });

builder.mutationFields((t) => ({
  publishEmploymentFigures: t.field({
    type: EmploymentMonthRef,
    description: "Publish a community's employment figures for a month as a JOBS notice (hashed, immutable)",
    errors: writeResult("PublishEmploymentFigures", "month"),
    extensions: { changesPortal: true },
    args: { input: t.arg({ type: EmploymentFiguresInput, required: true, description: "The month's figures" }) },
    authScopes: (_root, { input }) => figuresScope(input),
    resolve: (_root, { input }, ctx) => publishEmploymentFigures(ctx.db, signedIn(ctx), sentFields(input)),
  }),
  correctEmploymentFigures: t.field({
    type: EmploymentMonthRef,
    description: "Correct a published month (更正): new figures under a correction notice; the original stays visible",
    errors: writeResult("CorrectEmploymentFigures", "month"),
    extensions: { changesPortal: true },
    args: {
      input: t.arg({ type: EmploymentFiguresInput, required: true, description: "The month's right figures" }),
      reason: t.arg.string({ required: true, description: "Why the figures are corrected (published)" }),
    },
    authScopes: (_root, { input }) => figuresScope(input),
    resolve: (_root, { input, reason }, ctx) =>
      correctEmploymentFigures(ctx.db, signedIn(ctx), { input: sentFields(input), reason }),
  }),
  importEmploymentFigures: t.field({
    type: [EmploymentMonthRef],
    description:
      "Publish the employment office's sheet for a county (template at /templates/employment-figures.xlsx): one notice per community and month; all rows or none",
    errors: writeResult("ImportEmploymentFigures", "months"),
    extensions: { changesPortal: true },
    args: {
      countyCode: t.arg.string({ required: true, description: "The county, e.g. RJ" }),
      fileName: t.arg.string({ required: true, description: "Its extension (.csv or .xlsx) says how to read it" }),
      contentBase64: t.arg.string({ required: true, description: "The file, base64-encoded" }),
      catalogueItemId: t.arg.id({ description: "The catalogue item the monthly notices fulfil, if any" }),
    },
    authScopes: (_root, { countyCode }) => ({ countyEditorOf: countyCode }),
    resolve: (_root, args, ctx) => importEmploymentFigures(ctx.db, signedIn(ctx), sentFields(args)),
  }),
}));
