import type { ApolloServer } from "@apollo/server";
import type { TadaDocumentNode } from "gql.tada";
import { graphql } from "../../portal/src/lib/graphql.ts";
import type { Viewer } from "../auth/viewer.ts";
import type { Context } from "../context.ts";
import type { Db } from "../db/client.ts";

export type { ResultOf, VariablesOf } from "../../portal/src/lib/graphql.ts";
export { graphql };

/** A GraphQL error outside any typed result: a refused scope, or a fault. Shown as a page, never as a stack trace. */
export class OperationFailed extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

export type Run = <Result, Variables>(document: TadaDocumentNode<Result, Variables>, variables: Variables) => Promise<Result>;

/**
 * Runs an operation on the server's own Apollo instance as the signed-in user, so every screen
 * passes the same scopes, validation, audit log and portal rebuild as a program with a token.
 */
export function runAs(apollo: ApolloServer<Context>, db: Db, viewer: Viewer): Run {
  return async <Result, Variables>(document: TadaDocumentNode<Result, Variables>, variables: Variables): Promise<Result> => {
    const response = await apollo.executeOperation(
      { query: document, variables: variables as Record<string, unknown> },
      { contextValue: { db, viewer } },
    );
    if (response.body.kind !== "single") throw new OperationFailed("INCREMENTAL_DELIVERY");
    const { data, errors } = response.body.singleResult;
    if (errors?.length || !data) throw new OperationFailed(String(errors?.[0]?.extensions?.code ?? "NO_DATA"));
    return data as Result;
  };
}

/** What every mutation's refusal carries; spread into each result union beside `__typename`. */
export const Refusal = graphql(`
  fragment WorkspaceRefusal on Error @_unmask {
    code
    message
    ... on ValidationError { issues { field message } }
  }
`);

/** Errors for a form: each keyed by the input field it names (`input.title` → `title`), the rest for the whole form. */
export interface FormErrors {
  fields: Record<string, string>;
  form?: string;
}

export function formErrors(
  refusal: { message: string; issues?: { field: string; message: string }[] },
  shown: readonly string[],
): FormErrors {
  const fields: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const issue of refusal.issues ?? []) {
    // `input.communityCodes.1` and `communityCodes` both belong to the communities field.
    const key = issue.field.replace(/^input\./, "").replace(/\.\d+$/, "");
    if (shown.includes(key)) fields[key] ??= issue.message;
    else unplaced.push(issue.message);
  }
  // A refusal naming no field the form shows still reaches the person, above the form.
  const form = refusal.issues?.length ? unplaced.join("；") || undefined : refusal.message;
  return form ? { fields, form } : { fields };
}
