import { type Viewer, viewerFromAuthorization } from "./auth/viewer.ts";
import type { Db } from "./db/client.ts";
import { UnauthenticatedError } from "./errors.ts";

export interface Context {
  db: Db;
  viewer: Viewer | null;
}

export async function createContext(db: Db, authorization: string | undefined): Promise<Context> {
  return { db, viewer: await viewerFromAuthorization(db, authorization) };
}

/** For resolvers behind an auth scope: the scope has already refused anonymous callers. */
export function signedIn(ctx: Context): Viewer {
  if (!ctx.viewer) throw new UnauthenticatedError();
  return ctx.viewer;
}
