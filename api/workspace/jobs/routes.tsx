/** @jsxImportSource react */
/** @jsxRuntime automatic */
import { type Response, Router } from "express";
import { type FormErrors, formErrors } from "../graphql.ts";
import { sendPage, sendProblem } from "../page.tsx";
import { onlyRoles, signedChrome, staffOf, text } from "../staff.ts";
import {
  COURSE_FIELDS,
  courseInput,
  EMPLOYER_FIELDS,
  EMPTY_FORM,
  employerInput,
  type FieldSpec,
  type FormValues,
  POSTING_FIELDS,
  postingInput,
  readForm,
  STATUS_CHOICES,
} from "./forms.ts";
import {
  CountyEmployers,
  CountyJobs,
  CreateEmployer,
  CreateJobPosting,
  CreateTrainingCourse,
  JobFormOptions,
  SetCourseEnrolment,
  SetJobPostingStatus,
} from "./operations.ts";
import { EmployerLead, JobsPage, type ListOutcome, NewJobItemPage } from "./pages.tsx";

const NO_ERRORS: FormErrors = { fields: {} };
const NO_COUNTY = "您的账号没有所属县，请联系平台管理员。";

async function showList(res: Response, outcome?: ListOutcome, status = 200) {
  const { me } = await staffOf(res).run(CountyJobs, {});
  if (!me?.county) return sendProblem(res, 403, NO_COUNTY, staffOf(res).chrome);
  sendPage(res, <JobsPage chrome={signedChrome(res)} county={me.county} {...(outcome ? { outcome } : {})} />, status);
}

type Form = { kind: keyof typeof FORMS; values: FormValues; errors: FormErrors };

const FORMS = {
  posting: {
    title: "发布招聘岗位",
    action: "/staff/jobs/postings/new",
    submit: "发布岗位",
    specs: POSTING_FIELDS,
    flagsLegend: "待遇和条件（符合的请勾选）",
  },
  course: {
    title: "发布培训课程",
    action: "/staff/jobs/courses/new",
    submit: "发布课程",
    specs: COURSE_FIELDS,
    flagsLegend: "",
  },
  employer: {
    title: "登记用工单位",
    action: "/staff/jobs/employers/new",
    submit: "登记",
    specs: EMPLOYER_FIELDS,
    flagsLegend: "核实情况",
  },
} as const;

/** The county the form is for, with its communities; null when the account has none. */
async function formCounty(res: Response) {
  const { me } = await staffOf(res).run(JobFormOptions, {});
  if (!me?.county) return null;
  return { code: me.county.code, communities: me.county.townships.flatMap((t) => t.communities) };
}

async function showForm(res: Response, { kind, values, errors }: Form, status = 200) {
  const county = await formCounty(res);
  if (!county) return sendProblem(res, 403, NO_COUNTY, staffOf(res).chrome);
  const choices: Record<string, Record<string, string>> = {};
  if (kind === "posting") {
    const { employers } = await staffOf(res).run(CountyEmployers, { countyCode: county.code });
    choices.employerId = Object.fromEntries(employers.map((e) => [e.id, `${e.name}（${e.kindLabel}）`]));
  }
  const form = FORMS[kind];
  sendPage(
    res,
    <NewJobItemPage
      chrome={signedChrome(res)}
      {...form}
      choices={choices}
      {...(kind === "employer" ? {} : { communities: county.communities })}
      {...(kind === "posting" ? { lead: <EmployerLead /> } : {})}
      values={values}
      errors={errors}
    />,
    status,
  );
}

/** After a new posting or course, the list with a word on it; a redirect, so reloading cannot publish it twice. */
const published = (id: string) => `/staff/jobs/?published=${encodeURIComponent(id)}`;

type Refusal = Parameters<typeof formErrors>[0];

/** A refusal of a list action in one line: it has no field of its own to sit beside. */
const refusalText = (refusal: Refusal) => formErrors(refusal, []).form ?? refusal.message;

const shownFields = (specs: readonly FieldSpec[]) => [...specs.map((s) => s.name), "communityCodes"];

/**
 * A new posting, course or employer: the form's own problems first, without asking the API; then
 * the mutation, whose success goes on to `next` and whose refusal returns the form as typed.
 */
async function submitNew(
  res: Response,
  form: { kind: Form["kind"]; values: FormValues; issues: Record<string, string> },
  create: () => Promise<{ next: string } | { refused: Refusal }>,
) {
  const { kind, values, issues } = form;
  if (Object.keys(issues).length) return showForm(res, { kind, values, errors: { fields: issues } }, 400);
  const outcome = await create();
  if ("next" in outcome) return res.redirect(303, outcome.next);
  await showForm(res, { kind, values, errors: formErrors(outcome.refused, shownFields(FORMS[kind].specs)) }, 400);
}

/**
 * Job postings and training courses for the county editor: published to one, several or every
 * community of the county through `createJobPosting` and `createTrainingCourse`, then closed, filled,
 * reopened or their enrolment kept up to date; employers registered (`createEmployer`) on the way.
 */
export function jobScreens(): Router {
  const router = Router();
  // Admins have no county to publish for; community editors post through the API for their own communities.
  router.use(onlyRoles("COUNTY_EDITOR"));

  router.get("/", async (req, res) => {
    const id = typeof req.query.published === "string" ? req.query.published : undefined;
    await showList(res, id ? { id, tone: "ok", message: "已发布，公示栏将在几分钟内更新。" } : undefined);
  });

  router.get("/postings/new", (req, res) => {
    // Back from registering an employer: that employer is the one this posting is for.
    const employerId = typeof req.query.employer === "string" ? req.query.employer : "";
    return showForm(res, { kind: "posting", values: { ...EMPTY_FORM, fields: { employerId } }, errors: NO_ERRORS });
  });
  router.get("/employers/new", (_req, res) => showForm(res, { kind: "employer", values: EMPTY_FORM, errors: NO_ERRORS }));
  router.get("/courses/new", (_req, res) => showForm(res, { kind: "course", values: EMPTY_FORM, errors: NO_ERRORS }));

  router.post("/postings/new", async (req, res) => {
    const values = readForm(req.body, POSTING_FIELDS);
    const { input, issues } = postingInput(values);
    await submitNew(res, { kind: "posting", values, issues }, async () => {
      const { createJobPosting: r } = await staffOf(res).run(CreateJobPosting, { input });
      return r.__typename === "CreateJobPostingSuccess" ? { next: published(r.posting.id) } : { refused: r };
    });
  });

  router.post("/courses/new", async (req, res) => {
    const values = readForm(req.body, COURSE_FIELDS);
    const county = await formCounty(res);
    if (!county) return sendProblem(res, 403, NO_COUNTY, staffOf(res).chrome);
    const { input, issues } = courseInput(values, county.code);
    await submitNew(res, { kind: "course", values, issues }, async () => {
      const { createTrainingCourse: r } = await staffOf(res).run(CreateTrainingCourse, { input });
      return r.__typename === "CreateTrainingCourseSuccess" ? { next: published(r.course.id) } : { refused: r };
    });
  });

  router.post("/employers/new", async (req, res) => {
    const values = readForm(req.body, EMPLOYER_FIELDS);
    const county = await formCounty(res);
    if (!county) return sendProblem(res, 403, NO_COUNTY, staffOf(res).chrome);
    const { input, issues } = employerInput(values, county.code);
    await submitNew(res, { kind: "employer", values, issues }, async () => {
      const { createEmployer: r } = await staffOf(res).run(CreateEmployer, { input });
      return r.__typename === "CreateEmployerSuccess"
        ? { next: `/staff/jobs/postings/new?employer=${encodeURIComponent(r.employer.id)}` }
        : { refused: r };
    });
  });

  router.post("/postings/:id/status", async (req, res) => {
    const id = String(req.params.id);
    const status = text(req.body, "status");
    if (!(status in STATUS_CHOICES)) return showList(res, { id, tone: "error", message: "请选择招聘状态" }, 400);
    const { setJobPostingStatus: result } = await staffOf(res).run(SetJobPostingStatus, {
      id,
      status: status as keyof typeof STATUS_CHOICES,
    });
    if (result.__typename === "SetJobPostingStatusSuccess")
      return showList(res, { id, tone: "ok", message: `已改为“${STATUS_CHOICES[status as keyof typeof STATUS_CHOICES]}”。` });
    await showList(res, { id, tone: "error", message: refusalText(result) }, 400);
  });

  router.post("/courses/:id/enrolment", async (req, res) => {
    const id = String(req.params.id);
    const typed = text(req.body, "enrolled").trim();
    const status = text(req.body, "status");
    if (!/^\d{1,9}$/.test(typed)) return showList(res, { id, tone: "error", message: "已报名人数应为整数" }, 400);
    if (!(status in STATUS_CHOICES)) return showList(res, { id, tone: "error", message: "请选择报名状态" }, 400);
    const { setCourseEnrolment: result } = await staffOf(res).run(SetCourseEnrolment, {
      id,
      enrolled: Number(typed),
      status: status as keyof typeof STATUS_CHOICES,
    });
    if (result.__typename === "SetCourseEnrolmentSuccess") return showList(res, { id, tone: "ok", message: "报名情况已保存。" });
    await showList(res, { id, tone: "error", message: refusalText(result) }, 400);
  });
  return router;
}
