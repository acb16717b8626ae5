import { createHash } from "node:crypto";
import type { Context } from "../context.ts";
import type { AuditOutcome } from "../db/generated/client.ts";
import { asDomainError } from "../errors.ts";

/** What happened to one mutation field, as the audit log records it. */
export interface AuditEvent {
  action: string;
  args: Record<string, unknown>;
  result: unknown;
  error: unknown;
}

const OUTCOMES: Record<string, AuditOutcome> = {
  UNAUTHENTICATED: "UNAUTHENTICATED",
  FORBIDDEN: "FORBIDDEN",
  VALIDATION_FAILED: "INVALID",
  NOT_FOUND: "NOT_FOUND",
};

function outcomeOf(value: unknown): { outcome: AuditOutcome; errorCode: string | null } {
  const domain = asDomainError(value);
  if (domain) return { outcome: OUTCOMES[domain.code] ?? "CONFLICT", errorCode: domain.code };
  if (value instanceof Error) return { outcome: "ERROR", errorCode: value.name };
  return { outcome: "OK", errorCode: null };
}

/** The record a mutation touched: the one it returned, else the `id` it was called with. */
function recordIdOf(args: Record<string, unknown>, result: unknown): string | null {
  if (result && typeof result === "object" && "id" in result && typeof result.id === "string") return result.id;
  return typeof args.id === "string" ? args.id : null;
}

/** Uploads, kept as their size and SHA-256: that identifies them without copying them into the log. */
const FILE_KEYS = new Set(["contentBase64", "dataBase64"]);

/**
 * What the log never keeps, even for admins: a resident's private contact and ID number (the
 * welfare programme keeps only a keyed digest of it, which a copy here would defeat).
 */
const PRIVATE_KEYS = new Set(["contact", "residentId"]);

/** The call's arguments as recorded: files and very long text as size and hash, private data withheld. */
function recordedArgs(args: Record<string, unknown>): string {
  return JSON.stringify(args, (key, value) => {
    if (typeof value !== "string") return value;
    if (PRIVATE_KEYS.has(key)) return value ? "<withheld>" : value;
    return FILE_KEYS.has(key) || value.length > 4000
      ? `<${value.length} chars, sha256 ${createHash("sha256").update(value).digest("hex")}>`
      : value;
  });
}

export async function writeAudit(ctx: Context, event: AuditEvent): Promise<void> {
  const value = event.error ?? event.result;
  const { outcome, errorCode } = outcomeOf(value);
  await ctx.db.auditEntry.create({
    data: {
      action: event.action,
      userId: ctx.viewer?.userId ?? null,
      tokenId: ctx.viewer?.tokenId ?? null,
      sessionId: ctx.viewer?.sessionId ?? null,
      recordId: recordIdOf(event.args, asDomainError(value) || value instanceof Error ? null : value),
      outcome,
      errorCode,
      detail: recordedArgs(event.args),
    },
  });
}
