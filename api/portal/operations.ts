import { type DocumentNode, type ExecutionResult, execute } from "graphql";
import { schema } from "../../schema/index.ts";
import { loadConfig } from "../config.ts";
import { createDb } from "../db/client.ts";

export type RunOperation = (document: DocumentNode, variables: Record<string, unknown>) => Promise<ExecutionResult>;

/**
 * Runs the portal build's GraphQL operations in-process, against the schema and the database
 * named by DATABASE_URL, always as the public (no viewer): drafts and private data never reach a
 * page. The build loads this module through Node (portal/src/lib/api.ts), not through Vite.
 */
export function publicOperations(): RunOperation {
  const db = createDb(loadConfig().databaseUrl);
  return (document, variables) =>
    Promise.resolve(execute({ schema, document, variableValues: variables, contextValue: { db, viewer: null } }));
}
