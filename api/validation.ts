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
