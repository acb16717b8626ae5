import { existsSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { resolve } from "node:path";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import { schema } from "../schema/index.ts";
import { auditPlugin } from "./audit/plugin.ts";
import { type Context, createContext } from "./context.ts";
import type { Db } from "./db/client.ts";
import { graphiqlAssets, graphiqlPage } from "./graphiql.ts";
import { portalChangePlugin } from "./portal/plugin.ts";
import { templateRoutes } from "./templates.ts";

export interface ServerOptions {
  db: Db;
  port: number;
  host?: string;
  /** Folder of the built portal, served at `/`. */
  portalDir?: string;
  /** Called after a request that changed what the portal shows (e.g. to rebuild it). */
  onPortalChange?: () => void;
}

export interface RunningServer {
  url: string;
  close: () => Promise<void>;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { db } = options;
  const app = express();
  const http: Server = createServer(app);
  const apollo = new ApolloServer<Context>({
    schema,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: http }),
      ApolloServerPluginLandingPageDisabled(),
      auditPlugin,
      ...(options.onPortalChange ? [portalChangePlugin(options.onPortalChange)] : []),
    ],
    introspection: true,
  });
  await apollo.start();

  app.disable("x-powered-by");
  app.get("/healthz", async (_req, res) => {
    try {
      await db.$queryRaw`SELECT 1`;
      res.json({ status: "ok" });
    } catch (error) {
      res.status(503).json({ status: "unavailable", error: String(error) });
    }
  });
  app.use(graphiqlAssets());
  app.use(templateRoutes());
  app.get("/graphql", (req, res, next) => {
    // Browsers asking for a page get GraphiQL; GET queries from programs go on to Apollo.
    if (req.accepts(["application/json", "application/graphql-response+json", "text/html"]) === "text/html") {
      res.type("html").send(graphiqlPage);
    } else next();
  });
  app.use(
    "/graphql",
    express.json({ limit: "8mb" }),
    expressMiddleware(apollo, { context: async ({ req }) => createContext(db, req.headers.authorization) }),
  );

  const portalDir = options.portalDir ? resolve(options.portalDir) : undefined;
  if (portalDir) {
    app.use(express.static(portalDir, { extensions: ["html"] }));
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
  }

  await new Promise<void>((done) => http.listen(options.port, options.host ?? "0.0.0.0", done));
  const { port } = http.address() as AddressInfo;
  return {
    url: `http://localhost:${port}`,
    close: async () => {
      await apollo.stop();
    },
  };
}
