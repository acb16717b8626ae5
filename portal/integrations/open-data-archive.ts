import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type Zippable, zipSync } from "fflate";

export const CATALOG_PATH = "/data/catalog.jsonld";
export const ARCHIVE_PATH = "/data/sunboard-open-data.zip";

interface DcatCatalog {
  "@id": string;
  "dct:modified"?: string;
  "dcat:dataset": { "dct:modified"?: string; "dcat:distribution": { "dcat:downloadURL": string }[] }[];
}

/** A time for entries with no publication yet, so that two builds of the same data give the same archive. */
const NO_PUBLICATION = new Date("2026-01-01T00:00:00Z");

/**
 * Writes the whole-site open-data archive from the built tree: the DCAT catalogue at the top and
 * every file it lists, laid out as on the site (c/<code>/data/…, county/<county>/data/…). It reads
 * the files the build wrote rather than querying again, so after a partial build it costs reading
 * and zipping, and the archive always holds exactly the files served. Each file's time is its
 * dataset's last publication. XLSX is stored as it is: it is a zip already.
 */
export function writeOpenDataArchive(dir: string): void {
  const catalogFile = join(dir, CATALOG_PATH);
  if (!existsSync(catalogFile)) return;
  const catalogBytes = readFileSync(catalogFile);
  const catalog = JSON.parse(catalogBytes.toString("utf8")) as DcatCatalog;
  // The catalogue names files absolutely; the site's own path prefix, if any, is not in the tree.
  const prefix = new URL(catalog["@id"]).pathname.slice(0, -CATALOG_PATH.length);
  const files: Zippable = { "catalog.jsonld": [catalogBytes, { mtime: timeOf(catalog["dct:modified"]) }] };
  for (const dataset of catalog["dcat:dataset"]) {
    const mtime = timeOf(dataset["dct:modified"]);
    for (const distribution of dataset["dcat:distribution"]) {
      const path = decodeURIComponent(new URL(distribution["dcat:downloadURL"]).pathname).slice(prefix.length);
      // A partial build's own tree holds its places' files only; a whole tree holds every one.
      if (!existsSync(join(dir, path))) continue;
      files[path.slice(1)] = [readFileSync(join(dir, path)), { mtime, level: path.endsWith(".xlsx") ? 0 : 6 }];
    }
  }
  // Renamed into place: after a partial build the tree's old archive is a link to the served one.
  const target = join(dir, ARCHIVE_PATH);
  const written = `${target}.${process.pid}.tmp`;
  writeFileSync(written, zipSync(files, { level: 6 }));
  renameSync(written, target);
}

const timeOf = (modified: string | undefined) => (modified ? new Date(modified) : NO_PUBLICATION);
