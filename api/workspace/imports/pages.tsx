/** @jsxImportSource react */
/** @jsxRuntime automatic */
import type { FormErrors } from "../graphql.ts";
import { type Chrome, CsrfField, Field, Layout, Notice } from "../page.tsx";
import type { Importer, TargetField, Targets } from "./importers.ts";
import type { RowProblem } from "./rows.ts";

type Signed = Chrome & { user: { csrfToken: string } };

function Templates({ importer }: { importer: Importer }) {
  return (
    <p>
      模板：
      <a href={`/templates/${importer.template}.xlsx`}>下载 Excel 模板（.xlsx）</a>、
      <a href={`/templates/${importer.template}.csv`}>下载 CSV 模板</a>
    </p>
  );
}

export function ImportsPage({ chrome, importers }: { chrome: Signed; importers: readonly Importer[] }) {
  return (
    <Layout title="批量导入" chrome={chrome}>
      <p>先下载模板填写，再上传 .csv 或 .xlsx 文件。整份文件逐行检查：只要有一行有问题，就一行也不写入，并列出所有问题。</p>
      <ul className="ws-list">
        {importers.map((importer) => (
          <li key={importer.slug}>
            <h2>
              <a href={`/staff/imports/${importer.slug}`}>{importer.title}</a>
            </h2>
            <p>{importer.summary}</p>
            <Templates importer={importer} />
          </li>
        ))}
      </ul>
    </Layout>
  );
}

export interface ImportForm {
  values: Record<string, string>;
  errors: FormErrors;
  rows: RowProblem[];
  fileName?: string;
  notice?: string;
}

function TargetInput({ field, targets, form }: { field: TargetField; targets: Targets; form: ImportForm }) {
  const value = form.values[field.name] ?? "";
  const options = field.options?.(targets);
  return (
    <Field
      name={field.name}
      label={field.label}
      error={form.errors.fields[field.name]}
      {...(field.hint ? { hint: field.hint } : {})}
    >
      {(props) =>
        options ? (
          <select {...props} required={field.required} defaultValue={value}>
            <option value="">请选择</option>
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        ) : (
          <input
            {...props}
            type={field.type ?? "text"}
            required={field.required}
            defaultValue={value}
            {...(field.type === "number" ? { min: 1, step: 1 } : {})}
          />
        )
      }
    </Field>
  );
}

function RowTable({ rows, fileName }: { rows: RowProblem[]; fileName: string | undefined }) {
  return (
    <section aria-labelledby="row-problems">
      <h2 id="row-problems">
        {fileName ? `「${fileName}」` : "文件"}中有 {rows.length} 处问题，没有写入任何一行
      </h2>
      <p>请在表格软件中改正这些行后重新上传。行号与表格软件左侧的行号一致（第1行是表头）。</p>
      <table className="ws-row-problems">
        <thead>
          <tr>
            <th scope="col">行号</th>
            <th scope="col">列</th>
            <th scope="col">问题</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((problem, index) => (
            // A row can have several problems; their order is the reader's.
            // biome-ignore lint/suspicious/noArrayIndexKey: static markup, never reordered
            <tr key={index}>
              <td>第 {problem.row} 行</td>
              <td>{problem.column || "—"}</td>
              <td>{problem.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function ImportPage({
  chrome,
  importer,
  targets,
  form,
}: {
  chrome: Signed;
  importer: Importer;
  targets: Targets;
  form: ImportForm;
}) {
  return (
    <Layout title={`导入${importer.title}`} chrome={chrome}>
      <p>
        <a href="/staff/imports/">← 全部导入</a>
      </p>
      {form.notice && <Notice tone="ok">{form.notice}</Notice>}
      {form.errors.form && <Notice tone="error">{form.errors.form}</Notice>}
      {form.rows.length > 0 && <RowTable rows={form.rows} fileName={form.fileName} />}
      <p>{importer.summary}</p>
      <Templates importer={importer} />
      <form method="post" action={`/staff/imports/${importer.slug}`} encType="multipart/form-data">
        <CsrfField token={chrome.user.csrfToken} />
        {importer.fields.map((field) => (
          <TargetInput key={field.name} field={field} targets={targets} form={form} />
        ))}
        <Field
          name="file"
          label="文件（.csv 或 .xlsx）"
          error={form.errors.fields.file}
          {...(form.fileName ? { hint: `上次选择的是「${form.fileName}」，改正后请重新选择文件。` } : {})}
        >
          {(props) => <input {...props} type="file" required accept=".csv,.xlsx" />}
        </Field>
        <div className="ws-actions">
          <button type="submit">检查并导入</button>
        </div>
      </form>
    </Layout>
  );
}
