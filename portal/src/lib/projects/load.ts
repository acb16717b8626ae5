import { query } from "~/lib/api.ts";
import { loadCountyNames, present } from "~/lib/communities/load.ts";
import type { ResultOf } from "~/lib/graphql.ts";
import { CommunityProjects, CountyProjects, FundedProject } from "./queries.ts";

export type ProjectSummary = NonNullable<ResultOf<typeof CommunityProjects>["community"]>["projects"][number];
export type Project = NonNullable<ResultOf<typeof FundedProject>["fundedProject"]>;

/** A community's funded projects, newest first. */
export async function loadProjects(code: string): Promise<ProjectSummary[]> {
  return present((await query(CommunityProjects, { code })).community, code).projects;
}

/** Every funded project of a county's communities, newest first. */
export async function loadCountyProjects(county: string): Promise<ProjectSummary[]> {
  return present((await query(CountyProjects, { county })).county, county).projects;
}

/** One project with its stages, money table and linked entries. */
export async function loadProject(id: string): Promise<Project> {
  const project = (await query(FundedProject, { id })).fundedProject;
  if (!project) throw new Error(`project ${id} vanished during the build`);
  return project;
}

/** getStaticPaths of the project pages: /c/<code>/projects/<id>/ */
export async function projectPaths() {
  const counties = await loadCountyNames();
  const lists = await Promise.all(counties.map((c) => loadCountyProjects(c.code)));
  return lists.flat().map((p) => ({ params: { code: p.community.code, id: p.id } }));
}
