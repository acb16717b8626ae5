import type { ArgBuilder } from "@pothos/core";
import { type Context, signedIn } from "../../api/context.ts";
import {
  gridCommunities,
  organizationCommunities,
  postingCommunities,
  staffPostingCommunities,
} from "../../api/rosters/access.ts";
import { publishRosterNotice } from "../../api/rosters/notice.ts";
import {
  addPosting,
  addStaffPosting,
  correctPosting,
  createBuilding,
  createGrid,
  createOrganization,
  endPosting,
  endStaffPosting,
  updateGrid,
  updateOrganization,
  uploadPersonPhoto,
} from "../../api/rosters/service.ts";
import { builder, type SchemaTypesOf, selection, sentFields } from "../builder.ts";
import { OrganizationKind, PartyOrganizationLevel } from "../communities/types.ts";
import { writeResult } from "../errors.ts";
import { BuildingRef, GridRef, PersonPhotoRef, RosterNoticeRef, StaffPostingRef, StaffPostKind } from "./types.ts";

type InputFields = PothosSchemaTypes.InputFieldBuilder<SchemaTypesOf<typeof builder>, "InputObject">;

const community = (t: InputFields) => t.string({ required: true, description: "The community, e.g. RJ-FUMIN" });
const photoId = (t: InputFields) => t.id({ description: "A photo uploaded with uploadPersonPhoto for this community" });
const sortOrder = (t: InputFields) => t.int({ description: "Order on the page (default 0)" });

const CreateOrganizationInput = builder.inputType("CreateOrganizationInput", {
  description: "A body of a community; one of each kind",
  fields: (t) => ({
    communityCode: community(t),
    kind: t.field({ type: OrganizationKind, required: true, description: "Which body" }),
    name: t.string({ required: true, description: "Its full name, e.g. 富民社区居民委员会" }),
    partyLevel: t.field({ type: PartyOrganizationLevel, description: "A Party organization's level; only for one" }),
    memberCount: t.int({ description: "A Party organization's full members; only for one, and must fit the level" }),
  }),
});

const UpdateOrganizationInput = builder.inputType("UpdateOrganizationInput", {
  description: "What changes in a body; fields left out stay as they are",
  fields: (t) => ({
    name: t.string({ description: "Its full name" }),
    partyLevel: t.field({ type: PartyOrganizationLevel, description: "A Party organization's level" }),
    memberCount: t.int({ description: "A Party organization's full members" }),
  }),
});

const memberFields = (t: InputFields) => ({
  name: t.string({ required: true, description: "Full name, as posted publicly" }),
  role: t.string({ required: true, description: "书记, 主任, 委员 …" }),
  duties: t.string({ required: true, description: "分工职责" }),
  publicPhone: t.string({ description: "A duty phone meant to be public (never a private mobile)" }),
  photoId: photoId(t),
  sortOrder: sortOrder(t),
});

const AddPostingInput = builder.inputType("AddPostingInput", {
  description: "A member of a body, in office from a date",
  fields: (t) => ({
    organizationId: t.id({ required: true, description: "The body" }),
    startedOn: t.string({ required: true, description: "ISO date the term begins" }),
    replacesId: t.id({ description: "The posting this member takes over (接任): it ends on startedOn" }),
    ...memberFields(t),
  }),
});

const CorrectPostingInput = builder.inputType("CorrectPostingInput", {
  description: "The corrected fields of a posting, all of them",
  fields: memberFields,
});

const GRID_FIELDS = {
  name: "e.g. 第一网格",
  area: "The residents' groups or buildings it covers, in words",
  residentsGroups: "Residents' groups in it",
  households: "Households in it (at most 300 by default)",
} as const;

const CreateGridInput = builder.inputType("CreateGridInput", {
  description: "A grid (网格) of a community",
  fields: (t) => ({
    communityCode: community(t),
    name: t.string({ required: true, description: GRID_FIELDS.name }),
    area: t.string({ required: true, description: GRID_FIELDS.area }),
    residentsGroups: t.int({ required: true, description: GRID_FIELDS.residentsGroups }),
    households: t.int({ required: true, description: GRID_FIELDS.households }),
    sortOrder: sortOrder(t),
  }),
});

const UpdateGridInput = builder.inputType("UpdateGridInput", {
  description: "What changes in a grid; fields left out stay as they are",
  fields: (t) => ({
    name: t.string({ description: GRID_FIELDS.name }),
    area: t.string({ description: GRID_FIELDS.area }),
    residentsGroups: t.int({ description: GRID_FIELDS.residentsGroups }),
    households: t.int({ description: GRID_FIELDS.households }),
    sortOrder: sortOrder(t),
  }),
});

const CreateBuildingInput = builder.inputType("CreateBuildingInput", {
  description: "A building (楼栋) of a community",
  fields: (t) => ({
    communityCode: community(t),
    gridId: t.id({ description: "The grid it belongs to" }),
    name: t.string({ required: true, description: "e.g. 3 栋" }),
    households: t.int({ description: "Households in it" }),
    sortOrder: sortOrder(t),
  }),
});

const AddStaffPostingInput = builder.inputType("AddStaffPostingInput", {
  description: "上岗: a grid leader or worker (with gridId), a building head (with buildingId) or service-centre staff",
  fields: (t) => ({
    communityCode: community(t),
    kind: t.field({ type: StaffPostKind, required: true, description: "Which kind of post" }),
    gridId: t.id({ description: "The grid, for a grid leader or worker" }),
    buildingId: t.id({ description: "The building, for a building head" }),
    name: t.string({ required: true, description: "Full name, as posted publicly" }),
    title: t.string({ required: true, description: "The post, e.g. 专职网格员" }),
    duties: t.string({ required: true, description: "工作职责" }),
    publicPhone: t.string({ description: "The post's duty phone, meant to be public" }),
    counter: t.string({ description: "The service-centre window, for service-centre staff" }),
    photoId: photoId(t),
    startedOn: t.string({ required: true, description: "ISO date they take up the post" }),
    replacesId: t.id({ description: "The posting this person takes over (接任): it ends on startedOn" }),
    sortOrder: sortOrder(t),
  }),
});

const UploadPersonPhotoInput = builder.inputType("UploadPersonPhotoInput", {
  description: "A photo of a person for a community's rosters (JPEG, PNG or WebP, at most 1 MB)",
  fields: (t) => ({
    communityCode: community(t),
    altText: t.string({ required: true, description: "What it shows, e.g. 网格员王*华的照片" }),
    mimeType: t.string({ required: true, description: "image/jpeg, image/png or image/webp; checked against the bytes" }),
    dataBase64: t.string({ required: true, description: "The image, Base64" }),
  }),
});

const endArgs = (arg: ArgBuilder<SchemaTypesOf<typeof builder>>, what: string) => ({
  id: arg.id({ required: true, description: what }),
  endedOn: arg.string({ required: true, description: "ISO date of the first day out of office" }),
  reason: arg.string({ required: true, description: "Why (shown in the history)" }),
});

type Query = { include?: object; select?: object };
const organization = (query: Query, ctx: Context, id: string) =>
  ctx.db.organization.findUniqueOrThrow({ ...selection(query), where: { id } });
const posting = (query: Query, ctx: Context, id: string) =>
  ctx.db.memberPosting.findUniqueOrThrow({ ...selection(query), where: { id } });

const PublishRosterNoticeInput = builder.inputType("PublishRosterNoticeInput", {
  description: "Publishing a community's roster as it stands today as a notice",
  fields: (t) => ({
    communityCode: community(t),
    catalogueItemId: t.id({ description: "The catalogue item (公开目录) the notice fulfils, if the catalogue has one" }),
  }),
});

builder.mutationFields((t) => ({
  publishRosterNotice: t.field({
    type: RosterNoticeRef,
    description: "Publish the roster in office today as a notice (上岗公示), immutable and hashed; the live page stays current",
    errors: writeResult("PublishRosterNotice", "notice"),
    extensions: { changesPortal: true },
    args: { input: t.arg({ type: PublishRosterNoticeInput, required: true, description: "Which community" }) },
    authScopes: (_root, { input }) => ({ editorOf: [input.communityCode] }),
    resolve: (_root, { input }, ctx) => publishRosterNotice(ctx.db, signedIn(ctx), sentFields(input)),
  }),
  createOrganization: t.prismaField({
    type: "Organization",
    description: "Add a body to a community (Party organization, committees, collective economic organization)",
    errors: writeResult("CreateOrganization", "organization"),
    extensions: { changesPortal: true },
    args: { input: t.arg({ type: CreateOrganizationInput, required: true, description: "The body" }) },
    authScopes: (_root, { input }) => ({ editorOf: [input.communityCode] }),
    resolve: async (query, _root, { input }, ctx) =>
      organization(query, ctx, (await createOrganization(ctx.db, signedIn(ctx), sentFields(input))).id),
  }),
  updateOrganization: t.prismaField({
    type: "Organization",
    description: "Change a body's name, or a Party organization's level and membership",
    errors: writeResult("UpdateOrganization", "organization"),
    extensions: { changesPortal: true },
    args: {
      id: t.arg.id({ required: true, description: "The body" }),
      input: t.arg({ type: UpdateOrganizationInput, required: true, description: "What changes" }),
    },
    authScopes: async (_root, { id }, ctx) => ({ editorOf: await organizationCommunities(ctx.db, id) }),
    resolve: async (query, _root, { id, input }, ctx) =>
      organization(query, ctx, (await updateOrganization(ctx.db, signedIn(ctx), { id, input: sentFields(input) })).id),
  }),
  addPosting: t.prismaField({
    type: "MemberPosting",
    description: "Post a member to a body from a date; refused when the body would exceed its size rule",
    errors: writeResult("AddPosting", "posting"),
    extensions: { changesPortal: true },
    args: { input: t.arg({ type: AddPostingInput, required: true, description: "The member and the post" }) },
    authScopes: async (_root, { input }, ctx) => ({
      editorOf: await organizationCommunities(ctx.db, String(input.organizationId)),
    }),
    resolve: async (query, _root, { input }, ctx) =>
      posting(
        query,
        ctx,
        (await addPosting(ctx.db, signedIn(ctx), sentFields({ ...input, organizationId: String(input.organizationId) }))).id,
      ),
  }),
  endPosting: t.prismaField({
    type: "MemberPosting",
    description: "End a member's term; the posting stays in the history with its reason",
    errors: writeResult("EndPosting", "posting"),
    extensions: { changesPortal: true },
    args: endArgs(t.arg, "The posting"),
    authScopes: async (_root, { id }, ctx) => ({ editorOf: await postingCommunities(ctx.db, id) }),
    resolve: async (query, _root, args, ctx) => posting(query, ctx, (await endPosting(ctx.db, signedIn(ctx), args)).id),
  }),
  correctPosting: t.prismaField({
    type: "MemberPosting",
    description: "Correct a mistake in a posting: a new posting takes over its term and points at it; both stay on record",
    errors: writeResult("CorrectPosting", "posting"),
    extensions: { changesPortal: true },
    args: {
      id: t.arg.id({ required: true, description: "The posting to correct" }),
      input: t.arg({ type: CorrectPostingInput, required: true, description: "The corrected fields" }),
      reason: t.arg.string({ required: true, description: "What was wrong (shown publicly)" }),
    },
    authScopes: async (_root, { id }, ctx) => ({ editorOf: await postingCommunities(ctx.db, id) }),
    resolve: async (query, _root, { id, input, reason }, ctx) =>
      posting(query, ctx, (await correctPosting(ctx.db, signedIn(ctx), { id, reason, input: sentFields(input) })).id),
  }),
  uploadPersonPhoto: t.field({
    type: PersonPhotoRef,
    description: "Upload a person's photo for a community's rosters; give its id when posting them",
    errors: writeResult("UploadPersonPhoto", "photo"),
    args: { input: t.arg({ type: UploadPersonPhotoInput, required: true, description: "The photo" }) },
    authScopes: (_root, { input }) => ({ editorOf: [input.communityCode] }),
    resolve: (_root, { input }, ctx) => uploadPersonPhoto(ctx.db, signedIn(ctx), input),
  }),
  createGrid: t.field({
    type: GridRef,
    description: "Add a grid (网格) to a community",
    errors: writeResult("CreateGrid", "grid"),
    extensions: { changesPortal: true },
    args: { input: t.arg({ type: CreateGridInput, required: true, description: "The grid" }) },
    authScopes: (_root, { input }) => ({ editorOf: [input.communityCode] }),
    resolve: (_root, { input }, ctx) => createGrid(ctx.db, signedIn(ctx), sentFields(input)),
  }),
  updateGrid: t.field({
    type: GridRef,
    description: "Change a grid's name, area, residents' groups or households",
    errors: writeResult("UpdateGrid", "grid"),
    extensions: { changesPortal: true },
    args: {
      id: t.arg.id({ required: true, description: "The grid" }),
      input: t.arg({ type: UpdateGridInput, required: true, description: "What changes" }),
    },
    authScopes: async (_root, { id }, ctx) => ({ editorOf: await gridCommunities(ctx.db, id) }),
    resolve: (_root, { id, input }, ctx) => updateGrid(ctx.db, signedIn(ctx), { id, input: sentFields(input) }),
  }),
  createBuilding: t.field({
    type: BuildingRef,
    description: "Add a building (楼栋) to a community",
    errors: writeResult("CreateBuilding", "building"),
    extensions: { changesPortal: true },
    args: { input: t.arg({ type: CreateBuildingInput, required: true, description: "The building" }) },
    authScopes: (_root, { input }) => ({ editorOf: [input.communityCode] }),
    resolve: (_root, { input }, ctx) =>
      createBuilding(
        ctx.db,
        signedIn(ctx),
        sentFields({ ...input, gridId: input.gridId == null ? input.gridId : String(input.gridId) }),
      ),
  }),
  addStaffPosting: t.field({
    type: StaffPostingRef,
    description: "Post a grid leader or worker, a building head or service-centre staff (上岗公示)",
    errors: writeResult("AddStaffPosting", "posting"),
    extensions: { changesPortal: true },
    args: { input: t.arg({ type: AddStaffPostingInput, required: true, description: "The person and the post" }) },
    authScopes: (_root, { input }) => ({ editorOf: [input.communityCode] }),
    resolve: (_root, { input }, ctx) => addStaffPosting(ctx.db, signedIn(ctx), sentFields(input)),
  }),
  endStaffPosting: t.field({
    type: StaffPostingRef,
    description: "End a grid, building or service-centre posting; it stays in the history with its reason",
    errors: writeResult("EndStaffPosting", "posting"),
    extensions: { changesPortal: true },
    args: endArgs(t.arg, "The staff posting"),
    authScopes: async (_root, { id }, ctx) => ({ editorOf: await staffPostingCommunities(ctx.db, id) }),
    resolve: (_root, args, ctx) => endStaffPosting(ctx.db, signedIn(ctx), args),
  }),
}));
