import type { Option } from "./model.ts";

/** A community as a picker query returns it: its code and name, and whatever the pickers selected. */
export type PickedCommunity = { code: string; name: string } & Record<string, unknown>;

export interface Picker {
  /** Where the records are listed: under each of the viewer's communities (default), or their county. */
  scope?: "community" | "county";
  /** The selection under `Community` (or `County`) that lists the records. */
  select: string;
  options: (community: PickedCommunity) => Option[];
}

type Row = Record<string, unknown>;
const rows = (value: unknown): Row[] => (Array.isArray(value) ? (value as Row[]) : []);
const words = (...parts: unknown[]) => parts.filter((p) => typeof p === "string" && p).join(" ");

/** A picker for a plain list under Community whose records carry `id` and a name field. */
const listed = (field: string, select: string, label: (row: Row) => string): Picker => ({
  select: `${field} { id ${select} }`,
  options: (c) => rows(c[field]).map((row) => ({ value: String(row.id), label: `${c.name}：${label(row)}` })),
});

/**
 * The records a form field can point at, offered as a list in place of an id nobody knows. Only
 * the viewer's own communities are read, so an editor can never be offered another community's record.
 */
export const PICKERS: Record<string, Picker> = {
  project: listed("projects", "name statusLabel", (r) => words(r.name, `（${r.statusLabel}）`)),
  decision: listed("decisions", "subject statusLabel", (r) => words(r.subject, `（${r.statusLabel}）`)),
  decisionStage: {
    select: "decisions { subject stages { id kindLabel heldOn superseded } }",
    options: (c) =>
      rows(c.decisions).flatMap((d) =>
        rows(d.stages)
          .filter((s) => !s.superseded)
          .map((s) => ({ value: String(s.id), label: `${c.name}：${words(d.subject, s.kindLabel, s.heldOn)}` })),
      ),
  },
  election: listed("elections", "bodyLabel electionDay statusLabel", (r) => words(r.bodyLabel, r.electionDay, r.statusLabel)),
  candidate: {
    select: "elections { bodyLabel electionDay candidates { id name post } }",
    options: (c) =>
      rows(c.elections).flatMap((e) =>
        rows(e.candidates).map((k) => ({
          value: String(k.id),
          label: `${c.name}：${words(e.bodyLabel, e.electionDay, k.name, k.post)}`,
        })),
      ),
  },
  asset: listed("collectiveAssets", "name code", (r) => words(r.name, r.code)),
  feeItem: listed("feeItems", "name", (r) => words(r.name)),
  grid: listed("grids", "name", (r) => words(r.name)),
  organization: listed("organizations", "name kindLabel", (r) => words(r.name, `（${r.kindLabel}）`)),
  ledgerCategory: listed("ledgerCategories", "name directionLabel", (r) => words(r.name, `（${r.directionLabel}）`)),
  assistanceList: listed("assistanceLists", "kindLabel periodLabel current", (r) =>
    words(r.kindLabel, r.periodLabel, r.current ? "" : "（已更正）"),
  ),
  partyMeeting: listed("partyMeetings", "kindLabel heldOn topic superseded", (r) =>
    words(r.heldOn, r.kindLabel, r.topic, r.superseded ? "（已更正）" : ""),
  ),
  partyAppraisal: listed("partyAppraisals", "year superseded", (r) =>
    words(`${r.year} 年民主评议党员`, r.superseded ? "（已更正）" : ""),
  ),
  welfarePost: {
    select: "welfare { posts { id title code closedOn } }",
    options: (c) =>
      rows((c.welfare as Row | undefined)?.posts)
        .filter((p) => !p.closedOn)
        .map((p) => ({ value: String(p.id), label: `${c.name}：${words(p.title, p.code)}` })),
  },
  question: listed("questions", "text statusLabel", (r) => words(String(r.text ?? "").slice(0, 30), `（${r.statusLabel}）`)),
  projectStage: {
    select: "projects { name stages { id kindLabel date current } }",
    options: (c) =>
      rows(c.projects).flatMap((p) =>
        rows(p.stages)
          .filter((s) => s.current !== false)
          .map((s) => ({ value: String(s.id), label: `${c.name}：${words(p.name, s.kindLabel, s.date)}` })),
      ),
  },
  welfareTenure: {
    select: "welfare { posts { title code holder { id maskedName statusLabel } } }",
    options: (c) =>
      rows((c.welfare as Row | undefined)?.posts).flatMap((p) => {
        const holder = p.holder as Row | null | undefined;
        return holder
          ? [{ value: String(holder.id), label: `${c.name}：${words(p.title, p.code, holder.maskedName, holder.statusLabel)}` }]
          : [];
      }),
  },
  suspension: {
    select: "catalogue { item { name } suspension { id startedAt } }",
    options: (c) =>
      rows(c.catalogue).flatMap((e) => {
        const suspension = e.suspension as Row | null | undefined;
        const item = (e.item ?? {}) as Row;
        return suspension
          ? [
              {
                value: String(suspension.id),
                label: `${c.name}：${words(item.name, `${String(suspension.startedAt).slice(0, 10)} 起暂停`)}`,
              },
            ]
          : [];
      }),
  },
  draft: listed("drafts", "title", (r) => words(r.title)),
  feePrice: {
    select: "feeItems { name prices { id effectiveFrom } }",
    options: (c) =>
      rows(c.feeItems).flatMap((f) =>
        rows(f.prices).map((p) => ({ value: String(p.id), label: `${c.name}：${words(f.name, `${p.effectiveFrom} 起`)}` })),
      ),
  },
  posting: { scope: "county", ...listed("postings", "title statusLabel", (r) => words(r.title, `（${r.statusLabel}）`)) },
  originVillage: { scope: "county", ...listed("originVillages", "name township", (r) => words(r.township, r.name)) },
  catalogueItem: {
    select: "catalogue { inherited item { id name } }",
    options: (c) =>
      rows(c.catalogue).map((e) => {
        const item = (e.item ?? {}) as Row;
        return { value: String(item.id), label: `${c.name}：${words(item.name, e.inherited ? "（县级目录）" : "")}` };
      }),
  },
};
