import type { TadaDocumentNode } from "gql.tada";
import { parse } from "graphql";
import type { Run } from "../graphql.ts";
import { allFields, type FormField, type Option } from "./model.ts";
import { PICKERS, type PickedCommunity } from "./pickers.ts";

type Data = Record<string, unknown>;

/** A generated operation, typed as loosely as it is built; the records test opens every form, so a wrong selection fails it. */
export const untyped = (text: string) => parse(text) as unknown as TadaDocumentNode<Data, Data>;

/**
 * The viewer's county (with what its pickers list) and communities: a county editor's are their
 * county's, anyone else's their own.
 */
export function scopeQuery(sources: readonly string[], countyWide: boolean): string {
  const inCounty = sources.flatMap((s) => (PICKERS[s]?.scope === "county" ? [PICKERS[s].select] : []));
  return `query WorkspaceRecordScope {
  me {
    county { code name ${inCounty.join(" ")} ${countyWide ? "townships { communities { code name } }" : ""} }
    ${countyWide ? "" : "communities { code name }"}
  }
}`;
}

/**
 * One community's records for the form's pickers. Asked community by community: the API counts a
 * query's cost per list it could return, and a county's communities times their records is past
 * its limit however few there are.
 */
export function communityQuery(sources: readonly string[]): string | null {
  const selects = sources.flatMap((s) => {
    const picker = PICKERS[s];
    return picker && (picker.scope ?? "community") === "community" ? [picker.select] : [];
  });
  return selects.length
    ? `query WorkspaceRecordCommunity($code: String!) { community(code: $code) { code name ${selects.join(" ")} } }`
    : null;
}

export const CATEGORIES_QUERY = "query WorkspaceRecordCategories { categories { code name } }";

export const EMPLOYERS_QUERY = `query WorkspaceRecordEmployers($countyCode: String!) {
  employers(countyCode: $countyCode) { id name kindLabel }
}`;

/** The options of every picker on the form, keyed by source. */
export async function loadOptions(
  run: Run,
  fields: readonly FormField[],
  countyWide: boolean,
): Promise<Record<string, Option[]>> {
  const sources = [...new Set([...allFields(fields)].flatMap((f) => (f.kind === "pick" ? [f.source] : [])))];
  if (!sources.length) return {};
  const data = await run(untyped(scopeQuery(sources, countyWide)), {});
  type County = PickedCommunity & { townships?: { communities: PickedCommunity[] }[] };
  const me = data.me as { county: County | null; communities?: PickedCommunity[] } | null;
  const county = me?.county ?? null;
  const listed = countyWide ? (county?.townships?.flatMap((t) => t.communities) ?? []) : (me?.communities ?? []);
  const perCommunity = communityQuery(sources);
  const communities: PickedCommunity[] = [];
  for (const c of listed) {
    const found = perCommunity ? ((await run(untyped(perCommunity), { code: c.code })).community as PickedCommunity | null) : c;
    if (found) communities.push(found);
  }
  const options: Record<string, Option[]> = {};
  for (const source of sources) {
    if (source === "community") options[source] = communities.map((c) => ({ value: c.code, label: c.name }));
    else if (source === "county") options[source] = county ? [{ value: county.code, label: county.name }] : [];
    else if (source === "employer") {
      const found = county ? ((await run(untyped(EMPLOYERS_QUERY), { countyCode: county.code })).employers as Data[]) : [];
      options[source] = found.map((e) => ({ value: String(e.id), label: `${e.name}（${e.kindLabel}）` }));
    } else if (source === "category") {
      const found = (await run(untyped(CATEGORIES_QUERY), {})).categories as Data[];
      options[source] = found.map((c) => ({ value: String(c.code), label: String(c.name) }));
    } else {
      const picker = PICKERS[source];
      if (!picker) throw new Error(`no picker ${source}`);
      const owners = picker.scope === "county" ? (county ? [county] : []) : communities;
      options[source] = owners.flatMap((c) => picker.options(c));
    }
  }
  return options;
}
