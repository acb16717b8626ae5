import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql 16 ships CJS and ESM copies; Pothos and Apollo load the CJS one through Node, so the
    // test code must too, or schema objects would come from two different graphql "realms".
    alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }],
  },
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/support/checkpoint-keys.ts", "test/support/global-setup.ts"],
    setupFiles: ["test/support/worker-priority.ts"],
    // Each file starts its own server on its own SQLite file, so files run in parallel safely.
    // Two workers on this 2-core machine: the portal, CLI and finance files run their tests
    // concurrently within the file, and every worker more costs another set of imports (Prisma,
    // the schema, Playwright) that two cores pay for. Measured: 2 workers 65 s, 3 workers 73 s,
    // 4 workers 76–88 s for the same files.
    maxWorkers: 2,
    isolate: false,
    // Generous: the work in a test or hook takes longer the busier the machine is.
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
});
