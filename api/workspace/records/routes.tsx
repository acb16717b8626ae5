/** @jsxImportSource react */
/** @jsxRuntime automatic */
import type { Request, Response } from "express";
import { Router } from "express";
import { schema } from "../../../schema/index.ts";
import { OperationFailed } from "../graphql.ts";
import { sendPage, sendProblem } from "../page.tsx";
import { signedChrome, staffOf, text } from "../staff.ts";
import { RECORD_FORMS, type RecordForm, recordForm } from "./forms.ts";
import { type FormField, formFields, operationText } from "./model.ts";
import { loadOptions, untyped } from "./options.ts";
import { RecordFormPage, type RecordFormState, RecordsIndexPage } from "./pages.tsx";
import { DEFAULT_ROWS, MAX_ROWS, readForm, rowsSent, type Upload } from "./values.ts";

const built = new Map<string, { fields: FormField[]; operation: ReturnType<typeof untyped> }>();

/** The form's fields and operation, generated from the schema once per process. */
function generated(form: RecordForm) {
  let entry = built.get(form.mutation);
  if (!entry) {
    entry = { fields: formFields(schema, form.mutation, form), operation: untyped(operationText(schema, form.mutation)) };
    built.set(form.mutation, entry);
  }
  return entry;
}

const formsFor = (res: Response) => RECORD_FORMS.filter((f) => f.roles.includes(staffOf(res).session.viewer.role));

/** Every field name the page will show, row by row, so an error the API names lands beside its input. */
function* shownPaths(fields: readonly FormField[], rows: Record<string, number>, base: string | null): Generator<string> {
  for (const field of fields) {
    const path = base === null ? field.path : `${base}.${field.path.slice(field.path.lastIndexOf(".") + 1)}`;
    yield path;
    if (field.kind === "group") yield* shownPaths(field.fields, rows, path);
    if (field.kind === "rows") {
      for (let i = 0; i < Math.max(rows[path] ?? 0, DEFAULT_ROWS); i++) {
        yield `${path}.${i}`;
        yield* shownPaths(field.fields, rows, `${path}.${i}`);
      }
    }
  }
}

/** Puts each issue beside the field it names, or the nearest shown part of it; the rest above the form. */
function placeIssues(issues: readonly { field: string; message: string }[], shown: ReadonlySet<string>) {
  const errors: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const issue of issues) {
    let path: string | undefined = [issue.field, `input.${issue.field}`].find((p) => shown.has(p));
    for (let p = issue.field; !path && p.includes("."); ) {
      p = p.slice(0, p.lastIndexOf("."));
      if (shown.has(p)) path = p;
    }
    if (path) errors[path] = errors[path] ? `${errors[path]}；${issue.message}` : issue.message;
    else unplaced.push(issue.message);
  }
  return { errors, ...(unplaced.length ? { problem: unplaced.join("；") } : {}) };
}

async function show(res: Response, form: RecordForm, state: RecordFormState, status = 200) {
  const { fields } = generated(form);
  const staff = staffOf(res);
  const options = await loadOptions(staff.run, fields, staff.session.viewer.role === "COUNTY_EDITOR");
  sendPage(
    res,
    <RecordFormPage chrome={signedChrome(res)} form={form} fields={fields} options={options} state={state} />,
    status,
  );
}

function allowed(res: Response, mutation: string): RecordForm | null {
  const form = recordForm(mutation);
  if (!form) {
    sendProblem(res, 404, "没有这个页面。", staffOf(res).chrome);
    return null;
  }
  if (!form.roles.includes(staffOf(res).session.viewer.role)) {
    sendProblem(res, 403, "您的账号无权使用这一功能。", staffOf(res).chrome);
    return null;
  }
  return form;
}

const REFUSED_WHOLE: Record<string, string> = {
  BUSY: "服务器繁忙，没有保存任何内容，请稍后再试。",
  BAD_USER_INPUT: "提交的内容格式不对，没有保存。请检查后重新提交。",
};

async function submit(req: Request, res: Response, form: RecordForm) {
  const { fields, operation } = generated(form);
  const refused = res.locals.uploadRefused;
  const upload: Upload | undefined = req.file ? { buffer: req.file.buffer, mimetype: req.file.mimetype } : undefined;
  const read = readForm(fields, req.body, upload);
  const more = text(req.body, "_more");
  if (more) {
    // "More rows" only redraws the form with what was typed; nothing is sent to the API.
    read.rows[more] = Math.min((read.rows[more] ?? DEFAULT_ROWS) + 3, MAX_ROWS);
    return show(res, form, { values: req.body, errors: {}, rows: read.rows });
  }
  if (typeof refused === "string") {
    return show(res, form, { values: req.body, errors: {}, rows: read.rows, problem: refused }, 400);
  }
  if (Object.keys(read.errors).length) {
    return show(
      res,
      form,
      { values: req.body, errors: read.errors, rows: read.rows, problem: "有填写不正确的项目，没有保存。" },
      400,
    );
  }
  let result: { __typename?: string; message?: string; issues?: { field: string; message: string }[] };
  try {
    result = (await staffOf(res).run(operation, read.variables)).result as typeof result;
  } catch (error) {
    const message = error instanceof OperationFailed ? REFUSED_WHOLE[error.code] : undefined;
    if (!message) throw error;
    return show(res, form, { values: req.body, errors: {}, rows: read.rows, problem: message }, 400);
  }
  if (result.message === undefined) {
    res.redirect(303, `/staff/records/?done=${encodeURIComponent(form.mutation)}`);
    return;
  }
  const shown = new Set(shownPaths(fields, read.rows, null));
  const placed = result.issues?.length ? placeIssues(result.issues, shown) : { errors: {}, problem: result.message };
  return show(
    res,
    form,
    { values: req.body, rows: read.rows, ...placed, problem: placed.problem ?? "没有保存，请按提示修改。" },
    400,
  );
}

/** Forms for every record the API takes that has no screen of its own, generated from the schema. */
export function recordScreens(): Router {
  const router = Router();
  router.get("/", (req, res) => {
    const done = recordForm(String(req.query.done ?? ""));
    sendPage(res, <RecordsIndexPage chrome={signedChrome(res)} forms={formsFor(res)} {...(done ? { done } : {})} />);
  });
  router.get("/:mutation", async (req, res) => {
    const form = allowed(res, String(req.params.mutation));
    if (!form) return;
    // A link may prefill fields, e.g. the record to correct: `?id=…`.
    const rows: Record<string, number> = {};
    for (const field of generated(form).fields) {
      if (field.kind === "rows") rows[field.path] = rowsSent(req.query, field.path);
    }
    await show(res, form, { values: req.query, errors: {}, rows });
  });
  router.post("/:mutation", async (req, res) => {
    const form = allowed(res, String(req.params.mutation));
    if (form) await submit(req, res, form);
  });
  return router;
}
