/** How the HTTP server protects itself; every value has a production default and an environment variable. */
export interface HttpSettings {
  /** Largest request body from a caller without a valid token (bytes). */
  publicBodyBytes: number;
  /** Largest request body from a signed-in caller: spreadsheet imports travel as base64 (bytes). */
  signedInBodyBytes: number;
  /** Lexical tokens a GraphQL document may have; parsing stops there. */
  maxTokens: number;
  /** Fields a request may resolve, fragments expanded, aliases and `__typename` included. */
  maxFields: number;
  /** Deepest nesting of fields. */
  maxDepth: number;
  /** A GraphQL request that has not answered by then gets 503 (milliseconds). */
  requestBudgetMs: number;
  /** GraphQL requests per client address per window (a minute); 0 switches the limit off. */
  readsPerMinute: number;
  /** The window both rate limits count over (milliseconds). */
  rateWindowMs: number;
  /** Mutations per token (or per address without one) per window; 0 switches the limit off. */
  writesPerMinute: number;
  /** Origins whose browser scripts may call the API (CORS); empty: none but the server's own pages. */
  corsOrigins: string[];
  /** Introspection and GraphiQL at /graphql, for reading the public schema. */
  explorer: boolean;
  /** Express `trust proxy`: set when a reverse proxy in front supplies X-Forwarded-For. */
  trustProxy: boolean | number | string;
  /** Stack traces in error responses, for local debugging only. */
  debugErrors: boolean;
  /** Memory for answers to anonymous reads (bytes); 0 switches the response cache off. */
  responseCacheBytes: number;
  /** Longest an anonymous read's answer is reused without a write in this process (milliseconds). */
  responseCacheMs: number;
}

export const DEFAULT_HTTP_SETTINGS: HttpSettings = {
  publicBodyBytes: 64 * 1024,
  signedInBodyBytes: 32 * 1024 * 1024,
  maxTokens: 2_000,
  maxFields: 500,
  maxDepth: 10,
  requestBudgetMs: 15_000,
  readsPerMinute: 600,
  rateWindowMs: 60_000,
  writesPerMinute: 120,
  corsOrigins: [],
  explorer: true,
  trustProxy: false,
  debugErrors: false,
  responseCacheBytes: 64 * 1024 * 1024,
  responseCacheMs: 60_000,
};

function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number ≥ 0, got ${raw}`);
  return value;
}

function trustProxyOf(raw: string | undefined): HttpSettings["trustProxy"] {
  if (raw === undefined || raw === "" || raw === "false") return false;
  if (raw === "true") return true;
  return /^\d+$/.test(raw) ? Number(raw) : raw;
}

export function httpSettingsFromEnv(env: NodeJS.ProcessEnv): HttpSettings {
  const d = DEFAULT_HTTP_SETTINGS;
  return {
    publicBodyBytes: wholeNumber(env, "MAX_BODY_KB", d.publicBodyBytes / 1024) * 1024,
    signedInBodyBytes: wholeNumber(env, "MAX_UPLOAD_MB", d.signedInBodyBytes / 1024 / 1024) * 1024 * 1024,
    maxTokens: wholeNumber(env, "MAX_QUERY_TOKENS", d.maxTokens),
    maxFields: wholeNumber(env, "MAX_QUERY_FIELDS", d.maxFields),
    maxDepth: wholeNumber(env, "MAX_QUERY_DEPTH", d.maxDepth),
    requestBudgetMs: wholeNumber(env, "REQUEST_BUDGET_MS", d.requestBudgetMs),
    readsPerMinute: wholeNumber(env, "RATE_LIMIT_READS_PER_MINUTE", d.readsPerMinute),
    writesPerMinute: wholeNumber(env, "RATE_LIMIT_WRITES_PER_MINUTE", d.writesPerMinute),
    rateWindowMs: d.rateWindowMs,
    corsOrigins: (env.CORS_ORIGINS ?? "")
      .split(",")
      .map((o) => o.trim())
      .filter(Boolean),
    explorer: env.GRAPHQL_EXPLORER !== "false",
    trustProxy: trustProxyOf(env.TRUST_PROXY),
    debugErrors: env.DEBUG_ERRORS === "true",
    responseCacheBytes: wholeNumber(env, "RESPONSE_CACHE_MB", d.responseCacheBytes / 1024 / 1024) * 1024 * 1024,
    responseCacheMs: wholeNumber(env, "RESPONSE_CACHE_SECONDS", d.responseCacheMs / 1000) * 1000,
  };
}
