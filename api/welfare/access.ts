import type { Db } from "../db/client.ts";

/** The community a post belongs to: its editors manage it. Null when there is no such post. */
export async function postCommunities(db: Db, id: string): Promise<string[] | null> {
  const p = await db.welfarePost.findUnique({ where: { id }, select: { community: { select: { code: true } } } });
  return p ? [p.community.code] : null;
}

/** The community of a tenure's post. */
export async function tenureCommunities(db: Db, id: string): Promise<string[] | null> {
  const t = await db.welfareTenure.findUnique({
    where: { id },
    select: { post: { select: { community: { select: { code: true } } } } },
  });
  return t ? [t.post.community.code] : null;
}

/** The communities of the posts named: the editor must edit all of them (the service then asks for one). */
export async function postsCommunities(db: Db, ids: readonly string[]): Promise<string[] | null> {
  const posts = await db.welfarePost.findMany({
    where: { id: { in: [...ids] } },
    select: { community: { select: { code: true } } },
  });
  return posts.length ? [...new Set(posts.map((p) => p.community.code))] : null;
}
