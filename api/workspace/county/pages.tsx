/** @jsxImportSource react */
/** @jsxRuntime automatic */
import type { ResultOf } from "../graphql.ts";
import { type Chrome, Layout } from "../page.tsx";
import type { CountyDesk } from "./operations.ts";

type County = NonNullable<NonNullable<ResultOf<typeof CountyDesk>["me"]>["county"]>;

/** The county editor's home: every community of the county, most overdue catalogue items first. */
export function CountyHomePage({ chrome, county }: { chrome: Chrome; county: County | null }) {
  return (
    <Layout title={county ? `${county.name}工作台` : "工作台"} chrome={chrome}>
      {!county && <p>您的账号没有所属县，请联系平台管理员。</p>}
      {county && (
        <p className="ws-actions">
          <a className="ws-button" href="/staff/jobs/">
            招聘岗位和培训课程
          </a>{" "}
          <a className="ws-button" href="/staff/records/">
            县级公开目录、公益性岗位和其他记录
          </a>
        </p>
      )}
      {county && (
        <section aria-labelledby="overdue">
          <h2 id="overdue">各社区逾期的目录事项</h2>
          <ul className="ws-list">
            {county.overdue.map(({ community, overdueCount, overdue }) => (
              <li key={community.code}>
                <p>
                  <a href={`/c/${community.code}/catalogue/`}>{community.name}</a>：
                  {overdueCount ? <strong>逾期 {overdueCount} 项</strong> : "没有逾期事项"}
                </p>
                {overdueCount > 0 && (
                  <ul>
                    {overdue.map((e) => (
                      <li key={e.item.id}>
                        {e.item.name}
                        {e.periodLabel && `（${e.periodLabel}）`}：{e.statusText}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </Layout>
  );
}
