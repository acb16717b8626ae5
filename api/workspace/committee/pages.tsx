/** @jsxImportSource react */
/** @jsxRuntime automatic */

import type { Months } from "../finance/operations.ts";
import type { ResultOf } from "../graphql.ts";
import { type Chrome, Layout } from "../page.tsx";
import { shanghaiMinute } from "../time.ts";
import type { MySignatures } from "./operations.ts";

type Communities = NonNullable<ResultOf<typeof Months>["me"]>["communities"];
type Signatures = NonNullable<ResultOf<typeof MySignatures>["me"]>["reviewSignatures"];

/** The months this member still has to review: submitted, and not yet signed by them (others may have). */
function Waiting({ communities, signatures }: { communities: Communities; signatures: Signatures }) {
  const signed = new Set(signatures.map((s) => s.period.id));
  const waiting = communities.flatMap((c) =>
    c.financePeriods.edges
      .filter(({ node }) => node.status === "SUBMITTED" && !signed.has(node.id))
      .map(({ node }) => ({ c, node })),
  );
  return (
    <section aria-labelledby="waiting">
      <h2 id="waiting">待我审核的月度账目（{waiting.length}）</h2>
      {waiting.length ? (
        <ul className="ws-list">
          {waiting.map(({ c, node }) => (
            <li key={node.id}>
              <a href={`/staff/finance/${node.id}`}>
                {c.name} {node.label}
              </a>
              ：{node.statusLabel}
              {node.unansweredQueries > 0 && `，${node.unansweredQueries} 条质询待答复`}
            </li>
          ))}
        </ul>
      ) : (
        <p>目前没有等待您审核的账目。</p>
      )}
      <p>
        <a href="/staff/finance/">查看全部月度账目</a>
      </p>
      <p>
        <a href="/staff/records/">对议事环节和居民提问发表监督意见</a>
      </p>
    </section>
  );
}

function History({ signatures }: { signatures: Signatures }) {
  return (
    <section aria-labelledby="history">
      <h2 id="history">我的签字记录（{signatures.length}）</h2>
      {signatures.length ? (
        <table>
          <thead>
            <tr>
              <th scope="col">月份</th>
              <th scope="col">意见</th>
              <th scope="col">签字时间</th>
            </tr>
          </thead>
          <tbody>
            {signatures.map((s) => (
              <tr key={s.period.id}>
                <td>
                  <a href={`/staff/finance/${s.period.id}`}>
                    {s.period.community.name} {s.period.label}
                  </a>
                </td>
                <td>
                  <strong>{s.opinionLabel}</strong>
                  {s.opinionText && `：${s.opinionText}`}
                </td>
                <td>{s.signedAt && shanghaiMinute(s.signedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>您还没有签过字。</p>
      )}
    </section>
  );
}

/** The supervision committee member's home: what waits for their review, and the history of what they signed. */
export function CommitteeHomePage({
  chrome,
  communities,
  signatures,
}: {
  chrome: Chrome;
  communities: Communities;
  signatures: Signatures;
}) {
  return (
    <Layout title="工作台" chrome={chrome}>
      <Waiting communities={communities} signatures={signatures} />
      <History signatures={signatures} />
    </Layout>
  );
}
