import { query } from "~/lib/api.ts";
import { type Dataset, defineColumns, defineDataset, newest, textColumn } from "~/lib/data/dataset.ts";
import { everyNode } from "~/lib/data/published.ts";
import { fenOf } from "~/lib/format.ts";
import { graphql } from "~/lib/graphql.ts";
import { COLUMNS, SHEET_NAME } from "~api/jobs/sheet.ts";

const JobRows = graphql(`
  query JobRows($filter: JobFilter, $after: String) {
    jobPostings(first: 100, after: $after, filter: $filter) {
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          title employer { name } kind openings ageMin ageMax education skills health
          workProvince workCity workDistrict workAddress locationScope payKind payMin payMax pieceRate
          socialInsurance meals housing transport flexible homeBased hours postSubsidy termMonths exportSubsidy
          applyContact applyPhone applyPlace validFrom validUntil updatedAt communities { code }
        }
      }
    }
  }
`);

const CourseRows = graphql(`
  query CourseRows($filter: CourseFilter, $after: String) {
    trainingCourses(first: 100, after: $after, filter: $filter) {
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          title tradeLabel provider place startsOn endsOn sessions registrationDeadline capacity enrolled
          cost trainingSubsidy livingAllowancePerDay eligibility howToRegister certificate
        }
      }
    }
  }
`);

const COURSE_COLUMNS = defineColumns([
  textColumn("title", "课程名称", 24),
  textColumn("trade", "工种", 12),
  textColumn("provider", "培训机构", 24),
  textColumn("place", "培训地点", 24),
  textColumn("startsOn", "开班日期", 12),
  textColumn("endsOn", "结业日期", 12),
  textColumn("sessions", "上课时间", 24),
  textColumn("registrationDeadline", "报名截止", 12),
  textColumn("capacity", "名额", 8),
  textColumn("enrolled", "已报名", 8),
  textColumn("cost", "费用", 16),
  textColumn("trainingSubsidy", "培训补贴", 16),
  textColumn("livingAllowancePerDay", "生活补贴（元/天）", 12),
  textColumn("eligibility", "报名条件", 30),
  textColumn("howToRegister", "报名方式", 30),
  textColumn("certificate", "证书", 20),
]);

type Where = { communityCode: string } | { countyCode: string };
const whereOf = (scope: Dataset["scope"], code: string): Where =>
  scope === "community" ? { communityCode: code } : { countyCode: code };

const fenOrNull = (amount: string | null) => (amount === null ? null : fenOf(amount));

function jobsDataset(scope: Dataset["scope"], description: string) {
  return defineDataset({
    id: "jobs",
    title: "招聘岗位",
    description,
    frequency: "CONT",
    scope,
    columns: COLUMNS,
    sheetName: SHEET_NAME,
    async load(code) {
      const jobs = await everyNode(async (after) => (await query(JobRows, { filter: whereOf(scope, code), after })).jobPostings);
      const rows = jobs.map(({ employer, communities, updatedAt, ...job }) => ({
        ...job,
        employer: employer.name,
        payMin: fenOf(job.payMin),
        payMax: fenOf(job.payMax),
        postSubsidy: fenOrNull(job.postSubsidy),
        exportSubsidy: fenOrNull(job.exportSubsidy),
        communityCodes: communities.map((c) => c.code),
      }));
      return { rows, modified: newest(jobs.map((j) => j.updatedAt)) };
    },
  });
}

function coursesDataset(scope: Dataset["scope"]) {
  return defineDataset({
    id: "courses",
    title: "技能培训课程",
    description: "可报名的技能培训课程：时间、地点、名额、费用和补贴。",
    frequency: "CONT",
    scope,
    columns: COURSE_COLUMNS,
    sheetName: "培训课程",
    async load(code) {
      const courses = await everyNode(
        async (after) => (await query(CourseRows, { filter: whereOf(scope, code), after })).trainingCourses,
      );
      const rows = courses.map(({ tradeLabel, capacity, enrolled, ...course }) => ({
        ...course,
        trade: tradeLabel,
        capacity: String(capacity),
        enrolled: String(enrolled),
      }));
      // Courses carry no publication time; the catalogue says so rather than print the build's.
      return { rows, modified: null };
    },
  });
}

export const JOB_DATASETS = [
  jobsDataset("community", "面向本社区居民正在招聘的岗位（与岗位导入表格式相同，可直接导入）。"),
  jobsDataset("county", "面向全县各社区正在招聘的岗位（与岗位导入表格式相同，可直接导入）。"),
  coursesDataset("community"),
  coursesDataset("county"),
];
