import type { APIRoute } from "astro";
import { loadPhotoFiles, photoPaths } from "~/lib/projects/load.ts";

/** A project's photo, as uploaded, named by its SHA-256: /c/<code>/projects/<id>/<sha256>.png */
export const getStaticPaths = photoPaths;

export const GET: APIRoute<never, { code: string; id: string; file: string }> = async ({ params }) => {
  const photo = (await loadPhotoFiles(params.id)).find((p) => p.fileName === params.file);
  if (!photo) throw new Error(`photo ${params.file} vanished during the build`);
  return new Response(Buffer.from(photo.dataBase64, "base64"), { headers: { "content-type": photo.mimeType } });
};
