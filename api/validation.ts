import { z } from "zod";
import { ValidationError } from "./errors.ts";

// Messages zod writes itself (wrong type, too long …) are for residents' staff: Simplified Chinese.
z.config(z.locales.zhCN());

/**
 * Parses mutation input with a zod schema and turns every issue into a field-named error.
 * `root` is the argument name, so field paths match what the client sent (`input.title`); a
 * service whose input is the whole set of a mutation's arguments passes "" (paths: `id`, `reason`).
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, root = "input"): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new ValidationError(
    result.error.issues.map((issue) => ({
      field: [...(root ? [root] : []), ...issue.path.map(String)].join(".") || root,
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

/**
 * A field an update may leave out. GraphQL lets a client send null for any optional input field;
 * null cannot mean "clear" for a required column, so it is refused with the field's own message.
 */
export const omittable = <S extends z.ZodType>(schema: S, label: string) =>
  schema.nullish().transform((value, ctx): z.output<S> | undefined => {
    if (value !== null) return value ?? undefined;
    ctx.issues.push({ code: "custom", message: `${label}不能为空`, input: value });
    return z.NEVER;
  });

type Patched<S extends z.ZodType> = null extends z.input<S> ? z.ZodOptional<S> : ReturnType<typeof omittable<S>>;

/**
 * The patch form of an object schema, for edits: every field may be left out; a field that already
 * accepts null (to clear it) still does, a required one refuses null.
 */
export function patchOf<Shape extends z.ZodRawShape>(object: z.ZodObject<Shape>) {
  const shape = Object.fromEntries(
    Object.entries(object.shape).map(([key, field]) => {
      const schema = field as z.ZodType;
      return [key, schema.safeParse(null).success ? schema.optional() : omittable(schema, "此项")];
    }),
  );
  return z.object(shape) as unknown as z.ZodObject<{
    [K in keyof Shape]: Shape[K] extends z.ZodType ? Patched<Shape[K]> : never;
  }>;
}

/** An optional value with a default: left out or sent as null, it takes the default. */
export const withDefault = <S extends z.ZodType>(schema: S, fallback: NonNullable<z.output<S>>) =>
  schema.nullish().transform((value): NonNullable<z.output<S>> => value ?? fallback);

/** A yes/no flag that is "no" unless sent as true. */
export const flag = () => withDefault(z.boolean(), false);

/** A public duty phone (值班电话): digits with spaces, - or +; absent or empty means none. */
export const dutyPhone = z
  .string()
  .trim()
  .regex(/^[0-9+\- ]{5,20}$/, "值班电话应为 5–20 位数字，可含空格、- 或 +")
  .nullish()
  .transform((v) => v || null);
