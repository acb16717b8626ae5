/** @jsxImportSource react */
/** @jsxRuntime automatic */
import type { Request, Response } from "express";
import { type FormErrors, formErrors } from "../graphql.ts";
import { sendPage, sendProblem } from "../page.tsx";
import { signedChrome, staffOf, text } from "../staff.ts";
import { orNull, personFields, ROLE_FIELD, rosterOf, SORT_FIELD, sortOrderOf, uploadedPhoto } from "./inputs.ts";
import { CorrectPosting } from "./operations.ts";
import { type FieldSpec, PostingFormPage, type Values } from "./pages.tsx";

const FIELDS: FieldSpec[] = [
  ...personFields(ROLE_FIELD, "分工职责"),
  SORT_FIELD,
  { name: "reason", label: "更正原因（公开，至少 4 个字）", kind: "text", required: true },
];

/** A member in office of the community's bodies, with the body's name, or null. */
async function memberOf(res: Response, code: string, id: string) {
  const roster = await rosterOf(res, code);
  for (const o of roster?.organizations ?? []) {
    const posting = o.postings.find((p) => p.id === id);
    if (posting) return { organization: o.name, posting };
  }
  return null;
}

/**
 * 更正: a mistake in a member's posting is put right by a new posting that takes over its term
 * (`correctPosting`); the old one stays on record, struck through on the history page.
 */
export async function showCorrection(
  req: Request,
  res: Response,
  values?: Values,
  errors: FormErrors = { fields: {} },
  status = 200,
) {
  const code = String(req.params.code);
  const found = await memberOf(res, code, String(req.params.id));
  if (!found) return sendProblem(res, 404, "没有这条在任记录。", staffOf(res).chrome);
  const { posting } = found;
  sendPage(
    res,
    <PostingFormPage
      chrome={signedChrome(res)}
      title={`更正任职信息 · ${found.organization}`}
      action={`/staff/rosters/${code}/postings/${posting.id}/correct`}
      fields={FIELDS}
      values={
        values ?? { name: posting.name, role: posting.role, duties: posting.duties, publicPhone: posting.publicPhone ?? "" }
      }
      errors={errors}
      submit="提交更正"
    />,
    status,
  );
}

/** Sends the correction; `done` shows the outcome once the API took it. */
/** Corrects a member posting; `done` gets the id of the posting that replaces it. */
export async function correct(req: Request, res: Response, done: (postingId: string) => void) {
  const code = String(req.params.code);
  const found = await memberOf(res, code, String(req.params.id));
  if (!found) return sendProblem(res, 404, "没有这条在任记录。", staffOf(res).chrome);
  const v: Values = Object.fromEntries(FIELDS.map((f) => [f.name, text(req.body, f.name).trim()]));
  const sortOrder = sortOrderOf(v.sortOrder);
  if (sortOrder === "invalid") return showCorrection(req, res, v, { fields: { sortOrder: "排序应为整数" } }, 400);
  const photo = await uploadedPhoto(req, res, code, v.name ?? "");
  if (typeof photo === "object" && photo !== null) return showCorrection(req, res, v, photo, 400);
  const input = {
    name: v.name ?? "",
    role: v.role ?? "",
    duties: v.duties ?? "",
    publicPhone: orNull(v.publicPhone),
    // Without a new photo the corrected posting keeps the one the old posting had.
    photoId: photo ?? found.posting.photo?.id ?? null,
    sortOrder,
  };
  const { correctPosting: result } = await staffOf(res).run(CorrectPosting, {
    id: found.posting.id,
    input,
    reason: v.reason ?? "",
  });
  if (result.__typename !== "CorrectPostingSuccess") {
    return showCorrection(req, res, v, formErrors(result, Object.keys(v)), 400);
  }
  done(result.posting.id);
}
