import { lexicographicSortSchema, printSchema } from "graphql";
import { builder } from "./builder.ts";
import "./errors.ts";
import "./communities/types.ts";
import "./communities/queries.ts";
import "./disclosures/types.ts";
import "./disclosures/queries.ts";
import "./disclosures/mutations.ts";
import "./fees/types.ts";
import "./fees/queries.ts";
import "./fees/mutations.ts";
import "./jobs/types.ts";
import "./jobs/queries.ts";
import "./jobs/mutations.ts";
import "./finance/types.ts";
import "./finance/queries.ts";
import "./finance/mutations.ts";
import "./audit/types.ts";
import "./viewer.ts";

export const schema = builder.toSchema();

/** The SDL committed as schema/schema.graphql; a test fails when the two drift apart. */
export function printSdl(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
