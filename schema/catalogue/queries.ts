import { type CatalogueEntry, loadCatalogues, loadCountyOverdue } from "../../api/catalogue/catalogue.ts";
import type { Context } from "../../api/context.ts";
import type { Community } from "../../api/db/generated/client.ts";
import { builder } from "../builder.ts";
import { CommunityRef } from "../communities/types.ts";
import { CatalogueEntryRef } from "./types.ts";

const AS_OF = "The instant to judge on (its Asia/Shanghai day); default: when the request arrived";

/** The request's own "now", so every field of one request judges on the same instant. */
const requestTimes = new WeakMap<Context, Date>();
const asOfOf = (ctx: Context, asOf: Date | null | undefined) => {
  if (asOf) return asOf;
  const now = requestTimes.get(ctx) ?? new Date();
  requestTimes.set(ctx, now);
  return now;
};

/**
 * Catalogues asked for in one request are read together: every community whose `catalogue` field
 * resolves in the same turn (a list of communities) joins one batch per instant, so a request
 * costs the same few SQL statements however many communities it lists.
 */
const batches = new WeakMap<Context, Map<number, { ids: Set<string>; result: Promise<Map<string, CatalogueEntry[]>> }>>();
async function catalogueOf(ctx: Context, communityId: string, asOf: Date): Promise<CatalogueEntry[]> {
  const pending = batches.get(ctx) ?? new Map();
  batches.set(ctx, pending);
  let batch = pending.get(asOf.getTime());
  if (!batch) {
    const ids = new Set<string>();
    const result = new Promise((resolve) => setImmediate(resolve)).then(() => {
      pending.delete(asOf.getTime());
      return loadCatalogues(ctx.db, [...ids], asOf);
    });
    batch = { ids, result };
    pending.set(asOf.getTime(), batch);
  }
  batch.ids.add(communityId);
  return (await batch.result).get(communityId) ?? [];
}

builder.prismaObjectField("Community", "catalogue", (t) =>
  t.field({
    type: [CatalogueEntryRef],
    description: "公开目录: every item this community owes, inherited and its own, with its status on a day",
    args: { asOf: t.arg({ type: "DateTime", description: AS_OF }) },
    select: { id: true },
    resolve: (c, { asOf }, ctx) => catalogueOf(ctx, c.id, asOfOf(ctx, asOf)),
  }),
);

const CommunityOverdueRef = builder.objectRef<{ community: Community; overdue: CatalogueEntry[] }>("CommunityOverdue").implement({
  description: "A community and the catalogue items it is late with",
  fields: (t) => ({
    community: t.field({ type: CommunityRef, description: "The community", resolve: (r) => r.community }),
    overdueCount: t.int({ description: "How many items are overdue", resolve: (r) => r.overdue.length }),
    overdue: t.field({ type: [CatalogueEntryRef], description: "The overdue items", resolve: (r) => r.overdue }),
  }),
});

builder.prismaObjectField("County", "overdue", (t) =>
  t.field({
    type: [CommunityOverdueRef],
    description: "Every community of the county ranked by its number of overdue catalogue items, most first",
    args: { asOf: t.arg({ type: "DateTime", description: AS_OF }) },
    select: { id: true },
    resolve: (county, { asOf }, ctx) => loadCountyOverdue(ctx.db, county.id, asOfOf(ctx, asOf)),
  }),
);
