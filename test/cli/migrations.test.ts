import { describe, expect, it } from "vitest";
import { providersBehindSchema } from "../../api/db/migrations.ts";
import { ensurePostgres } from "../support/postgres-install.ts";

describe("the committed migrations", () => {
  // A model added to prisma/schema.prisma without `npm run db:migration`, or a migration written
  // for one database only, leaves that database's tables behind the models its client expects.
  it("bring both SQLite and PostgreSQL up to prisma/schema.prisma", { timeout: 180_000 }, async () => {
    // The PostgreSQL side diffs in a throwaway cluster; on a clean CI machine this may be the first
    // test to need the package.
    ensurePostgres();
    expect(await providersBehindSchema()).toEqual([]);
  });
});
