import { builder, labelledValues } from "../builder.ts";

const ORGANIZATION_KIND_LABELS = {
  PARTY_ORGANIZATION: "党组织",
  RESIDENTS_COMMITTEE: "居民委员会",
  SUPERVISION_COMMITTEE: "居务监督委员会",
  OWNERS_COMMITTEE: "业主委员会",
} as const;

const PARTY_LEVEL_LABELS = { BRANCH: "党支部", GENERAL_BRANCH: "党总支", COMMITTEE: "党委" } as const;

export const TownshipKind = builder.enumType("TownshipKind", {
  values: { TOWNSHIP: { description: "乡" }, TOWN: { description: "镇" }, SUBDISTRICT: { description: "街道" } },
});
export const Placement = builder.enumType("Placement", {
  values: {
    INSIDE_PLANNING_AREA: { description: "县城规划区内" },
    OUTSIDE_PLANNING_AREA: { description: "县城规划区外" },
  },
});
export const SettlementKind = builder.enumType("SettlementKind", {
  values: { TOWN: { description: "城镇安置" }, RURAL: { description: "农村安置" } },
});
export const OrganizationKind = builder.enumType("OrganizationKind", {
  values: labelledValues(ORGANIZATION_KIND_LABELS),
});
export const PartyOrganizationLevel = builder.enumType("PartyOrganizationLevel", {
  values: labelledValues(PARTY_LEVEL_LABELS),
});

builder.prismaObject("County", {
  description: "县",
  fields: (t) => ({
    code: t.exposeString("code"),
    name: t.exposeString("name"),
    province: t.exposeString("province"),
    prefecture: t.exposeString("prefecture"),
    townships: t.relation("townships", { query: { orderBy: { code: "asc" } } }),
  }),
});

builder.prismaObject("Township", {
  description: "乡镇/街道",
  fields: (t) => ({
    code: t.exposeString("code"),
    name: t.exposeString("name"),
    kind: t.expose("kind", { type: TownshipKind }),
    county: t.relation("county"),
    communities: t.relation("communities", { query: { orderBy: { code: "asc" } } }),
  }),
});

const YearRange = builder.objectRef<{ from: number; to: number }>("YearRange").implement({
  fields: (t) => ({ from: t.exposeInt("from"), to: t.exposeInt("to") }),
});

const ServiceCentre = builder.objectRef<{ name: string; phone: string | null }>("ServiceCentre").implement({
  description: "社区服务中心",
  fields: (t) => ({ name: t.exposeString("name"), phone: t.exposeString("phone", { nullable: true }) }),
});

export const CommunityRef = builder.prismaObject("Community", {
  description: "安置点社区",
  fields: (t) => ({
    code: t.exposeString("code", { description: "Stable public code, e.g. RJ-FUMIN" }),
    name: t.exposeString("name"),
    township: t.relation("township"),
    placement: t.expose("placement", { type: Placement }),
    settlementKind: t.expose("settlementKind", { type: SettlementKind }),
    households: t.exposeInt("households"),
    population: t.exposeInt("population"),
    relocationYears: t.field({
      type: YearRange,
      resolve: (c) => ({ from: c.relocationYearFrom, to: c.relocationYearTo }),
    }),
    serviceCentre: t.field({
      type: ServiceCentre,
      resolve: (c) => ({ name: c.serviceCentreName, phone: c.serviceCentrePhone }),
    }),
    address: t.exposeString("address"),
    isSample: t.exposeBoolean("isSample", { description: "示例数据: demo data, not a real community's records" }),
    organizations: t.field({
      type: [OrganizationRef],
      description: "Party organization first, then the residents', supervision and owners' committees",
      select: (_args, _ctx, nested) => ({ organizations: nested(true) }),
      resolve: (c) => [...c.organizations].sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind)),
    }),
  }),
});

const KIND_ORDER = Object.keys(ORGANIZATION_KIND_LABELS);

const OrganizationRef = builder.prismaObject("Organization", {
  description: "社区组织：党组织、居委会、居务监督委员会、业主委员会",
  fields: (t) => ({
    kind: t.expose("kind", { type: OrganizationKind }),
    kindLabel: t.string({ resolve: (o) => ORGANIZATION_KIND_LABELS[o.kind] }),
    name: t.exposeString("name"),
    partyLevel: t.expose("partyLevel", { type: PartyOrganizationLevel, nullable: true }),
    partyLevelLabel: t.string({ nullable: true, resolve: (o) => (o.partyLevel ? PARTY_LEVEL_LABELS[o.partyLevel] : null) }),
    memberCount: t.exposeInt("memberCount", { nullable: true }),
    electedOn: t.exposeString("electedOn", { nullable: true, description: "ISO date of the last election" }),
    postings: t.relation("postings", { query: { orderBy: [{ sortOrder: "asc" }, { name: "asc" }] } }),
  }),
});

builder.prismaObject("MemberPosting", {
  description: "成员上岗公示",
  fields: (t) => ({
    id: t.exposeID("id"),
    name: t.exposeString("name"),
    role: t.exposeString("role"),
    duties: t.exposeString("duties"),
    publicPhone: t.exposeString("publicPhone", { nullable: true, description: "Only numbers meant to be public" }),
  }),
});
