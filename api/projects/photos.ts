import { createHash } from "node:crypto";
import { z } from "zod";
import type { Viewer } from "../auth/viewer.ts";
import { type Db, inTransaction } from "../db/client.ts";
import type { ProjectPhoto } from "../db/generated/client.ts";
import { ValidationError } from "../errors.ts";
import { isoDate } from "../periods.ts";
import { parseInput, requiredText } from "../validation.ts";

/**
 * Project photos are stored as uploaded: no image library is used (resizing would need one with
 * native binaries), so the size is limited instead. 2 MB is a phone photo saved at web quality.
 */
export const PHOTO_MAX_BYTES = 2 * 1024 * 1024;

/** The image types accepted, each with the bytes its files start with. */
const SIGNATURES = {
  "image/jpeg": (b: Buffer) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  "image/png": (b: Buffer) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  "image/webp": (b: Buffer) => b.subarray(0, 4).toString("latin1") === "RIFF" && b.subarray(8, 12).toString("latin1") === "WEBP",
} as const;

export const PHOTO_EXTENSIONS = { "image/jpeg": "jpg", "image/png": "png", "image/webp": "webp" } as const;

const photoInput = z.object({
  projectId: requiredText("项目", 50),
  caption: requiredText("照片说明", 100),
  takenOn: isoDate("拍摄日期"),
  mimeType: z
    .string()
    .trim()
    .transform((m, ctx) => {
      if (m in SIGNATURES) return m as keyof typeof SIGNATURES;
      ctx.issues.push({ code: "custom", message: "照片格式应为 image/jpeg、image/png 或 image/webp", input: m });
      return z.NEVER;
    }),
  dataBase64: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, "照片内容应为 Base64 编码")
    .transform((s) => Buffer.from(s, "base64"))
    .refine((b) => b.length <= PHOTO_MAX_BYTES, `照片不能超过 ${PHOTO_MAX_BYTES / 1024 / 1024} MB`),
});

export type AddProjectPhotoInput = z.input<typeof photoInput>;

/** Adds a photo to a project, with its SHA-256; photos are never changed afterwards. */
export async function addProjectPhoto(db: Db, viewer: Viewer, raw: AddProjectPhotoInput, at = new Date()): Promise<ProjectPhoto> {
  const input = parseInput(photoInput, raw);
  if (!SIGNATURES[input.mimeType](input.dataBase64)) {
    throw new ValidationError([{ field: "input.dataBase64", message: `照片内容与格式 ${input.mimeType} 不符` }]);
  }
  return inTransaction(db, async (tx) => {
    const project = await tx.fundedProject.findUnique({ where: { id: input.projectId } });
    if (!project) throw new ValidationError([{ field: "input.projectId", message: "项目不存在" }]);
    const data = new Uint8Array(input.dataBase64);
    return tx.projectPhoto.create({
      data: {
        projectId: project.id,
        caption: input.caption,
        takenOn: input.takenOn,
        mimeType: input.mimeType,
        data,
        byteSize: data.length,
        sha256: createHash("sha256").update(data).digest("hex"),
        createdAt: at,
        createdByName: viewer.name,
      },
    });
  });
}
