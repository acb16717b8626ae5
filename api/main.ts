// `npm start`: migrate, load demo data into an empty database, build the portal, serve both.
// Production unless told otherwise: libraries that look at NODE_ENV (Express, Apollo) keep
// internals out of their answers.
process.env.NODE_ENV ??= "production";

import { loadConfig } from "./config.ts";
import { prepareDatabase } from "./db/prepare.ts";
import { buildPortal, PortalRebuilder } from "./portal/build.ts";
import { startServer } from "./server.ts";

const config = loadConfig();
const started = performance.now();
const step = (line: string) => console.log(`[sunboard] ${line}`);

step(`database ${config.databaseUrl}`);
const db = await prepareDatabase(config.databaseUrl, { demo: config.seedDemo, log: step });

if (config.buildPortal) {
  step("building the portal (astro build) …");
  const buildStarted = performance.now();
  try {
    await buildPortal(config.databaseUrl, config.portalDir);
  } catch (error) {
    console.error(`[sunboard] ${String(error)}`);
    process.exit(1);
  }
  step(`portal built in ${((performance.now() - buildStarted) / 1000).toFixed(1)} s`);
}

const rebuilder = config.buildPortal ? new PortalRebuilder(config.databaseUrl, config.portalDir, step) : undefined;
rebuilder?.daily();
const server = await startServer({
  db,
  port: config.port,
  host: config.host,
  portalDir: config.portalDir,
  onPortalChange: rebuilder ? () => rebuilder.schedule() : undefined,
  http: config.http,
});
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
    rebuilder?.stop();
    await rebuilder?.idle();
    await db.$disconnect();
    process.exit(0);
  });
}
