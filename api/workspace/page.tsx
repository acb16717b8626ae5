/** @jsxImportSource react */
/** @jsxRuntime automatic */
import type { Response } from "express";
import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import type { Role } from "../db/generated/client.ts";

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: "平台管理员",
  COUNTY_EDITOR: "县级编辑",
  COMMUNITY_EDITOR: "社区编辑",
  SUPERVISOR: "居务监督委员会成员",
};

export interface Chrome {
  /** The signed-in user's name and role, with the sign-out form; absent on the sign-in pages. */
  user?: { name: string; role: Role; csrfToken: string };
}

/** Every workspace page: the portal's stylesheet and tokens, a header with who is signed in, no script. */
export function Layout({ title, chrome, children }: { title: string; chrome: Chrome; children: ReactNode }) {
  return (
    <html lang="zh-CN">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{`${title} · 工作台 · 阳光公示栏`}</title>
        <link rel="stylesheet" href="/staff/assets/global.css" />
        <link rel="stylesheet" href="/staff/assets/workspace.css" />
      </head>
      <body>
        <header className="ws-header">
          <a href="/staff/" className="ws-brand">
            阳光公示栏 · 工作台
          </a>
          {chrome.user && (
            <form method="post" action="/staff/logout" className="ws-user">
              <span>
                {chrome.user.name}（{ROLE_LABELS[chrome.user.role]}）
              </span>
              <CsrfField token={chrome.user.csrfToken} />
              <button type="submit" className="ws-link-button">
                退出登录
              </button>
            </form>
          )}
        </header>
        <main className="ws-main">
          <h1>{title}</h1>
          {children}
        </main>
      </body>
    </html>
  );
}

export function CsrfField({ token }: { token: string }) {
  return <input type="hidden" name="_csrf" value={token} />;
}

/** A labelled input whose error, when the API named this field, sits right under it and is tied to it for screen readers. */
export function Field({
  name,
  label,
  error,
  hint,
  children,
}: {
  name: string;
  label: string;
  error?: string | undefined;
  hint?: string;
  children: (props: { id: string; name: string; "aria-describedby"?: string; "aria-invalid"?: true }) => ReactNode;
}) {
  const id = `f-${name}`;
  const described = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ");
  return (
    <div className={error ? "ws-field ws-field-error" : "ws-field"}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="ws-hint">
          {hint}
        </p>
      )}
      {children({
        id,
        name,
        ...(described ? { "aria-describedby": described } : {}),
        ...(error ? { "aria-invalid": true } : {}),
      })}
      {error && (
        <p id={`${id}-error`} className="ws-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** A message for the whole form: an error no field owns, or the outcome of the last action. */
export function Notice({ tone, children }: { tone: "error" | "ok"; children: ReactNode }) {
  return (
    <p className={`ws-notice ws-notice-${tone}`} role={tone === "error" ? "alert" : "status"}>
      {children}
    </p>
  );
}

/** A disclosure body as residents see it: HTML from renderMarkdown, which sanitizes it with an allow-list. */
export function SanitizedHtml({ html }: { html: string }) {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: only renderMarkdown's sanitized output reaches here
  return <div className="ws-preview" dangerouslySetInnerHTML={{ __html: html }} />;
}

export function sendPage(res: Response, element: ReactNode, status = 200): void {
  res
    .status(status)
    .set("cache-control", "no-store")
    .type("html")
    .send(`<!doctype html>${renderToStaticMarkup(element)}`);
}

/** A refusal or failure as a page in Chinese; never a stack trace. */
export function sendProblem(res: Response, status: number, message: string, chrome: Chrome = {}): void {
  const titles: Record<number, string> = { 403: "无权操作", 404: "页面不存在", 500: "出错了" };
  sendPage(
    res,
    <Layout title={titles[status] ?? "无法完成"} chrome={chrome}>
      <p>{message}</p>
      <p>
        <a href="/staff/">返回工作台首页</a>
      </p>
    </Layout>,
    status,
  );
}
