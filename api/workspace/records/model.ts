import {
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from "graphql";
import { enumOptions, fieldLabel } from "./labels.ts";

export interface Option {
  value: string;
  label: string;
}

/**
 * One input of a generated form. `path` is the GraphQL argument path (`input.meeting.heldOn`),
 * which is also the HTML field name and what a ValidationError names, so an error lands beside
 * the input it concerns without a mapping table.
 */
interface Base {
  path: string;
  label: string;
  required: boolean;
  /** `Type.field`, where its words come from; a test checks each has words of its own. */
  key: string;
}

export type FormField =
  | (Base & { kind: "text" | "textarea" | "date" | "int" | "lines" | "boolean" })
  | (Base & { kind: "enum"; options: Option[]; many: boolean })
  /** Options come from the API at render time: the viewer's communities, county, or records. */
  | (Base & { kind: "pick"; source: string; many: boolean })
  /** A file sent as base64 with its MIME type beside it (`dataBase64` + `mimeType`). */
  | (Base & { kind: "file"; mimePath: string })
  | (Base & { kind: "group" | "rows"; fields: FormField[] });

/** How a form chooses options or input kinds for fields the schema alone cannot tell apart. */
export interface FieldHints {
  /** Paths (or bare field names) whose options come from a picker source. */
  pick?: Record<string, string>;
  /** Paths shown as a multi-line box. */
  textarea?: readonly string[];
  /** Paths left out: filled by the server or not for people (e.g. sort keys with defaults). */
  omit?: readonly string[];
}

// Field names the schema types as String that people enter as a calendar day.
const DATE_NAME = /(On|Day|^date|From|^from|Until|^to|To)$/;
const LONG_NAME =
  /^(body|text|summary|duties|description|note|opinion|response|purpose|opinionsSummary|residentsDecision|result|reason|members|candidates|skills)$/;
// Whatever a person picks from a list rather than types; the source names the picker.
const DEFAULT_PICKS: Record<string, string> = {
  communityCode: "community",
  communityCodes: "community",
  countyCode: "county",
  categoryCode: "category",
};

export function formFields(schema: GraphQLSchema, mutation: string, hints: FieldHints = {}): FormField[] {
  const field = schema.getMutationType()?.getFields()[mutation];
  if (!field) throw new Error(`no mutation ${mutation}`);
  return field.args.flatMap((arg) => fieldOf(arg.name, arg.name, arg.type, hints, `Mutation.${mutation}`));
}

function fieldOf(name: string, path: string, type: GraphQLInputType, hints: FieldHints, owner: string): FormField[] {
  if (hints.omit?.includes(path) || hints.omit?.includes(name)) return [];
  const required = isNonNullType(type);
  const inner = getNullableType(type);
  const many = isListType(inner);
  const named = getNamedType(type);
  const key = `${owner}.${name}`;
  const label = fieldLabel(owner, name);
  const base = { path, label, required, key };
  const pick = hints.pick?.[path] ?? hints.pick?.[name] ?? DEFAULT_PICKS[name];
  if (pick) return [{ ...base, kind: "pick", source: pick, many }];
  if (isInputObjectType(named)) {
    const fields = Object.values(named.getFields());
    // dataBase64 + mimeType is one file input: a person picks a file, the browser knows its type.
    const fileField = fields.find((f) => f.name === "dataBase64");
    const children = fields.flatMap((f) => {
      if (fileField && f.name === "mimeType") return [];
      if (fileField && f.name === "dataBase64") {
        return [
          {
            kind: "file" as const,
            path: `${path}.${f.name}`,
            label: fieldLabel(named.name, f.name),
            required: isNonNullType(f.type),
            key: `${named.name}.${f.name}`,
            mimePath: `${path}.mimeType`,
          },
        ];
      }
      return fieldOf(f.name, `${path}.${f.name}`, f.type, hints, named.name);
    });
    return [{ ...base, kind: many ? "rows" : "group", fields: children }];
  }
  if (isEnumType(named)) return [{ ...base, kind: "enum", options: enumOptions(named), many }];
  if (!isScalarType(named)) throw new Error(`unexpected input type at ${path}`);
  if (many) return [{ ...base, kind: "lines" }];
  if (named.name === "Int") return [{ ...base, kind: "int" }];
  if (named.name === "Boolean") return [{ ...base, kind: "boolean" }];
  if (hints.textarea?.includes(path) || LONG_NAME.test(name)) return [{ ...base, kind: "textarea" }];
  if (named.name === "String" && DATE_NAME.test(name)) return [{ ...base, kind: "date" }];
  return [{ ...base, kind: "text" }];
}

/** Every field of a form, nested ones included, in order. */
export function* allFields(fields: readonly FormField[]): Generator<FormField> {
  for (const field of fields) {
    yield field;
    if (field.kind === "group" || field.kind === "rows") yield* allFields(field.fields);
  }
}

/** The mutation's variables' declarations and arguments, for the generated operation. */
export function operationText(schema: GraphQLSchema, mutation: string): string {
  const field = schema.getMutationType()?.getFields()[mutation];
  if (!field) throw new Error(`no mutation ${mutation}`);
  const declared = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(", ");
  const passed = field.args.map((a) => `${a.name}: $${a.name}`).join(", ");
  return `mutation WorkspaceRecord${mutation[0]?.toUpperCase()}${mutation.slice(1)}${declared ? `(${declared})` : ""} {
  result: ${mutation}${passed ? `(${passed})` : ""} {
    __typename
    ... on Error { code message ... on ValidationError { issues { field message } } }
  }
}`;
}
