/** @jsxImportSource react */
/** @jsxRuntime automatic */
import type { FormErrors, ResultOf } from "../graphql.ts";
import { type Chrome, CsrfField, Field, Layout, Notice } from "../page.tsx";
import type { QuestionForAnswer, Questions } from "./operations.ts";

type Signed = Chrome & { user: { csrfToken: string } };
type Community = NonNullable<ResultOf<typeof Questions>["me"]>["communities"][number];
type Question = Community["questions"][number];
type Detail = NonNullable<ResultOf<typeof QuestionForAnswer>["question"]>;

/** Standings that still need an answer; the rest are history. */
export const OPEN_STANDINGS: ReadonlySet<string> = new Set(["AWAITING", "OVERDUE"]);

const day = (iso: string) => iso.slice(0, 10);

function Subject({ q }: { q: Question }) {
  const title = q.subjectTitle ?? "（未命名记录）";
  return (
    <>
      {q.subjectKindLabel}：{q.subjectPath ? <a href={q.subjectPath}>{title}</a> : title}
    </>
  );
}

export function QuestionsPage({ chrome, communities }: { chrome: Signed; communities: readonly Community[] }) {
  return (
    <Layout title="居民质询" chrome={chrome}>
      {communities.map((c) => {
        // Oldest deadline first: the one that runs out next is answered next.
        const open = c.questions.filter((q) => OPEN_STANDINGS.has(q.standing)).sort((a, b) => a.dueOn.localeCompare(b.dueOn));
        const answered = c.questions.filter((q) => q.answer);
        return (
          <section key={c.code} aria-labelledby={`c-${c.code}`}>
            <h2 id={`c-${c.code}`}>{c.name}</h2>
            <h3>待答复（{open.length}）</h3>
            {open.length === 0 && <p>没有待答复的质询。</p>}
            <ul className="ws-list">
              {open.map((q) => (
                <li key={q.id}>
                  <p>
                    <strong>{q.standingLabel}</strong>，答复期限 {q.dueOn}。<Subject q={q} />
                  </p>
                  <p>{q.text ?? "（问题内容已隐藏）"}</p>
                  <p>
                    <a className="ws-button" href={`/staff/questions/${q.id}`} aria-label={`答复：${q.text ?? q.id}`}>
                      答复
                    </a>
                  </p>
                </li>
              ))}
            </ul>
            <h3>已答复（{answered.length}）</h3>
            {answered.length === 0 && <p>还没有答复过的质询。</p>}
            <ul className="ws-list">
              {answered.map((q) => (
                <li key={q.id}>
                  <p>
                    <Subject q={q} />（{q.standingLabel}）
                  </p>
                  <p>问：{q.text ?? "（问题内容已隐藏）"}</p>
                  <p>
                    答：{q.answer?.text}（{q.answer?.answeredByName}，{q.answer && day(q.answer.answeredAt)}）
                  </p>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </Layout>
  );
}

/** A phone number the asker left becomes a tel: link; anything else stays as written. */
function Contact({ contact }: { contact: string }) {
  const phone = contact.replace(/[\s-]/g, "");
  return /^\+?\d{5,20}$/.test(phone) ? <a href={`tel:${phone}`}>{contact}</a> : contact;
}

export function AnswerPage({
  chrome,
  question,
  errors,
  typed,
  notice,
}: {
  chrome: Signed;
  question: Detail;
  errors: FormErrors;
  typed: string;
  notice?: string | undefined;
}) {
  return (
    <Layout title="答复居民质询" chrome={chrome}>
      <p>
        <a href="/staff/questions/">← 全部质询</a>
      </p>
      {notice && <Notice tone="ok">{notice}</Notice>}
      {errors.form && <Notice tone="error">{errors.form}</Notice>}
      <dl>
        <dt>社区</dt>
        <dd>{question.communityName}</dd>
        <dt>关于</dt>
        <dd>
          <Subject q={question} />
        </dd>
        <dt>提问人</dt>
        <dd>
          {question.askerName ?? question.askerLabel}
          {question.askerName && "（全名仅工作人员可见，公开时隐去）"}
        </dd>
        {question.contact && (
          <>
            <dt>联系方式（不公开）</dt>
            <dd>
              <Contact contact={question.contact} />
            </dd>
          </>
        )}
        <dt>提问时间</dt>
        <dd>{day(question.askedAt)}</dd>
        <dt>状态</dt>
        <dd>
          {question.standingLabel}，答复期限 {question.dueOn}（{question.statusLabel}）
        </dd>
      </dl>
      <h2>问题</h2>
      <p>{question.text ?? "（问题内容已隐藏）"}</p>
      {question.answer ? (
        <>
          <h2>答复</h2>
          <p>{question.answer.text}</p>
          <p>
            {question.answer.answeredByName}，{day(question.answer.answeredAt)}
          </p>
        </>
      ) : (
        <form method="post" action={`/staff/questions/${question.id}/answer`}>
          <CsrfField token={chrome.user.csrfToken} />
          <Field name="text" label="答复内容" hint="以您本人的账号公开，公开后不能修改。" error={errors.fields.text}>
            {(props) => <textarea {...props} required defaultValue={typed} />}
          </Field>
          <div className="ws-actions">
            <button type="submit">公开答复</button>
          </div>
        </form>
      )}
    </Layout>
  );
}
