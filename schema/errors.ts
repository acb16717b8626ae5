import {
  type DomainError,
  ForbiddenError,
  NotFoundError,
  StateConflictError,
  UnauthenticatedError,
  ValidationError,
} from "../api/errors.ts";
import { builder } from "./builder.ts";

/** Every error a mutation can answer with shares this shape. */
export const ErrorInterface = builder.interfaceRef<DomainError>("Error").implement({
  description: "A refusal: `code` is stable for programs, `message` is for people (Simplified Chinese)",
  fields: (t) => ({
    code: t.exposeString("code"),
    message: t.exposeString("message"),
  }),
});

builder.objectType(ValidationError, {
  name: "ValidationError",
  description: "The input was refused; nothing was written. `field` names the first offending field.",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    field: t.exposeString("field"),
    issues: t.field({ type: [FieldIssueRef], resolve: (e) => e.issues }),
  }),
});

const FieldIssueRef = builder.objectRef<{ field: string; message: string }>("FieldIssue").implement({
  fields: (t) => ({ field: t.exposeString("field"), message: t.exposeString("message") }),
});

builder.objectType(UnauthenticatedError, {
  name: "UnauthenticatedError",
  description: "No valid token was sent.",
  interfaces: [ErrorInterface],
});

builder.objectType(ForbiddenError, {
  name: "ForbiddenError",
  description: "The token's role or communities do not allow this.",
  interfaces: [ErrorInterface],
});

builder.objectType(NotFoundError, {
  name: "NotFoundError",
  interfaces: [ErrorInterface],
  fields: (t) => ({ recordId: t.exposeString("recordId") }),
});

builder.objectType(StateConflictError, {
  name: "StateConflictError",
  description: "The record's state does not allow this (e.g. editing what is already published).",
  interfaces: [ErrorInterface],
});

/** The errors every write can answer with; mutations list them so clients can match on them. */
export const writeErrors = [UnauthenticatedError, ForbiddenError, ValidationError, NotFoundError, StateConflictError];

/**
 * Errors-plugin options for a mutation: `<Name>Result = <Name>Success | <write errors>`, the
 * success carrying the written record under `dataField`.
 */
export const writeResult = (name: string, dataField: string) =>
  ({
    types: writeErrors,
    dataField: { name: dataField },
    result: { name: `${name}Success` },
    union: { name: `${name}Result` },
  }) as const;
