import { strToU8, type Zippable, zipSync } from "fflate";
import { type CatalogEntry, dcatCatalog } from "./catalog.ts";
import { datasetFile } from "./files.ts";
import { rowsOf } from "./registry.ts";

/**
 * Every dataset in every format in one zip, laid out as on the site (c/<code>/data/…,
 * county/<county>/data/…) with the DCAT catalogue at the top. Rebuilt with the portal, so it is
 * never older than the pages. Each file's time is its dataset's last publication, so two builds of
 * the same data give the same archive.
 */
export async function openDataArchive(all: readonly CatalogEntry[]): Promise<Uint8Array> {
  const files: Zippable = { "catalog.jsonld": strToU8(`${JSON.stringify(dcatCatalog(all), null, 1)}\n`) };
  for (const entry of all) {
    const { rows, modified } = await rowsOf(entry.dataset, entry.code);
    const mtime = modified
      ? new Date(modified.length === 10 ? `${modified}T00:00:00+08:00` : modified)
      : new Date("2026-01-01T00:00:00Z");
    for (const { format, href } of entry.files) {
      files[href.slice(1)] = [await datasetFile(entry.dataset, format, rows), { mtime }];
    }
  }
  return zipSync(files, { level: 6 });
}
