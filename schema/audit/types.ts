import { builder } from "../builder.ts";

const AuditOutcome = builder.enumType("AuditOutcome", {
  values: ["OK", "UNAUTHENTICATED", "FORBIDDEN", "INVALID", "CONFLICT", "NOT_FOUND", "ERROR"] as const,
});

builder.prismaObject("AuditEntry", {
  description: "One mutation call, allowed or refused",
  fields: (t) => ({
    id: t.exposeID("id"),
    at: t.expose("at", { type: "DateTime" }),
    action: t.exposeString("action", { description: "The mutation's name" }),
    recordId: t.exposeString("recordId", { nullable: true }),
    outcome: t.expose("outcome", { type: AuditOutcome }),
    errorCode: t.exposeString("errorCode", { nullable: true }),
    detail: t.exposeString("detail", { nullable: true, description: "The call's arguments, as JSON" }),
    userName: t.string({
      nullable: true,
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
    args: { action: t.arg.string(), recordId: t.arg.string() },
    resolve: (query, _root, { action, recordId }, ctx) =>
      ctx.db.auditEntry.findMany({
        ...query,
        where: { ...(action ? { action } : {}), ...(recordId ? { recordId } : {}) },
        orderBy: [{ at: "desc" }, { id: "desc" }],
      }),
  }),
}));
