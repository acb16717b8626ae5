import { ApolloServerErrorCode, unwrapResolverError } from "@apollo/server/errors";
import type { ErrorRequestHandler, Response } from "express";
import type { GraphQLFormattedError } from "graphql";
import { asDomainError } from "../errors.ts";

/** A refusal answered before GraphQL runs: the same `errors` shape clients already read, never a stack. */
export function refuse(res: Response, status: number, code: string, message: string, headers: Record<string, string> = {}) {
  res
    .set(headers)
    .status(status)
    .json({ errors: [{ message, extensions: { code } }] });
}

/** One line per refused or failed request: enough to see an attack in the log without a stack per request. */
export function logRefusal(status: number, code: string, detail: string) {
  console.warn(`[sunboard] ${status} ${code} ${detail.replace(/\s+/g, " ").slice(0, 200)}`);
}

const CHINESE = {
  [ApolloServerErrorCode.GRAPHQL_PARSE_FAILED]: "查询语法错误",
  [ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED]: "查询不符合接口定义",
  [ApolloServerErrorCode.BAD_USER_INPUT]: "参数不正确",
  [ApolloServerErrorCode.BAD_REQUEST]: "请求格式不正确",
  [ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE]: "无法确定要执行的操作",
  [ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND]: "不支持持久化查询",
  [ApolloServerErrorCode.PERSISTED_QUERY_NOT_SUPPORTED]: "不支持持久化查询",
  INTROSPECTION_DISABLED: "本服务器已关闭接口自省",
} as Record<string, string>;

/**
 * What a caller may see of an error: a stable code and a Chinese message; the path and locations
 * of a GraphQL error, but never a stack trace, a file path or an internal message.
 */
export function formatError(debug: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    if (debug) return formatted;
    const { path, locations } = formatted;
    const where = { ...(path ? { path } : {}), ...(locations ? { locations } : {}) };
    const domain = asDomainError(unwrapResolverError(error));
    if (domain) return { message: domain.message, ...where, extensions: { code: domain.code } };
    const limit = /（(QUERY_TOO_[A-Z]+)）$/.exec(formatted.message);
    if (limit?.[1]) return { message: formatted.message, ...where, extensions: { code: limit[1] } };
    const code = String(formatted.extensions?.code ?? ApolloServerErrorCode.INTERNAL_SERVER_ERROR);
    const label = CHINESE[code];
    if (label) {
      // graphql-js explains what is wrong with the query itself (a field that does not exist …); that names no file.
      return { message: `${label}：${formatted.message}`, ...where, extensions: { code } };
    }
    const cause = unwrapResolverError(error);
    // Prisma's message opens with the call site and a code frame; its cause is on the last line.
    const detail = `${prismaCode(cause) ?? ""} ${lastLine(formatted.message)}`.trim();
    if (isBusy(cause)) {
      logRefusal(503, "BUSY", detail);
      return { message: "服务器繁忙，没有保存任何内容，请稍后再试", ...where, extensions: { code: "BUSY" } };
    }
    logRefusal(500, code, detail);
    return { message: "服务器内部错误，请稍后再试", ...where, extensions: { code: ApolloServerErrorCode.INTERNAL_SERVER_ERROR } };
  };
}

function prismaCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && /^P\d{4}$/.test(code) ? code : undefined;
}

function lastLine(message: string): string {
  return message.trim().split("\n").at(-1) ?? message;
}

/**
 * A write that ran out of time waiting for the database (Prisma P1008: SQLite's wait for its write
 * lock ran out; P2028: the transaction expired or could not start; P2034: a write conflict or
 * deadlock). Its transaction was rolled back, so the caller may simply try again: a stable code
 * says so.
 */
function isBusy(error: unknown): boolean {
  const code = prismaCode(error);
  if (code === "P1008" || code === "P2028" || code === "P2034") return true;
  return /SQLITE_BUSY|database is locked/.test(String((error as Error | null)?.message ?? ""));
}

/** Express's last word on a request that failed before GraphQL: malformed JSON, an oversized body … */
export const httpErrorHandler: ErrorRequestHandler = (error, _req, res, _next) => {
  // Already answered (the time budget's 503 went out before a late answer): one line, no stack.
  if (res.headersSent) return logRefusal(res.statusCode, "LATE_ANSWER", String(error?.message ?? error));
  const status = typeof error?.status === "number" && error.status >= 400 && error.status < 500 ? error.status : 500;
  const [code, message] =
    status === 413
      ? ["PAYLOAD_TOO_LARGE", "请求体过大"]
      : error?.type === "entity.parse.failed"
        ? ["BAD_REQUEST", "请求体不是合法的 JSON"]
        : status < 500
          ? ["BAD_REQUEST", "请求格式不正确"]
          : ["INTERNAL_SERVER_ERROR", "服务器内部错误，请稍后再试"];
  logRefusal(status, code, String(error?.message ?? error));
  refuse(res, status, code, message);
};
