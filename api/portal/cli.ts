// A full portal build split by county, for a province that builds on several machines at once:
//   npm run portal:county -- build --county RJ --out parts/RJ   (one job per county, anywhere)
//   npm run portal:county -- merge --out dist parts/RJ parts/SC (then serve or upload dist/)
// Each job reads the same database (DATABASE_URL, or SUNBOARD_API_URL of one API over HTTP). A
// county's job reads its own communities' data only; the merge builds the site-wide pages once,
// from the parts (the open-data catalogue from each place's datasets.json).
import { parseArgs } from "node:util";
import { loadConfig } from "../config.ts";
import { createDb } from "../db/client.ts";
import { buildPortal, finishSplitBuild } from "./build.ts";
import { countiesScope, mergeSplitBuilds } from "./incremental.ts";
import { runPostBuildSteps } from "./steps.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { county: { type: "string" }, out: { type: "string" } },
});
const [command, ...parts] = positionals;
if (!values.out || (command === "build" && !values.county) || (command === "merge" && parts.length === 0)) {
  console.error("usage: build --county <code> --out <dir> | merge --out <dir> <part> …");
  process.exit(2);
}
const { databaseUrl } = loadConfig();
if (command === "build") {
  const db = createDb(databaseUrl);
  const scope = await countiesScope(db, [values.county as string]);
  await db.$disconnect();
  // The post-build steps (the search index) run once over the merged tree, not per county.
  await buildPortal(databaseUrl, values.out, { scope, api: process.env.SUNBOARD_API_URL, steps: false });
  console.log(`county ${values.county}: ${scope.communities.length} communities built into ${values.out}`);
} else if (command === "merge") {
  mergeSplitBuilds(parts, values.out);
  await finishSplitBuild(databaseUrl, values.out, { api: process.env.SUNBOARD_API_URL });
  await runPostBuildSteps(values.out, undefined);
  console.log(`${parts.length} county builds merged into ${values.out}`);
} else {
  console.error(`unknown command ${command}`);
  process.exit(2);
}
