// `npm start`: migrate, load demo data into an empty database, build the portal, serve both.
// Production unless told otherwise: libraries that look at NODE_ENV (Express, Apollo) keep
// internals out of their answers.
process.env.NODE_ENV ??= "production";

import { resolve } from "node:path";
import { appendCheckpoints, describeOutcome } from "./checkpoints/service.ts";
import { loadConfig } from "./config.ts";
import { prepareDatabase } from "./db/prepare.ts";
import { printableUrl } from "./db/providers.ts";
import { buildPortal, PortalRebuilder } from "./portal/build.ts";
import { startServer } from "./server.ts";

const config = loadConfig();
const started = performance.now();
const step = (line: string) => console.log(`[sunboard] ${line}`);

step(`database ${printableUrl(config.databaseUrl)}`);
const db = await prepareDatabase(config.databaseUrl, { demo: config.seedDemo, log: step });

/**
 * Signs a checkpoint for every county whose published content changed, right before the portal
 * is built, so the log the portal carries covers what it shows. On first start a county without
 * a key gets one, and we say where it is kept.
 */
const signCheckpoints = async (createKeys: boolean) => {
  const outcomes = await appendCheckpoints(db, {
    keyDir: config.checkpointKeyDir,
    createKeys,
    onKeyCreated: (county, path) =>
      step(
        `checkpoint signing key for county ${county} created at ${path} (mode 0600): back it up; it never goes into the database`,
      ),
  });
  for (const o of outcomes) if (o.status !== "unchanged") step(`checkpoints: ${describeOutcome(o)}`);
};
await signCheckpoints(true);
step(
  `checkpoint signing keys and the welfare holder key in ${resolve(config.checkpointKeyDir)} (CHECKPOINT_KEY_DIR): back them up, apart from the database`,
);

if (config.buildPortal) {
  step("building the portal (astro build) …");
  const buildStarted = performance.now();
  try {
    await buildPortal(config.databaseUrl, config.portalDir, { progress: step });
  } catch (error) {
    console.error(`[sunboard] ${String(error)}`);
    process.exit(1);
  }
  step(`portal built in ${((performance.now() - buildStarted) / 1000).toFixed(1)} s`);
}

const rebuilder = config.buildPortal
  ? new PortalRebuilder(config.databaseUrl, config.portalDir, step, undefined, () => signCheckpoints(false))
  : undefined;
rebuilder?.daily();
const server = await startServer({
  db,
  databaseUrl: config.databaseUrl,
  port: config.port,
  host: config.host,
  portalDir: config.portalDir,
  onPortalChange: rebuilder ? (changes) => rebuilder.schedule(changes) : undefined,
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
