// Database commands: `npm run db:migrate` applies committed migrations; `npm run db:migration -- <name>`
// writes a new one from prisma/schema.prisma for SQLite and for PostgreSQL; both run offline through
// Prisma's WASM schema engine.
import { loadConfig } from "../config.ts";
import { applyMigrations, createMigration } from "./migrations.ts";

const [command, name] = process.argv.slice(2);
const { databaseUrl } = loadConfig();

if (command === "migrate") {
  const applied = await applyMigrations(databaseUrl);
  console.log(applied.length ? `Applied: ${applied.join(", ")}` : "Database is up to date.");
} else if (command === "create" && name && /^[a-z0-9_]+$/.test(name)) {
  const created = await createMigration(name);
  console.log(created.length ? `Created ${created.join(", ")}` : "No schema changes: nothing to create.");
} else {
  console.error("usage: db migrate | db create <snake_case_name>");
  process.exit(2);
}
