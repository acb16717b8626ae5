import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The two databases Sunboard runs on, chosen by DATABASE_URL: an embedded SQLite file (`file:…`,
 * the default) or a PostgreSQL server (`postgresql://…`) for province-wide deployments. Everything
 * that differs between them — schema file, migrations folder, generated client — is named here.
 */
export type Provider = "sqlite" | "postgresql";

export const PROVIDERS: readonly Provider[] = ["sqlite", "postgresql"];

export function providerOf(databaseUrl: string): Provider {
  if (databaseUrl.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) return "postgresql";
  throw new Error("DATABASE_URL must be a SQLite file: URL or a postgresql:// URL");
}

const prismaDir = resolve(fileURLToPath(import.meta.url), "../../../prisma");

export interface ProviderFiles {
  /** The folder the schema file sits in; the engine resolves relative paths from it. */
  dir: string;
  schemaPath: string;
  migrationsDir: string;
}

export function providerFiles(provider: Provider): ProviderFiles {
  const dir = provider === "sqlite" ? prismaDir : join(prismaDir, "postgresql");
  return { dir, schemaPath: join(dir, "schema.prisma"), migrationsDir: join(dir, "migrations") };
}

/**
 * The PostgreSQL schema, derived from prisma/schema.prisma rather than kept beside it: only the
 * datasource provider and the client's output folder change, and the Pothos types (the same for
 * both) come from the SQLite client alone. Whoever edits the models edits one file.
 */
export function postgresSchema(sqliteSchema: string): string {
  const replaced = (text: string, from: RegExp, to: string) => {
    if (!from.test(text)) throw new Error(`prisma/schema.prisma no longer matches ${from}; update api/db/providers.ts`);
    return text.replace(from, to);
  };
  let schema = replaced(sqliteSchema, /(datasource db \{\s*provider\s*=\s*)"sqlite"/, '$1"postgresql"');
  schema = replaced(schema, /output(\s*)= "\.\.\/api\/db\/generated"/, 'output$1= "../../api/db/generated-pg"');
  schema = replaced(schema, /generator pothos \{[^}]*\}\n\n/, "");
  return `// GENERATED from prisma/schema.prisma by api/db/providers.ts (npm run postinstall). Do not edit.\n${schema}`;
}

/** The schema text the engine and generator use for a provider. */
export function schemaText(provider: Provider): string {
  const sqlite = readFileSync(providerFiles("sqlite").schemaPath, "utf8");
  return provider === "sqlite" ? sqlite : postgresSchema(sqlite);
}

/** The URL as it may be printed: a PostgreSQL password never reaches a log. */
export function printableUrl(databaseUrl: string): string {
  if (providerOf(databaseUrl) === "sqlite") return databaseUrl;
  const url = new URL(databaseUrl);
  if (url.password) url.password = "***";
  return url.href;
}
