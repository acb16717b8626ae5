import { DEFAULT_DATABASE_URL } from "./db/url.ts";
import { type HttpSettings, httpSettingsFromEnv } from "./http/settings.ts";

/** Runtime configuration, all from environment variables (documented in README.md). */
export interface Config {
  port: number;
  host: string;
  databaseUrl: string;
  /** Public base URL printed at start and used in links; defaults to http://localhost:PORT. */
  publicUrl: string;
  /** Where the built portal lives and is served from. */
  portalDir: string;
  /** Skip loading demo data into an empty database. */
  seedDemo: boolean;
  /** Skip building the portal at start (serve what is already built). */
  buildPortal: boolean;
  /** Request limits, rate limits, CORS, explorer, proxy. */
  http: HttpSettings;
  /** Where each county's checkpoint signing key (a PEM file) is kept, outside the database. */
  checkpointKeyDir: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got ${env.PORT}`);
  const host = env.HOST ?? "0.0.0.0";
  return {
    port,
    host,
    databaseUrl: env.DATABASE_URL ?? DEFAULT_DATABASE_URL,
    publicUrl: env.PUBLIC_URL ?? `http://localhost:${port}`,
    portalDir: env.PORTAL_DIR ?? "portal/dist",
    seedDemo: env.SEED_DEMO !== "false",
    buildPortal: env.BUILD_PORTAL !== "false",
    http: httpSettingsFromEnv(env),
    checkpointKeyDir: env.CHECKPOINT_KEY_DIR || "data/keys",
  };
}
