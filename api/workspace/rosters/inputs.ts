import type { Request, Response } from "express";
import type { FormErrors } from "../graphql.ts";
import { staffOf } from "../staff.ts";
import { Roster, UploadPhoto } from "./operations.ts";
import type { CommunityRoster, FieldSpec } from "./pages.tsx";

export async function rosterOf(res: Response, code: string): Promise<CommunityRoster | null> {
  return (await staffOf(res).run(Roster, { code })).community;
}

export const orNull = (value: string | undefined) => (value ? value : null);

/** `sortOrder` is an Int: a value that is not one never reaches GraphQL, which would refuse it as a whole request. */
export function sortOrderOf(value: string | undefined): number | null | "invalid" {
  if (!value) return null;
  return /^-?\d{1,9}$/.test(value) ? Number(value) : "invalid";
}

/**
 * Stores the photo sent with a posting form, if any, through `uploadPersonPhoto`, and gives its id
 * for the posting; a refusal is for the photo field. A posting refused after this leaves the photo
 * unused, which the portal never publishes.
 */
export async function uploadedPhoto(
  req: Request,
  res: Response,
  code: string,
  name: string,
): Promise<string | null | FormErrors> {
  const refused = res.locals.uploadRefused;
  if (typeof refused === "string") return { fields: { file: refused } };
  if (!req.file) return null;
  const { uploadPersonPhoto: result } = await staffOf(res).run(UploadPhoto, {
    input: {
      communityCode: code,
      altText: `${name || "上岗人员"}的照片`,
      mimeType: req.file.mimetype,
      dataBase64: req.file.buffer.toString("base64"),
    },
  });
  if (result.__typename === "UploadPersonPhotoSuccess") return result.photo.id;
  if (result.__typename !== "ValidationError") return { fields: {}, form: result.message };
  return { fields: { file: result.issues.map((i) => i.message).join("；") } };
}

// The fields every posting has, after the ones that say where it is.
export const personFields = (post: FieldSpec, dutiesLabel: string): FieldSpec[] => [
  { name: "name", label: "姓名（公开）", kind: "text", required: true },
  post,
  { name: "duties", label: dutiesLabel, kind: "textarea", required: true },
  { name: "publicPhone", label: "值班电话（公开，不要填写私人手机）", kind: "tel" },
  {
    name: "file",
    label: "照片（可不传）",
    kind: "file",
    hint: "JPEG、PNG 或 WebP，不超过 1 MB；公示栏只显示在任人员的照片。提交未成功时需重新选择。",
  },
];

export const ROLE_FIELD: FieldSpec = { name: "role", label: "职务（如 书记、主任、委员）", kind: "text", required: true };
export const SORT_FIELD: FieldSpec = { name: "sortOrder", label: "页面排序（数字小的在前，可不填）", kind: "number" };
