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
    // Each file starts its own server on its own SQLite file, so files run in parallel safely.
    // Vitest's default is one worker fewer than there are cores: a single worker on a 2-core
    // machine, running every file in turn. Most of a file's time is spent waiting on other
    // processes (astro builds, Chromium, CLI commands) or on the shared portal build, so more
    // workers than cores keep both cores busy.
    maxWorkers: 4,
    isolate: false,
    // Generous: the work in a test or hook takes longer the busier the machine is.
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
});
