import { auditWhere } from "../../api/audit/filter.ts";
import { builder } from "../builder.ts";

const AuditOutcome = builder.enumType("AuditOutcome", {
  description: "How a call ended",
  values: {
    OK: { description: "Done" },
    UNAUTHENTICATED: { description: "No valid token or session (including wrong passwords)" },
    FORBIDDEN: { description: "The caller's role or communities do not allow it" },
    INVALID: { description: "Refused input; nothing written" },
    CONFLICT: { description: "The record's state did not allow it" },
    NOT_FOUND: { description: "No such record" },
    ERROR: { description: "A fault on the server" },
  },
});

builder.prismaObject("AuditEntry", {
  description: "One mutation call, allowed or refused",
  fields: (t) => ({
    id: t.exposeID("id", { description: "Stable id" }),
    at: t.expose("at", { type: "DateTime", description: "When the call was made" }),
    action: t.exposeString("action", { description: "The mutation's name" }),
    recordId: t.exposeString("recordId", { nullable: true, description: "The record it touched, when known" }),
    outcome: t.expose("outcome", { type: AuditOutcome, description: "How it ended" }),
    errorCode: t.exposeString("errorCode", { nullable: true, description: "The refusal's code, when refused" }),
    detail: t.exposeString("detail", { nullable: true, description: "The call's arguments, as JSON" }),
    userName: t.string({
      nullable: true,
      description: "Who called: the account's name; null for a sign-in attempt under an unknown user name",
      select: { user: { select: { name: true } } },
      resolve: (e) => e.user?.name ?? null,
    }),
  }),
});

builder.queryFields((t) => ({
  auditLog: t.prismaConnection({
    type: "AuditEntry",
    cursor: "id",
    description: "The audit log, newest first; platform admins only",
    authScopes: { admin: true },
    args: {
      action: t.arg.string({ description: "Only calls of this mutation (e.g. publishDisclosure)" }),
      recordId: t.arg.string({ description: "Only calls that touched this record" }),
      userId: t.arg.id({ description: "Only calls by this account" }),
      communityCode: t.arg.string({
        description: "Only calls by an account attached to this community, or whose arguments name its code",
      }),
      since: t.arg({ type: "DateTime", description: "Only calls at or after this instant" }),
      until: t.arg({ type: "DateTime", description: "Only calls before this instant" }),
    },
    resolve: (query, _root, filter, ctx) =>
      ctx.db.auditEntry.findMany({ ...query, where: auditWhere(filter), orderBy: [{ at: "desc" }, { id: "desc" }] }),
  }),
}));
