import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as bindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import { schemaEngineAdapter } from "./adapters.ts";

/**
 * Prisma's own schema engine, compiled to WebAssembly and published on npm, driven through the
 * driver adapter of the database (better-sqlite3 or pg). The Prisma CLI would download a native engine binary from
 * Prisma's host, which our machines cannot reach; this is the same engine, loaded offline.
 *
 * The package's ESM entry imports the .wasm file directly, which Node 20 only allows behind
 * --experimental-wasm-modules, so we instantiate it here by hand.
 */
let initialized: Promise<void> | undefined;

function initWasm(): Promise<void> {
  initialized ??= (async () => {
    const require = createRequire(import.meta.url);
    const dir = dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
    const bytes = await readFile(join(dir, "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, {
      "./schema_engine_bg.js": bindings as unknown as WebAssembly.ModuleImports,
    });
    const exports = instance.exports as WebAssembly.Exports & { __wbindgen_start: () => void };
    bindings.__wbg_set_wasm(exports);
    exports.__wbindgen_start();
  })();
  return initialized;
}

export type SchemaEngine = bindings.SchemaEngine;

export interface OpenEngine {
  engine: SchemaEngine;
  /** Frees the engine and closes the connections it opened (else they keep a SQLite file locked). */
  close: () => Promise<void>;
}

export async function openSchemaEngine(databaseUrl: string, schemaFile: { path: string; content: string }): Promise<OpenEngine> {
  await initWasm();
  const base = schemaEngineAdapter(databaseUrl);
  const opened: { dispose: () => Promise<void> }[] = [];
  const tracked = <T extends { dispose: () => Promise<void> }>(connection: T): T => {
    opened.push(connection);
    return connection;
  };
  const factory = bindMigrationAwareSqlAdapterFactory({
    provider: base.provider,
    adapterName: base.adapterName,
    connect: async () => tracked(await base.connect()),
    connectToShadowDb: async () => tracked(await base.connectToShadowDb()),
  });
  const log = (message: string) => {
    if (process.env.SUNBOARD_DEBUG_ENGINE) console.error("[schema-engine]", message);
  };
  const engine = await bindings.SchemaEngine.new({ datamodels: [[schemaFile.path, schemaFile.content]] }, log, factory);
  return {
    engine,
    close: async () => {
      engine.free();
      await Promise.all(opened.map((c) => c.dispose()));
    },
  };
}
