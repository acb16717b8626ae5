// `npm run schema:print` rewrites schema/schema.graphql from the code-first schema.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { printSdl } from "./index.ts";

writeFileSync(fileURLToPath(new URL("./schema.graphql", import.meta.url)), printSdl());
console.log("schema/schema.graphql written");
