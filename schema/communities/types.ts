import {
  ORGANIZATION_KIND_LABELS,
  ORGANIZATION_ORDER,
  PARTY_LEVEL_LABELS,
  PLACEMENT_LABELS,
  SETTLEMENT_KIND_LABELS,
  TOWNSHIP_KIND_LABELS,
} from "../../api/communities/labels.ts";
import { currentPostingWhere } from "../../api/communities/postings.ts";
import { builder, labelledValues } from "../builder.ts";

export const TownshipKind = builder.enumType("TownshipKind", {
  values: labelledValues(TOWNSHIP_KIND_LABELS),
});
export const Placement = builder.enumType("Placement", {
  values: labelledValues(PLACEMENT_LABELS),
});
export const SettlementKind = builder.enumType("SettlementKind", {
  values: labelledValues(SETTLEMENT_KIND_LABELS),
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
    kindLabel: t.string({ description: "乡, 镇 or 街道", resolve: (w) => TOWNSHIP_KIND_LABELS[w.kind] }),
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
    placementLabel: t.string({ description: "e.g. 县城规划区内", resolve: (c) => PLACEMENT_LABELS[c.placement] }),
    settlementKind: t.expose("settlementKind", { type: SettlementKind }),
    settlementKindLabel: t.string({ description: "e.g. 城镇安置", resolve: (c) => SETTLEMENT_KIND_LABELS[c.settlementKind] }),
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
      resolve: (c) =>
        [...c.organizations].sort((a, b) => ORGANIZATION_ORDER.indexOf(a.kind) - ORGANIZATION_ORDER.indexOf(b.kind)),
    }),
  }),
});

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
    postings: t.relation("postings", {
      description: "Members in office today; ended postings stay on record but are not listed here",
      query: () => ({ where: currentPostingWhere(), orderBy: [{ sortOrder: "asc" }, { name: "asc" }] }),
    }),
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
    startedOn: t.exposeString("startedOn", { description: "ISO date the term of office began" }),
    endedOn: t.exposeString("endedOn", { nullable: true, description: "ISO date of the first day out of office, if ended" }),
  }),
});
