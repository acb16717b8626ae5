import { type Context, signedIn } from "../../api/context.ts";
import { courseCommunities, employerCounty, postingCommunities } from "../../api/jobs/access.ts";
import {
  createEmployer,
  createJobPosting,
  createTrainingCourse,
  importJobPostings,
  publishJobBoard,
  setCourseEnrolment,
  setJobPostingStatus,
  updateJobPosting,
} from "../../api/jobs/service.ts";
import { builder, selection, sentFields } from "../builder.ts";
import { writeResult } from "../errors.ts";
import { EmployerKind, JobKind, LocationScope, PayKind, PostingStatus, Trade } from "./types.ts";

const CreateEmployerInput = builder.inputType("CreateEmployerInput", {
  fields: (t) => ({
    countyCode: t.string({ required: true }),
    name: t.string({ required: true }),
    kind: t.field({ type: EmployerKind, required: true }),
    verified: t.boolean(),
    contactPhone: t.string(),
    address: t.string(),
  }),
});

/** One shape for creating and editing: on edit every field is optional and only those sent change. */
const postingFields = <Required extends boolean>(required: Required) =>
  builder.inputType(required ? "JobPostingInput" : "JobPostingPatch", {
    fields: (t) => ({
      employerId: t.id({ required }),
      title: t.string({ required }),
      kind: t.field({ type: JobKind, required }),
      openings: t.int({ required }),
      ageMin: t.int(),
      ageMax: t.int(),
      education: t.string(),
      skills: t.string(),
      health: t.string(),
      workProvince: t.string({
        description:
          "Province of the place of work (浙江省, or short: 浙江); left out for work in the community or county, it is the county's",
      }),
      workCity: t.string({ description: "City of the place of work (宁波市); required for work outside the county" }),
      workDistrict: t.string({ description: "District, county or county-level city of the place of work (慈溪市)" }),
      workAddress: t.string({
        required,
        description: "Address of the place of work within its district (street, park, building); where to register is applyPlace",
      }),
      locationScope: t.field({ type: LocationScope, required }),
      payKind: t.field({ type: PayKind, required }),
      payMin: t.string({ required, description: "Monthly, decimal yuan" }),
      payMax: t.string({ required }),
      pieceRate: t.string({ description: "Required for piece-rate work, e.g. 每件 0.80 元" }),
      socialInsurance: t.boolean(),
      meals: t.boolean(),
      housing: t.boolean(),
      transport: t.boolean(),
      hours: t.string({ required }),
      flexible: t.boolean(),
      homeBased: t.boolean(),
      postSubsidy: t.string({ description: "Public-welfare posts: monthly subsidy, decimal yuan" }),
      termMonths: t.int({ description: "Public-welfare posts: term in months" }),
      exportSubsidy: t.string({ description: "Labour export: one-off subsidy, decimal yuan" }),
      applyContact: t.string({ required }),
      applyPhone: t.string({ required }),
      applyPlace: t.string({ required, description: "Where to register or gather (报名/集合地点), not the place of work" }),
      validFrom: t.string({ required }),
      validUntil: t.string({ required }),
      communityCodes: t.stringList({ description: "Target communities; empty or left out = every community of the county" }),
    }),
  });
const JobPostingInput = postingFields(true);
const JobPostingPatch = postingFields(false);

const TrainingCourseInput = builder.inputType("TrainingCourseInput", {
  fields: (t) => ({
    countyCode: t.string({ required: true }),
    title: t.string({ required: true }),
    trade: t.field({ type: Trade, required: true }),
    provider: t.string({ required: true }),
    startsOn: t.string({ required: true }),
    endsOn: t.string({ required: true }),
    sessions: t.string({ required: true }),
    place: t.string({ required: true }),
    capacity: t.int({ required: true }),
    enrolled: t.int(),
    cost: t.string({ description: "Paid by the trainee, decimal yuan; default 0" }),
    trainingSubsidy: t.string(),
    livingAllowancePerDay: t.string({ description: "Off-job training: 40 元/天 under the policy" }),
    eligibility: t.string({ required: true }),
    certificate: t.string(),
    howToRegister: t.string({ required: true }),
    registrationDeadline: t.string({ required: true }),
    communityCodes: t.stringList(),
  }),
});

const reloadPosting = (ctx: Context, query: object, id: string) =>
  ctx.db.jobPosting.findUniqueOrThrow({ ...selection(query), where: { id } });

builder.mutationFields((t) => ({
  createEmployer: t.prismaField({
    type: "Employer",
    errors: writeResult("CreateEmployer", "employer"),
    args: { input: t.arg({ type: CreateEmployerInput, required: true }) },
    authScopes: (_root, { input }) => ({ editorInCounty: input.countyCode }),
    resolve: async (query, _root, { input }, ctx) =>
      ctx.db.employer.findUniqueOrThrow({
        ...selection(query),
        where: { id: (await createEmployer(ctx.db, signedIn(ctx), sentFields(input))).id },
      }),
  }),
  createJobPosting: t.prismaField({
    type: "JobPosting",
    description: "Post a vacancy to one, several or (communityCodes empty) every community of the employer's county",
    extensions: { changesPortal: true },
    errors: writeResult("CreateJobPosting", "posting"),
    args: { input: t.arg({ type: JobPostingInput, required: true }) },
    authScopes: async (_root, { input }, ctx) =>
      input.communityCodes?.length
        ? { editorOf: input.communityCodes }
        : { countyEditorOf: await employerCounty(ctx.db, input.employerId) },
    resolve: async (query, _root, { input }, ctx) =>
      reloadPosting(ctx, query, (await createJobPosting(ctx.db, signedIn(ctx), sentFields(input))).id),
  }),
  updateJobPosting: t.prismaField({
    type: "JobPosting",
    description: "Edit a posting; boards already published keep what they froze",
    extensions: { changesPortal: true },
    errors: writeResult("UpdateJobPosting", "posting"),
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: JobPostingPatch, required: true }) },
    // The editor must hold both the communities the posting reaches now and those it is widened to.
    authScopes: async (_root, { id, input }, ctx) => {
      const current = await postingCommunities(ctx.db, id);
      return { editorOf: current && [...current, ...(input.communityCodes ?? [])] };
    },
    resolve: async (query, _root, { id, input }, ctx) =>
      reloadPosting(ctx, query, (await updateJobPosting(ctx.db, signedIn(ctx), { id, input: sentFields(input) })).id),
  }),
  setJobPostingStatus: t.prismaField({
    type: "JobPosting",
    description: "Mark a posting filled (已招满) or closed, or reopen it",
    extensions: { changesPortal: true },
    errors: writeResult("SetJobPostingStatus", "posting"),
    args: { id: t.arg.id({ required: true }), status: t.arg({ type: PostingStatus, required: true }) },
    authScopes: async (_root, { id }, ctx) => ({ editorOf: await postingCommunities(ctx.db, id) }),
    resolve: async (query, _root, { id, status }, ctx) =>
      reloadPosting(ctx, query, (await setJobPostingStatus(ctx.db, signedIn(ctx), { id, status })).id),
  }),
  createTrainingCourse: t.prismaField({
    type: "TrainingCourse",
    extensions: { changesPortal: true },
    errors: writeResult("CreateTrainingCourse", "course"),
    args: { input: t.arg({ type: TrainingCourseInput, required: true }) },
    authScopes: (_root, { input }) =>
      input.communityCodes?.length ? { editorOf: input.communityCodes } : { countyEditorOf: input.countyCode },
    resolve: async (query, _root, { input }, ctx) =>
      ctx.db.trainingCourse.findUniqueOrThrow({
        ...selection(query),
        where: { id: (await createTrainingCourse(ctx.db, signedIn(ctx), sentFields(input))).id },
      }),
  }),
  setCourseEnrolment: t.prismaField({
    type: "TrainingCourse",
    extensions: { changesPortal: true },
    errors: writeResult("SetCourseEnrolment", "course"),
    args: { id: t.arg.id({ required: true }), enrolled: t.arg.int({ required: true }), status: t.arg({ type: PostingStatus }) },
    authScopes: async (_root, { id }, ctx) => ({ editorOf: await courseCommunities(ctx.db, id) }),
    resolve: async (query, _root, { id, enrolled, status }, ctx) =>
      ctx.db.trainingCourse.findUniqueOrThrow({
        ...selection(query),
        where: { id: (await setCourseEnrolment(ctx.db, signedIn(ctx), { id, enrolled, status })).id },
      }),
  }),
  importJobPostings: t.prismaField({
    type: ["JobPosting"],
    description: "Create postings from a CSV or XLSX (template at /templates/job-postings.xlsx) for a county; all rows or none",
    errors: writeResult("ImportJobPostings", "postings"),
    extensions: { changesPortal: true },
    args: {
      countyCode: t.arg.string({ required: true }),
      fileName: t.arg.string({ required: true, description: "Its extension (.csv or .xlsx) says how to read it" }),
      contentBase64: t.arg.string({ required: true }),
    },
    authScopes: (_root, { countyCode }) => ({ countyEditorOf: countyCode }),
    resolve: async (query, _root, args, ctx) => {
      const created = await importJobPostings(ctx.db, signedIn(ctx), args);
      return ctx.db.jobPosting.findMany({
        ...selection(query),
        where: { id: { in: created.map((p) => p.id) } },
        orderBy: { createdAt: "asc" },
      });
    },
  }),
  publishJobBoard: t.prismaField({
    type: "JobBoard",
    description: "Publish a community's monthly board (每月公开), freezing what is open that month",
    errors: writeResult("PublishJobBoard", "board"),
    extensions: { changesPortal: true },
    args: { communityCode: t.arg.string({ required: true }), month: t.arg.string({ required: true }) },
    authScopes: (_root, { communityCode }) => ({ editorOf: [communityCode] }),
    resolve: async (query, _root, args, ctx) =>
      ctx.db.jobBoard.findUniqueOrThrow({
        ...selection(query),
        where: { id: (await publishJobBoard(ctx.db, signedIn(ctx), args)).id },
      }),
  }),
}));
