/** @jsxImportSource react */
/** @jsxRuntime automatic */
import type { Request, Response } from "express";
import type { Db } from "../db/client.ts";
import { acceptInvite, type CredentialIssue, openInvite } from "./accounts.ts";
import { showLogin } from "./login.tsx";
import { Field, Layout, sendPage, sendProblem } from "./page.tsx";
import { MIN_PASSWORD_LENGTH } from "./passwords.ts";
import { text } from "./staff.ts";

/**
 * The invitation link itself is the secret, so the form needs no CSRF token of its own: a page
 * elsewhere cannot know it.
 */
function InvitePage({
  token,
  name,
  username,
  issues,
}: {
  token: string;
  name: string;
  username: string;
  issues: CredentialIssue[];
}) {
  const errorOf = (field: CredentialIssue["field"]) => issues.find((i) => i.field === field)?.message;
  return (
    <Layout title="设置登录账号" chrome={{}}>
      <p>{name}，您好。请设置登录工作台所用的用户名和密码。这个链接只能使用一次。</p>
      <form method="post" action={`/staff/invite/${token}`}>
        <Field name="username" label="用户名" hint="3 到 32 位字母、数字、下划线、点或连字符" error={errorOf("username")}>
          {(props) => <input {...props} autoComplete="username" required defaultValue={username} />}
        </Field>
        <Field name="password" label="密码" hint={`至少 ${MIN_PASSWORD_LENGTH} 位`} error={errorOf("password")}>
          {(props) => <input {...props} type="password" autoComplete="new-password" required />}
        </Field>
        <div className="ws-actions">
          <button type="submit">保存并去登录</button>
        </div>
      </form>
    </Layout>
  );
}

const EXPIRED = "这个邀请链接无效、已使用或已过期，请联系平台管理员重新邀请。";

export async function showInvite(db: Db, req: Request, res: Response) {
  const token = String(req.params.token);
  const open = await openInvite(db, token);
  if (!open) return sendProblem(res, 404, EXPIRED);
  sendPage(res, <InvitePage token={token} name={open.user.name} username="" issues={[]} />);
}

export async function handleInvite(db: Db, req: Request, res: Response) {
  const token = String(req.params.token);
  const open = await openInvite(db, token);
  if (!open) return sendProblem(res, 404, EXPIRED);
  const username = text(req.body, "username");
  const issues = await acceptInvite(db, token, { username, password: text(req.body, "password") });
  if (issues === null) return sendProblem(res, 404, EXPIRED);
  if (issues.length)
    return sendPage(res, <InvitePage token={token} name={open.user.name} username={username} issues={issues} />, 400);
  showLogin(req, res, { username: username.trim(), notice: "账号已设置，请登录。" });
}
