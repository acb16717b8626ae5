import type { CatalogueEntry, CatalogueItemRow, CataloguePublication } from "../../api/catalogue/catalogue.ts";
import {
  CATALOGUE_CADENCE_LABELS,
  CATALOGUE_DUE_ANCHOR_LABELS,
  CATALOGUE_SOURCE_LABELS,
  CATALOGUE_STATUS_LABELS,
  dueRuleLabel,
  owedPeriodLabel,
  statusText,
} from "../../api/catalogue/labels.ts";
import type { CatalogueSuspension } from "../../api/db/generated/client.ts";
import { builder, labelledValues } from "../builder.ts";

export const CatalogueCadence = builder.enumType("CatalogueCadence", {
  description: "How often an item is published (公开频次)",
  values: labelledValues(CATALOGUE_CADENCE_LABELS),
});
export const CatalogueDueAnchor = builder.enumType("CatalogueDueAnchor", {
  description: "What a period's due day is counted from",
  values: labelledValues(CATALOGUE_DUE_ANCHOR_LABELS),
});
export const CatalogueSource = builder.enumType("CatalogueSource", {
  description: "Where the publications that satisfy an item come from",
  values: labelledValues(CATALOGUE_SOURCE_LABELS),
});
export const CatalogueStatus = builder.enumType("CatalogueStatus", {
  description: "An item's standing on a day, derived from the dates alone",
  values: labelledValues(CATALOGUE_STATUS_LABELS),
});

export const CatalogueItemRef = builder.objectRef<CatalogueItemRow>("CatalogueItem").implement({
  description: "公开目录事项: one line of a disclosure catalogue, a county default or a community's own",
  fields: (t) => ({
    id: t.exposeID("id", { description: "Stable id; disclosures name it in catalogueItemId" }),
    name: t.exposeString("name", { description: "What is published, e.g. 党支部委员会会议情况" }),
    categoryCode: t.exposeString("categoryCode", { description: "Disclosure category code, e.g. FINANCE" }),
    categoryName: t.string({ description: "The category in words, e.g. 财务公开", resolve: (i) => i.category.name }),
    basis: t.exposeString("basis", { description: "Legal or policy basis (公开依据)" }),
    cadence: t.expose("cadence", { type: CatalogueCadence, description: "How often" }),
    cadenceLabel: t.string({ description: "How often, in words", resolve: (i) => CATALOGUE_CADENCE_LABELS[i.cadence] }),
    dueAnchor: t.expose("dueAnchor", { type: CatalogueDueAnchor, description: "What the due day is counted from" }),
    dueDays: t.exposeInt("dueDays", {
      description: "N of the due rule: the Nth day after the period (or of the period, or after the event)",
    }),
    dueRuleLabel: t.string({ description: "The due rule in words, e.g. 每月，次月10日前公开", resolve: dueRuleLabel }),
    responsible: t.exposeString("responsible", { description: "The responsible organization (责任主体)" }),
    source: t.expose("source", { type: CatalogueSource, description: "What satisfies the item" }),
    sourceLabel: t.string({
      description: "What satisfies the item, in words",
      resolve: (i) => CATALOGUE_SOURCE_LABELS[i.source],
    }),
    effectiveFrom: t.exposeString("effectiveFrom", { description: "ISO date it took effect: the first period owed contains it" }),
    countyDefault: t.boolean({
      description: "Part of the county's default catalogue, which every community of the county inherits",
      resolve: (i) => i.countyId !== null,
    }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was added" }),
    createdByName: t.exposeString("createdByName", { description: "Who added it" }),
    retiredAt: t.expose("retiredAt", { type: "DateTime", nullable: true, description: "When it was retired, if it was" }),
    retirementReason: t.exposeString("retirementReason", { nullable: true, description: "Why it was retired" }),
  }),
});

export const CatalogueSuspensionRef = builder.objectRef<CatalogueSuspension>("CatalogueSuspension").implement({
  description: "暂停公开: a community's suspension of an inherited item, with its public reason",
  fields: (t) => ({
    id: t.exposeID("id", { description: "Its id, for resumeCatalogueItem" }),
    itemId: t.exposeID("itemId", { description: "The suspended item" }),
    reason: t.exposeString("reason", { description: "Why it is suspended (shown publicly)" }),
    startedAt: t.expose("startedAt", { type: "DateTime", description: "Since when" }),
    startedByName: t.exposeString("startedByName", { description: "Who suspended it" }),
    endedAt: t.expose("endedAt", { type: "DateTime", nullable: true, description: "When it was resumed, if it was" }),
    endedByName: t.exposeString("endedByName", { nullable: true, description: "Who resumed it" }),
    endReason: t.exposeString("endReason", { nullable: true, description: "Why it was resumed" }),
  }),
});

const CataloguePublicationRef = builder.objectRef<CataloguePublication>("CataloguePublication").implement({
  description: "A publication that satisfied a catalogue item",
  fields: (t) => ({
    disclosureId: t.exposeID("disclosureId", { description: "The disclosure to link to" }),
    title: t.exposeString("title", { description: "Its title" }),
    publishedAt: t.expose("publishedAt", { type: "DateTime", description: "When it was published" }),
    periodLabel: t.exposeString("periodLabel", { nullable: true, description: "The period it covers, e.g. 2026年10月" }),
  }),
});

export const CatalogueEntryRef = builder.objectRef<CatalogueEntry>("CatalogueEntry").implement({
  description: "A catalogue item in one community with its status on a day (Asia/Shanghai), derived from the dates alone",
  fields: (t) => ({
    item: t.field({ type: CatalogueItemRef, description: "The item", resolve: (e) => e.item }),
    inherited: t.exposeBoolean("inherited", { description: "Inherited from the county's default catalogue" }),
    status: t.expose("status", { type: CatalogueStatus, description: "On time, due soon, overdue, unscheduled or suspended" }),
    statusLabel: t.string({ description: "The status in words", resolve: (e) => CATALOGUE_STATUS_LABELS[e.status] }),
    statusText: t.string({ description: "The status in words with its days, e.g. 已逾期 5 天", resolve: statusText }),
    lastPublication: t.field({
      type: CataloguePublicationRef,
      nullable: true,
      description: "The latest publication that satisfied the item",
      resolve: (e) => e.last,
    }),
    periodStart: t.exposeString("periodStart", { nullable: true, description: "First day of the period owed next" }),
    periodEnd: t.exposeString("periodEnd", { nullable: true, description: "Last day of the period owed next" }),
    periodLabel: t.string({
      nullable: true,
      description: "The period owed next, e.g. 2026年第四季度; null without a schedule",
      resolve: (e) => (e.periodStart ? owedPeriodLabel(e.item.cadence, e.periodStart) : null),
    }),
    dueOn: t.exposeString("dueOn", { nullable: true, description: "ISO date the period owed next is due (inclusive)" }),
    daysLeft: t.exposeInt("daysLeft", { nullable: true, description: "Days until dueOn; negative once overdue" }),
    overdueDays: t.exposeInt("overdueDays", { description: "Days past dueOn when overdue, otherwise 0" }),
    periodsMissed: t.exposeInt("periodsMissed", { description: "Periods past their due day without a publication" }),
    suspension: t.field({
      type: CatalogueSuspensionRef,
      nullable: true,
      description: "The suspension in force on the day, with its reason",
      resolve: (e) => e.suspension,
    }),
  }),
});

builder.prismaObjectField("Disclosure", "catalogueItem", (t) =>
  t.field({
    type: CatalogueItemRef,
    nullable: true,
    description: "The disclosure-catalogue item (公开目录) this disclosure fulfils, when it named one at creation",
    select: { catalogueItem: { include: { category: true } } },
    resolve: (d) => d.catalogueItem,
  }),
);
