import { lexicographicSortSchema, printSchema } from "graphql";
import { builder } from "./builder.ts";
import "./errors.ts";
// Domains, one line each: a domain's folder registers its own types, queries and mutations.
import "./communities/index.ts";
import "./disclosures/index.ts";
import "./fees/index.ts";
import "./jobs/index.ts";
import "./finance/index.ts";
import "./checkpoints/index.ts";
import "./catalogue/index.ts";
import "./decisions/index.ts";
import "./projects/index.ts";
import "./questions/index.ts";
import "./elections/index.ts";
import "./assistance/index.ts";
import "./party/index.ts";
import "./employment/index.ts";
import "./welfare/index.ts";
import "./rosters/index.ts";
import "./audit/types.ts";
import "./users/index.ts";
import "./viewer.ts";

// Unsorted: fields keep the order they are defined in, which the workspace's generated forms follow;
// the printed SDL is sorted on its own.
export const schema = builder.toSchema({ sortSchema: false });

/** The SDL committed as schema/schema.graphql; a test fails when the two drift apart. */
export function printSdl(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
