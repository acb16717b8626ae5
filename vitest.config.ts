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
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
