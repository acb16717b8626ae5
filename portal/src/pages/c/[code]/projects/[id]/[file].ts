import type { APIRoute } from "astro";
import sharp from "sharp";
import { loadPhotoFiles, PHOTO_WIDTH, photoPaths, resizedName } from "~/lib/projects/load.ts";

/**
 * A project's photo, as uploaded and named by its SHA-256 (/c/<code>/projects/<id>/<sha256>.png),
 * and the copy the page shows, at most PHOTO_WIDTH wide (<sha256>-800.webp): residents on a phone
 * load the small one, and the original, whose hash the page prints, stays there to check.
 */
export const getStaticPaths = photoPaths;

export const GET: APIRoute<never, { code: string; id: string; file: string }> = async ({ params }) => {
  const photos = await loadPhotoFiles(params.id);
  const original = photos.find((p) => p.fileName === params.file);
  if (original)
    return new Response(Buffer.from(original.dataBase64, "base64"), { headers: { "content-type": original.mimeType } });
  const resized = photos.find((p) => resizedName(p.sha256) === params.file);
  if (!resized) throw new Error(`photo ${params.file} vanished during the build`);
  const small = await sharp(Buffer.from(resized.dataBase64, "base64"))
    .rotate()
    .resize({ width: PHOTO_WIDTH, withoutEnlargement: true })
    .webp({ quality: 80 })
    .toBuffer();
  return new Response(new Uint8Array(small), { headers: { "content-type": "image/webp" } });
};
