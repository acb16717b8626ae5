import { z } from "zod";
import type { Viewer } from "../auth/viewer.ts";
import { type Db, inTransaction } from "../db/client.ts";
import type { ProjectPhoto } from "../db/generated/client.ts";
import { ValidationError } from "../errors.ts";
import { checkedImage, imageUploadFields } from "../images.ts";
import { isoDate } from "../periods.ts";
import { parseInput, requiredText } from "../validation.ts";

/**
 * Project photos are stored as uploaded: no image library is used (resizing would need one with
 * native binaries), so the size is limited instead. 2 MB is a phone photo saved at web quality.
 */
export const PHOTO_MAX_BYTES = 2 * 1024 * 1024;

const photoInput = z.object({
  projectId: requiredText("项目", 50),
  caption: requiredText("照片说明", 100),
  takenOn: isoDate("拍摄日期"),
  ...imageUploadFields("照片", PHOTO_MAX_BYTES),
});

export type AddProjectPhotoInput = z.input<typeof photoInput>;

/** Adds a photo to a project, with its SHA-256; photos are never changed afterwards. */
export async function addProjectPhoto(db: Db, viewer: Viewer, raw: AddProjectPhotoInput, at = new Date()): Promise<ProjectPhoto> {
  const input = parseInput(photoInput, raw);
  const image = checkedImage("照片", input);
  return inTransaction(db, async (tx) => {
    const project = await tx.fundedProject.findUnique({ where: { id: input.projectId } });
    if (!project) throw new ValidationError([{ field: "input.projectId", message: "项目不存在" }]);
    return tx.projectPhoto.create({
      data: {
        projectId: project.id,
        caption: input.caption,
        takenOn: input.takenOn,
        ...image,
        createdAt: at,
        createdByName: viewer.name,
      },
    });
  });
}
