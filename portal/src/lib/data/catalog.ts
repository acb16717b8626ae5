import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadCommunity, loadCountyNames } from "~/lib/communities/load.ts";
import { absoluteUrl } from "~/lib/site.ts";
import { ARCHIVE_PATH, CATALOG_PATH } from "../../../integrations/open-data-archive.ts";
import { buildScope } from "../../../integrations/scope.ts";
import { type Dataset, FREQUENCIES, newest } from "./dataset.ts";
import { DATA_FORMATS, MEDIA_TYPES } from "./files.ts";
import { datasetById, datasetHref, datasetsOf, type Place, publishedPlaces, summaryOf } from "./registry.ts";

/**
 * The open-data licence of everything the portal publishes. CC BY 4.0: anyone may copy, reuse
 * and republish the data, also commercially, as long as they name the source; it is what open
 * government data portals commonly use, and publicity of these records is the point.
 */
export const LICENCE = {
  name: "知识共享署名 4.0 国际许可协议（CC BY 4.0）",
  short: "CC BY 4.0",
  url: "https://creativecommons.org/licenses/by/4.0/",
} as const;

export { ARCHIVE_PATH, CATALOG_PATH };

export interface CatalogEntry {
  dataset: Dataset;
  scope: Dataset["scope"];
  code: string;
  /** The community's or county's name. */
  place: string;
  rows: number;
  modified: string | null;
  files: { format: (typeof DATA_FORMATS)[number]; href: string }[];
}

/**
 * One community's or county's part of the catalogue, as /c/<code>/data/datasets.json publishes it:
 * each dataset's row count, last publication and files.
 */
export interface PlaceCatalog {
  scope: Dataset["scope"];
  code: string;
  place: string;
  datasets: { id: string; rows: number; modified: string | null; files: CatalogEntry["files"] }[];
}

/** A community's or county's open-data page, which lists its datasets: /c/<code>/data/ */
export const placeDataHref = (p: Place) => `${p.scope === "community" ? `/c/${p.code}` : `/county/${p.code}`}/data/`;

export const placeCatalogHref = (p: Place) => `${placeDataHref(p)}datasets.json`;

/** Parts made in this build: the place's data page, its datasets.json and /data/ each need one. */
const parts = new Map<string, Promise<PlaceCatalog>>();

/** A place's part of the catalogue, from its datasets' rows (read once per build, see registry.ts). */
export function placeCatalog(p: Place): Promise<PlaceCatalog> {
  const key = `${p.scope}/${p.code}`;
  let part = parts.get(key);
  if (!part) {
    part = readPlaceCatalog(p);
    parts.set(key, part);
  }
  return part;
}

async function readPlaceCatalog(p: Place): Promise<PlaceCatalog> {
  const [place, datasets] = await Promise.all([
    p.scope === "community"
      ? loadCommunity(p.code).then((c) => c.name)
      : loadCountyNames().then((all) => all.find((c) => c.code === p.code)?.name ?? p.code),
    Promise.all(
      datasetsOf(p.scope).map(async (dataset) => {
        const { rows, modified } = await summaryOf(dataset, p.code);
        const files = DATA_FORMATS.map((format) => ({ format, href: datasetHref(dataset, p.code, format) }));
        return { id: dataset.id, rows, modified, files };
      }),
    ),
  ]);
  return { scope: p.scope, code: p.code, place, datasets };
}

/** The body of /c/<code>/data/datasets.json and /county/<county>/data/datasets.json. */
export async function placeCatalogResponse(p: Place): Promise<Response> {
  return new Response(`${JSON.stringify(await placeCatalog(p), null, 1)}\n`, {
    headers: { "content-type": "application/json; charset=utf-8" },
  });
}

/**
 * A place's part as the served tree has it, when a partial build leaves the place out of its
 * scope: a publication in one community then reads one community's datasets, not the province's.
 * Undefined when the part must be made afresh (in scope, a full build, or a part the served
 * tree lacks or that names other datasets than this code's).
 */
function servedPlaceCatalog(p: Place): PlaceCatalog | undefined {
  const only = buildScope();
  if (!only?.served) return undefined;
  if ((p.scope === "community" ? only.communities : only.counties).has(p.code)) return undefined;
  let part: PlaceCatalog;
  try {
    part = JSON.parse(readFileSync(join(only.served, placeCatalogHref(p)), "utf8")) as PlaceCatalog;
  } catch {
    return undefined;
  }
  const ids = datasetsOf(p.scope).map((d) => d.id);
  const same = part.datasets.length === ids.length && part.datasets.every((d, i) => d.id === ids[i]);
  return same ? part : undefined;
}

let entries: Promise<CatalogEntry[]> | undefined;

/** Every dataset of every community and county, with its row count and last publication; once per build. */
export function catalogEntries(): Promise<CatalogEntry[]> {
  entries ??= (async () => {
    const only = buildScope();
    // A share of a split build lists its own places; the final pass lists them all from the parts.
    const places = (await publishedPlaces()).filter(
      (p) => !only?.share || (p.scope === "community" ? only.communities : only.counties).has(p.code),
    );
    const all = await Promise.all(places.map((p) => servedPlaceCatalog(p) ?? placeCatalog(p)));
    return all.flatMap(entriesOf);
  })();
  return entries;
}

/** A place's part as catalogue entries, one per dataset. */
export const entriesOf = ({ scope, code, place, datasets }: PlaceCatalog): CatalogEntry[] =>
  datasets.map(({ id, rows, modified, files }) => ({
    dataset: datasetById(scope, id),
    scope,
    code,
    place,
    rows,
    modified,
    files,
  }));

/**
 * The catalogue in DCAT (W3C Data Catalog Vocabulary) as JSON-LD: a dcat:Catalog of one
 * dcat:Dataset per community (or county) and dataset, each with a dcat:Distribution per format.
 * The context is inline, so reading it needs no download.
 */
export function dcatCatalog(all: readonly CatalogEntry[]) {
  return {
    "@context": DCAT_CONTEXT,
    "@id": absoluteUrl(CATALOG_PATH),
    "@type": "dcat:Catalog",
    "dct:title": { "@value": "阳光公示栏开放数据目录", "@language": "zh-CN" },
    "dct:description": { "@value": "安置点社区党务、居务、财务公开的全部开放数据", "@language": "zh-CN" },
    "dct:license": LICENCE.url,
    "dcat:landingPage": absoluteUrl("/data/"),
    ...modifiedOf(newest(all.map((e) => e.modified))),
    "dcat:dataset": all.map(dcatDataset),
  };
}

/** One place's datasets as a JSON-LD graph, for its data page: the same nodes as in the catalogue. */
export const dcatGraph = (entries: readonly CatalogEntry[]) => ({
  "@context": DCAT_CONTEXT,
  "@graph": entries.map(dcatDataset),
});

const DCAT_CONTEXT = {
  dcat: "http://www.w3.org/ns/dcat#",
  dct: "http://purl.org/dc/terms/",
  xsd: "http://www.w3.org/2001/XMLSchema#",
  "dct:modified": { "@type": "xsd:dateTime" },
  "dct:license": { "@type": "@id" },
  "dcat:accessURL": { "@type": "@id" },
  "dcat:downloadURL": { "@type": "@id" },
  "dcat:accrualPeriodicity": { "@type": "@id" },
  "dcat:landingPage": { "@type": "@id" },
} as const;

/** A dataset is identified by its row on its place's data page. */
const dcatDataset = (e: CatalogEntry) => ({
  "@id": absoluteUrl(`${placeDataHref(e)}#${e.dataset.id}`),
  "@type": "dcat:Dataset",
  "dcat:landingPage": absoluteUrl(placeDataHref(e)),
  "dct:identifier": `${e.code}/${e.dataset.id}`,
  "dct:title": { "@value": `${e.place}${e.dataset.title}`, "@language": "zh-CN" },
  "dct:description": { "@value": e.dataset.description, "@language": "zh-CN" },
  "dct:license": LICENCE.url,
  "dcat:accrualPeriodicity": `http://publications.europa.eu/resource/authority/frequency/${e.dataset.frequency}`,
  ...modifiedOf(e.modified),
  "dcat:distribution": e.files.map((f) => ({
    "@type": "dcat:Distribution",
    "dct:format": f.format.toUpperCase(),
    "dcat:mediaType": MEDIA_TYPES[f.format].split(";")[0],
    "dcat:accessURL": absoluteUrl(f.href),
    "dcat:downloadURL": absoluteUrl(f.href),
    "dct:license": LICENCE.url,
  })),
});

/** dct:modified as a full date-time: dates (a price's approval day) count from Shanghai midnight. */
function modifiedOf(modified: string | null) {
  if (!modified) return {};
  return { "dct:modified": modified.length === 10 ? `${modified}T00:00:00+08:00` : modified };
}

export const frequencyLabel = (dataset: Dataset) => FREQUENCIES[dataset.frequency];
