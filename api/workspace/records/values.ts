import { list, text } from "../staff.ts";
import type { FormField } from "./model.ts";

/** The most rows a repeated part of a form shows; longer lists go through the importers. */
export const MAX_ROWS = 60;
export const DEFAULT_ROWS = 3;

export interface Upload {
  buffer: Buffer;
  mimetype: string;
}

export interface ReadForm {
  variables: Record<string, unknown>;
  /** Problems found before asking the API (a number that is not one, a choice not made), keyed by path. */
  errors: Record<string, string>;
  /** How many rows each repeated part had, so the form comes back as it was sent. */
  rows: Record<string, number>;
}

// Nothing a person typed: the marker for "leave out" in optional and patch fields.
const ABSENT = Symbol("absent");
type Value = unknown | typeof ABSENT;

/** How many rows of a repeated part the form sent: one past the highest index among its fields. */
export function rowsSent(body: unknown, path: string): number {
  const prefix = `${path}.`;
  let count = 0;
  for (const key of Object.keys((body ?? {}) as object)) {
    if (!key.startsWith(prefix)) continue;
    const index = Number(key.slice(prefix.length).split(".")[0]);
    if (Number.isInteger(index) && index >= 0 && index < MAX_ROWS) count = Math.max(count, index + 1);
  }
  return count;
}

/**
 * Turns the posted form into the mutation's variables. Blank optional fields are left out (in a
 * correction form, "as it was"); a row left wholly blank is dropped; what GraphQL itself would
 * refuse as a whole request (a word in a number field, a choice not made) is caught here and shown
 * beside its field instead.
 */
export function readForm(fields: readonly FormField[], body: unknown, upload?: Upload): ReadForm {
  const errors: Record<string, string> = {};
  const rows: Record<string, number> = {};

  const read = (field: FormField, path: string): Value => {
    switch (field.kind) {
      case "text":
      case "date":
      case "textarea": {
        const value = text(body, path).trim();
        return value === "" && !field.required ? ABSENT : value;
      }
      case "int": {
        const value = text(body, path).trim();
        if (value === "") {
          if (field.required) errors[path] = "请填写";
          return ABSENT;
        }
        if (!/^-?\d{1,9}$/.test(value)) {
          errors[path] = "请填写整数";
          return ABSENT;
        }
        return Number(value);
      }
      case "boolean": {
        const value = text(body, path);
        if (field.required) return value === "true";
        return value === "" ? ABSENT : value === "true";
      }
      case "lines": {
        const values = text(body, path)
          .split(/\r?\n/)
          .map((line) => line.trim())
          .filter(Boolean);
        return values.length || field.required ? values : ABSENT;
      }
      case "enum":
      case "pick": {
        if (field.many) {
          const values = list(body, path).filter(Boolean);
          return values.length || field.required ? values : ABSENT;
        }
        const value = text(body, path);
        if (value === "") {
          if (field.required) errors[path] = "请选择";
          return ABSENT;
        }
        return value;
      }
      case "file":
        if (!upload) {
          if (field.required) errors[path] = "请选择文件";
          return ABSENT;
        }
        return upload;
      case "group": {
        const value = readObject(field.fields, path);
        return value === ABSENT && field.required ? {} : value;
      }
      case "rows": {
        const count = rowsSent(body, path);
        rows[path] = count;
        const values: unknown[] = [];
        for (let i = 0; i < count; i++) {
          const row = readObject(field.fields, `${path}.${i}`, true);
          if (row !== ABSENT) values.push(row);
        }
        return values.length || field.required ? values : ABSENT;
      }
    }
  };

  // A row nobody filled in is not there: its blank required fields are not errors.
  const readObject = (children: readonly FormField[], path: string, row = false): Value => {
    if (row && children.every((c) => blank(c, `${path}.${tail(c.path)}`))) return ABSENT;
    const object: Record<string, unknown> = {};
    for (const child of children) {
      const name = tail(child.path);
      const value = read(child, `${path}.${name}`);
      if (value === ABSENT) continue;
      if (child.kind === "file") {
        const file = value as Upload;
        object[name] = file.buffer.toString("base64");
        object[tail(child.mimePath)] = file.mimetype;
      } else object[name] = value;
    }
    return Object.keys(object).length ? object : ABSENT;
  };

  const blank = (field: FormField, path: string): boolean => {
    if (field.kind === "group" || field.kind === "rows") {
      return Object.keys((body ?? {}) as object).every((k) => !k.startsWith(`${path}.`) || text(body, k).trim() === "");
    }
    if (field.kind === "file") return true;
    return list(body, path).every((v) => v.trim() === "");
  };

  const variables: Record<string, unknown> = {};
  for (const field of fields) {
    const value = read(field, field.path);
    if (value !== ABSENT) variables[field.path] = value;
  }
  return { variables, errors, rows };
}

const tail = (path: string) => path.slice(path.lastIndexOf(".") + 1);
