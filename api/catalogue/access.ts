import type { Db } from "../db/client.ts";

/**
 * Who may change a catalogue item: a county default is the county's (its county editors), a
 * community's own item the community's editors. Null when there is no such item.
 */
export async function catalogueItemScope(
  db: Db,
  id: string,
): Promise<{ countyEditorOf: string | null } | { editorOf: string[] }> {
  const item = await db.catalogueItem.findUnique({
    where: { id },
    select: { county: { select: { code: true } }, community: { select: { code: true } } },
  });
  if (item?.community) return { editorOf: [item.community.code] };
  return { countyEditorOf: item?.county?.code ?? null };
}

/** The community whose suspension it is: its editors may end it. */
export async function suspensionCommunities(db: Db, id: string): Promise<string[] | null> {
  const s = await db.catalogueSuspension.findUnique({ where: { id }, select: { community: { select: { code: true } } } });
  return s ? [s.community.code] : null;
}
