import SchemaBuilder from "@pothos/core";
import ComplexityPlugin from "@pothos/plugin-complexity";
import ErrorsPlugin from "@pothos/plugin-errors";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin from "@pothos/plugin-relay";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import { canEditCommunities, editsInCounty, isCountyEditorOf } from "../api/auth/viewer.ts";
import type { Context } from "../api/context.ts";
import type PrismaTypes from "../api/db/generated/pothos-types.ts";
import { getDatamodel } from "../api/db/generated/pothos-types.ts";
import { targetCommunityCodes } from "../api/disclosures/service.ts";
import { ForbiddenError, UnauthenticatedError } from "../api/errors.ts";
import { feeItemCommunityCode } from "../api/fees/service.ts";
import { type FinanceRecord, financeCommunityCode, isSupervisorOf } from "../api/finance/access.ts";
import { courseCommunityCodes, postingCommunityCodes } from "../api/jobs/service.ts";

/** Largest page any connection returns, whatever `first` asks for. */
export const MAX_PAGE_SIZE = 100;

/**
 * What one public request may ask for. The portal's own page queries stay well inside these
 * (see test/api/limits.test.ts); a query built to exhaust the server does not.
 */
export const QUERY_LIMITS = { depth: 10, breadth: 200, complexity: 20_000 } as const;

const LIMIT_LABELS = { Depth: "嵌套层数", Breadth: "字段数量", Complexity: "复杂度" } as const;

/**
 * The rule for writes to an existing record: decided by the communities it belongs to. An unknown
 * record (null) is let through for would-be editors, so the service can answer NOT_FOUND or name
 * the field, rather than a misleading FORBIDDEN.
 */
function editorOfRecord(ctx: Context, communityCodes: string[] | null): boolean | Promise<boolean> {
  if (communityCodes === null) return ctx.viewer !== null && ctx.viewer.role !== "SUPERVISOR";
  return canEditCommunities(ctx.db, ctx.viewer, communityCodes);
}

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  DefaultFieldNullability: false;
  Scalars: {
    DateTime: { Input: Date; Output: Date };
  };
  AuthScopes: {
    /** Any valid token. */
    signedIn: boolean;
    admin: boolean;
    /** May edit disclosures published in every one of these communities (codes). */
    editorOf: readonly string[];
    /** May edit the disclosure with this id (decided by the communities it targets). */
    editorOfDisclosure: string;
    /** May publish prices and collection status for this fee item (decided by its community). */
    editorOfFeeItem: string;
    /** An admin, or a county editor of this county (code). */
    countyEditorOf: string;
    /** An admin, or a county editor of this employer's county (employer id). */
    countyEditorOfEmployer: string;
    /** Any editor working in this county (code). */
    editorInCounty: string;
    /** May edit this job posting (decided by every community it targets). */
    editorOfPosting: string;
    /** May edit this training course (decided by every community it targets). */
    editorOfCourse: string;
    /** May keep the books of the community this finance record belongs to. */
    financeEditor: FinanceRecord;
    /** A member of the supervision committee of the community this finance record belongs to. */
    financeReviewer: FinanceRecord;
  };
}>({
  // Errors must wrap scope-auth so that refusals become typed results rather than top-level errors.
  plugins: [ErrorsPlugin, ScopeAuthPlugin, ComplexityPlugin, PrismaPlugin, RelayPlugin],
  complexity: {
    defaultComplexity: 1,
    defaultListMultiplier: 10,
    limit: QUERY_LIMITS,
    complexityError: (kind, result) =>
      `查询过大：${LIMIT_LABELS[kind]}为 ${result[kind.toLowerCase() as Lowercase<typeof kind>]}，上限为 ${QUERY_LIMITS[kind.toLowerCase() as Lowercase<typeof kind>]}（QUERY_TOO_${kind.toUpperCase()}）`,
  },
  defaultFieldNullability: false,
  scopeAuth: {
    authScopes: (ctx) => ({
      signedIn: ctx.viewer !== null,
      admin: ctx.viewer?.role === "ADMIN",
      editorOf: (codes) => canEditCommunities(ctx.db, ctx.viewer, codes),
      editorOfDisclosure: async (id) => editorOfRecord(ctx, await targetCommunityCodes(ctx.db, id)),
      editorOfFeeItem: async (id) => {
        const code = await feeItemCommunityCode(ctx.db, id);
        return editorOfRecord(ctx, code === null ? null : [code]);
      },
      countyEditorOf: (countyCode) => isCountyEditorOf(ctx.db, ctx.viewer, countyCode),
      countyEditorOfEmployer: async (id) => {
        const employer = await ctx.db.employer.findUnique({ where: { id }, select: { county: { select: { code: true } } } });
        return employer ? isCountyEditorOf(ctx.db, ctx.viewer, employer.county.code) : editorOfRecord(ctx, null);
      },
      editorInCounty: (countyCode) => editsInCounty(ctx.db, ctx.viewer, countyCode),
      editorOfPosting: async (id) => editorOfRecord(ctx, await postingCommunityCodes(ctx.db, id)),
      editorOfCourse: async (id) => editorOfRecord(ctx, await courseCommunityCodes(ctx.db, id)),
      financeEditor: async (ref) => {
        const code = await financeCommunityCode(ctx.db, ref);
        return editorOfRecord(ctx, code === null ? null : [code]);
      },
      // Unknown records are let through for committee members too, so the service can name the field.
      financeReviewer: async (ref) => {
        const code = await financeCommunityCode(ctx.db, ref);
        return code === null ? ctx.viewer?.role === "SUPERVISOR" : isSupervisorOf(ctx.db, ctx.viewer, code);
      },
    }),
    unauthorizedError: (_parent, ctx) => (ctx.viewer ? new ForbiddenError() : new UnauthenticatedError()),
  },
  prisma: {
    client: (ctx) => ctx.db,
    dmmf: getDatamodel(),
    exposeDescriptions: false,
    filterConnectionTotalCount: true,
    maxConnectionSize: MAX_PAGE_SIZE,
    defaultConnectionSize: 20,
    onUnusedQuery: null,
  },
  relay: {
    cursorType: "String",
    clientMutationId: "omit",
  },
  errors: {
    defaultTypes: [],
  },
});

/** The builder's type parameters, for helpers that build fields outside a `fields` callback. */
export type SchemaTypesOf<B> = B extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

builder.scalarType("DateTime", {
  description: "An instant, as an ISO 8601 string in UTC",
  serialize: (d) => d.toISOString(),
  parseValue: (v) => {
    const d = new Date(String(v));
    if (Number.isNaN(d.getTime())) throw new TypeError("DateTime must be an ISO 8601 string");
    return d;
  },
});

builder.queryType({});
builder.mutationType({});

/**
 * The selection Pothos hands a resolver, made safe to pass to Prisma: a request that asks only for
 * `__typename` yields an empty `select`, which Prisma refuses.
 */
export function selection<Q extends { select?: object | null; include?: object | null }>(query: Q): Q {
  if (query.select && Object.keys(query.select).length === 0) {
    const { select: _, ...rest } = query;
    return rest as Q;
  }
  return query;
}

/** Enum values whose descriptions are their Chinese labels, from a `{ CODE: "标签" }` map. */
export const labelledValues = <K extends string>(labels: Record<K, string>) =>
  Object.fromEntries(Object.entries(labels).map(([k, v]) => [k, { description: v as string }])) as Record<
    K,
    { description: string }
  >;

/** Drops input keys the client did not send, so "omitted" and "null" stay different for services. */
export const sentFields = <T extends object>(input: T) =>
  Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
