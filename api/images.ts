import { createHash } from "node:crypto";
import sharp from "sharp";
import { z } from "zod";
import { ValidationError } from "./errors.ts";

/** The image types accepted for upload, each with the bytes its files start with. */
const SIGNATURES = {
  "image/jpeg": (b: Buffer) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  "image/png": (b: Buffer) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  "image/webp": (b: Buffer) => b.subarray(0, 4).toString("latin1") === "RIFF" && b.subarray(8, 12).toString("latin1") === "WEBP",
} as const;

export type ImageType = keyof typeof SIGNATURES;

export const IMAGE_EXTENSIONS = { "image/jpeg": "jpg", "image/png": "png", "image/webp": "webp" } as const;

/** An uploaded image's file name as published: its SHA-256 and its type's extension. */
export const imageFileName = (image: { sha256: string; mimeType: string }) =>
  `${image.sha256}.${IMAGE_EXTENSIONS[image.mimeType as ImageType] ?? "bin"}`;

/**
 * The two fields of an uploaded image, `mimeType` and `dataBase64`, for a service's zod schema:
 * the type must be one accepted, the content Base64 and at most `maxBytes`. What the bytes are is
 * checked after parsing, by `checkedImage`.
 */
export const imageUploadFields = (what: string, maxBytes: number) => ({
  mimeType: z
    .string()
    .trim()
    .transform((m, ctx) => {
      if (m in SIGNATURES) return m as ImageType;
      ctx.issues.push({ code: "custom", message: `${what}格式应为 image/jpeg、image/png 或 image/webp`, input: m });
      return z.NEVER;
    }),
  dataBase64: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, `${what}内容应为 Base64 编码`)
    .transform((s) => Buffer.from(s, "base64"))
    .refine((b) => b.length <= maxBytes, `${what}不能超过 ${formatBytes(maxBytes)}`),
});

const formatBytes = (n: number) => (n >= 1024 * 1024 ? `${n / 1024 / 1024} MB` : `${n / 1024} KB`);

/**
 * The stored form of an upload whose fields passed `imageUploadFields`: refused, naming the
 * field, when the bytes are not of the type claimed (a renamed file, a script); otherwise the
 * bytes, their size and their SHA-256.
 */
export function checkedImage(what: string, upload: { mimeType: ImageType; dataBase64: Buffer }, root = "input") {
  if (!SIGNATURES[upload.mimeType](upload.dataBase64)) {
    throw new ValidationError([{ field: `${root}.dataBase64`, message: `${what}内容与格式 ${upload.mimeType} 不符` }]);
  }
  const data = new Uint8Array(upload.dataBase64);
  return {
    mimeType: upload.mimeType,
    data,
    byteSize: data.length,
    sha256: createHash("sha256").update(data).digest("hex"),
  };
}

/**
 * An image without the metadata a camera or phone writes into it (EXIF with the place and time it
 * was taken, XMP, IPTC): re-encoded in its own format, turned upright first, when it carries any;
 * returned as it came otherwise. For photos of people, published for anyone to download.
 */
export async function withoutMetadata<T extends { mimeType: ImageType; dataBase64: Buffer }>(
  what: string,
  upload: T,
  root = "input",
): Promise<T> {
  try {
    const meta = await sharp(upload.dataBase64).metadata();
    if (!meta.exif && !meta.xmp && !meta.iptc) return upload;
    const format = IMAGE_EXTENSIONS[upload.mimeType] === "jpg" ? "jpeg" : IMAGE_EXTENSIONS[upload.mimeType];
    return { ...upload, dataBase64: await sharp(upload.dataBase64).rotate().toFormat(format).toBuffer() };
  } catch {
    throw new ValidationError([{ field: `${root}.dataBase64`, message: `${what}无法读取，请上传完整的图片文件` }]);
  }
}
