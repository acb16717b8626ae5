import { allNodes, query } from "~/lib/api.ts";
import { present } from "~/lib/communities/load.ts";
import { type FragmentOf, readFragment } from "~/lib/graphql.ts";
import { CourseCard, CourseDetail, CourseList, JobBoards, JobCard, JobDetail, JobList } from "./queries.ts";
import { JOB_VIEWS, type JobView } from "./views.ts";

export type Job = FragmentOf<typeof JobCard>;
export type Course = FragmentOf<typeof CourseCard>;

export async function openJobs(where: { communityCode?: string; countyCode?: string }, view: JobView) {
  const { sort, filter } = JOB_VIEWS[view];
  return allNodes(async (after) => {
    const { jobPostings } = await query(JobList, { filter: { ...filter, ...where }, sort, after });
    return { pageInfo: jobPostings.pageInfo, nodes: jobPostings.edges.map((e) => e.node) };
  });
}

export async function openCourses(where: { communityCode?: string; countyCode?: string }) {
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
