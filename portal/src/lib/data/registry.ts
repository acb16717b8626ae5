/**
 * Every open dataset of the portal. A domain that publishes a list adds its one line here, a
 * spread of its `datasets.ts`; the downloads, `/data/`, the DCAT catalogue and the archive follow.
 */
import { ASSISTANCE_DATASETS } from "~/lib/assistance/datasets.ts";
import { CATALOGUE_DATASETS } from "~/lib/catalogue/datasets.ts";
import { loadCountyNames } from "~/lib/communities/load.ts";
import { DECISION_DATASETS } from "~/lib/decisions/datasets.ts";
import { DISCLOSURE_DATASETS } from "~/lib/disclosures/datasets.ts";
import { ELECTION_DATASETS } from "~/lib/elections/datasets.ts";
import { EMPLOYMENT_DATASETS } from "~/lib/employment/datasets.ts";
import { FEE_DATASETS } from "~/lib/fees/datasets.ts";
import { FINANCE_DATASETS } from "~/lib/finance/datasets.ts";
import { JOB_DATASETS } from "~/lib/jobs/datasets.ts";
import { PARTY_DATASETS } from "~/lib/party/datasets.ts";
import { communityCodes, pageCommunityCodes, perCounty } from "~/lib/paths.ts";
import { PROJECT_DATASETS } from "~/lib/projects/datasets.ts";
import { QUESTION_DATASETS } from "~/lib/questions/datasets.ts";
import { ROSTER_DATASETS } from "~/lib/rosters/datasets.ts";
import { WELFARE_DATASETS } from "~/lib/welfare/datasets.ts";
import type { Dataset, DatasetRows } from "./dataset.ts";
import { DATA_FORMATS } from "./files.ts";

export const DATASETS: readonly Dataset[] = [
  ...DISCLOSURE_DATASETS,
  ...FINANCE_DATASETS,
  ...FEE_DATASETS,
  ...JOB_DATASETS,
  ...CATALOGUE_DATASETS,
  ...DECISION_DATASETS,
  ...PROJECT_DATASETS,
  ...ROSTER_DATASETS,
  ...ELECTION_DATASETS,
  ...ASSISTANCE_DATASETS,
  ...QUESTION_DATASETS,
  ...PARTY_DATASETS,
  ...WELFARE_DATASETS,
  ...EMPLOYMENT_DATASETS,
];

type Rows = DatasetRows<Readonly<Record<string, unknown>>>;

/**
 * Rows read lately, per community or county and dataset. A dataset's three files are written one
 * after another, so a few are enough; holding every place's rows for the whole build made a
 * province's full build hold all its open data in memory at once.
 */
const recent = new Map<string, Promise<Rows>>();
const RECENT = 16;
/** Each dataset's row count and last publication, kept for the whole build: the catalogue's part. */
const summaries = new Map<string, DatasetSummary>();

export interface DatasetSummary {
  rows: number;
  modified: string | null;
}

const keyOf = (dataset: Dataset, code: string) => `${dataset.scope}/${code}/${dataset.id}`;

export function rowsOf(dataset: Dataset, code: string): Promise<Rows> {
  const key = keyOf(dataset, code);
  let rows = recent.get(key);
  if (rows) recent.delete(key);
  else {
    rows = dataset.load(code) as Promise<Rows>;
    rows.then(
      (r) => summaries.set(key, { rows: r.rows.length, modified: r.modified }),
      () => undefined,
    );
  }
  recent.set(key, rows);
  if (recent.size > RECENT) recent.delete(recent.keys().next().value as string);
  return rows;
}

/** A dataset's row count and last publication, read once per build. */
export async function summaryOf(dataset: Dataset, code: string): Promise<DatasetSummary> {
  const known = summaries.get(keyOf(dataset, code));
  if (known) return known;
  const { rows, modified } = await rowsOf(dataset, code);
  return { rows: rows.length, modified };
}

export function datasetById(scope: Dataset["scope"], id: string): Dataset {
  const dataset = DATASETS.find((d) => d.scope === scope && d.id === id);
  if (!dataset) throw new Error(`no ${scope} dataset ${id}`);
  return dataset;
}

/** Where a dataset's file of one community or county lives: /c/<code>/data/<id>.<format> */
export const datasetHref = (dataset: Pick<Dataset, "scope" | "id">, code: string, format: string) =>
  `${dataset.scope === "community" ? `/c/${code}` : `/county/${code}`}/data/${dataset.id}.${format}`;

/** A community or county that publishes datasets. */
export interface Place {
  scope: Dataset["scope"];
  code: string;
}

export const datasetsOf = (scope: Dataset["scope"]) => DATASETS.filter((d) => d.scope === scope);

/** Every place the portal publishes datasets for, communities first. */
export async function publishedPlaces(): Promise<Place[]> {
  const [codes, counties] = await Promise.all([communityCodes(), loadCountyNames()]);
  return [
    ...codes.map((code) => ({ scope: "community" as const, code })),
    ...counties.map((c) => ({ scope: "county" as const, code: c.code })),
  ];
}

/** getStaticPaths of the download endpoints of one scope, for the places this build writes (paths.ts). */
export async function downloadPaths(scope: Dataset["scope"]) {
  const codes = scope === "community" ? await pageCommunityCodes() : (await perCounty()).map((c) => c.params.county);
  return codes.flatMap((code) =>
    datasetsOf(scope).flatMap((dataset) => DATA_FORMATS.map((format) => ({ code, dataset: dataset.id, format }))),
  );
}
