import SchemaBuilder from "@pothos/core";
import ComplexityPlugin from "@pothos/plugin-complexity";
import ErrorsPlugin from "@pothos/plugin-errors";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin from "@pothos/plugin-relay";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import { canEditCommunities, editsInCounty, isCountyEditorOf, isSupervisorOf } from "../api/auth/viewer.ts";
import type { Context } from "../api/context.ts";
import type PrismaTypes from "../api/db/generated/pothos-types.ts";
import { getDatamodel } from "../api/db/generated/pothos-types.ts";
import { ForbiddenError, UnauthenticatedError } from "../api/errors.ts";

/** Largest page any connection returns, whatever `first` asks for. */
export const MAX_PAGE_SIZE = 100;

/**
 * What one public request may ask for. The portal's own page queries stay well inside these
 * (see test/api/limits.test.ts); a query built to exhaust the server does not.
 */
export const QUERY_LIMITS = { depth: 10, breadth: 200, complexity: 20_000 } as const;

const LIMIT_LABELS = { Depth: "嵌套层数", Breadth: "字段数量", Complexity: "复杂度" } as const;

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  DefaultFieldNullability: false;
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    // graphql-js hands resolvers every ID argument as a string, whatever literal the client sent.
    ID: { Input: string; Output: string };
  };
  /**
   * Generic scopes only: a field that guards an existing record looks up that record's communities
   * (or county) itself, beside the field, and passes them here. `null` stands for "no such record":
   * callers who could hold the scope are let through, so the service answers NOT_FOUND or names the
   * field rather than a misleading FORBIDDEN.
   */
  AuthScopes: {
    /** Any valid token. */
    signedIn: boolean;
    admin: boolean;
    /** May edit records published in every one of these communities (codes). */
    editorOf: readonly string[] | null;
    /** An admin, or a county editor of this county (code). */
    countyEditorOf: string | null;
    /** Any editor working in this county (code). */
    editorInCounty: string;
    /** A member of this community's supervision committee (code), signed in with their own token. */
    supervisorOf: string | null;
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
    authScopes: (ctx) => {
      const wouldEdit = ctx.viewer !== null && ctx.viewer.role !== "SUPERVISOR";
      return {
        signedIn: ctx.viewer !== null,
        admin: ctx.viewer?.role === "ADMIN",
        editorOf: (codes) => (codes === null ? wouldEdit : canEditCommunities(ctx.db, ctx.viewer, codes)),
        countyEditorOf: (county) => (county === null ? wouldEdit : isCountyEditorOf(ctx.db, ctx.viewer, county)),
        editorInCounty: (county) => editsInCounty(ctx.db, ctx.viewer, county),
        supervisorOf: (code) => (code === null ? ctx.viewer?.role === "SUPERVISOR" : isSupervisorOf(ctx.db, ctx.viewer, code)),
      };
    },
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
export const sentFields = <T extends object>(input: T): T =>
  Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as T;
