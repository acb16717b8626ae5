/** @jsxImportSource react */
/** @jsxRuntime automatic */
import { type Chrome, CsrfField, Field, Layout, Notice } from "../page.tsx";
import { list, text } from "../staff.ts";
import type { RecordForm } from "./forms.ts";
import { SECTIONS } from "./forms.ts";
import type { FormField, Option } from "./model.ts";
import { DEFAULT_ROWS } from "./values.ts";

type SignedChrome = Chrome & { user: { csrfToken: string } };

/** The forms of the viewer's role, by section; with the outcome of the last one sent. */
export function RecordsIndexPage({
  chrome,
  forms,
  done,
}: {
  chrome: SignedChrome;
  forms: readonly RecordForm[];
  done?: RecordForm;
}) {
  return (
    <Layout title="登记和公开各类记录" chrome={chrome}>
      {done && <Notice tone="ok">已提交：{done.title}。公示栏会在几秒钟内更新。</Notice>}
      {forms.length === 0 && <p>您的账号没有可以登记的记录。</p>}
      {SECTIONS.map((section) => {
        const here = forms.filter((f) => f.section === section);
        if (!here.length) return null;
        return (
          <section key={section} aria-labelledby={`s-${section}`}>
            <h2 id={`s-${section}`}>{section}</h2>
            <ul className="ws-list">
              {here.map((f) => (
                <li key={f.mutation}>
                  <a href={`/staff/records/${f.mutation}`}>{f.title}</a>
                  <p className="ws-hint">{f.intro}</p>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      <p>
        <a href="/staff/">返回工作台首页</a>
      </p>
    </Layout>
  );
}

export interface RecordFormState {
  /** What was typed (or what the link prefilled), as the flat field names the form sends. */
  values: unknown;
  errors: Record<string, string>;
  /** An error no field owns, or the API's refusal of the whole request. */
  problem?: string;
  rows: Record<string, number>;
}

interface Ctx {
  state: RecordFormState;
  options: Record<string, Option[]>;
  patch: boolean;
}

const CHOOSE = "请选择";

function Leaf({ field, path, ctx }: { field: FormField; path: string; ctx: Ctx }) {
  const { values, errors } = ctx.state;
  const value = text(values, path);
  const error = errors[path];
  const label = field.required || ctx.patch ? field.label : `${field.label}（可不填）`;
  if (field.kind === "enum" || field.kind === "pick") {
    const options = field.kind === "enum" ? field.options : (ctx.options[field.source] ?? []);
    if (field.many) {
      const checked = list(values, path);
      return (
        <fieldset aria-describedby={error ? `f-${path}-error` : undefined}>
          <legend>{label}</legend>
          {options.length === 0 && <p className="ws-hint">没有可选的项目。</p>}
          {options.map((o) => (
            <label key={o.value} className="ws-check">
              <input type="checkbox" name={path} value={o.value} defaultChecked={checked.includes(o.value)} /> {o.label}
            </label>
          ))}
          {error && (
            <p id={`f-${path}-error`} className="ws-error" role="alert">
              {error}
            </p>
          )}
        </fieldset>
      );
    }
    return (
      <Field name={path} label={label} error={error}>
        {(props) => (
          <select {...props} defaultValue={value}>
            <option value="">{options.length ? CHOOSE : "没有可选的项目"}</option>
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        )}
      </Field>
    );
  }
  if (field.kind === "boolean") {
    if (field.required && !ctx.patch) {
      return (
        <div className="ws-field">
          <label className="ws-check">
            <input type="checkbox" name={path} value="true" defaultChecked={value === "true"} /> {field.label}
          </label>
        </div>
      );
    }
    return (
      <Field name={path} label={label} error={error}>
        {(props) => (
          <select {...props} defaultValue={value}>
            <option value="">{ctx.patch ? "不修改" : "不填"}</option>
            <option value="true">是</option>
            <option value="false">否</option>
          </select>
        )}
      </Field>
    );
  }
  const hint = field.kind === "lines" ? "每行一项" : undefined;
  return (
    <Field name={path} label={label} error={error} {...(hint ? { hint } : {})}>
      {(props) => {
        switch (field.kind) {
          case "textarea":
          case "lines":
            return <textarea {...props} defaultValue={value} rows={field.kind === "lines" ? 4 : 6} />;
          case "int":
            return <input {...props} type="text" inputMode="numeric" defaultValue={value} />;
          case "date":
            return <input {...props} type="date" defaultValue={value} />;
          case "file":
            return <input {...props} type="file" accept="image/jpeg,image/png,image/webp" />;
          default:
            return <input {...props} type="text" defaultValue={value} />;
        }
      }}
    </Field>
  );
}

function Fields({ fields, base, ctx }: { fields: readonly FormField[]; base: string | null; ctx: Ctx }) {
  return (
    <>
      {fields.map((field) => {
        const path = base === null ? field.path : `${base}.${field.path.slice(field.path.lastIndexOf(".") + 1)}`;
        if (field.kind === "group") {
          // The mutation's single `input` argument is the form itself, not a box inside it.
          if (base === null && path === "input") return <Fields key={path} fields={field.fields} base={path} ctx={ctx} />;
          return (
            <fieldset key={path}>
              <legend>{field.label}</legend>
              <Fields fields={field.fields} base={path} ctx={ctx} />
            </fieldset>
          );
        }
        if (field.kind === "rows") {
          const count = Math.max(ctx.state.rows[path] ?? 0, DEFAULT_ROWS);
          const error = ctx.state.errors[path];
          return (
            <fieldset key={path} aria-describedby={error ? `f-${path}-error` : undefined}>
              <legend>{field.label}</legend>
              <p className="ws-hint">空着的行不会提交。</p>
              {Array.from({ length: count }, (_, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a row is its position in the list the form sends
                <fieldset key={i} className="ws-row">
                  <legend>第 {i + 1} 行</legend>
                  <Fields fields={field.fields} base={`${path}.${i}`} ctx={ctx} />
                  {ctx.state.errors[`${path}.${i}`] && (
                    <p className="ws-error" role="alert">
                      {ctx.state.errors[`${path}.${i}`]}
                    </p>
                  )}
                </fieldset>
              ))}
              {error && (
                <p id={`f-${path}-error`} className="ws-error" role="alert">
                  {error}
                </p>
              )}
              <button type="submit" name="_more" value={path} className="ws-secondary" formNoValidate>
                再加 3 行
              </button>
            </fieldset>
          );
        }
        return <Leaf key={path} field={field} path={path} ctx={ctx} />;
      })}
    </>
  );
}

export function RecordFormPage({
  chrome,
  form,
  fields,
  options,
  state,
}: {
  chrome: SignedChrome;
  form: RecordForm;
  fields: readonly FormField[];
  options: Record<string, Option[]>;
  state: RecordFormState;
}) {
  const multipart = fields.some(function hasFile(f): boolean {
    return f.kind === "file" || ((f.kind === "group" || f.kind === "rows") && f.fields.some(hasFile));
  });
  const ctx: Ctx = { state, options, patch: form.patch === true };
  return (
    <Layout title={form.title} chrome={chrome}>
      <p>{form.intro}</p>
      {form.patch && <p className="ws-hint">不填的项目保持原样。</p>}
      {state.problem && <Notice tone="error">{state.problem}</Notice>}
      <form
        method="post"
        action={`/staff/records/${form.mutation}`}
        className="ws-jobs-form"
        {...(multipart ? { encType: "multipart/form-data" } : {})}
      >
        <CsrfField token={chrome.user.csrfToken} />
        <Fields fields={fields} base={null} ctx={ctx} />
        <div className="ws-actions">
          <button type="submit">提交</button>
        </div>
      </form>
      <p>
        <a href="/staff/records/">返回记录列表</a>
      </p>
    </Layout>
  );
}
