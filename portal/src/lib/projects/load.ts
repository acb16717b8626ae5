import { query } from "~/lib/api.ts";
import { present } from "~/lib/communities/load.ts";
import type { ResultOf } from "~/lib/graphql.ts";
import { pageCountyCodes } from "~/lib/paths.ts";
import { CommunityProjects, CountyProjects, FundedProject, ProjectPhotoFiles } from "./queries.ts";

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

/**
 * getStaticPaths of the project pages: /c/<code>/projects/<id>/. Listed by the build's counties:
 * at 1,000 communities, listing every county's projects took a partial build 1,300 statements.
 */
export async function projectPaths() {
  const lists = await Promise.all((await pageCountyCodes()).map(loadCountyProjects));
  return lists.flat().map((p) => ({ params: { code: p.community.code, id: p.id } }));
}

/** A project's photo files as stored: /c/<code>/projects/<id>/<sha256>.<ext> */
export async function loadPhotoFiles(id: string) {
  return (await query(ProjectPhotoFiles, { id })).fundedProject?.photos ?? [];
}

/** Width of the copy a project page shows; the original stays beside it, as uploaded. */
export const PHOTO_WIDTH = 800;

/** The file name of a photo's page-sized copy, made at build time from the original. */
export const resizedName = (sha256: string) => `${sha256}-${PHOTO_WIDTH}.webp`;

/** getStaticPaths of the photo files: each photo as uploaded, and its page-sized copy. */
export async function photoPaths() {
  const projects = await projectPaths();
  const perProject = await Promise.all(
    projects.map(async ({ params }) =>
      (await loadPhotoFiles(params.id)).flatMap((p) => [
        { params: { ...params, file: p.fileName } },
        { params: { ...params, file: resizedName(p.sha256) } },
      ]),
    ),
  );
  return perProject.flat();
}
