/** @jsxImportSource react */
/** @jsxRuntime automatic */
import { CommunityChecks } from "../community-checks.tsx";
import type { FormErrors, ResultOf } from "../graphql.ts";
import { type Chrome, CsrfField, Field, Layout, Notice, SanitizedHtml } from "../page.tsx";
import type { DisclosureForScreen, EditorCommunities } from "./operations.ts";

export interface DraftValues {
  title: string;
  categoryCode: string;
  catalogueItemId: string;
  communityCodes: string[];
  period: string;
  body: string;
}

export const DRAFT_FIELDS = ["title", "categoryCode", "catalogueItemId", "communityCodes", "period", "body"] as const;

export function NewDisclosurePage({
  chrome,
  options,
  values,
  errors,
  previewHtml,
}: {
  chrome: Chrome & { user: { csrfToken: string } };
  options: ResultOf<typeof EditorCommunities>;
  values: DraftValues;
  errors: FormErrors;
  previewHtml?: string;
}) {
  const communities = options.me?.communities ?? [];
  // An item is offered once even when several of the editor's communities inherit it.
  const items = [...new Map(communities.flatMap((c) => c.catalogue.map((e) => [e.item.id, e.item] as const))).values()];
  return (
    <Layout title="撰写公开内容" chrome={chrome}>
      {errors.form && <Notice tone="error">{errors.form}</Notice>}
      <form method="post" action="/staff/disclosures/new">
        <CsrfField token={chrome.user.csrfToken} />
        <Field name="title" label="标题" error={errors.fields.title}>
          {(props) => <input {...props} required defaultValue={values.title} />}
        </Field>
        <Field name="categoryCode" label="公开类别" error={errors.fields.categoryCode}>
          {(props) => (
            <select {...props} defaultValue={values.categoryCode}>
              {options.categories.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          name="catalogueItemId"
          label="对应公开目录事项"
          hint="按目录应公开的事项请选择；其他内容可不选"
          error={errors.fields.catalogueItemId}
        >
          {(props) => (
            <select {...props} defaultValue={values.catalogueItemId}>
              <option value="">（不对应目录事项）</option>
              {items.map((item) => (
                <option key={item.id} value={item.id}>
                  {item.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <CommunityChecks
          legend="发布到哪些社区"
          communities={communities}
          checked={values.communityCodes}
          error={errors.fields.communityCodes}
        />
        <Field name="period" label="所属期间" hint="例如 2026-03、2026-Q1、2026；没有可不填" error={errors.fields.period}>
          {(props) => <input {...props} defaultValue={values.period} />}
        </Field>
        <Field name="body" label="正文" hint="支持 Markdown：# 标题、- 列表、| 表格 |" error={errors.fields.body}>
          {(props) => <textarea {...props} required defaultValue={values.body} />}
        </Field>
        <div className="ws-actions">
          <button type="submit" name="intent" value="preview" className="ws-secondary">
            预览
          </button>
          <button type="submit" name="intent" value="save">
            保存草稿
          </button>
        </div>
      </form>
      {previewHtml !== undefined && (
        <section aria-labelledby="preview-title">
          <h2 id="preview-title">预览：居民将看到的正文</h2>
          <SanitizedHtml html={previewHtml} />
        </section>
      )}
    </Layout>
  );
}

type Shown = NonNullable<ResultOf<typeof DisclosureForScreen>["disclosure"]>;

export function DisclosurePage({
  chrome,
  disclosure,
  errors,
  notice,
  reason,
}: {
  chrome: Chrome & { user: { csrfToken: string } };
  disclosure: Shown;
  errors: FormErrors;
  notice?: string;
  reason?: string;
}) {
  const token = chrome.user.csrfToken;
  const base = `/staff/disclosures/${disclosure.id}`;
  return (
    <Layout title={disclosure.title} chrome={chrome}>
      {notice && <Notice tone="ok">{notice}</Notice>}
      {errors.form && <Notice tone="error">{errors.form}</Notice>}
      <dl className="ws-facts">
        <dt>状态</dt>
        <dd>{disclosure.statusLabel}</dd>
        <dt>类别</dt>
        <dd>{disclosure.category.name}</dd>
        <dt>公开目录事项</dt>
        <dd>{disclosure.catalogueItem?.name ?? "无"}</dd>
        <dt>社区</dt>
        <dd>{disclosure.communities.map((c) => c.name).join("、")}</dd>
        {disclosure.period && (
          <>
            <dt>期间</dt>
            <dd>{disclosure.period.label}</dd>
          </>
        )}
        {disclosure.withdrawalReason && (
          <>
            <dt>撤回原因</dt>
            <dd>{disclosure.withdrawalReason}</dd>
          </>
        )}
      </dl>
      {disclosure.correctedBy && (
        <p>
          已被更正：<a href={`/staff/disclosures/${disclosure.correctedBy.id}`}>{disclosure.correctedBy.title}</a>
        </p>
      )}
      <h2>正文</h2>
      <SanitizedHtml html={disclosure.bodyHtml} />
      {disclosure.status === "DRAFT" && (
        <form method="post" action={`${base}/publish`}>
          <CsrfField token={token} />
          <p>发布后内容不可修改，只能更正或撤回，并会出现在公示栏上。</p>
          <div className="ws-actions">
            <button type="submit">发布</button>
          </div>
        </form>
      )}
      {disclosure.status === "PUBLISHED" && !disclosure.correctedBy && (
        <>
          <h2>更正</h2>
          <form method="post" action={`${base}/correct`}>
            <CsrfField token={token} />
            <Field name="title" label="更正后的标题" error={errors.fields.title}>
              {(props) => <input {...props} required defaultValue={disclosure.title} />}
            </Field>
            <Field name="body" label="更正后的正文" error={errors.fields.body}>
              {(props) => <textarea {...props} required defaultValue={disclosure.body} />}
            </Field>
            <Field name="reason" label="更正说明（居民可见）" error={errors.fields.reason}>
              {(props) => <input {...props} required defaultValue={reason} />}
            </Field>
            <div className="ws-actions">
              <button type="submit">发布更正</button>
            </div>
          </form>
          <h2>撤回</h2>
          <form method="post" action={`${base}/withdraw`}>
            <CsrfField token={token} />
            <Field name="withdrawReason" label="撤回原因（居民可见）" error={errors.fields.withdrawReason}>
              {(props) => <input {...props} required defaultValue={reason} />}
            </Field>
            <div className="ws-actions">
              <button type="submit">撤回</button>
            </div>
          </form>
        </>
      )}
    </Layout>
  );
}
