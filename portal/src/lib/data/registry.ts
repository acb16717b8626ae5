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

/** A dataset's rows per community or county: its three files, the catalogue and the archive read them once per build. */
const loaded = new Map<string, Promise<DatasetRows<Readonly<Record<string, unknown>>>>>();

export function rowsOf(dataset: Dataset, code: string) {
  const key = `${dataset.scope}/${code}/${dataset.id}`;
  let rows = loaded.get(key);
  if (!rows) {
    rows = dataset.load(code) as Promise<DatasetRows<Readonly<Record<string, unknown>>>>;
    loaded.set(key, rows);
  }
  return rows;
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
