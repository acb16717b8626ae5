import { initGraphQLTada } from "gql.tada";
import { expect } from "vitest";
import type { introspection } from "../../portal/src/graphql-env.d.ts";

/**
 * Typed GraphQL documents for the tests, checked against the schema's introspection (generated
 * from schema/schema.graphql), so a schema change that breaks a test's operation fails type-checking.
 */
export const graphql = initGraphQLTada<{
  introspection: introspection;
  scalars: { DateTime: string; ID: string };
}>();

export type { ResultOf, TadaDocumentNode, VariablesOf } from "gql.tada";

/** What every mutation's refusal carries; spread it, beside `__typename`, into the mutation's result union. */
export const Refusal = graphql(`
  fragment Refusal on Error @_unmask {
    code
    message
    ... on ValidationError { field issues { field message } }
  }
`);

/** A mutation's result as one member of its union, failing the test with what came back instead. */
export function member<Result extends { __typename?: string }, Typename extends string>(
  result: Result | null | undefined,
  typename: Typename,
): Extract<Result, { __typename: Typename }> {
  expect(result?.__typename, JSON.stringify(result)).toBe(typename);
  return result as Extract<Result, { __typename: Typename }>;
}

/** A mutation's result as a refusal (any of its error types), failing the test on a success. */
export function refusal<Result>(result: Result | null | undefined): Extract<Result, { code: string; message: string }> {
  expect(result, JSON.stringify(result)).toHaveProperty("code");
  return result as Extract<Result, { code: string; message: string }>;
}

/** The value, failing the test where it is null or undefined. */
export function present<T>(value: T, what = "a value"): NonNullable<T> {
  expect(value ?? null, what).not.toBeNull();
  return value as NonNullable<T>;
}
