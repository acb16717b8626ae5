// The rosters domain's GraphQL types and mutations (上岗公示); registered with one line in schema/index.ts.
import "./types.ts";
import "./mutations.ts";
