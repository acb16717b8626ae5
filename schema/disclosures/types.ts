import type { Prisma } from "../../api/db/generated/client.ts";
import { contentHash } from "../../api/disclosures/hash.ts";
import { DISCLOSURE_STATUS_LABELS } from "../../api/disclosures/labels.ts";
import { renderMarkdown } from "../../api/disclosures/markdown.ts";
import { correctionChain, publishedCanonical } from "../../api/disclosures/service.ts";
import { type Period, periodCode, periodLabel } from "../../api/periods.ts";
import { builder } from "../builder.ts";
import { CommunityRef } from "../communities/types.ts";

export const DisclosureStatus = builder.enumType("DisclosureStatus", {
  values: {
    DRAFT: { description: `${DISCLOSURE_STATUS_LABELS.DRAFT}: visible only to its editors` },
    PUBLISHED: { description: `${DISCLOSURE_STATUS_LABELS.PUBLISHED}: immutable` },
    WITHDRAWN: { description: `${DISCLOSURE_STATUS_LABELS.WITHDRAWN}: kept and shown with the reason` },
  },
});

const PeriodKind = builder.enumType("PeriodKind", { values: ["MONTH", "QUARTER", "YEAR", "RANGE"] as const });

const PeriodRef = builder.objectRef<Period>("Period").implement({
  description: "The calendar period a disclosure covers (Asia/Shanghai dates, inclusive)",
  fields: (t) => ({
    code: t.string({ description: "2026-03, 2026-Q1, 2026 or 2026-03-01/2026-03-15", resolve: periodCode }),
    kind: t.field({ type: PeriodKind, resolve: (p) => p.kind }),
    start: t.exposeString("start"),
    end: t.exposeString("end"),
    label: t.string({ description: "As residents read it, e.g. 2026年第一季度", resolve: periodLabel }),
  }),
});

builder.prismaObject("DisclosureCategory", {
  description: "公开类别: 党务、居务、财务、收费、就业、培训 …",
  fields: (t) => ({ code: t.exposeString("code"), name: t.exposeString("name"), sortOrder: t.exposeInt("sortOrder") }),
});

/**
 * What the hash covers, and the community codes loaded with the disclosure itself (no extra query
 * per row): read only when a field that recomputes the hash is asked for.
 */
const hashed = {
  categoryCode: true,
  title: true,
  body: true,
  periodKind: true,
  periodStart: true,
  periodEnd: true,
  correctsId: true,
  correctionReason: true,
  publishedAt: true,
  publisherName: true,
  contentHash: true,
  targets: { select: { community: { select: { code: true } } } },
} satisfies Prisma.DisclosureSelect;

const periodColumns = { periodKind: true, periodStart: true, periodEnd: true } satisfies Prisma.DisclosureSelect;

export const DisclosureRef = builder.prismaObject("Disclosure", {
  description: "公开事项: the envelope every published item shares",
  // Select mode: a list reads the columns its fields ask for, not every row's full body.
  select: { id: true },
  fields: (t) => ({
    id: t.exposeID("id"),
    category: t.relation("category"),
    title: t.exposeString("title"),
    body: t.exposeString("body", { description: "Markdown as written by staff" }),
    bodyHtml: t.string({
      description: "The body rendered and sanitized; safe to insert as HTML",
      select: { body: true },
      resolve: (d) => renderMarkdown(d.body),
    }),
    period: t.field({
      type: PeriodRef,
      nullable: true,
      select: periodColumns,
      resolve: (d) =>
        d.periodKind && d.periodStart && d.periodEnd ? { kind: d.periodKind, start: d.periodStart, end: d.periodEnd } : null,
    }),
    status: t.expose("status", { type: DisclosureStatus }),
    statusLabel: t.string({
      description: "草稿, 已发布 or 已撤回",
      select: { status: true },
      resolve: (d) => DISCLOSURE_STATUS_LABELS[d.status],
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    publishedAt: t.expose("publishedAt", { type: "DateTime", nullable: true }),
    publisherName: t.exposeString("publisherName", { nullable: true }),
    contentHash: t.exposeString("contentHash", {
      nullable: true,
      description: "SHA-256 (hex) of canonicalContent, fixed at publication",
    }),
    canonicalContent: t.string({
      nullable: true,
      description: "The exact UTF-8 text the hash covers; recompute with any SHA-256 tool to verify",
      select: hashed,
      resolve: (d) =>
        publishedCanonical(
          d,
          d.targets.map((x) => x.community.code),
        ),
    }),
    hashVerified: t.boolean({
      nullable: true,
      description: "Whether the stored content still hashes to contentHash (null for drafts)",
      select: hashed,
      resolve: (d) => {
        const canonical = publishedCanonical(
          d,
          d.targets.map((x) => x.community.code),
        );
        if (!canonical || !d.contentHash) return null;
        return contentHash(canonical) === d.contentHash;
      },
    }),
    communities: t.field({
      type: [CommunityRef],
      description: "The communities it is published in",
      select: (_args, _ctx, nested) => ({ targets: { select: { community: nested(true) } } }),
      resolve: (d) => d.targets.map((x) => x.community),
    }),
    corrects: t.relation("corrects", { nullable: true, description: "The disclosure this one corrects (更正)" }),
    correctionReason: t.exposeString("correctionReason", { nullable: true }),
    correctedBy: t.relation("correctedBy", { nullable: true, description: "The correction that supersedes this one" }),
    correctionChain: t.prismaField({
      type: ["Disclosure"],
      description: "Every version, oldest first: the original and each correction",
      resolve: (_query, d, _args, ctx) => correctionChain(ctx.db, d.id),
    }),
    isCurrent: t.boolean({
      description: "Published, not withdrawn and not superseded by a correction",
      select: { status: true, correctedBy: { select: { id: true } } },
      resolve: (d) => d.status === "PUBLISHED" && !d.correctedBy,
    }),
    withdrawnAt: t.expose("withdrawnAt", { type: "DateTime", nullable: true }),
    withdrawalReason: t.exposeString("withdrawalReason", { nullable: true }),
    isSample: t.exposeBoolean("isSample", { description: "示例数据" }),
  }),
});
