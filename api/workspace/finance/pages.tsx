/** @jsxImportSource react */
/** @jsxRuntime automatic */
import type { Role } from "../../db/generated/client.ts";
import type { FormErrors, ResultOf } from "../graphql.ts";
import { type Chrome, CsrfField, Field, Layout, Notice } from "../page.tsx";
import { DeleteEntry, EntryForm } from "./entries.tsx";
import type { Month, Months } from "./operations.ts";

type Signed = Chrome & { user: { csrfToken: string; role: Role } };

export function MonthsPage({ chrome, data }: { chrome: Signed; data: ResultOf<typeof Months> }) {
  return (
    <Layout title="财务公开：月度账目" chrome={chrome}>
      {data.me?.communities.map((c) => (
        <section key={c.code} aria-labelledby={`c-${c.code}`}>
          <h2 id={`c-${c.code}`}>{c.name}</h2>
          <ul className="ws-list">
            {c.financePeriods.edges.map(({ node }) => (
              <li key={node.id}>
                <a href={`/staff/finance/${node.id}`}>{node.label}</a>：{node.statusLabel}
                {node.unansweredQueries > 0 && `，${node.unansweredQueries} 条质询待答复`}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </Layout>
  );
}

type Period = NonNullable<ResultOf<typeof Month>["financePeriod"]>;

export interface MonthForms {
  errors: FormErrors;
  notice?: string;
  /** What was typed into the form that failed, kept for the next try. */
  typed?: Record<string, string>;
  /** The entry a 「提出质询」 link chose. */
  entryId?: string;
}

export function MonthPage({ chrome, period, forms }: { chrome: Signed; period: Period; forms: MonthForms }) {
  const role = chrome.user.role;
  const token = chrome.user.csrfToken;
  const base = `/staff/finance/${period.id}`;
  const member = role === "SUPERVISOR";
  const editor = !member;
  const underReview = period.status === "SUBMITTED";
  const keeping = editor && period.status === "OPEN";
  const typed = forms.typed ?? {};
  return (
    <Layout title={`${period.community.name} ${period.label}账目`} chrome={chrome}>
      {forms.notice && <Notice tone="ok">{forms.notice}</Notice>}
      {forms.errors.form && <Notice tone="error">{forms.errors.form}</Notice>}
      <p>
        状态：<strong>{period.statusLabel}</strong>。期初 {period.openingBalance} 元，收入 {period.incomeTotal} 元，支出{" "}
        {period.expenseTotal} 元，期末 {period.closingBalance} 元。
      </p>
      {editor && period.status === "OPEN" && (
        <form method="post" action={`${base}/submit`}>
          <CsrfField token={token} />
          <p>提交后本月账目冻结，交居务监督委员会审核。</p>
          <div className="ws-actions">
            <button type="submit">提交审核</button>
          </div>
        </form>
      )}
      {editor && period.status === "REVIEWED" && (
        <form method="post" action={`${base}/publish`}>
          <CsrfField token={token} />
          <p>监督委员会已过半数签字，可以公开。</p>
          <div className="ws-actions">
            <button type="submit">公开本月账目</button>
          </div>
        </form>
      )}
      <h2>分录（{period.entries.totalCount} 笔）</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">日期 / 凭证</th>
            <th scope="col">摘要</th>
            <th scope="col">金额（元）</th>
            {member && underReview && <th scope="col">质询</th>}
            {keeping && <th scope="col">操作</th>}
          </tr>
        </thead>
        <tbody>
          {period.entries.edges.map(({ node }) => (
            <tr key={node.id}>
              <td>
                {node.date}
                <br />
                {node.voucherNo}
              </td>
              <td>
                {node.category.name}：{node.description}（{node.counterparty}）
              </td>
              <td className="ws-amount">
                {node.direction === "INCOME" ? "+" : "−"}
                {node.amount}
              </td>
              {member && underReview && (
                <td>
                  <a href={`${base}?entry=${node.id}#raise`}>提出质询</a>
                </td>
              )}
              {keeping && (
                <td>
                  <DeleteEntry action={`${base}/entries/${node.id}/delete`} token={token} voucherNo={node.voucherNo} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {keeping && (
        <>
          <h2 id="record">记一笔</h2>
          <EntryForm
            action={`${base}/entries`}
            token={token}
            categories={period.community.ledgerCategories}
            errors={forms.errors}
            typed={typed}
          />
        </>
      )}
      <h2>质询和答复（{period.queries.length}）</h2>
      {period.queries.length === 0 && <p>暂无质询。</p>}
      <ul className="ws-list">
        {period.queries.map((q) => (
          <li key={q.id}>
            <p>
              {q.entry ? `凭证 ${q.entry.voucherNo}：` : "整月："}
              {q.question}（{q.askedBy}）
            </p>
            {q.answer ? (
              <p>
                答复：{q.answer}（{q.answeredBy}）
              </p>
            ) : editor && underReview ? (
              <form method="post" action={`${base}/answer/${q.id}`}>
                <CsrfField token={token} />
                <Field name={`answer-${q.id}`} label="答复" error={forms.errors.fields[`answer-${q.id}`]}>
                  {(props) => <textarea {...props} name="answer" required defaultValue={typed[`answer-${q.id}`]} />}
                </Field>
                <div className="ws-actions">
                  <button type="submit">提交答复</button>
                </div>
              </form>
            ) : (
              <p>尚未答复。</p>
            )}
          </li>
        ))}
      </ul>
      {member && underReview && (
        <>
          <h2 id="raise">提出质询</h2>
          <form method="post" action={`${base}/query`}>
            <CsrfField token={token} />
            <Field name="entryId" label="关于哪一笔" error={forms.errors.fields.entryId}>
              {(props) => (
                <select {...props} defaultValue={typed.entryId ?? forms.entryId ?? ""}>
                  <option value="">整月账目</option>
                  {period.entries.edges.map(({ node }) => (
                    <option key={node.id} value={node.id}>
                      {node.voucherNo} {node.description} {node.amount} 元
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field name="question" label="质询内容" error={forms.errors.fields.question}>
              {(props) => <textarea {...props} required defaultValue={typed.question} />}
            </Field>
            <div className="ws-actions">
              <button type="submit">提出质询</button>
            </div>
          </form>
        </>
      )}
      <h2>监督委员会签字</h2>
      {period.signatures.length === 0 && <p>尚无成员签字。</p>}
      <ul className="ws-list">
        {period.signatures
          .filter((s) => s.opinionLabel)
          .map((s) => (
            <li key={s.name}>
              {s.name}（{s.role}）：{s.opinionLabel}
              {s.opinionText && `，${s.opinionText}`}
              {s.signedAt && `，${s.signedAt.slice(0, 10)}`}
            </li>
          ))}
      </ul>
      {period.review && (
        <p>
          审核结论：<strong>{period.review.opinionLabel}</strong>
          {period.review.opinionText && `（${period.review.opinionText}）`}
        </p>
      )}
      {member && underReview && (
        <form method="post" action={`${base}/sign`}>
          <CsrfField token={token} />
          <fieldset>
            <legend>我的审核意见</legend>
            <label className="ws-check">
              <input type="radio" name="opinion" value="AGREE" defaultChecked={typed.opinion !== "OBJECTION"} /> 同意
            </label>
            <label className="ws-check">
              <input type="radio" name="opinion" value="OBJECTION" defaultChecked={typed.opinion === "OBJECTION"} /> 有异议
            </label>
          </fieldset>
          <Field name="opinionText" label="意见说明（有异议时必填）" error={forms.errors.fields.opinionText}>
            {(props) => <textarea {...props} defaultValue={typed.opinionText} />}
          </Field>
          <div className="ws-actions">
            <button type="submit">签字</button>
          </div>
        </form>
      )}
    </Layout>
  );
}
