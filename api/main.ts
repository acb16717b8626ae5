// `npm start`: migrate, load demo data into an empty database, build the portal, serve both.
import { spawnSync } from "node:child_process";
import { loadConfig } from "./config.ts";
import { prepareDatabase } from "./db/prepare.ts";
import { startServer } from "./server.ts";

const config = loadConfig();
const started = performance.now();
const step = (line: string) => console.log(`[sunboard] ${line}`);

step(`database ${config.databaseUrl}`);
const db = await prepareDatabase(config.databaseUrl, { demo: config.seedDemo, log: step });

if (config.buildPortal) {
  step("building the portal (astro build) …");
  const build = spawnSync("npx", ["astro", "build", "--silent"], {
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: config.databaseUrl, PORTAL_OUT_DIR: config.portalDir },
  });
  if (build.status !== 0) {
    console.error("[sunboard] portal build failed; see the output above");
    process.exit(1);
  }
}

const server = await startServer({ db, port: config.port, host: config.host, portalDir: config.portalDir });
const base = config.publicUrl.replace(/\/$/, "");
step(`ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);
step(`portal   ${base}/`);
step(`GraphQL  ${base}/graphql`);
step(`health   ${base}/healthz`);
if (!process.env.PUBLIC_URL && server.url !== base) step(`(listening at ${server.url})`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, async () => {
    step("shutting down");
    await server.close();
    await db.$disconnect();
    process.exit(0);
  });
}
