import { z } from "zod";

/**
 * The two arguments every spreadsheet import takes, checked before any of the file is read: the
 * encoded length is refused before decoding, so an oversized upload costs no work. `contentBase64`
 * comes out decoded as bytes.
 */
export const uploadFields = (maxMegabytes: number) => ({
  fileName: z.string().trim().min(1, "请提供文件名（.csv 或 .xlsx）").max(255, "文件名不能超过 255 个字符"),
  contentBase64: z
    .string()
    .max(Math.ceil((maxMegabytes * 1024 * 1024) / 3) * 4, `文件不能超过 ${maxMegabytes} MB`)
    .transform((text, ctx) => {
      const bytes = Buffer.from(text, "base64");
      if (bytes.length === 0) ctx.issues.push({ code: "custom", message: "文件内容为空", input: text });
      return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
    }),
});
