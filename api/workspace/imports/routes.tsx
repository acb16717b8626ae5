/** @jsxImportSource react */
/** @jsxRuntime automatic */
import type { NextFunction, Request, Response } from "express";
import { Router } from "express";
import multer from "multer";
import { type FormErrors, formErrors } from "../graphql.ts";
import { sendPage, sendProblem } from "../page.tsx";
import { signedChrome, staffOf, text } from "../staff.ts";
import { IMPORTERS, type Importer, type Outcome } from "./importers.ts";
import { ImportTargets } from "./operations.ts";
import { type ImportForm, ImportPage, ImportsPage } from "./pages.tsx";
import { splitRowProblems } from "./rows.ts";

/** The largest file any importer takes (the ledger's); each importer's own limit is the API's to apply. */
const MAX_UPLOAD_MB = 20;

const parse = multer({
  storage: multer.memoryStorage(),
  // Limits apply while the request streams in, before anything is decoded or parsed.
  limits: { fileSize: MAX_UPLOAD_MB * 1024 * 1024, files: 1, fields: 20, fieldSize: 4096, parts: 22 },
  // Browsers send a Chinese file name as UTF-8 without saying so.
  defParamCharset: "utf8",
}).single("file");

const UPLOAD_REFUSED: Record<string, string> = {
  LIMIT_FILE_SIZE: `文件不能超过 ${MAX_UPLOAD_MB} MB`,
  LIMIT_FILE_COUNT: "一次只能上传一个文件",
  LIMIT_UNEXPECTED_FILE: "一次只能上传一个文件",
};

/**
 * Reads the multipart body of an upload into memory, so that the session's CSRF check that
 * follows sees the form's fields; a file over the limit is remembered, not thrown, so the form can
 * say so beside the file field.
 */
export function importUploads(req: Request, res: Response, next: NextFunction): void {
  if (req.method !== "POST") {
    next();
    return;
  }
  parse(req, res, (error: unknown) => {
    if (error instanceof multer.MulterError) {
      res.locals.uploadRefused = UPLOAD_REFUSED[error.code] ?? "上传的表单不完整，请重新选择文件后提交。";
      req.body ??= {};
      next();
    } else next(error);
  });
}

/** The importers the viewer's role can use: the API would refuse the others. */
const importersFor = (res: Response) => IMPORTERS.filter((i) => i.roles.includes(staffOf(res).session.viewer.role));

async function showImport(res: Response, importer: Importer, form: ImportForm, status = 200) {
  const { me } = await staffOf(res).run(ImportTargets, {});
  if (!me) return sendProblem(res, 403, "您的账号无权使用这一功能。", staffOf(res).chrome);
  sendPage(res, <ImportPage chrome={signedChrome(res)} importer={importer} targets={me} form={form} />, status);
}

/** Where the API's refusal goes: row problems to the table, file problems beside the file field, the rest beside its field. */
function refusalForm(importer: Importer, outcome: Outcome): Pick<ImportForm, "errors" | "rows"> {
  const { rows, rest } = splitRowProblems(outcome.issues ?? []);
  const onFile = (field: string) => field === "file" || field === "fileName" || field === "contentBase64";
  const fields = importer.fields.map((f) => f.name);
  const errors: FormErrors = formErrors(
    {
      message: outcome.message ?? "",
      issues: rest.map((issue) => (onFile(issue.field) ? { ...issue, field: "file" } : issue)),
    },
    [...fields, "file"],
  );
  // Only row problems: the table says it all, the whole-form notice would repeat them.
  if (rows.length > 0 && rest.length === 0) return { errors: { fields: errors.fields }, rows };
  return { errors, rows };
}

/**
 * Spreadsheet uploads for every importer the API offers: each upload runs the import mutation,
 * which checks every row and writes all or none, so a file with errors shows each of them in a
 * table and leaves the books as they were.
 */
export function importScreens(): Router {
  const router = Router();
  router.get("/", (_req, res) => {
    const importers = importersFor(res);
    if (importers.length === 0) return sendProblem(res, 403, "您的账号无权使用这一功能。", staffOf(res).chrome);
    sendPage(res, <ImportsPage chrome={signedChrome(res)} importers={importers} />);
  });

  router.get("/:slug", async (req, res, next) => {
    const importer = importersFor(res).find((i) => i.slug === req.params.slug);
    if (!importer) return next();
    const values = Object.fromEntries(
      importer.fields.map((f) => [f.name, typeof req.query[f.name] === "string" ? String(req.query[f.name]) : ""]),
    );
    await showImport(res, importer, { values, errors: { fields: {} }, rows: [] });
  });

  router.post("/:slug", async (req, res, next) => {
    const importer = importersFor(res).find((i) => i.slug === req.params.slug);
    if (!importer) return next();
    const values = Object.fromEntries(importer.fields.map((f) => [f.name, text(req.body, f.name)]));
    const file = req.file;
    const refused = typeof res.locals.uploadRefused === "string" ? res.locals.uploadRefused : file ? null : "请选择要上传的文件";
    if (refused || !file) {
      return showImport(res, importer, { values, errors: { fields: { file: refused ?? "" } }, rows: [] }, 400);
    }
    const upload = { fileName: file.originalname, contentBase64: file.buffer.toString("base64") };
    const { outcome, done } = await importer.run(staffOf(res).run, values, upload);
    if (outcome.__typename.endsWith("Success")) {
      return showImport(res, importer, { values: {}, errors: { fields: {} }, rows: [], notice: done });
    }
    await showImport(res, importer, { values, fileName: file.originalname, ...refusalForm(importer, outcome) }, 400);
  });
  return router;
}
