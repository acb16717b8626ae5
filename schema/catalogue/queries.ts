import { type CatalogueEntry, loadCatalogues, loadCountyOverdue } from "../../api/catalogue/catalogue.ts";
import type { Community } from "../../api/db/generated/client.ts";
import { builder } from "../builder.ts";
import { CommunityRef } from "../communities/types.ts";
import { CatalogueEntryRef } from "./types.ts";

builder.prismaObjectField("Community", "catalogue", (t) =>
  t.field({
    type: [CatalogueEntryRef],
    description: "公开目录: every item this community owes, inherited and its own, with its status on a day",
    args: { asOf: t.arg({ type: "DateTime", description: "The instant to judge on (its Asia/Shanghai day); default now" }) },
    select: { id: true },
    resolve: async (c, { asOf }, ctx) => (await loadCatalogues(ctx.db, [c.id], asOf ?? new Date())).get(c.id) ?? [],
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
    args: { asOf: t.arg({ type: "DateTime", description: "The instant to judge on (its Asia/Shanghai day); default now" }) },
    select: { id: true },
    resolve: (county, { asOf }, ctx) => loadCountyOverdue(ctx.db, county.id, asOf ?? new Date()),
  }),
);
