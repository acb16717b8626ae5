import type { NextFunction, Request, Response } from "express";
import type { Role } from "../db/generated/client.ts";
import type { Run } from "./graphql.ts";
import type { Chrome } from "./page.tsx";
import { sendProblem } from "./page.tsx";
import type { StaffSession } from "./sessions.ts";

/** What every signed-in screen gets: the session, operations run as its user, and the page chrome. */
export interface Staff {
  session: StaffSession;
  run: Run;
  chrome: Chrome;
}

export function staffOf(res: Response): Staff {
  const staff = res.locals.staff as Staff | undefined;
  if (!staff) throw new Error("workspace route mounted outside the session guard");
  return staff;
}

/** The page chrome with the signed-in user spelled out, for pages whose forms need the CSRF token. */
export function signedChrome(res: Response) {
  const { session, chrome } = staffOf(res);
  return { ...chrome, user: { name: session.viewer.name, role: session.viewer.role, csrfToken: session.csrfToken } };
}

/**
 * Keeps a screen from users whose role cannot use it. The API refuses them anyway; this answers
 * with a plain page instead of a form that could only fail.
 */
export function onlyRoles(...roles: Role[]) {
  return (_req: Request, res: Response, next: NextFunction) => {
    const staff = staffOf(res);
    if (roles.includes(staff.session.viewer.role)) next();
    else sendProblem(res, 403, "您的账号无权使用这一功能。", staff.chrome);
  };
}

/** A form field's value as text: absent or repeated fields become "" and the first value. */
export function text(body: unknown, name: string): string {
  const value = (body as Record<string, unknown> | undefined)?.[name];
  if (Array.isArray(value)) return typeof value[0] === "string" ? value[0] : "";
  return typeof value === "string" ? value : "";
}

/** A form field sent once or several times (checkboxes), as a list. */
export function list(body: unknown, name: string): string[] {
  const value = (body as Record<string, unknown> | undefined)?.[name];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string");
  return typeof value === "string" ? [value] : [];
}
