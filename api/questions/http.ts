import express, { type Request, type RequestHandler, type Response, Router } from "express";
import { ipKeyGenerator, rateLimit } from "express-rate-limit";
import { writeAudit } from "../audit/log.ts";
import type { Db } from "../db/client.ts";
import { asDomainError, type FieldIssue, ValidationError } from "../errors.ts";
import { logRefusal, refuse } from "../http/errors.ts";
import { askQuestion } from "./service.ts";
import { questionSettings } from "./settings.ts";
import { dueOnOf } from "./status.ts";

/** The form's field names, as residents read them on an error page. */
const FIELD_LABELS: Record<string, string> = {
  text: "问题内容",
  name: "称呼",
  contact: "联系方式",
  subjectKind: "质询对象类型",
  subjectId: "质询对象",
  subject: "质询对象",
  communityCode: "社区",
};

/** The honeypot: a field people never see or fill (hidden by the page's CSS); bots fill every field. */
export const HONEYPOT_FIELD = "website";

const html = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string);

/** Where "back" may lead: a path of this site only. */
const safeBack = (value: unknown) => (typeof value === "string" && /^\/(?!\/)[^\s\\]*$/.test(value) ? value : "/");

function page(res: Response, status: number, title: string, body: string) {
  res
    .status(status)
    .type("html")
    .send(
      `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${html(title)} - 阳光公示栏</title><style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:1rem auto;padding:0 1rem;line-height:1.6}li{margin:.25rem 0}a{color:#0645ad}</style></head><body><main><h1>${html(title)}</h1>${body}</main></body></html>`,
    );
}

function problemsPage(res: Response, status: number, issues: FieldIssue[], back: string) {
  const items = issues
    .map((i) => `<li><strong>${html(FIELD_LABELS[i.field] ?? i.field)}</strong>：${html(i.message)}</li>`)
    .join("");
  page(
    res,
    status,
    "问题未能提交",
    `<p>您的问题没有保存，请修改以下内容后重新提交：</p><ul>${items}</ul><p><a href="${html(back)}">返回上一页重新填写</a></p>`,
  );
}

/**
 * Questions one address may send per hour, counted together for the form and for askQuestion in
 * the API. The form gets a Chinese page, the API the usual 429 refusal; both name the wait.
 */
export function questionLimit(): RequestHandler {
  const { perAddressPerHour } = questionSettings();
  if (perAddressPerHour === 0) return (_req, _res, next) => next();
  const windowMs = 60 * 60 * 1000;
  return rateLimit({
    windowMs,
    limit: perAddressPerHour,
    standardHeaders: "draft-8",
    legacyHeaders: false,
    keyGenerator: (req) => ipKeyGenerator(req.ip ?? ""),
    handler: (req, res) => {
      const info = (req as Request & { rateLimit?: { resetTime?: Date } }).rateLimit;
      const seconds = Math.max(1, Math.ceil(((info?.resetTime?.getTime() ?? Date.now() + windowMs) - Date.now()) / 1000));
      const minutes = Math.ceil(seconds / 60);
      logRefusal(429, "RATE_LIMITED", `${req.ip} questions`);
      const message = `提问过于频繁：同一网络每小时最多提交 ${perAddressPerHour} 个问题，请 ${minutes} 分钟后再试`;
      if (req.is("application/x-www-form-urlencoded")) {
        res.set("Retry-After", String(seconds));
        problemsPage(res, 429, [{ field: "text", message }], safeBack(req.body?.back));
      } else refuse(res, 429, "RATE_LIMITED", message, { "Retry-After": String(seconds) });
    },
  });
}

/**
 * For the GraphQL route: counts a mutation that asks a question against the same limit. One
 * question per request, so aliases cannot ask many under one count.
 */
export function questionLimitForGraphql(limit: RequestHandler): RequestHandler {
  return (req, res, next) => {
    const query = typeof req.body?.query === "string" ? req.body.query : "";
    if (!(res.locals as { isWrite?: boolean }).isWrite) return next();
    const asks = query.match(/\baskQuestion\b/g)?.length ?? 0;
    if (asks > 1) {
      logRefusal(400, "ONE_QUESTION_PER_REQUEST", String(req.ip));
      return refuse(res, 400, "ONE_QUESTION_PER_REQUEST", "一次请求只能提交一个问题（askQuestion）");
    }
    if (asks === 1) return limit(req, res, next);
    next();
  };
}

/**
 * The question form of every record's page, posted without JavaScript: POST /questions with a
 * urlencoded body. Success answers 303 to a confirmation page; a refusal answers a Chinese page
 * naming each field's problem, with a link back. Nothing is stored unless everything is right.
 */
export function questionRoutes(db: Db, limit: RequestHandler): Router {
  const router = Router();
  router.post(
    "/questions",
    express.urlencoded({ extended: false, limit: "16kb", parameterLimit: 20 }),
    (req, res, next) => {
      if (!req.is("application/x-www-form-urlencoded")) {
        return problemsPage(res, 415, [{ field: "text", message: "请通过页面上的表单提交问题" }], "/");
      }
      next();
    },
    limit,
    async (req, res, next) => {
      const body = (req.body ?? {}) as Record<string, unknown>;
      const back = safeBack(body.back);
      if (typeof body[HONEYPOT_FIELD] === "string" && body[HONEYPOT_FIELD] !== "") {
        // Answered like a success so a bot learns nothing; nothing is stored.
        logRefusal(303, "HONEYPOT", String(req.ip));
        return res.redirect(303, "/questions/received/");
      }
      const text = (key: string) => (typeof body[key] === "string" ? (body[key] as string) : undefined);
      // A page about several records (a list and each of its rows) lets the asker pick one:
      // `subject` = KIND:id then names the record instead of the page's own.
      const [pickedKind, pickedId] = /^[A-Z_]+:[^:\s]+$/.test(text("subject") ?? "") ? (text("subject") ?? "").split(":") : [];
      const args = {
        subjectKind: pickedKind ?? text("subjectKind") ?? "",
        subjectId: pickedId ?? text("subjectId") ?? "",
        communityCode: text("communityCode"),
        text: text("text") ?? "",
        name: body.anonymous === "on" ? undefined : text("name"),
        contact: text("contact"),
      };
      const audited = { ...args, via: "form" };
      try {
        const q = await askQuestion(db, null, args, new Date(), "");
        await writeAudit({ db, viewer: null }, { action: "askQuestion", args: audited, result: q, error: null });
        res.redirect(303, `/questions/received/?id=${encodeURIComponent(q.id)}&back=${encodeURIComponent(back)}`);
      } catch (error) {
        const domain = asDomainError(error);
        if (!(domain instanceof ValidationError)) return next(error);
        await writeAudit({ db, viewer: null }, { action: "askQuestion", args: audited, result: null, error });
        problemsPage(res, 400, domain.issues, back);
      }
    },
  );
  router.get("/questions/received/", async (req, res) => {
    const id = typeof req.query.id === "string" ? req.query.id : "";
    const back = safeBack(req.query.back);
    const q = id ? await db.question.findUnique({ where: { id }, select: { id: true, askedAt: true } }) : null;
    const due = q
      ? `<p>问题编号：<code>${html(q.id)}</code>。社区应在 <strong>${dueOnOf(q)}</strong> 前答复（${questionSettings().answerWorkingDays} 个工作日内）。</p>`
      : "";
    page(
      res,
      200,
      "问题已收到",
      `<p>谢谢您的提问。问题经社区审核后与答复一并公开；包含辱骂或个人隐私的内容会被隐藏，并公开隐藏原因。您留下的联系方式不会公开。</p>${due}<p>页面每天更新一次，答复后即时更新。</p><p><a href="${html(back)}">返回原页面</a></p>`,
    );
  });
  return router;
}
