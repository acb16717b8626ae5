// Staff accounts for admins: listing, creating, inviting, revoking; registered with one line in schema/index.ts.
import "./types.ts";
import "./queries.ts";
import "./mutations.ts";
