import { existsSync, mkdirSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { Zip, ZipDeflate, ZipPassThrough } from "fflate";
import { replaceInTree } from "./replace.ts";

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
 * dataset's last publication.
 */
export async function writeOpenDataArchive(dir: string): Promise<void> {
  const catalogFile = join(dir, CATALOG_PATH);
  if (!existsSync(catalogFile)) return;
  const catalogBytes = await readFile(catalogFile);
  const catalog = JSON.parse(catalogBytes.toString("utf8")) as DcatCatalog;
  // The catalogue names files absolutely; the site's own path prefix, if any, is not in the tree.
  const prefix = new URL(catalog["@id"]).pathname.slice(0, -CATALOG_PATH.length);
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const archive = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  const add = (name: string, bytes: Uint8Array, mtime: Date) => {
    // XLSX is a zip already: stored as it is.
    const entry = name.endsWith(".xlsx") ? new ZipPassThrough(name) : new ZipDeflate(name, { level: 6 });
    entry.mtime = mtime;
    archive.add(entry);
    entry.push(bytes, true);
  };
  add("catalog.jsonld", catalogBytes, timeOf(catalog["dct:modified"]));
  for (const dataset of catalog["dcat:dataset"]) {
    const mtime = timeOf(dataset["dct:modified"]);
    for (const distribution of dataset["dcat:distribution"]) {
      const path = decodeURIComponent(new URL(distribution["dcat:downloadURL"]).pathname).slice(prefix.length);
      // A partial build's own tree holds its places' files only; a whole tree holds every one.
      if (!existsSync(join(dir, path))) continue;
      // Read without blocking and compressed file by file: the server, which may be serving
      // this tree, gets a turn between files during what takes seconds for a province.
      add(path.slice(1), await readFile(join(dir, path)), mtime);
    }
  }
  archive.end();
  if (failure) throw failure;
  // The tree may be the one being served.
  await replaceInTree(dir, async (fresh) => {
    mkdirSync(dirname(join(fresh, ARCHIVE_PATH)), { recursive: true });
    await writeFile(join(fresh, ARCHIVE_PATH), Buffer.concat(chunks));
    return [ARCHIVE_PATH.slice(1)];
  });
}

const timeOf = (modified: string | undefined) => (modified ? new Date(modified) : NO_PUBLICATION);
