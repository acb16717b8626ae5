import type { TestProject } from "vitest/node";
import { startPgCluster } from "../../api/db/pg-cluster.ts";
import { prepareDatabase } from "../../api/db/prepare.ts";
import { onCluster } from "./databases.ts";
import { ensurePostgres } from "./postgres-install.ts";

/**
 * Global setup of the PostgreSQL run (vitest.postgres.config.ts): a throwaway PostgreSQL cluster
 * with two migrated template databases, empty and with the demo data, in place of the SQLite
 * template files. Each test's database is created from one with CREATE DATABASE … TEMPLATE
 * (test/support/databases.ts), a file copy inside the server.
 */
export default async function setup(project: TestProject) {
  ensurePostgres();
  const started = performance.now();
  const cluster = await startPgCluster();
  const empty = cluster.url("sunboard_empty");
  const demo = cluster.url("sunboard_demo");
  await onCluster(cluster.url("postgres"), "CREATE DATABASE sunboard_empty");
  await (await prepareDatabase(empty, { demo: false })).$disconnect();
  // The demo template starts from the migrated empty one, so migrations run once per run.
  await onCluster(cluster.url("postgres"), "CREATE DATABASE sunboard_demo TEMPLATE sunboard_empty");
  await (await prepareDatabase(demo, { demo: true })).$disconnect();
  console.log(`[postgres] cluster ready at ${cluster.url("")} in ${Math.round(performance.now() - started)} ms`);
  project.provide("emptyDatabase", empty);
  project.provide("demoDatabase", demo);
  project.provide("demoPortal", { dir: "", status: "not built: the PostgreSQL run has no portal tests", operations: "" });
  project.provide("browserEndpoint", "");
  return () => cluster.stop();
}
