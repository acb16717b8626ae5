/** @jsxImportSource react */
/** @jsxRuntime automatic */
import { randomBytes } from "node:crypto";
import type { Request, Response } from "express";
import type { Db } from "../db/client.ts";
import { CsrfField, Field, Layout, Notice, sendPage } from "./page.tsx";
import { cookieOptions, cookieValue, openSession, sameSecret } from "./sessions.ts";
import { type SignInOutcome, signIn } from "./signin.ts";
import { text } from "./staff.ts";

/**
 * The sign-in form has no session yet, so its CSRF token is a double-submit pair: a random value
 * in a SameSite=Strict cookie and the same value in the form. Another site can do neither.
 */
const LOGIN_COOKIE = "sunboard_login";

const REFUSALS: Record<Exclude<SignInOutcome, { ok: true }>["reason"], string> = {
  WRONG: "用户名或密码不正确。",
  LOCKED: "密码连续输错次数过多，账号已暂时锁定，请 15 分钟后再试，或联系管理员。",
  ADDRESS_LIMIT: "这台设备登录失败次数过多，请 15 分钟后再试。",
};

function LoginPage({ csrf, username, error, notice }: { csrf: string; username?: string; error?: string; notice?: string }) {
  return (
    <Layout title="登录工作台" chrome={{}}>
      {notice && <Notice tone="ok">{notice}</Notice>}
      {error && <Notice tone="error">{error}</Notice>}
      <form method="post" action="/staff/login">
        <CsrfField token={csrf} />
        <Field name="username" label="用户名">
          {(props) => <input {...props} autoComplete="username" required defaultValue={username} />}
        </Field>
        <Field name="password" label="密码">
          {(props) => <input {...props} type="password" autoComplete="current-password" required />}
        </Field>
        <div className="ws-actions">
          <button type="submit">登录</button>
        </div>
      </form>
      <p className="ws-hint">没有账号或忘记密码，请联系平台管理员发送邀请链接。</p>
    </Layout>
  );
}

export function showLogin(
  req: Request,
  res: Response,
  extra: { username?: string; error?: string; notice?: string } = {},
  status = 200,
) {
  const csrf = randomBytes(24).toString("base64url");
  res.cookie(LOGIN_COOKIE, csrf, cookieOptions(req));
  sendPage(res, <LoginPage csrf={csrf} {...extra} />, status);
}

export async function handleLogin(db: Db, req: Request, res: Response): Promise<void> {
  const expected = cookieValue(req, LOGIN_COOKIE);
  if (!expected || !sameSecret(text(req.body, "_csrf"), expected)) {
    showLogin(req, res, { error: "表单已过期，请重新登录。" }, 403);
    return;
  }
  const username = text(req.body, "username").trim();
  const outcome = await signIn(db, username, text(req.body, "password"), req.ip ?? "unknown");
  if (!outcome.ok) {
    showLogin(req, res, { username, error: REFUSALS[outcome.reason] }, outcome.reason === "WRONG" ? 401 : 429);
    return;
  }
  res.clearCookie(LOGIN_COOKIE, cookieOptions(req));
  await openSession(db, req, res, outcome.userId);
  res.redirect(303, "/staff/");
}
