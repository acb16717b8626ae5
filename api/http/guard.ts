import { createHash } from "node:crypto";
import express, { type Request, type RequestHandler, type Response } from "express";
import { ipKeyGenerator, rateLimit } from "express-rate-limit";
import { type DocumentNode, Kind, parse } from "graphql";
import { type Viewer, viewerFromAuthorization } from "../auth/viewer.ts";
import type { Db } from "../db/client.ts";
import { logRefusal, refuse } from "./errors.ts";
import { measureDocument } from "./measure.ts";
import type { HttpSettings } from "./settings.ts";

/** What the guard learned about a request, for the handlers after it. */
interface Checked {
  viewer?: Viewer | null;
  isWrite?: boolean;
}
const checked = (res: Response): Checked => res.locals as Checked;

/** The token's holder, looked up once before the body is read: signed-in staff may upload spreadsheets. */
export function resolveViewer(db: Db): RequestHandler {
  return async (req, res, next) => {
    try {
      checked(res).viewer = req.headers.authorization ? await viewerFromAuthorization(db, req.headers.authorization) : null;
      next();
    } catch (error) {
      next(error);
    }
  };
}

export const viewerOf = (res: Response): Viewer | null => checked(res).viewer ?? null;

/** Whether the request's operation is a mutation (known once queryWithinLimits has parsed it). */
export const isWriteOf = (res: Response): boolean => checked(res).isWrite ?? false;

/**
 * Reads the JSON body within the caller's limit. The declared length is checked before a byte is
 * read, so an oversized anonymous body is refused at once with 413.
 */
export function bodyWithinLimit(settings: HttpSettings): RequestHandler {
  const publicJson = express.json({ limit: settings.publicBodyBytes });
  const signedInJson = express.json({ limit: settings.signedInBodyBytes });
  return (req, res, next) => (viewerOf(res) ? signedInJson : publicJson)(req, res, next);
}

function queryOf(req: Request): { query?: unknown; operationName?: unknown } {
  if (req.method === "GET") return req.query;
  return typeof req.body === "object" && req.body !== null && !Array.isArray(req.body) ? req.body : {};
}

function isMutation(document: DocumentNode, operationName: unknown): boolean {
  return document.definitions.some(
    (d) =>
      d.kind === Kind.OPERATION_DEFINITION &&
      d.operation === "mutation" &&
      (typeof operationName !== "string" || d.name?.value === operationName),
  );
}

/**
 * Measures the GraphQL document before validation or execution: parsing stops after `maxTokens`
 * tokens, then fields (aliases and `__typename` included, fragments expanded) and depth are counted
 * on the syntax tree. Work on an oversized query is bounded by the limits, not by its size.
 */
export function queryWithinLimits(settings: HttpSettings): RequestHandler {
  return (req, res, next) => {
    const { query, operationName } = queryOf(req);
    if (typeof query !== "string") return next();
    let document: DocumentNode;
    try {
      document = parse(query, { maxTokens: settings.maxTokens, noLocation: true });
    } catch (error) {
      // graphql-js words it "contains more that N tokens".
      const tooLong = /contains more th\w+ \d+ tokens/.test(String((error as Error)?.message));
      if (!tooLong) return next(); // a plain syntax error: Apollo answers it with its location
      logRefusal(400, "QUERY_TOO_LARGE", `${req.ip} tokens>${settings.maxTokens}`);
      return refuse(res, 400, "QUERY_TOO_LARGE", `查询过大：超过 ${settings.maxTokens} 个词法单元（QUERY_TOO_LARGE）`);
    }
    const size = measureDocument(document, settings.maxFields);
    if (size.fields > settings.maxFields) {
      logRefusal(400, "QUERY_TOO_LARGE", `${req.ip} fields>${settings.maxFields}`);
      return refuse(
        res,
        400,
        "QUERY_TOO_LARGE",
        `查询过大：字段（含别名和 __typename）超过 ${settings.maxFields} 个（QUERY_TOO_LARGE）`,
      );
    }
    if (size.depth > settings.maxDepth) {
      logRefusal(400, "QUERY_TOO_DEPTH", `${req.ip} depth ${size.depth}`);
      return refuse(
        res,
        400,
        "QUERY_TOO_DEPTH",
        `查询过大：嵌套层数为 ${size.depth}，上限为 ${settings.maxDepth}（QUERY_TOO_DEPTH）`,
      );
    }
    checked(res).isWrite = isMutation(document, operationName);
    next();
  };
}

const tokenKey = (authorization: string) => `token:${createHash("sha256").update(authorization).digest("hex")}`;

function limiter(limit: number, windowMs: number, keyGenerator: (req: Request) => string, what: string): RequestHandler {
  return rateLimit({
    windowMs,
    limit,
    standardHeaders: "draft-8",
    legacyHeaders: false,
    keyGenerator,
    handler: (req, res) => {
      const info = (req as Request & { rateLimit?: { resetTime?: Date } }).rateLimit;
      const seconds = Math.max(1, Math.ceil(((info?.resetTime?.getTime() ?? Date.now() + windowMs) - Date.now()) / 1000));
      logRefusal(429, "RATE_LIMITED", `${req.ip} ${what}`);
      refuse(res, 429, "RATE_LIMITED", `请求过于频繁，请 ${seconds} 秒后再试`, { "Retry-After": String(seconds) });
    },
  });
}

const pass: RequestHandler = (_req, _res, next) => next();

/** GraphQL requests per client address. */
export function readLimit(settings: HttpSettings): RequestHandler {
  if (settings.readsPerMinute === 0) return pass;
  return limiter(settings.readsPerMinute, settings.rateWindowMs, (req) => ipKeyGenerator(req.ip ?? ""), "requests");
}

/** Mutations per token, or per address for callers without one. */
export function writeLimit(settings: HttpSettings): RequestHandler {
  if (settings.writesPerMinute === 0) return pass;
  const limit = limiter(
    settings.writesPerMinute,
    settings.rateWindowMs,
    (req) => (req.headers.authorization ? tokenKey(req.headers.authorization) : ipKeyGenerator(req.ip ?? "")),
    "writes",
  );
  return (req, res, next) => (checked(res).isWrite ? limit(req, res, next) : next());
}

/**
 * Answers 503 when a GraphQL request has not finished within its budget. CPU work is bounded by
 * the limits above (execution on better-sqlite3 never yields to the timer); the budget is for
 * requests that wait, e.g. on a database lock, so a slow answer does not hold a client forever.
 */
export function timeBudget(settings: HttpSettings): RequestHandler {
  return (_req, res, next) => {
    const timer = setTimeout(() => {
      if (res.headersSent) return;
      logRefusal(503, "TIMEOUT", `over ${settings.requestBudgetMs} ms`);
      refuse(res, 503, "TIMEOUT", "服务器繁忙，请稍后再试");
    }, settings.requestBudgetMs);
    res.on("close", () => clearTimeout(timer));
    next();
  };
}
