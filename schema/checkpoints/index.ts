// The tamper-evidence domain's GraphQL types and queries (read-only: checkpoints are signed by the
// server and by `npm run checkpoint`, never through the API); registered with one line in schema/index.ts.
import "./types.ts";
import "./queries.ts";
