import { allNodes, query } from "./api.ts";
import { type FragmentOf, readFragment, type VariablesOf } from "./graphql.ts";
import { CourseCard, CourseList, JobCard, JobList } from "./queries.ts";

type Filter = NonNullable<VariablesOf<typeof JobList>["filter"]>;

/**
 * The common ways job seekers narrow the list, each pre-built as its own page so that filtering
 * works without JavaScript. Keys are URL segments.
 */
export const JOB_VIEWS = {
  pay: { label: "工资从高到低", sort: "PAY", filter: {} },
  newest: { label: "最新发布", sort: "NEWEST", filter: {} },
  "home-based": { label: "可居家就业", sort: "PAY", filter: { homeBasedOnly: true } },
  flexible: { label: "弹性时间", sort: "PAY", filter: { flexibleOnly: true } },
  "public-welfare": { label: "公益性岗位", sort: "PAY", filter: { kind: "PUBLIC_WELFARE" } },
  nearby: { label: "社区内和县内", sort: "PAY", filter: { scopes: ["COMMUNITY", "COUNTY"] } },
  away: { label: "外出务工", sort: "PAY", filter: { scopes: ["PROVINCE", "OUT_OF_PROVINCE"] } },
} as const satisfies Record<string, { label: string; sort: "PAY" | "NEWEST"; filter: Filter }>;

export type JobView = keyof typeof JOB_VIEWS;
export const jobViews = Object.keys(JOB_VIEWS) as JobView[];

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

/** "2026-11-30" → "11月30日" for compact cards. */
export const shortDate = (iso: string) => `${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
