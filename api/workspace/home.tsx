/** @jsxImportSource react */
/** @jsxRuntime automatic */
import type { Request, Response } from "express";
import { committeeHome } from "./committee/routes.tsx";
import { countyHome } from "./county/routes.tsx";
import { graphql, type ResultOf } from "./graphql.ts";
import { Layout, sendPage } from "./page.tsx";
import { staffOf } from "./staff.ts";

const Home = graphql(`
  query WorkspaceHome {
    me {
      role
      communities {
        code name
        catalogue { status statusText periodLabel item { id name } }
        drafts { id title }
        questions { id subjectTitle standing standingLabel dueOn }
      }
    }
  }
`);

type HomeCommunity = NonNullable<ResultOf<typeof Home>["me"]>["communities"][number];

const LATE = new Set(["OVERDUE", "DUE_SOON"]);
const OPEN_QUESTIONS = new Set(["AWAITING", "OVERDUE"]);

function EditorCommunity({ community }: { community: HomeCommunity }) {
  const due = community.catalogue.filter((e) => LATE.has(e.status));
  const questions = community.questions.filter((q) => OPEN_QUESTIONS.has(q.standing));
  return (
    <section aria-labelledby={`c-${community.code}`}>
      <h2 id={`c-${community.code}`}>{community.name}</h2>
      <p>
        <a className="ws-button" href={`/staff/disclosures/new?community=${encodeURIComponent(community.code)}`}>
          撰写公开内容
        </a>
      </p>
      <h3>到期和逾期的目录事项（{due.length}）</h3>
      {due.length ? (
        <ul className="ws-list">
          {due.map((e) => (
            <li key={e.item.id}>
              {e.item.name}
              {e.periodLabel && `（${e.periodLabel}）`}：<strong>{e.statusText}</strong>
            </li>
          ))}
        </ul>
      ) : (
        <p>没有到期或逾期的事项。</p>
      )}
      <h3>草稿（{community.drafts.length}）</h3>
      {community.drafts.length ? (
        <ul className="ws-list">
          {community.drafts.map((d) => (
            <li key={d.id}>
              <a href={`/staff/disclosures/${d.id}`}>{d.title}</a>
            </li>
          ))}
        </ul>
      ) : (
        <p>没有草稿。</p>
      )}
      <h3>待答复的居民质询（{questions.length}）</h3>
      {questions.length ? (
        <ul className="ws-list">
          {questions.map((q) => (
            <li key={q.id}>
              <a href={`/staff/questions/${q.id}`}>{q.subjectTitle ?? "（未命名记录）"}</a>：{q.standingLabel}，答复期限 {q.dueOn}
            </li>
          ))}
        </ul>
      ) : (
        <p>没有待答复的质询。</p>
      )}
    </section>
  );
}

/** The first screen after signing in: what each role has to do, community by community. */
export async function homeScreen(_req: Request, res: Response) {
  const staff = staffOf(res);
  const role = staff.session.viewer.role;
  if (role === "SUPERVISOR") return committeeHome(res);
  if (role === "ADMIN") return res.redirect(303, "/staff/admin/");
  if (role === "COUNTY_EDITOR") return countyHome(res);
  // Drafts are for editors only: the API refuses the whole query to anyone else.
  const me = role === "COMMUNITY_EDITOR" ? (await staff.run(Home, {})).me : null;
  sendPage(
    res,
    <Layout title="工作台" chrome={staff.chrome}>
      {role === "COMMUNITY_EDITOR" && (
        <ul className="ws-list">
          <li>
            <a href="/staff/imports/">批量导入（收支明细、收缴情况、救助名单）</a>
          </li>
          <li>
            <a href="/staff/finance/">财务账目：记账、提交审核、答复监督委员会</a>
          </li>
          <li>
            <a href="/staff/questions/">答复居民质询</a>
          </li>
          <li>
            <a href="/staff/rosters/">班子成员和工作人员：上岗、离任、上岗公示</a>
          </li>
          <li>
            <a href="/staff/records/">登记和公开各类记录：党务、四议两公开、项目、选举、救助、公益性岗位、收费、资产、目录</a>
          </li>
        </ul>
      )}
      {role === "COMMUNITY_EDITOR" && me?.communities.map((c) => <EditorCommunity key={c.code} community={c} />)}
    </Layout>,
  );
}
