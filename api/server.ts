import { existsSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { resolve } from "node:path";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import compression from "compression";
import express from "express";
import { schema } from "../schema/index.ts";
import { auditPlugin } from "./audit/plugin.ts";
import type { Context } from "./context.ts";
import type { Db } from "./db/client.ts";
import { graphiqlAssets, graphiqlPage } from "./graphiql.ts";
import { formatError, httpErrorHandler, logRefusal } from "./http/errors.ts";
import { bodyWithinLimit, queryWithinLimits, readLimit, resolveViewer, timeBudget, viewerOf, writeLimit } from "./http/guard.ts";
import { corsPolicy, securityHeaders, staticCaching } from "./http/headers.ts";
import { cachedReads, invalidateOnWrites, ResponseCache, sqliteDataVersion } from "./http/response-cache.ts";
import { DEFAULT_HTTP_SETTINGS, type HttpSettings } from "./http/settings.ts";
import { type PortalChange, portalChangePlugin } from "./portal/plugin.ts";
import { questionLimit, questionLimitForGraphql, questionRoutes } from "./questions/http.ts";
import { searchRoutes } from "./search/http.ts";
import { templateRoutes } from "./templates.ts";
import { workspaceRoutes } from "./workspace/http.ts";

export interface ServerOptions {
  db: Db;
  port: number;
  host?: string;
  /** The database's URL, for noticing writes made outside this server (the response cache). */
  databaseUrl?: string;
  /** Folder of the built portal, served at `/`. */
  portalDir?: string;
  /** Called after a request that changed what the portal shows (e.g. to rebuild it). */
  onPortalChange?: (changes: PortalChange[]) => void;
  /** Limits, rate limits, CORS and the explorer; production defaults for whatever is left out. */
  http?: Partial<HttpSettings>;
}

export interface RunningServer {
  url: string;
  close: () => Promise<void>;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { db } = options;
  const settings: HttpSettings = { ...DEFAULT_HTTP_SETTINGS, ...options.http };
  const app = express();
  const http: Server = createServer(app);
  const dataVersion = sqliteDataVersion(options.databaseUrl);
  const responses = new ResponseCache({
    maxBytes: settings.responseCacheBytes,
    maxAgeMs: settings.responseCacheMs,
    dataVersion: dataVersion.read,
  });
  // A client that sends its headers or body slowly holds a socket, not the server.
  http.headersTimeout = 10_000;
  http.requestTimeout = 60_000;
  // An idle keep-alive connection is closed by the client first (fetch after 4 s, proxies after
  // 60 s): were the server to close it as a request arrives on it, that request fails (ECONNRESET).
  http.keepAliveTimeout = 65_000;
  const apollo = new ApolloServer<Context>({
    schema,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: http }),
      ApolloServerPluginLandingPageDisabled(),
      auditPlugin,
      invalidateOnWrites(responses),
      ...(options.onPortalChange ? [portalChangePlugin(options.onPortalChange)] : []),
      {
        async requestDidStart() {
          return {
            async didEncounterErrors({ errors, operation }) {
              // Errors inside an executed operation are answers (typed refusals); log only requests that failed as a whole.
              if (!operation) logRefusal(400, String(errors[0]?.extensions?.code ?? "BAD_REQUEST"), errors[0]?.message ?? "");
            },
          };
        },
      },
    ],
    introspection: settings.explorer,
    includeStacktraceInErrorResponses: settings.debugErrors,
    formatError: formatError(settings.debugErrors),
    parseOptions: { maxTokens: settings.maxTokens },
  });
  await apollo.start();

  app.disable("x-powered-by");
  app.set("trust proxy", settings.trustProxy);
  app.use(securityHeaders());
  // gzip or brotli for every text response; cached GraphQL answers arrive already compressed.
  app.use(compression());
  app.get("/healthz", async (_req, res) => {
    try {
      await db.$queryRaw`SELECT 1`;
      res.json({ status: "ok" });
    } catch (error) {
      logRefusal(503, "DATABASE_UNAVAILABLE", String(error));
      res.status(503).json({ status: "unavailable" });
    }
  });
  if (settings.explorer) app.use(graphiqlAssets());
  app.use(templateRoutes());
  app.use("/staff", workspaceRoutes(db, apollo));
  // The question form posts here from every record's page; one per-address limit for the form and askQuestion.
  const askLimit = questionLimit();
  app.use(questionRoutes(db, askLimit));
  app.use("/graphql", corsPolicy(settings), readLimit(settings));
  app.get("/graphql", (req, res, next) => {
    // Browsers asking for a page get GraphiQL; GET queries from programs go on to Apollo.
    const wantsPage = req.accepts(["application/json", "application/graphql-response+json", "text/html"]) === "text/html";
    if (wantsPage && settings.explorer) res.type("html").send(graphiqlPage);
    else next();
  });
  app.use(
    "/graphql",
    resolveViewer(db),
    bodyWithinLimit(settings),
    queryWithinLimits(settings),
    writeLimit(settings),
    questionLimitForGraphql(askLimit),
    cachedReads(responses),
    timeBudget(settings),
    expressMiddleware(apollo, { context: async ({ res }) => ({ db, viewer: viewerOf(res) }) }),
  );

  const portalDir = options.portalDir ? resolve(options.portalDir) : undefined;
  if (portalDir) {
    app.use(searchRoutes(portalDir));
    app.use(express.static(portalDir, { extensions: ["html"], setHeaders: staticCaching }));
    app.use((_req, res) => {
      const notFound = resolve(portalDir, "404.html");
      if (existsSync(notFound)) res.status(404).sendFile(notFound);
      else res.status(404).type("text/plain; charset=utf-8").send("页面不存在");
    });
  } else {
    app.get("/", (_req, res) => {
      res
        .type("text/plain; charset=utf-8")
        .send("阳光公示栏 API is running; the portal has not been built (npm run portal:build).");
    });
    app.use((_req, res) => {
      res.status(404).type("text/plain; charset=utf-8").send("页面不存在");
    });
  }

  app.use(httpErrorHandler);

  await new Promise<void>((done) => http.listen(options.port, options.host ?? "0.0.0.0", done));
  const { port } = http.address() as AddressInfo;
  return {
    url: `http://localhost:${port}`,
    close: async () => {
      await apollo.stop();
      dataVersion.close();
    },
  };
}
