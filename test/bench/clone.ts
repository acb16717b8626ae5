import { copyFileSync, rmSync } from "node:fs";
import Database from "better-sqlite3";

/**
 * Tables shared by every community, copied once: users stay the same people, categories the same
 * list. Every other table is cloned whole, once per copy of the demo data.
 */
const SHARED = new Set(["_prisma_migrations", "DisclosureCategory", "User", "ApiToken", "AuditEntry"]);

/** Columns that hold another row's id without a foreign key (see the Question model). */
const LOOSE_IDS: Record<string, string[]> = { Question: ["communityId"] };

/** Text columns unique across the whole table that are no id: each copy needs its own value. */
const GLOBAL_CODES: Record<string, string[]> = {
  County: ["code"],
  Township: ["code"],
  Community: ["code"],
  OriginVillage: ["code"],
  WelfarePost: ["code"],
  CheckpointKey: ["keyId"],
};

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Writes `copies - 1` more copies of every community's rows into a database that holds the demo
 * data once, through SQL alone (seeding through the services takes half a minute per copy):
 * every id and every reference to a cloned row gets the suffix `k<n>`, every code `-<n>`, so
 * copy n is the demo data again in counties, towns and communities of its own. Hashes and
 * signatures still cover the original codes, so cloned pages carry the hash warning; that
 * changes what a page says, not what it costs to build.
 */
export function cloneDemo(file: string, copies: number): void {
  const source = `${file}.source`;
  copyFileSync(file, source);
  const db = new Database(file);
  try {
    db.prepare("ATTACH DATABASE ? AS source").run(source);
    db.pragma("foreign_keys = OFF");
    db.pragma("journal_mode = WAL");
    const tables = (
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]
    )
      .map((t) => t.name)
      .filter((t) => !SHARED.has(t));
    const cloned = new Set(tables);
    const statements = tables.map((table) => {
      const columns = (db.pragma(`table_info(${quote(table)})`) as { name: string; pk: number }[]).map((c) => ({
        name: c.name,
        pk: c.pk > 0,
      }));
      const references = new Set(
        (db.pragma(`foreign_key_list(${quote(table)})`) as { table: string; from: string }[])
          .filter((fk) => cloned.has(fk.table))
          .map((fk) => fk.from),
      );
      for (const loose of LOOSE_IDS[table] ?? []) references.add(loose);
      // Composite keys of two references (DisclosureTarget …) are remapped as references.
      const ids = new Set(
        columns.filter((c) => c.pk && (columns.filter((x) => x.pk).length === 1 || references.has(c.name))).map((c) => c.name),
      );
      const codes = new Set(GLOBAL_CODES[table] ?? []);
      const values = columns.map(({ name }) => {
        // NULL || … stays NULL, so optional references need no case of their own.
        if (ids.has(name) || references.has(name)) return `${quote(name)} || 'k' || :n`;
        if (codes.has(name)) return `${quote(name)} || '-' || :n`;
        return quote(name);
      });
      const names = columns.map((c) => quote(c.name)).join(", ");
      return db.prepare(`INSERT INTO main.${quote(table)} (${names}) SELECT ${values.join(", ")} FROM source.${quote(table)}`);
    });
    db.transaction(() => {
      for (let n = 1; n < copies; n++) for (const statement of statements) statement.run({ n });
    })();
  } finally {
    db.close();
    rmSync(source, { force: true });
  }
}
