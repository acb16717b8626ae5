import { allNodes, query } from "~/lib/api.ts";
import { present } from "~/lib/communities/load.ts";
import { type FragmentOf, readFragment, type VariablesOf } from "~/lib/graphql.ts";
import { pageCommunityCodes } from "~/lib/paths.ts";
import { CourseCard, CourseDetail, CourseList, JobBoards, JobCard, JobDestinations, JobDetail, JobList } from "./queries.ts";
import { JOB_VIEWS, type JobView } from "./views.ts";

export type Job = FragmentOf<typeof JobCard>;
export type Course = FragmentOf<typeof CourseCard>;
type Where = { communityCode?: string; countyCode?: string };
type Filter = NonNullable<VariablesOf<typeof JobList>["filter"]>;

/** Open postings of a pre-built view, narrowed further by `narrower` (a province or city of work). */
export async function openJobs(where: Where, view: JobView, narrower: Filter = {}) {
  const { sort, filter } = JOB_VIEWS[view];
  return allNodes(async (after) => {
    const { jobPostings } = await query(JobList, { filter: { ...filter, ...narrower, ...where }, sort, after });
    return { pageInfo: jobPostings.pageInfo, nodes: jobPostings.edges.map((e) => e.node) };
  });
}

export async function openCourses(where: Where) {
  return allNodes(async (after) => {
    const { trainingCourses } = await query(CourseList, { filter: where, after });
    return { pageInfo: trainingCourses.pageInfo, nodes: trainingCourses.edges.map((e) => e.node) };
  });
}

export const jobFields = (job: Job) => readFragment(JobCard, job);
export const courseFields = (course: Course) => readFragment(CourseCard, course);

export async function loadJob(id: string) {
  const { jobPosting } = await query(JobDetail, { id });
  if (!jobPosting) throw new Error(`posting ${id} vanished during the build`);
  return jobPosting;
}

export async function loadCourse(id: string) {
  const { trainingCourse } = await query(CourseDetail, { id });
  if (!trainingCourse) throw new Error(`course ${id} vanished during the build`);
  return trainingCourse;
}

/** A community's monthly boards (每月公开), newest first. */
export async function loadJobBoards(code: string) {
  return present((await query(JobBoards, { code })).community, code).jobBoards;
}

/** Where open postings away from home have their place of work (外出务工目的地), by province and city. */
export async function loadDestinations(where: Where) {
  return (await query(JobDestinations, where)).jobDestinations;
}

export type Destination = Awaited<ReturnType<typeof loadDestinations>>[number];

/** The provinces among destinations, each once, most postings first. */
export function destinationProvinces(list: Destination[]) {
  const seen = new Map<string, { provinceCode: string; province: string; postings: number }>();
  for (const d of list) {
    const p = seen.get(d.provinceCode) ?? { provinceCode: d.provinceCode, province: d.province, postings: 0 };
    seen.set(d.provinceCode, { ...p, postings: p.postings + d.postings });
  }
  return [...seen.values()].sort((a, b) => b.postings - a.postings || a.provinceCode.localeCompare(b.provinceCode));
}

/** Each community's destinations, fetched once per build for the province and city pages and their feeds. */
let byCommunity: Promise<{ code: string; list: Destination[] }[]> | undefined;
function destinationsByCommunity() {
  byCommunity ??= pageCommunityCodes().then((codes) =>
    Promise.all(codes.map(async (code) => ({ code, list: await loadDestinations({ communityCode: code }) }))),
  );
  return byCommunity;
}

/** getStaticPaths of the pages by province of work, /c/<code>/jobs/to/<province>/, for every community. */
export async function provincePaths() {
  return (await destinationsByCommunity()).flatMap(({ code, list }) =>
    destinationProvinces(list).map((p) => ({ params: { code, province: p.provinceCode }, props: { province: p.province } })),
  );
}

/** getStaticPaths of the pages by city of work, /c/<code>/jobs/to/<province>/<city>/, for every community. */
export async function cityPaths() {
  return (await destinationsByCommunity()).flatMap(({ code, list }) =>
    list.map((d) => ({
      params: { code, province: d.provinceCode, city: d.citySlug },
      props: { province: d.province, city: d.city },
    })),
  );
}
