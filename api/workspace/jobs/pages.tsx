/** @jsxImportSource react */
/** @jsxRuntime automatic */
import type { ReactNode } from "react";
import { CommunityChecks } from "../community-checks.tsx";
import type { FormErrors, ResultOf } from "../graphql.ts";
import { type Chrome, CsrfField, Field, Layout, Notice } from "../page.tsx";
import { type FieldSpec, type FormValues, STATUS_CHOICES } from "./forms.ts";
import type { CountyJobs } from "./operations.ts";

type SignedChrome = Chrome & { user: { csrfToken: string } };
type County = NonNullable<NonNullable<ResultOf<typeof CountyJobs>["me"]>["county"]>;

/** An action's outcome on the list: which posting or course it was about, and what happened. */
export interface ListOutcome {
  id?: string;
  tone: "ok" | "error";
  message: string;
}

const names = (communities: readonly { name: string }[]) => communities.map((c) => c.name).join("、");

function ItemOutcome({ id, outcome }: { id: string; outcome: ListOutcome | undefined }) {
  return outcome?.id === id ? <Notice tone={outcome.tone}>{outcome.message}</Notice> : null;
}

interface ListedItem {
  id: string;
  title: string;
  statusLabel: string;
  communities: readonly { name: string }[];
}

/** One kind of item (postings or courses): each with its status, its own facts, its communities and its actions. */
function ItemSection<Item extends ListedItem>({
  id,
  heading,
  empty,
  items,
  outcome,
  facts,
  actions,
}: {
  id: string;
  heading: string;
  empty: string;
  items: readonly Item[];
  outcome: ListOutcome | undefined;
  facts: (item: Item) => ReactNode;
  actions: (item: Item) => ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="ws-jobs-list">
      <h2 id={id}>{heading}</h2>
      {items.length === 0 && <p>{empty}</p>}
      <ul className="ws-list">
        {items.map((item) => (
          <li key={item.id}>
            <h3>{item.title}</h3>
            <dl className="ws-facts">
              <dt>状态</dt>
              <dd>{item.statusLabel}</dd>
              {facts(item)}
              <dt>社区</dt>
              <dd>{names(item.communities)}</dd>
            </dl>
            <ItemOutcome id={item.id} outcome={outcome} />
            {actions(item)}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The county's postings and courses, newest first, each with the status actions the API offers. */
export function JobsPage({ chrome, county, outcome }: { chrome: SignedChrome; county: County; outcome?: ListOutcome }) {
  const token = chrome.user.csrfToken;
  return (
    <Layout title={`${county.name}招聘岗位和培训课程`} chrome={chrome}>
      {outcome && !outcome.id && <Notice tone={outcome.tone}>{outcome.message}</Notice>}
      <p className="ws-actions">
        <a className="ws-button" href="/staff/jobs/postings/new">
          发布招聘岗位
        </a>
        <a className="ws-button" href="/staff/jobs/courses/new">
          发布培训课程
        </a>
        <a className="ws-button" href="/staff/jobs/employers/new">
          登记用工单位
        </a>
      </p>
      <ItemSection
        id="postings"
        heading="招聘岗位"
        empty="还没有招聘岗位。"
        items={county.postings}
        outcome={outcome}
        facts={(p) => (
          <>
            <dt>用工单位</dt>
            <dd>{p.employer.name}</dd>
            <dt>待遇</dt>
            <dd>
              {p.payText}，招 {p.openings} 人
            </dd>
            <dt>有效期</dt>
            <dd>
              {p.validFrom} 至 {p.validUntil}
            </dd>
          </>
        )}
        actions={(p) => (
          <form method="post" action={`/staff/jobs/postings/${p.id}/status`} className="ws-actions">
            <CsrfField token={token} />
            {Object.entries(STATUS_CHOICES)
              .filter(([status]) => status !== p.status)
              .map(([status, label]) => (
                <button key={status} type="submit" name="status" value={status} className="ws-secondary">
                  {status === "OPEN" ? "重新开放招聘" : `标记为${label}`}
                </button>
              ))}{" "}
            <a href={`/staff/records/updateJobPosting?id=${encodeURIComponent(p.id)}`}>修改岗位信息</a>
          </form>
        )}
      />
      <ItemSection
        id="courses"
        heading="培训课程"
        empty="还没有培训课程。"
        items={county.courses}
        outcome={outcome}
        facts={(c) => (
          <>
            <dt>培训机构</dt>
            <dd>{c.provider}</dd>
            <dt>日期</dt>
            <dd>
              {c.startsOn} 至 {c.endsOn}，报名截止 {c.registrationDeadline}
            </dd>
            <dt>报名</dt>
            <dd>
              {c.enrolled} / {c.capacity} 人
            </dd>
          </>
        )}
        actions={(c) => (
          <form method="post" action={`/staff/jobs/courses/${c.id}/enrolment`}>
            <CsrfField token={token} />
            <Field name={`enrolled-${c.id}`} label="已报名人数">
              {(props) => (
                <input
                  {...props}
                  name="enrolled"
                  type="number"
                  inputMode="numeric"
                  min={0}
                  max={c.capacity}
                  required
                  defaultValue={c.enrolled}
                />
              )}
            </Field>
            <Field name={`status-${c.id}`} label="报名状态">
              {(props) => (
                <select {...props} name="status" defaultValue={c.status}>
                  {Object.entries(STATUS_CHOICES).map(([status, label]) => (
                    <option key={status} value={status}>
                      {label}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <div className="ws-actions">
              <button type="submit">保存报名情况</button>
            </div>
          </form>
        )}
      />
    </Layout>
  );
}

/** On the posting form: a posting needs a registered employer, and this is where to register one. */
export function EmployerLead() {
  return (
    <p>
      用工单位不在列表中？请先<a href="/staff/jobs/employers/new">登记用工单位</a>，登记后回到这里继续填写。
    </p>
  );
}

const INPUT_TYPES = { text: "text", tel: "tel", date: "date", int: "number", yuan: "text" } as const;

/** One field of the form as its kind asks: a choice from the API's labels, a number, a date, text. */
function SpecField({
  spec,
  value,
  error,
  choices,
}: {
  spec: FieldSpec;
  value: string;
  error: string | undefined;
  choices: Readonly<Record<string, string>>;
}) {
  const label = spec.required ? spec.label : `${spec.label}（选填）`;
  return (
    <Field name={spec.name} label={label} error={error} {...(spec.hint ? { hint: spec.hint } : {})}>
      {(props) => {
        if (spec.kind === "choice")
          return (
            <select {...props} required={spec.required} defaultValue={value}>
              <option value="">请选择</option>
              {Object.entries(choices).map(([code, name]) => (
                <option key={code} value={code}>
                  {name}
                </option>
              ))}
            </select>
          );
        if (spec.kind === "long")
          return <textarea {...props} className="ws-short" required={spec.required} defaultValue={value} />;
        if (spec.kind === "flag") return null;
        return (
          <input
            {...props}
            type={INPUT_TYPES[spec.kind]}
            required={spec.required}
            defaultValue={value}
            {...(spec.kind === "int" ? { inputMode: "numeric" as const, step: 1 } : {})}
            {...(spec.kind === "yuan" ? { inputMode: "decimal" as const } : {})}
            {...(spec.kind === "tel" ? { autoComplete: "off" } : {})}
          />
        );
      }}
    </Field>
  );
}

/**
 * A form for a new posting, course or employer: every field of the API's input, the ticks in one
 * group, and for what residents see, where it goes: every community of the county, or the ticked ones.
 */
export function NewJobItemPage({
  chrome,
  title,
  action,
  submit,
  specs,
  flagsLegend,
  choices,
  communities,
  lead,
  values,
  errors,
}: {
  chrome: SignedChrome;
  title: string;
  action: string;
  submit: string;
  specs: readonly FieldSpec[];
  /** What the form's ticks are about. */
  flagsLegend: string;
  /** Choices the API knows only at run time (the county's employers), by field name. */
  choices: Record<string, Readonly<Record<string, string>>>;
  /** The county's communities for a form with a scope; absent for one without (an employer). */
  communities?: readonly { code: string; name: string }[];
  /** A line under the way back, e.g. where to register a missing employer. */
  lead?: ReactNode;
  values: FormValues;
  errors: FormErrors;
}) {
  const flags = specs.filter((s) => s.kind === "flag");
  return (
    <Layout title={title} chrome={chrome}>
      <p>
        <a href="/staff/jobs/">返回招聘岗位和培训课程</a>
      </p>
      {lead}
      {errors.form && <Notice tone="error">{errors.form}</Notice>}
      <form method="post" action={action} className="ws-jobs-form">
        <CsrfField token={chrome.user.csrfToken} />
        {specs
          .filter((s) => s.kind !== "flag")
          .map((spec) => (
            <SpecField
              key={spec.name}
              spec={spec}
              value={values.fields[spec.name] ?? ""}
              error={errors.fields[spec.name]}
              choices={spec.choices ?? choices[spec.name] ?? {}}
            />
          ))}
        {flags.length > 0 && (
          <fieldset>
            <legend>{flagsLegend}</legend>
            {flags.map((spec) => (
              <label key={spec.name} className="ws-check">
                <input type="checkbox" name={spec.name} value="yes" defaultChecked={values.flags.includes(spec.name)} />{" "}
                {spec.label}
              </label>
            ))}
          </fieldset>
        )}
        {communities && (
          <>
            <fieldset>
              <legend>发布范围</legend>
              <label className="ws-check">
                <input type="radio" name="scope" value="all" required defaultChecked={values.scope === "all"} /> 本县全部社区
              </label>
              <label className="ws-check">
                <input type="radio" name="scope" value="some" defaultChecked={values.scope === "some"} /> 部分社区（在下面勾选）
              </label>
            </fieldset>
            <CommunityChecks
              legend="部分社区：勾选要发布到的社区"
              communities={communities}
              checked={values.communityCodes}
              error={errors.fields.communityCodes}
            />
          </>
        )}
        <div className="ws-actions">
          <button type="submit">{submit}</button>
        </div>
      </form>
    </Layout>
  );
}
