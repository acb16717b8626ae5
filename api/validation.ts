import { z } from "zod";
import { ValidationError } from "./errors.ts";

// Messages zod writes itself (wrong type, too long …) are for residents' staff: Simplified Chinese.
z.config(z.locales.zhCN());

/**
 * Parses mutation input with a zod schema and turns every issue into a field-named error.
 * `root` is the argument name, so field paths match what the client sent (`input.title`).
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, root = "input"): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new ValidationError(
    result.error.issues.map((issue) => ({
      field: [root, ...issue.path.map(String)].join("."),
      message: issue.message,
    })),
  );
}

/** One of an enum's codes, with a Chinese message naming what was wrong. */
export const enumOf = <T extends Record<string, string>>(labels: T, what: string) =>
  z.enum(Object.keys(labels) as [keyof T & string, ...(keyof T & string)[]], { message: `${what}不正确` });

/** Required text, trimmed, with Chinese messages naming the field. */
export const requiredText = (label: string, max = 200) =>
  z.string().trim().min(1, `${label}不能为空`).max(max, `${label}不能超过 ${max} 个字`);

/** Optional text: empty or missing becomes null. */
export const optionalText = (label: string, max = 500) =>
  z
    .string()
    .trim()
    .max(max, `${label}不能超过 ${max} 个字`)
    .nullish()
    .transform((s) => (s ? s : null));
