import type { APIRoute } from "astro";
import sharp from "sharp";
import { loadRosterPhotos, PERSON_PHOTO_WIDTH, personPhotoName, rosterPhotoPaths } from "~/lib/rosters/load.ts";

/**
 * A person's photo on the roster page, resized at build time to PERSON_PHOTO_WIDTH wide
 * (<sha256>-160.webp, named by the SHA-256 of the photo as stored). Only this small copy is
 * published, and only for people in office: an ended posting's photo leaves the site.
 */
export const getStaticPaths = rosterPhotoPaths;

export const GET: APIRoute<never, { code: string; file: string }> = async ({ params }) => {
  const photos = await loadRosterPhotos(params.code);
  const found = [...photos].find(([sha]) => personPhotoName(sha) === params.file);
  if (!found) throw new Error(`photo ${params.file} vanished during the build`);
  const small = await sharp(Buffer.from(found[1], "base64"))
    .rotate()
    .resize({ width: PERSON_PHOTO_WIDTH, withoutEnlargement: true })
    .webp({ quality: 80 })
    .toBuffer();
  return new Response(new Uint8Array(small), { headers: { "content-type": "image/webp" } });
};
