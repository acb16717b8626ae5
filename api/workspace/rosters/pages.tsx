/** @jsxImportSource react */
/** @jsxRuntime automatic */
import type { FormErrors, ResultOf } from "../graphql.ts";
import { type Chrome, CsrfField, Field, Layout, Notice } from "../page.tsx";
import type { Roster } from "./operations.ts";

type Signed = Chrome & { user: { csrfToken: string } };
export type CommunityRoster = NonNullable<ResultOf<typeof Roster>["community"]>;
type Member = CommunityRoster["organizations"][number]["postings"][number];
type StaffPost = CommunityRoster["serviceStaff"][number];

/** A choice in a select: what is sent, and what the editor reads. */
export interface Choice {
  value: string;
  label: string;
}

/** One input of a posting form, named as the API's input field so its errors land beside it. */
export interface FieldSpec {
  name: string;
  label: string;
  kind: "text" | "tel" | "date" | "number" | "textarea" | "select" | "file";
  required?: boolean;
  hint?: string;
  choices?: readonly Choice[];
}

export type Values = Record<string, string>;

/** A refused 离任: which posting, what the API said and what was typed, so only that form shows it. */
export interface FailedEnd {
  id: string;
  errors: FormErrors;
  endedOn: string;
  reason: string;
}

/** A duty phone is printed as a tel: link, so a tap on a phone calls it. */
function Phone({ phone }: { phone: string | null }) {
  if (!phone) return null;
  return (
    <>
      ，值班电话 <a href={`tel:${phone.replace(/[\s-]/g, "")}`}>{phone}</a>
    </>
  );
}

/** The 离任 form of one posting, its ids unique on a page that holds many of them. */
function EndForm({
  action,
  who,
  id,
  token,
  failed,
}: {
  action: string;
  who: string;
  id: string;
  token: string;
  failed?: FailedEnd | undefined;
}) {
  const mine = failed?.id === id ? failed : undefined;
  const input = (name: "endedOn" | "reason", label: string, type: string) => {
    const error = mine?.errors.fields[name];
    const fieldId = `end-${id}-${name}`;
    return (
      <div className={error ? "ws-field ws-field-error" : "ws-field"}>
        <label htmlFor={fieldId}>{label}</label>
        <input
          id={fieldId}
          name={name}
          type={type}
          required
          defaultValue={mine?.[name] ?? ""}
          {...(error ? { "aria-invalid": true, "aria-describedby": `${fieldId}-error` } : {})}
        />
        {error && (
          <p id={`${fieldId}-error`} className="ws-error" role="alert">
            {error}
          </p>
        )}
      </div>
    );
  };
  return (
    <details open={mine ? true : undefined}>
      <summary>离任：{who}</summary>
      <form method="post" action={action}>
        <CsrfField token={token} />
        {mine?.errors.form && <Notice tone="error">{mine.errors.form}</Notice>}
        {input("endedOn", "离任日期（离任后的第一天）", "date")}
        {input("reason", "离任原因（公开，至少 4 个字）", "text")}
        <div className="ws-actions">
          <button type="submit">确认离任</button>
        </div>
      </form>
    </details>
  );
}

function MemberItem({ p, code, token, failed }: { p: Member; code: string; token: string; failed?: FailedEnd | undefined }) {
  return (
    <li>
      <p>
        <strong>{p.name}</strong>，{p.role}，{p.startedOn} 起任职
        <Phone phone={p.publicPhone} />
      </p>
      <p>分工：{p.duties}</p>
      <p>
        <a href={`/staff/rosters/${code}/postings/${p.id}/correct`}>更正{p.name}的任职信息</a>
      </p>
      <EndForm action={`/staff/rosters/postings/${p.id}/end`} who={p.name} id={p.id} token={token} failed={failed} />
    </li>
  );
}

function StaffItem({ p, token, failed }: { p: StaffPost; token: string; failed?: FailedEnd | undefined }) {
  return (
    <li>
      <p>
        <strong>{p.name}</strong>，{p.kindLabel}（{p.title}）{p.counter && `，${p.counter}`}，{p.startedOn} 起上岗
        <Phone phone={p.publicPhone} />
      </p>
      <p>职责：{p.duties}</p>
      <EndForm action={`/staff/rosters/staff-postings/${p.id}/end`} who={p.name} id={p.id} token={token} failed={failed} />
    </li>
  );
}

function StaffList({
  postings,
  token,
  failed,
}: {
  postings: readonly StaffPost[];
  token: string;
  failed?: FailedEnd | undefined;
}) {
  if (!postings.length) return <p>目前无人在岗。</p>;
  return (
    <ul className="ws-list">
      {postings.map((p) => (
        <StaffItem key={p.id} p={p} token={token} failed={failed} />
      ))}
    </ul>
  );
}

function PublishForm({ roster, token, errors }: { roster: CommunityRoster; token: string; errors?: FormErrors | undefined }) {
  return (
    <form method="post" action={`/staff/rosters/${roster.code}/notice`}>
      <CsrfField token={token} />
      {errors?.form && <Notice tone="error">{errors.form}</Notice>}
      <Field
        name={`notice-${roster.code}`}
        label="对应的公开目录事项"
        hint="将今天在岗的人员作为公开内容发布，发布后不能修改；公示栏页面始终显示当前名单。"
        error={errors?.fields.catalogueItemId}
      >
        {(props) => (
          <select {...props} name="catalogueItemId" defaultValue="">
            <option value="">（不对应目录事项）</option>
            {roster.catalogue.map((e) => (
              <option key={e.item.id} value={e.item.id}>
                {e.item.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="ws-actions">
        <button type="submit">发布上岗公示</button>
      </div>
    </form>
  );
}

function CommunitySection({
  roster,
  token,
  failed,
  noticeErrors,
}: {
  roster: CommunityRoster;
  token: string;
  failed?: FailedEnd | undefined;
  noticeErrors?: FormErrors | undefined;
}) {
  const base = `/staff/rosters/${roster.code}`;
  return (
    <section aria-labelledby={`c-${roster.code}`}>
      <h2 id={`c-${roster.code}`}>{roster.name}</h2>
      <p className="ws-actions">
        <a className="ws-button" href={`${base}/members/new`}>
          添加班子成员
        </a>
        <a className="ws-button" href={`${base}/staff/new`}>
          添加工作人员
        </a>
      </p>
      <h3>班子成员</h3>
      {roster.organizations.length === 0 && <p>还没有登记组织。</p>}
      {roster.organizations.map((o) => (
        <section key={o.id} aria-labelledby={`o-${o.id}`}>
          <h4 id={`o-${o.id}`}>
            {o.name}（{o.kindLabel}）
          </h4>
          {o.sizeRule && <p>人数：{o.sizeRule.statusText}</p>}
          {o.postings.length ? (
            <ul className="ws-list">
              {o.postings.map((p) => (
                <MemberItem key={p.id} p={p} code={roster.code} token={token} failed={failed} />
              ))}
            </ul>
          ) : (
            <p>目前没有在任成员。</p>
          )}
          <p>
            <a href={`${base}/members/new?organization=${encodeURIComponent(o.id)}`}>为{o.name}添加成员</a>
          </p>
        </section>
      ))}
      <h3>网格</h3>
      {roster.grids.length === 0 && <p>还没有登记网格。</p>}
      {roster.grids.map((g) => (
        <section key={g.id} aria-labelledby={`g-${g.id}`}>
          <h4 id={`g-${g.id}`}>{g.name}</h4>
          <StaffList postings={[...g.leader, ...g.workers]} token={token} failed={failed} />
        </section>
      ))}
      {roster.buildings.length > 0 && (
        <>
          <h3>楼长</h3>
          <StaffList postings={roster.buildings.flatMap((b) => b.heads)} token={token} failed={failed} />
        </>
      )}
      <h3>服务中心工作人员</h3>
      <StaffList postings={roster.serviceStaff} token={token} failed={failed} />
      <h3>上岗公示</h3>
      {roster.rosterNotices.length ? (
        <ul className="ws-list">
          {roster.rosterNotices.map((n) => (
            <li key={n.id}>
              {n.disclosure.title}（截至 {n.asOf}）
            </li>
          ))}
        </ul>
      ) : (
        <p>还没有发布过上岗公示。</p>
      )}
      <PublishForm roster={roster} token={token} errors={noticeErrors} />
    </section>
  );
}

export function RostersPage({
  chrome,
  rosters,
  notice,
  failed,
  noticeErrors,
}: {
  chrome: Signed;
  rosters: readonly CommunityRoster[];
  notice?: string | undefined;
  failed?: FailedEnd | undefined;
  noticeErrors?: { code: string; errors: FormErrors } | undefined;
}) {
  return (
    <Layout title="班子成员和工作人员" chrome={chrome}>
      <p>
        <a href="/staff/">← 工作台首页</a>
      </p>
      {notice && <Notice tone="ok">{notice}</Notice>}
      {rosters.length === 0 && <p>您的账号没有关联社区。</p>}
      {rosters.map((r) => (
        <CommunitySection
          key={r.code}
          roster={r}
          token={chrome.user.csrfToken}
          failed={failed}
          noticeErrors={noticeErrors?.code === r.code ? noticeErrors.errors : undefined}
        />
      ))}
    </Layout>
  );
}

function Input({ spec, value, props }: { spec: FieldSpec; value: string; props: Record<string, unknown> }) {
  const required = spec.required ? { required: true } : {};
  if (spec.kind === "textarea") return <textarea {...props} {...required} defaultValue={value} rows={3} />;
  if (spec.kind === "select") {
    return (
      <select {...props} {...required} defaultValue={value}>
        {spec.choices?.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    );
  }
  // A browser never refills a file input, so a refused form asks for the photo again.
  if (spec.kind === "file") return <input {...props} type="file" accept="image/jpeg,image/png,image/webp" />;
  const extra = spec.kind === "tel" ? { autoComplete: "off" } : spec.kind === "number" ? { step: 1 } : {};
  return <input {...props} {...required} {...extra} type={spec.kind} defaultValue={value} />;
}

/** A posting form: every field of the mutation's input, with the API's message under the field it names. */
export function PostingFormPage({
  chrome,
  title,
  action,
  fields,
  values,
  errors,
  submit,
}: {
  chrome: Signed;
  title: string;
  action: string;
  fields: readonly FieldSpec[];
  values: Values;
  errors: FormErrors;
  submit: string;
}) {
  return (
    <Layout title={title} chrome={chrome}>
      <p>
        <a href="/staff/rosters/">← 班子成员和工作人员</a>
      </p>
      {errors.form && <Notice tone="error">{errors.form}</Notice>}
      <form method="post" action={action} encType="multipart/form-data">
        <CsrfField token={chrome.user.csrfToken} />
        {fields.map((spec) => (
          <Field
            key={spec.name}
            name={spec.name}
            label={spec.label}
            error={errors.fields[spec.name]}
            {...(spec.hint ? { hint: spec.hint } : {})}
          >
            {(props) => <Input spec={spec} value={values[spec.name] ?? ""} props={props} />}
          </Field>
        ))}
        <div className="ws-actions">
          <button type="submit">{submit}</button>
        </div>
      </form>
    </Layout>
  );
}
