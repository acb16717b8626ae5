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
    logRefusal(500, code, formatted.message);
    return { message: "服务器内部错误，请稍后再试", ...where, extensions: { code: ApolloServerErrorCode.INTERNAL_SERVER_ERROR } };
  };
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
