import { fileURLToPath } from "node:url";
import type { ApolloServer } from "@apollo/server";
import express, { type NextFunction, type Request, type Response, Router } from "express";
import type { Context } from "../context.ts";
import type { Db } from "../db/client.ts";
import { adminScreens } from "./admin/routes.tsx";
import { disclosureScreens } from "./disclosures/routes.tsx";
import { financeScreens } from "./finance/routes.tsx";
import { OperationFailed, runAs } from "./graphql.ts";
import { homeScreen } from "./home.tsx";
import { importScreens, importUploads } from "./imports/routes.tsx";
import { handleInvite, showInvite } from "./invite.tsx";
import { jobScreens } from "./jobs/routes.tsx";
import { handleLogin, showLogin } from "./login.tsx";
import { sendProblem } from "./page.tsx";
import { questionScreens } from "./questions/routes.tsx";
import { recordScreens } from "./records/routes.tsx";
import { rosterScreens } from "./rosters/routes.tsx";
import { closeSession, currentSession, sameSecret } from "./sessions.ts";
import { type Staff, staffOf, text } from "./staff.ts";

const asset = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const ASSETS: Record<string, string> = {
  "global.css": asset("../../portal/src/styles/global.css"),
  "workspace.css": asset("./workspace.css"),
};

/** Express 5 passes rejected promises on; this only names the handler type once. */
type Handler = (req: Request, res: Response, next: NextFunction) => Promise<void> | void;

/**
 * The staff and committee workspace under /staff/: server-rendered forms that work without
 * JavaScript, signed in with a password, every write executed as a GraphQL operation on the
 * server's own Apollo instance.
 */
export function workspaceRoutes(db: Db, apollo: ApolloServer<Context>): Router {
  const router = Router();
  router.get("/assets/:name", (req, res, next) => {
    const file = ASSETS[String(req.params.name)];
    if (file) res.type("css").sendFile(file, { maxAge: "1h" });
    else next();
  });
  // Forms only: no JSON, no files beyond what a Markdown body needs; limits apply before any work.
  // 1,000 fields: a records form at its most rows (60, of up to 7 fields each) still fits.
  router.use(express.urlencoded({ extended: false, limit: "256kb", parameterLimit: 1000 }));

  router.get("/login", (req, res) => showLogin(req, res));
  router.post("/login", (req, res) => handleLogin(db, req, res));
  router.get("/invite/:token", (req, res) => showInvite(db, req, res));
  router.post("/invite/:token", (req, res) => handleInvite(db, req, res));

  router.use(async (req, res, next) => {
    const session = await currentSession(db, req);
    if (!session) {
      // A stale cookie from a revoked or expired session is dropped, not reused.
      if (req.method === "GET") res.redirect(303, "/staff/login");
      else sendProblem(res, 403, "登录已失效，请重新登录后再提交。");
      return;
    }
    const user = { name: session.viewer.name, role: session.viewer.role, csrfToken: session.csrfToken };
    res.locals.staff = { session, run: runAs(apollo, db, session.viewer), chrome: { user } } satisfies Staff;
    next();
  });
  router.use("/imports", importUploads);
  router.use("/rosters", importUploads);
  router.use("/records", importUploads);
  router.post("/{*rest}", ((req, res, next) => {
    const staff = staffOf(res);
    if (sameSecret(text(req.body, "_csrf"), staff.session.csrfToken)) next();
    else sendProblem(res, 403, "表单校验失败（可能来自其他网站或已过期），操作没有执行。请返回后重新提交。", staff.chrome);
  }) satisfies Handler);
  router.post("/logout", async (req, res) => {
    await closeSession(db, req, res);
    showLogin(req, res, { notice: "您已退出登录。" });
  });

  router.get("/", homeScreen);
  router.use("/disclosures", disclosureScreens());
  router.use("/finance", financeScreens());
  router.use("/imports", importScreens());
  router.use("/questions", questionScreens());
  router.use("/rosters", rosterScreens());
  router.use("/admin", adminScreens());
  router.use("/jobs", jobScreens());
  router.use("/records", recordScreens());

  router.use((_req, res) => sendProblem(res, 404, "没有这个页面。", res.locals.staff ? staffOf(res).chrome : {}));
  router.use(((error, _req, res, _next) => {
    const chrome = res.locals.staff ? staffOf(res).chrome : {};
    if (error instanceof OperationFailed && (error.code === "FORBIDDEN" || error.code === "UNAUTHENTICATED")) {
      sendProblem(res, 403, "您的账号无权查看或操作这项内容。", chrome);
    } else {
      console.error("workspace:", error);
      sendProblem(res, 500, "服务器暂时无法完成这个操作，请稍后再试。", chrome);
    }
  }) as express.ErrorRequestHandler);
  return router;
}
