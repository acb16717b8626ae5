/** @jsxImportSource react */
/** @jsxRuntime automatic */
import { CommunityChecks } from "../community-checks.tsx";
import type { FormErrors, ResultOf } from "../graphql.ts";
import { type Chrome, CsrfField, Field, Layout, Notice, ROLE_LABELS } from "../page.tsx";
import { shanghaiMinute } from "../time.ts";
import type { Accounts, AuditPage } from "./operations.ts";

type Signed = Chrome & { user: { csrfToken: string } };

export interface NewAccount {
  name: string;
  role: string;
  countyCode: string;
  communityCodes: string[];
}

export const NEW_ACCOUNT_FIELDS = ["name", "role", "countyCode", "communityCodes"] as const;

export interface AccountsForms {
  errors: FormErrors;
  values: NewAccount;
  notice?: string;
  /** A fresh invitation link: shown on this page once, never stored in the clear. */
  link?: string;
}

function AccountItem({ user, token }: { user: ResultOf<typeof Accounts>["users"][number]; token: string }) {
  const scope = user.county?.name ?? user.communities.map((c) => c.name).join("、");
  return (
    <li>
      <p>
        <strong>{user.name}</strong>（{ROLE_LABELS[user.role]}
        {scope && `，${scope}`}）{user.disabled && "，已停用"}
      </p>
      <p>
        {user.hasPassword ? `登录名 ${user.username}` : "尚未设置密码"}；有效会话 {user.activeSessions} 个，API 令牌{" "}
        {user.activeTokens} 个
      </p>
      <div className="ws-actions">
        <form method="post" action={`/staff/admin/users/${user.id}/invite`}>
          <CsrfField token={token} />
          <button type="submit" className="ws-secondary" aria-label={`生成邀请链接：${user.name}`}>
            生成邀请链接
          </button>
        </form>
        {(user.activeSessions > 0 || user.activeTokens > 0) && (
          <form method="post" action={`/staff/admin/users/${user.id}/revoke`}>
            <CsrfField token={token} />
            <button type="submit" aria-label={`撤销全部会话和令牌：${user.name}`}>
              撤销全部会话和令牌
            </button>
          </form>
        )}
      </div>
    </li>
  );
}

export function AccountsPage({ chrome, data, forms }: { chrome: Signed; data: ResultOf<typeof Accounts>; forms: AccountsForms }) {
  const token = chrome.user.csrfToken;
  const { errors, values } = forms;
  return (
    <Layout title="账号管理" chrome={chrome}>
      <p>
        <a href="/staff/admin/audit">查看审计日志</a>
      </p>
      {forms.notice && <Notice tone="ok">{forms.notice}</Notice>}
      {forms.link && (
        <p className="ws-notice">
          邀请链接（只显示这一次，7 天内有效，只能使用一次）：
          <br />
          <code>{forms.link}</code>
        </p>
      )}
      {errors.form && <Notice tone="error">{errors.form}</Notice>}
      <h2>全部账号（{data.users.length}）</h2>
      <ul className="ws-list">
        {data.users.map((u) => (
          <AccountItem key={u.id} user={u} token={token} />
        ))}
      </ul>
      <h2 id="new">新建账号并邀请</h2>
      <p className="ws-hint">居务监督委员会成员的账号随其在委员会名册上的任职创建，不在这里新建。</p>
      <form method="post" action="/staff/admin/users">
        <CsrfField token={token} />
        <Field name="name" label="姓名" error={errors.fields.name}>
          {(props) => <input {...props} required defaultValue={values.name} />}
        </Field>
        <Field name="role" label="角色" error={errors.fields.role}>
          {(props) => (
            <select {...props} defaultValue={values.role}>
              <option value="COMMUNITY_EDITOR">{ROLE_LABELS.COMMUNITY_EDITOR}</option>
              <option value="COUNTY_EDITOR">{ROLE_LABELS.COUNTY_EDITOR}</option>
              <option value="ADMIN">{ROLE_LABELS.ADMIN}</option>
            </select>
          )}
        </Field>
        <Field name="countyCode" label="所属县（县级编辑）" error={errors.fields.countyCode}>
          {(props) => (
            <select {...props} defaultValue={values.countyCode}>
              <option value="">（不适用）</option>
              {data.counties.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <CommunityChecks
          legend="所辖社区（社区编辑）"
          communities={data.communities.edges.map((e) => e.node)}
          checked={values.communityCodes}
          error={errors.fields.communityCodes}
        />
        <div className="ws-actions">
          <button type="submit">新建并生成邀请链接</button>
        </div>
      </form>
    </Layout>
  );
}

const OUTCOMES: Record<ResultOf<typeof AuditPage>["auditLog"]["edges"][number]["node"]["outcome"], string> = {
  OK: "成功",
  UNAUTHENTICATED: "未登录或密码错误",
  FORBIDDEN: "无权操作",
  INVALID: "输入有误",
  CONFLICT: "状态不允许",
  NOT_FOUND: "记录不存在",
  ERROR: "服务器出错",
};

export interface AuditFilters {
  userId: string;
  action: string;
  communityCode: string;
  from: string;
  to: string;
}

export function AuditLogPage({
  chrome,
  data,
  filters,
  next,
  error,
}: {
  chrome: Chrome;
  data: ResultOf<typeof AuditPage>;
  filters: AuditFilters;
  next?: string;
  error?: string;
}) {
  return (
    <Layout title="审计日志" chrome={chrome}>
      <p>
        <a href="/staff/admin/">返回账号管理</a>
      </p>
      <form method="get" action="/staff/admin/audit">
        <Field name="userId" label="操作人">
          {(props) => (
            <select {...props} defaultValue={filters.userId}>
              <option value="">（全部）</option>
              {data.users.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="action" label="操作（接口名，如 publishDisclosure）">
          {(props) => <input {...props} defaultValue={filters.action} />}
        </Field>
        <Field name="communityCode" label="社区">
          {(props) => (
            <select {...props} defaultValue={filters.communityCode}>
              <option value="">（全部）</option>
              {data.communities.edges.map(({ node }) => (
                <option key={node.code} value={node.code}>
                  {node.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="from" label="起始日期" error={error}>
          {(props) => <input {...props} type="date" defaultValue={filters.from} />}
        </Field>
        <Field name="to" label="截止日期（含当天）">
          {(props) => <input {...props} type="date" defaultValue={filters.to} />}
        </Field>
        <div className="ws-actions">
          <button type="submit">筛选</button>
        </div>
      </form>
      <h2>记录</h2>
      {data.auditLog.edges.length === 0 && <p>没有符合条件的记录。</p>}
      <ul className="ws-list">
        {data.auditLog.edges.map(({ node }) => (
          <li key={node.id}>
            {shanghaiMinute(node.at)} · {node.userName ?? "（未知用户）"} · <code>{node.action}</code> · {OUTCOMES[node.outcome]}
            {node.errorCode && `（${node.errorCode}）`}
            {node.recordId && (
              <>
                {" "}
                · 记录 <code>{node.recordId}</code>
              </>
            )}
          </li>
        ))}
      </ul>
      {next && (
        <p>
          <a href={next}>下一页</a>
        </p>
      )}
    </Layout>
  );
}
