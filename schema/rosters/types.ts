import { currentPostingWhere, inOfficeOn } from "../../api/communities/postings.ts";
import { imageFileName } from "../../api/images.ts";
import { todayInShanghai } from "../../api/periods.ts";
import { STAFF_POST_KIND_LABELS } from "../../api/rosters/labels.ts";
import { gridWorkerRange, RULES, rangeText, rosterRule, type SizeRange, sizeCheck } from "../../api/rosters/rules.ts";
import { builder, labelledValues } from "../builder.ts";

export const StaffPostKind = builder.enumType("StaffPostKind", {
  description: "A post outside the elected bodies: grid leader, grid worker, building head, service-centre staff",
  values: labelledValues(STAFF_POST_KIND_LABELS),
});

/** Postings in office today (Asia/Shanghai), the same test for elected bodies and staff. */
const inOffice = () => inOfficeOn(todayInShanghai());

export const SizeRuleRef = builder.objectRef<{ rule: SizeRange; members: number }>("SizeRule").implement({
  description: "Whether a body or a grid has as many people in office as its rule asks (rules: README, Rosters)",
  fields: (t) => ({
    ruleText: t.string({ description: "The rule in words, e.g. 3–5 人 or 5–11 人（奇数）", resolve: (s) => rangeText(s.rule) }),
    min: t.int({ description: "Fewest allowed", resolve: (s) => s.rule.min }),
    max: t.int({ nullable: true, description: "Most allowed; null when there is no upper bound", resolve: (s) => s.rule.max }),
    members: t.exposeInt("members", { description: "People in office today" }),
    meets: t.boolean({ description: "Whether the count keeps the rule", resolve: (s) => sizeCheck(s.rule, s.members).meets }),
    statusText: t.string({
      description: "符合规定, or what is wrong (少于 3 人，还差 1 人; 人数应为奇数)",
      resolve: (s) => sizeCheck(s.rule, s.members).problem ?? "符合规定",
    }),
  }),
});

export const PersonPhotoRef = builder.prismaObject("PersonPhoto", {
  description: "A photo of a person on a public roster, stored as uploaded with its SHA-256; never changed",
  fields: (t) => ({
    id: t.exposeID("id", { description: "Stable id, given when posting someone" }),
    altText: t.exposeString("altText", { description: "What the photo shows, for screen readers" }),
    mimeType: t.exposeString("mimeType", { description: "image/jpeg, image/png or image/webp" }),
    fileName: t.string({ description: "A file name for it: its SHA-256 and extension", resolve: imageFileName }),
    byteSize: t.exposeInt("byteSize", { description: "Size in bytes" }),
    sha256: t.exposeString("sha256", { description: "SHA-256 of the stored bytes, hex" }),
    dataBase64: t.string({ description: "The image itself, Base64", resolve: (p) => Buffer.from(p.data).toString("base64") }),
  }),
});

/** A person's photo is public while they serve: an ended (or corrected) posting shows none. */
const photoWhileInOffice = <P>(p: { endedOn: string | null; photo: P | null }) =>
  p.endedOn && p.endedOn <= todayInShanghai() ? null : p.photo;

builder.prismaObjectFields("Organization", (t) => ({
  id: t.exposeID("id", { description: "Stable id, for editors' mutations" }),
  sizeRule: t.field({
    type: SizeRuleRef,
    nullable: true,
    description: "The body's size rule and whether its members in office keep it; null for a body without one",
    select: () => ({ kind: true, partyLevel: true, postings: { where: currentPostingWhere(), select: { id: true } } }),
    resolve: (o) => {
      const rule = rosterRule(o);
      return rule ? { rule, members: o.postings.length } : null;
    },
  }),
  history: t.relation("postings", {
    description: "Every posting the body has had, in office or ended, newest term first: who held each post when",
    query: { orderBy: [{ startedOn: "desc" }, { sortOrder: "asc" }, { name: "asc" }] },
  }),
}));

builder.prismaObjectFields("MemberPosting", (t) => ({
  photo: t.field({
    type: PersonPhotoRef,
    nullable: true,
    description: "The member's photo while in office; null once the term has ended (the photo leaves the public record)",
    select: (_args, _ctx, nested) => ({ endedOn: true, photo: nested(true) }),
    resolve: photoWhileInOffice,
  }),
  endReason: t.exposeString("endReason", { nullable: true, description: "Why the term ended (离任原因)" }),
  corrects: t.relation("corrects", { nullable: true, description: "The posting this one corrects, if it is a correction" }),
  correctedBy: t.relation("correctedBy", {
    nullable: true,
    description: "The correction that replaced this posting; a corrected posting was never in office",
  }),
  correctionReason: t.exposeString("correctionReason", { nullable: true, description: "Why it was corrected" }),
}));

export const StaffPostingRef = builder.prismaObject("StaffPosting", {
  description: "上岗公示: a grid leader, grid worker, building head or service-centre staff member, with their term",
  fields: (t) => ({
    id: t.exposeID("id", { description: "Stable id" }),
    kind: t.expose("kind", { type: StaffPostKind, description: "Which kind of post" }),
    kindLabel: t.string({ description: "e.g. 网格员", resolve: (p) => STAFF_POST_KIND_LABELS[p.kind] }),
    name: t.exposeString("name", { description: "Full name, as posted publicly" }),
    title: t.exposeString("title", { description: "The post, e.g. 专职网格员, 窗口受理员" }),
    duties: t.exposeString("duties", { description: "What they are responsible for" }),
    publicPhone: t.exposeString("publicPhone", {
      nullable: true,
      description: "The post's duty phone; only numbers meant to be public",
    }),
    counter: t.exposeString("counter", { nullable: true, description: "The service-centre window they sit at" }),
    photo: t.field({
      type: PersonPhotoRef,
      nullable: true,
      description: "Their photo while in the post; null once the posting has ended",
      select: (_args, _ctx, nested) => ({ endedOn: true, photo: nested(true) }),
      resolve: photoWhileInOffice,
    }),
    grid: t.relation("grid", { nullable: true, description: "The grid, for a grid leader or worker" }),
    building: t.relation("building", { nullable: true, description: "The building, for a building head" }),
    startedOn: t.exposeString("startedOn", { description: "ISO date they took up the post" }),
    endedOn: t.exposeString("endedOn", { nullable: true, description: "ISO date of the first day out of the post, if ended" }),
    endReason: t.exposeString("endReason", { nullable: true, description: "Why the posting ended" }),
  }),
});

const currentStaff = (kind: keyof typeof STAFF_POST_KIND_LABELS) => ({
  where: { kind, ...inOffice() },
  orderBy: [{ sortOrder: "asc" as const }, { startedOn: "asc" as const }],
});

export const GridRef = builder.prismaObject("Grid", {
  description: "网格: the residents' groups or buildings it covers, its households, its grid leader and grid workers",
  fields: (t) => ({
    id: t.exposeID("id", { description: "Stable id" }),
    name: t.exposeString("name", { description: "e.g. 第一网格" }),
    area: t.exposeString("area", { description: "The residents' groups or buildings it covers, in words" }),
    residentsGroups: t.exposeInt("residentsGroups", { description: "Residents' groups (居民小组) in the grid" }),
    households: t.exposeInt("households", { description: "Households in the grid" }),
    householdLimit: t.int({
      description: "Most households a grid may have (default 300)",
      resolve: () => RULES.grid.maxHouseholds,
    }),
    leader: t.relation("postings", {
      description: "The grid leader (网格长) in office today: a list of at most one",
      query: () => currentStaff("GRID_LEADER"),
    }),
    workers: t.relation("postings", {
      description: "Grid workers (网格员) in office today",
      query: () => currentStaff("GRID_WORKER"),
    }),
    workerRule: t.field({
      type: SizeRuleRef,
      description: "One grid worker per 2–4 residents' groups, and whether the workers in office keep it",
      select: () => ({
        residentsGroups: true,
        postings: { where: { kind: "GRID_WORKER" as const, ...inOffice() }, select: { id: true } },
      }),
      resolve: (g) => ({ rule: gridWorkerRange(g.residentsGroups), members: g.postings.length }),
    }),
    buildings: t.relation("buildings", {
      description: "Its buildings",
      query: { orderBy: [{ sortOrder: "asc" }, { name: "asc" }] },
    }),
  }),
});

export const BuildingRef = builder.prismaObject("Building", {
  description: "楼栋, with its building head (楼长)",
  fields: (t) => ({
    id: t.exposeID("id", { description: "Stable id" }),
    name: t.exposeString("name", { description: "e.g. 3 栋" }),
    households: t.exposeInt("households", { nullable: true, description: "Households in the building" }),
    grid: t.relation("grid", { nullable: true, description: "The grid it belongs to" }),
    heads: t.relation("postings", {
      description: "The building head (楼长) in office today: a list of at most one",
      query: () => currentStaff("BUILDING_HEAD"),
    }),
  }),
});

builder.prismaObjectFields("Community", (t) => ({
  grids: t.relation("grids", { description: "网格, in order", query: { orderBy: [{ sortOrder: "asc" }, { name: "asc" }] } }),
  buildings: t.relation("buildings", {
    description: "Buildings with their building heads, in order",
    query: { orderBy: [{ sortOrder: "asc" }, { name: "asc" }] },
  }),
  serviceStaff: t.relation("staffPostings", {
    description: "Service-centre staff (服务中心工作人员) in office today",
    query: () => currentStaff("SERVICE_STAFF"),
  }),
  staffHistory: t.relation("staffPostings", {
    description: "Every grid, building and service-centre posting, in office or ended, newest first: who held each post when",
    query: { orderBy: [{ startedOn: "desc" }, { sortOrder: "asc" }, { name: "asc" }] },
  }),
}));

export const RosterNoticeRef = builder.prismaObject("RosterNotice", {
  description: "A roster published as a notice (上岗公示): who was in office on a day, immutable and hashed",
  fields: (t) => ({
    id: t.exposeID("id", { description: "Stable id" }),
    asOf: t.exposeString("asOf", { description: "ISO date the roster was taken on (Asia/Shanghai)" }),
    disclosure: t.relation("disclosure", { description: "The published notice, with its hash" }),
  }),
});

builder.prismaObjectField("Community", "rosterNotices", (t) =>
  t.relation("rosterNotices", {
    description: "The rosters published as notices, newest first",
    query: { orderBy: [{ asOf: "desc" }, { createdAt: "desc" }] },
  }),
);
