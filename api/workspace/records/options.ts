import type { TadaDocumentNode } from "gql.tada";
import { parse } from "graphql";
import type { Run } from "../graphql.ts";
import { allFields, type FormField, type Option } from "./model.ts";
import { PICKERS, type PickedCommunity } from "./pickers.ts";

type Data = Record<string, unknown>;

/** A generated operation, typed as loosely as it is built; its text is checked against the schema by a test. */
export const untyped = (text: string) => parse(text) as unknown as TadaDocumentNode<Data, Data>;

/**
 * The viewer's communities and county with what each picker of the form lists, in one query. A
 * county editor's communities are their county's; anyone else's are their own (the query's cost
 * is counted per community, so it never asks for both).
 */
export function optionsQuery(sources: readonly string[], countyWide: boolean): string {
  const pickers = sources.map((s) => PICKERS[s]).filter((p) => p !== undefined);
  const inCommunity = pickers.filter((p) => (p.scope ?? "community") === "community").map((p) => p.select);
  const inCounty = pickers.filter((p) => p.scope === "county").map((p) => p.select);
  const community = `code name ${inCommunity.join(" ")}`;
  return `query WorkspaceRecordOptions {
  me {
    county { code name ${inCounty.join(" ")} ${countyWide ? `townships { communities { ${community} } }` : ""} }
    ${countyWide ? "" : `communities { ${community} }`}
  }
}`;
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
  const data = await run(untyped(optionsQuery(sources, countyWide)), {});
  type County = PickedCommunity & { townships?: { communities: PickedCommunity[] }[] };
  const me = data.me as { county: County | null; communities?: PickedCommunity[] } | null;
  const county = me?.county ?? null;
  const communities = countyWide ? (county?.townships?.flatMap((t) => t.communities) ?? []) : (me?.communities ?? []);
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
