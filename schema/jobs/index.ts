// The jobs domain's GraphQL types, queries and mutations; registered with one line in schema/index.ts.
import "./types.ts";
import "./queries.ts";
import "./mutations.ts";
import "./county.ts";
