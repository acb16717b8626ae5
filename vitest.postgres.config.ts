import { configDefaults, defineConfig } from "vitest/config";
import base from "./vitest.config.ts";

/**
 * The API suite again, on PostgreSQL: every test's database is created on a throwaway PostgreSQL
 * cluster that the global setup starts (test/support/postgres-setup.ts), instead of a SQLite file.
 * The portal tests stay on SQLite: they read pages built from the API, whose answers both runs
 * already compare.
 */
// Spread, not mergeConfig: that would append these lists to the SQLite run's instead of replacing them.
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ["test/api/**/*.test.ts", "test/cli/backup.test.ts"],
    // It counts the SQL text SQLite is sent (backquoted names); PostgreSQL's is another dialect.
    exclude: [...configDefaults.exclude, "test/api/statements.test.ts"],
    globalSetup: ["test/support/checkpoint-keys.ts", "test/support/postgres-setup.ts"],
  },
});
